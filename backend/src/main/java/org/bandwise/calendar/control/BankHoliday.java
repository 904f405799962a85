package org.bandwise.calendar.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One bank holiday as it is observed: the day people are off, so a substitute day carries its own
 * date (Boxing Day 2026, a Saturday, is observed on Monday 28 December).
 */
public record BankHoliday(LocalDate date, String title) {

  public BankHoliday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(title, "title");
  }
}
