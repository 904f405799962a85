package org.bandwise.platform.persistence;

import java.time.LocalDate;

/** Reads the values a native query returns, whichever Java types the driver chose for them. */
public final class SqlValues {

  private SqlValues() {}

  public static boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value instanceof Number n && n.intValue() != 0;
  }

  public static Integer integer(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }

  public static String text(Object value) {
    return value == null ? null : value.toString();
  }

  public static java.time.LocalDateTime timestamp(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.time.LocalDateTime t) {
      return t;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime();
    }
    return java.time.LocalDateTime.parse(value.toString().replace(' ', 'T'));
  }

  public static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }
}
