package org.bandwise.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Working days in England and Wales: Monday to Friday, except bank holidays as observed (so the
 * substitute days count as holidays, and Boxing Day on a Saturday does not).
 *
 * <p>The rule takes the set of holidays it is given (HR admins maintain the live list; {@link
 * #englandAndWales()} uses the bundled one, which runs from 2018 to 2030). A holiday that falls on
 * a weekend changes nothing. Counting starts the day after the given date: "10 working days after
 * Wednesday 23 December 2026" is Monday 11 January 2027.
 */
public final class WorkingDays {

  private static final WorkingDays ENGLAND_AND_WALES =
      new WorkingDays(BankHolidays.englandAndWales().stream().map(BankHoliday::date).toList());

  /** Weekday holidays only, in order: the weekend ones never change a count. */
  private final NavigableSet<LocalDate> holidays = new TreeSet<>();

  public WorkingDays(Collection<LocalDate> holidays) {
    for (LocalDate day : holidays) {
      Objects.requireNonNull(day, "holiday");
      if (!isWeekend(day)) {
        this.holidays.add(day);
      }
    }
  }

  /** Weekends and the bundled England and Wales bank holidays (2018 to 2030). */
  public static WorkingDays englandAndWales() {
    return ENGLAND_AND_WALES;
  }

  public static WorkingDays fromHolidays(Collection<BankHoliday> holidays) {
    return new WorkingDays(holidays.stream().map(BankHoliday::date).toList());
  }

  public boolean isWorkingDay(LocalDate date) {
    return !isWeekend(date) && !holidays.contains(date);
  }

  /**
   * The date {@code n} working days after {@code date} ({@code date} itself never counts, even when
   * it is a working day); for a negative {@code n}, that many working days before it. {@code
   * add(date, 0)} is {@code date}.
   */
  public LocalDate add(LocalDate date, int n) {
    int step = n < 0 ? -1 : 1;
    LocalDate day = date;
    for (int left = Math.abs(n); left > 0; ) {
      day = day.plusDays(step);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /**
   * Working days after {@code start} up to and including {@code end}, so that {@code between(d,
   * add(d, n)) == n}; negative when {@code end} is before {@code start}, and 0 when they are the
   * same day.
   */
  public int between(LocalDate start, LocalDate end) {
    if (end.isBefore(start)) {
      return -between(end, start);
    }
    // Weekdays in (start, end], counted in whole weeks and then the remainder.
    long days = ChronoUnit.DAYS.between(start, end);
    long weekdays = days / 7 * 5;
    LocalDate day = start.plusDays(days / 7 * 7);
    while (day.isBefore(end)) {
      day = day.plusDays(1);
      if (!isWeekend(day)) {
        weekdays++;
      }
    }
    int holidaysInside = holidays.subSet(start, false, end, true).size();
    return Math.toIntExact(weekdays - holidaysInside);
  }

  /** The first working day on or after {@code date}. */
  public LocalDate onOrAfter(LocalDate date) {
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
