package org.bandwise.protection.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.bandwise.payband.entity.Money;

/**
 * One person's pay protection after a downgrade. Amounts are full-time: the protected salary (the
 * old salary, frozen) and the difference between the old and the new salary on the start date (the
 * basis of a taper); pay works them out pro rata to the person's hours on each day, so a later
 * change of hours changes the protected pay with it.
 *
 * @param start the first protected day (the re-banding's effective date)
 * @param until the last protected day as scheduled: for 2 years of mark time from 1 August 2026, 31
 *     July 2028 (the day before the second anniversary)
 * @param taper the schedule in force when the protection started (empty for mark time), so a later
 *     change of policy never rewrites a protection already given
 * @param ending how and when it ended early (or on expiry), once it has
 */
public record Protection(
    ProtectionType type,
    LocalDate start,
    LocalDate until,
    Money protectedFullTime,
    Money differenceFullTime,
    List<TaperStep> taper,
    Optional<Ending> ending) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * The end of a protection.
   *
   * @param endedOn the first day without protection (the day after the last protected day)
   * @param note the reason in HR's words, required when HR ends it; else optional
   */
  public record Ending(EndReason reason, LocalDate endedOn, String note) {
    public Ending {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(endedOn, "endedOn");
    }
  }

  public Protection {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(protectedFullTime, "protectedFullTime");
    Objects.requireNonNull(differenceFullTime, "differenceFullTime");
    taper = List.copyOf(taper);
    Objects.requireNonNull(ending, "ending");
    if (until.isBefore(start)) {
      throw new IllegalArgumentException("a protection ends after it starts");
    }
    if (type == ProtectionType.CASH_CONSERVED_TAPER && taper.isEmpty()) {
      throw new IllegalArgumentException("a taper protection has its schedule");
    }
  }

  Protection endedWith(Ending end) {
    return new Protection(
        type, start, until, protectedFullTime, differenceFullTime, taper, Optional.of(end));
  }

  public boolean isEnded() {
    return ending.isPresent();
  }

  /** The last day protected: {@link #until} unless it ended earlier. */
  public LocalDate lastProtectedDay() {
    return ending.map(e -> e.endedOn().minusDays(1)).orElse(until);
  }

  /** Protected on the day: on or after the start and on or before the last protected day. */
  public boolean isActiveOn(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(lastProtectedDay());
  }

  /** At risk for the protection period: whoever is protected on the day is at risk that day. */
  public boolean atRiskOn(LocalDate day) {
    return isActiveOn(day);
  }

  /**
   * Protected days left counting today (on the last protected day, 1); 0 when not protected today.
   */
  public long daysLeft(LocalDate today) {
    return isActiveOn(today) ? ChronoUnit.DAYS.between(today, lastProtectedDay()) + 1 : 0;
  }

  /**
   * Protected today and running out within the notice period: the scheduled last day is no more
   * than {@code days} days after today.
   */
  public boolean expiringWithin(LocalDate today, int days) {
    return !isEnded() && isActiveOn(today) && !until.isAfter(today.plusDays(days));
  }

  /** Not yet ended, but its last day has passed: the automatic expiry should record it. */
  public boolean dueToExpire(LocalDate today) {
    return !isEnded() && today.isAfter(until);
  }

  /** The taper percentage paid on the day (0 outside the protection; 100 for mark time). */
  public int allowancePercentOn(LocalDate day) {
    if (!isActiveOn(day)) {
      return 0;
    }
    if (type == ProtectionType.MARK_TIME) {
      return 100;
    }
    Period elapsed = Period.ZERO;
    for (TaperStep step : taper) {
      elapsed = elapsed.plus(step.length());
      if (day.isBefore(start.plus(elapsed))) {
        return step.percent();
      }
    }
    return 0;
  }

  /**
   * The full-time equivalent of what is paid on the day, given the full-time salary of the person's
   * point that day: for mark time the higher of the protected salary and that salary; for a taper
   * that salary plus the day's percentage of the difference; when not protected, that salary.
   * Exact; pay is worked out pro rata and rounded from it.
   */
  public BigDecimal paidFullTimeOn(LocalDate day, Money contractualFullTime) {
    BigDecimal contractual = BigDecimal.valueOf(contractualFullTime.pence());
    if (!isActiveOn(day)) {
      return contractual;
    }
    if (type == ProtectionType.MARK_TIME) {
      return contractual.max(BigDecimal.valueOf(protectedFullTime.pence()));
    }
    BigDecimal allowance =
        BigDecimal.valueOf(differenceFullTime.pence())
            .multiply(BigDecimal.valueOf(allowancePercentOn(day)))
            .divide(HUNDRED);
    return contractual.add(allowance);
  }

  /** The days on which what protection pays may change: the start, each taper stage, the end. */
  public NavigableSet<LocalDate> changeDates() {
    TreeSet<LocalDate> days = new TreeSet<>();
    days.add(start);
    if (type == ProtectionType.CASH_CONSERVED_TAPER) {
      Period elapsed = Period.ZERO;
      for (TaperStep step : taper) {
        elapsed = elapsed.plus(step.length());
        LocalDate next = start.plus(elapsed);
        if (!next.isAfter(lastProtectedDay())) {
          days.add(next);
        }
      }
    }
    days.add(lastProtectedDay().plusDays(1));
    return days;
  }
}
