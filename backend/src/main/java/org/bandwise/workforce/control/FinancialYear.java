package org.bandwise.workforce.control;

import java.time.LocalDate;
import java.time.Month;

/** A UK public-sector financial year, 1 April to 31 March, labelled like "2026-27". */
public record FinancialYear(int startYear) {

  public static FinancialYear containing(LocalDate day) {
    return new FinancialYear(
        day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
  }

  public LocalDate start() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  public LocalDate end() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  public FinancialYear plusYears(int years) {
    return new FinancialYear(startYear + years);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  /** "2026-27". */
  public String label() {
    return String.format("%d-%02d", startYear, (startYear + 1) % 100);
  }

  @Override
  public String toString() {
    return label();
  }
}
