package org.bandwise.rebanding.control;

import java.util.Objects;

/**
 * How a pay structure places people on a new band's scale (configurable per structure). The
 * default: up to the lowest point paying more than now; down to the highest point paying no more
 * than now.
 */
public record AssimilationPolicy(UpRule up, DownRule down) {

  public static final AssimilationPolicy DEFAULT =
      new AssimilationPolicy(UpRule.LOWEST_POINT_ABOVE, DownRule.HIGHEST_POINT_NOT_ABOVE);

  public AssimilationPolicy {
    Objects.requireNonNull(up, "up");
    Objects.requireNonNull(down, "down");
  }

  /** Moving to a higher band. */
  public enum UpRule {
    /**
     * The lowest point whose salary is above the current one (so the band's first point when all
     * are); the top point when none is.
     */
    LOWEST_POINT_ABOVE,
    /** The lowest point whose salary is at least the current one; the top point when none is. */
    LOWEST_POINT_NOT_BELOW,
    /** Always the band's first point. */
    FIRST_POINT
  }

  /** Moving to a lower band. */
  public enum DownRule {
    /**
     * The highest point whose salary does not exceed the current one; the band's first point when
     * none is.
     */
    HIGHEST_POINT_NOT_ABOVE,
    /** Always the band's top point. */
    TOP_POINT,
    /** Always the band's first point. */
    FIRST_POINT
  }
}
