package org.bandwise.workforce.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;
import org.bandwise.payband.entity.Money;

/**
 * Contractual pay: the salary of someone's pay point in the scale in force that day for their band
 * and zone, pro rata to their weekly hours over the structure's full-time hours. The arithmetic is
 * exact and rounded half up to the penny only at the end (£31,000 at 22.5 of 37 hours is
 * £18,851.35, not the sum of rounded parts).
 */
public final class ContractualPay {

  private final PayScales scales;
  private final WeeklyHours fullTimeHours;

  public ContractualPay(PayScales scales, WeeklyHours fullTimeHours) {
    this.scales = Objects.requireNonNull(scales);
    this.fullTimeHours = Objects.requireNonNull(fullTimeHours);
  }

  /** With the default full-time week of 37 hours. */
  public ContractualPay(PayScales scales) {
    this(scales, WeeklyHours.DEFAULT_FULL_TIME);
  }

  public PayScales scales() {
    return scales;
  }

  public WeeklyHours fullTimeHours() {
    return fullTimeHours;
  }

  /** The full-time annual salary of the position's point on the day. */
  public Money fullTimeOn(PayPosition position, LocalDate day) {
    return scales.fullTimeSalary(position, day);
  }

  /** The contractual annual salary on the day, pro rata and rounded half up to the penny. */
  public Money contractualOn(PayPosition position, LocalDate day) {
    return proRata(fullTimeOn(position, day), position.hours(), fullTimeHours);
  }

  /** A full-time amount pro rata to hours, rounded half up to the penny. */
  public static Money proRata(Money fullTime, WeeklyHours hours, WeeklyHours fullTimeHours) {
    return Money.ofPence(
        BigDecimal.valueOf(fullTime.pence())
            .multiply(hours.value())
            .divide(fullTimeHours.value(), 0, RoundingMode.HALF_UP)
            .longValueExact());
  }

  /**
   * Contractual pay over time for one position held from {@code from}, with every pay award up to
   * {@code until}.
   */
  public PayTimeline timeline(PayPosition position, LocalDate from, LocalDate until) {
    return timeline(PayHistory.of(from, position), from, until);
  }

  /**
   * Contractual pay over time from {@code from}, following the history's positions and every scale
   * change up to {@code until}; the last rate holds after it.
   */
  public PayTimeline timeline(PayHistory history, LocalDate from, LocalDate until) {
    PayTimeline.Builder builder = PayTimeline.proRata(fullTimeHours);
    for (LocalDate day : changeDates(history, from, until)) {
      history
          .positionOn(day)
          .ifPresentOrElse(
              position -> builder.from(day, fullTimeOn(position, day), position.hours()),
              () -> builder.nothingFrom(day));
    }
    return builder.build();
  }

  /**
   * The days from {@code from} to {@code until} on which contractual pay may change: {@code from}
   * itself, each new position, each new scale for the position held, and the day after leaving.
   */
  public NavigableSet<LocalDate> changeDates(PayHistory history, LocalDate from, LocalDate until) {
    TreeSet<LocalDate> days = new TreeSet<>();
    days.add(from);
    for (int i = 0; i < history.entries().size(); i++) {
      PayHistory.Entry entry = history.entries().get(i);
      LocalDate start = entry.from().isBefore(from) ? from : entry.from();
      LocalDate end =
          i + 1 < history.entries().size()
              ? history.entries().get(i + 1).from().minusDays(1)
              : until;
      if (end.isAfter(until)) {
        end = until;
      }
      if (start.isAfter(end)) {
        continue;
      }
      days.add(start);
      days.addAll(
          scales.changesBetween(entry.position().band(), entry.position().zone(), start, end));
    }
    if (history.leftOn() != null
        && !history.leftOn().isBefore(from)
        && history.leftOn().isBefore(until)) {
      days.add(history.leftOn().plusDays(1));
    }
    return days;
  }
}
