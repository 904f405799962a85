package org.bandwise.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarMonthsTest {

  @ParameterizedTest(name = "{0} + {1} months = {2}")
  @CsvSource({
    "2026-08-31, 3, 2026-11-30",
    "2026-01-15, 3, 2026-04-15",
    "2026-05-31, 3, 2026-08-31",
    "2026-11-30, 3, 2027-02-28",
    "2027-11-30, 3, 2028-02-29",
    "2027-11-29, 3, 2028-02-29",
    "2026-12-31, 2, 2027-02-28",
    "2026-09-15, 3, 2026-12-15",
    "2026-09-15, 0, 2026-09-15",
    "2026-08-01, 24, 2028-08-01"
  })
  void keepsTheDayOfTheMonthOrTakesTheMonthsLastDay(LocalDate from, int months, LocalDate to) {
    assertEquals(to, CalendarMonths.after(from, months));
  }

  @Test
  void refusesNegativePeriods() {
    assertThrows(
        IllegalArgumentException.class, () -> CalendarMonths.after(LocalDate.of(2026, 1, 1), -1));
  }

  @Test
  void writesDatesTheGovUkWay() {
    assertEquals("1 August 2026", DateText.of(LocalDate.of(2026, 8, 1)));
    assertEquals("31 January 2027", DateText.of(LocalDate.of(2027, 1, 31)));
    assertEquals("Wednesday 23 December 2026", DateText.withWeekday(LocalDate.of(2026, 12, 23)));
  }
}
