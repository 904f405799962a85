package org.bandwise.payband.control;

import java.time.LocalDate;

/** Reads the values a native query returns, whichever Java types the driver chose for them. */
final class SqlValues {

  private SqlValues() {}

  static boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value instanceof Number n && n.intValue() != 0;
  }

  static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return LocalDate.parse(value.toString());
  }
}
