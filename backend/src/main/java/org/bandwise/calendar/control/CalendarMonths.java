package org.bandwise.calendar.control;

import java.time.LocalDate;

/**
 * "Within N months" as the rules mean it: the same day of the month N months later, or that month's
 * last day when it is shorter. So 3 months after 31 August is 30 November, 3 months after 30
 * November 2027 is 29 February 2028, and 3 months after 15 January is 15 April. The result is the
 * last day that is still within the period (inclusive), and it is not moved off a weekend or bank
 * holiday: periods in months are calendar periods, deadlines in working days are counted by {@link
 * WorkingDays}.
 */
public final class CalendarMonths {

  private CalendarMonths() {}

  /** The last day within {@code months} calendar months of {@code date}. */
  public static LocalDate after(LocalDate date, int months) {
    if (months < 0) {
      throw new IllegalArgumentException("months must not be negative");
    }
    // LocalDate.plusMonths keeps the day of the month and clamps to the month's last day.
    return date.plusMonths(months);
  }
}
