package org.bandwise.calendar.control;

import static java.time.Month.APRIL;
import static java.time.Month.DECEMBER;
import static java.time.Month.JANUARY;
import static java.time.Month.MARCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days across weekends and bank holidays, with the worked examples' figures. */
class WorkingDaysTest {

  private final WorkingDays days = WorkingDays.englandAndWales();

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void tenWorkingDaysAfterWednesday23December2026IsMonday11January2027() {
    LocalDate start = LocalDate.of(2026, DECEMBER, 23);
    assertEquals(DayOfWeek.WEDNESDAY, start.getDayOfWeek());
    assertEquals(LocalDate.of(2027, JANUARY, 11), days.add(start, 10));
    assertEquals(10, days.between(start, LocalDate.of(2027, JANUARY, 11)));
  }

  @Test
  void theTenDaysCountedAreExactlyTheOnesInTheWorkedExample() {
    List<LocalDate> counted =
        LocalDate.of(2026, DECEMBER, 24)
            .datesUntil(LocalDate.of(2027, JANUARY, 12))
            .filter(days::isWorkingDay)
            .toList();
    assertEquals(
        List.of(
            date("2026-12-24"),
            date("2026-12-29"),
            date("2026-12-30"),
            date("2026-12-31"),
            date("2027-01-04"),
            date("2027-01-05"),
            date("2027-01-06"),
            date("2027-01-07"),
            date("2027-01-08"),
            date("2027-01-11")),
        counted);
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    // Easter 2025: Good Friday 18 April, Easter Monday 21 April
    "2025-04-17, 1, 2025-04-22",
    "2025-04-16, 2, 2025-04-22",
    // Easter 2026: Good Friday 3 April, Easter Monday 6 April
    "2026-04-02, 1, 2026-04-07",
    "2026-04-03, 1, 2026-04-07",
    // Easter 2027: Good Friday 26 March, Easter Monday 29 March
    "2027-03-25, 1, 2027-03-30",
    "2027-03-24, 3, 2027-03-31",
    // Christmas 2026: Christmas Day on Friday, Boxing Day substitute on Monday 28 December
    "2026-12-24, 1, 2026-12-29",
    "2026-12-24, 2, 2026-12-30",
    // Christmas 2027: both substitute days, Monday 27 and Tuesday 28 December
    "2027-12-24, 1, 2027-12-29",
    // New Year 2028 on a Saturday: substitute on Monday 3 January
    "2027-12-31, 1, 2028-01-04",
    // May and August bank holidays
    "2026-05-01, 1, 2026-05-05",
    "2026-08-28, 1, 2026-09-01",
    // from a weekend: the next working day is the first one counted
    "2026-06-06, 1, 2026-06-08",
    "2026-06-07, 5, 2026-06-12",
    // nothing to add
    "2026-12-25, 0, 2026-12-25"
  })
  void addsWorkingDaysSkippingWeekendsAndBankHolidays(LocalDate start, int n, LocalDate end) {
    assertEquals(end, days.add(start, n));
  }

  @ParameterizedTest(name = "{0} is not a working day")
  @CsvSource({
    "2025-04-18", "2025-04-21", "2026-04-03", "2026-04-06", "2027-03-26", "2027-03-29",
    "2026-12-25", "2026-12-28", "2027-12-27", "2027-12-28", "2028-01-03", "2026-12-26",
    "2026-12-27", "2022-06-03", "2022-09-19", "2023-05-08", "2020-05-08"
  })
  void bankHolidaysSubstituteDaysAndWeekendsAreNotWorkingDays(LocalDate day) {
    assertFalse(days.isWorkingDay(day));
  }

  @ParameterizedTest(name = "{0} is a working day")
  @CsvSource({
    // the nominal days that moved are working days: 4 May 2020 (moved to VE day), 30 May 2022
    // (moved to 2 June) and the Tuesday after a Christmas that needed no substitute
    "2020-05-04",
    "2022-05-30",
    "2026-12-29",
    "2026-12-24",
    "2027-12-29",
    "2027-12-31"
  })
  void ordinaryWeekdaysAreWorkingDays(LocalDate day) {
    assertTrue(days.isWorkingDay(day));
  }

  @Test
  void countsBackwardsForANegativeNumber() {
    assertEquals(LocalDate.of(2026, DECEMBER, 23), days.add(LocalDate.of(2027, JANUARY, 11), -10));
    assertEquals(LocalDate.of(2026, APRIL, 2), days.add(LocalDate.of(2026, APRIL, 7), -1));
    assertEquals(-10, days.between(LocalDate.of(2027, JANUARY, 11), LocalDate.of(2026, 12, 23)));
  }

  @Test
  void betweenCountsTheDaysAfterTheStartUpToAndIncludingTheEnd() {
    assertEquals(0, days.between(date("2026-12-23"), date("2026-12-23")));
    assertEquals(1, days.between(date("2026-12-23"), date("2026-12-24")));
    // 25 to 28 December 2026 are all days off: still 1
    assertEquals(1, days.between(date("2026-12-23"), date("2026-12-28")));
    assertEquals(2, days.between(date("2026-12-23"), date("2026-12-29")));
    // a whole non-leap year of 2026: 261 weekdays less 8 bank holidays (28 December included)
    assertEquals(253, days.between(date("2025-12-31"), date("2026-12-31")));
  }

  @Test
  void betweenAndAddAgreeWithCountingDayByDay() {
    var random = new Random(20261223L);
    for (int i = 0; i < 2_000; i++) {
      LocalDate start = LocalDate.of(2018, JANUARY, 1).plusDays(random.nextInt(365 * 12));
      int n = random.nextInt(90);
      LocalDate end = days.add(start, n);
      assertEquals(n, days.between(start, end), () -> start + " + " + n);
      assertEquals(n, countDayByDay(start, end), () -> start + " + " + n);
      LocalDate other = start.plusDays(random.nextInt(400));
      assertEquals(
          countDayByDay(start, other), days.between(start, other), () -> start + ".." + other);
    }
  }

  @Test
  void usesTheHolidaysItIsGivenSoHrCanEditTheList() {
    // a one-off holiday added by HR on Friday 12 March 2027, and no others
    var edited = new WorkingDays(Set.of(LocalDate.of(2027, MARCH, 12)));
    assertFalse(edited.isWorkingDay(LocalDate.of(2027, MARCH, 12)));
    assertTrue(edited.isWorkingDay(LocalDate.of(2027, MARCH, 26)));
    assertEquals(LocalDate.of(2027, MARCH, 15), edited.add(LocalDate.of(2027, MARCH, 11), 1));
    // a holiday listed on a weekend changes nothing
    var weekend = new WorkingDays(Set.of(LocalDate.of(2026, DECEMBER, 26)));
    assertEquals(5, weekend.between(date("2026-12-21"), date("2026-12-28")));
    // built from bank holiday records too
    var fromRecords =
        WorkingDays.fromHolidays(List.of(new BankHoliday(date("2027-03-12"), "Extra day")));
    assertFalse(fromRecords.isWorkingDay(date("2027-03-12")));
  }

  @Test
  void findsTheFirstWorkingDayOnOrAfterADate() {
    assertEquals(date("2026-12-29"), days.onOrAfter(date("2026-12-25")));
    assertEquals(date("2026-12-24"), days.onOrAfter(date("2026-12-24")));
  }

  private static final java.util.Set<LocalDate> HOLIDAYS =
      java.util.Set.copyOf(BankHolidays.englandAndWales().stream().map(BankHoliday::date).toList());

  private static int countDayByDay(LocalDate start, LocalDate end) {
    int count = 0;
    for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY
          && d.getDayOfWeek() != DayOfWeek.SUNDAY
          && !HOLIDAYS.contains(d)) {
        count++;
      }
    }
    return count;
  }
}
