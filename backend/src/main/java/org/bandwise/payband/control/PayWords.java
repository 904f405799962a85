package org.bandwise.payband.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How pay records are named in messages and the audit trail: plain English, no codes or ISO dates.
 */
public final class PayWords {

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private PayWords() {}

  /** 2026-04-01 → "1 April 2026". */
  public static String date(LocalDate date) {
    return LONG_DATE.format(date);
  }

  /** "Band 4 National scale from 1 April 2026". */
  public static String scaleName(String bandName, String zoneName, LocalDate effectiveFrom) {
    return bandName + " " + zoneName + " scale from " + date(effectiveFrom);
  }
}
