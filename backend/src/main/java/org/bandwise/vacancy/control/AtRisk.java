package org.bandwise.vacancy.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's at-risk period: from a downgrade's effective date for the length of their pay
 * protection, both ends inclusive. {@code reBandingId} names the re-banding that put them at risk,
 * so a ring-fence can be for the staff of one re-banding.
 */
public record AtRisk(LocalDate from, LocalDate until, String reBandingId) {

  public AtRisk {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException("an at-risk period ends after it starts");
    }
  }

  public boolean on(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(until);
  }
}
