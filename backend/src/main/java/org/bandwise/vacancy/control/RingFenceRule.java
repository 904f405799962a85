package org.bandwise.vacancy.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A ring-fence HR sets: which vacancies (bands, directorate or unit, JD family — an empty or null
 * value matches any) opened from {@code from} to {@code until} (inclusive) are offered first to
 * which pool (staff at risk from the named re-bandings, or all staff at risk). The facilitator
 * case: every Band 4 vacancy in Interventions from 1 August 2026 for six months (to 31 January
 * 2027), for the staff at risk from the Intervention Facilitator re-banding.
 */
public record RingFenceRule(
    Set<String> bandCodes,
    String directorate,
    String unit,
    String jdFamily,
    Set<String> reBandingIds,
    String poolDescription,
    LocalDate from,
    LocalDate until) {

  public RingFenceRule {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException("a ring-fence ends after it starts");
    }
    bandCodes = bandCodes == null ? Set.of() : Set.copyOf(bandCodes);
    reBandingIds = reBandingIds == null ? Set.of() : Set.copyOf(reBandingIds);
  }

  /**
   * The last day of a period of whole months: 1 August 2026 for 6 months ends on 31 January 2027.
   */
  public static LocalDate lastDayOf(LocalDate from, int months) {
    return from.plusMonths(months).minusDays(1);
  }

  /** Whether the rule covers a vacancy with these facts, opened on {@code openedOn}. */
  public boolean covers(
      String bandCode, String directorate, String unit, String jdFamily, LocalDate openedOn) {
    return (bandCodes.isEmpty() || bandCodes.contains(bandCode))
        && matches(this.directorate, directorate)
        && matches(this.unit, unit)
        && matches(this.jdFamily, jdFamily)
        && !openedOn.isBefore(from)
        && !openedOn.isAfter(until);
  }

  public RingFence fence() {
    return new RingFence(from, until, reBandingIds, poolDescription);
  }

  private static boolean matches(String wanted, String actual) {
    return wanted == null || wanted.isBlank() || wanted.equals(actual);
  }
}
