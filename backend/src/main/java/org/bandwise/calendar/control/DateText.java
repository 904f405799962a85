package org.bandwise.calendar.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as GOV.UK style writes them in sentences: "1 August 2026", or with the day of the week,
 * "Wednesday 23 December 2026". Never ISO dates in a message a person reads.
 */
public final class DateText {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter WITH_WEEKDAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private DateText() {}

  /** "1 August 2026". */
  public static String of(LocalDate date) {
    return DATE.format(date);
  }

  /** "Wednesday 23 December 2026". */
  public static String withWeekday(LocalDate date) {
    return WITH_WEEKDAY.format(date);
  }
}
