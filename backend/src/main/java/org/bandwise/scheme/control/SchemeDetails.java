package org.bandwise.scheme.control;

/** What describes a scheme version beside its factors and ranges, as an HR admin gives it. */
public record SchemeDetails(
    String name, String description, boolean illustrative, int nearBoundaryPoints) {

  public static final int DEFAULT_NEAR_BOUNDARY_POINTS = 10;
}
