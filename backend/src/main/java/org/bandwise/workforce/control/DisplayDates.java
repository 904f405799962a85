package org.bandwise.workforce.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them in messages: "1 August 2026", never an ISO date. */
public final class DisplayDates {

  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private DisplayDates() {}

  public static String format(LocalDate date) {
    return LONG.format(date);
  }
}
