package org.bandwise.vacancy.control;

import java.util.Objects;

/**
 * A pay band as eligibility compares it: by its rank in the pay structure (higher rank, higher
 * band), never by its code ("8a" sorts after "10" as text).
 */
public record BandRef(String code, String name, int rank) {

  public BandRef {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
