package org.bandwise.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled England and Wales list, checked year by year: against the worked examples, against
 * Easter worked out independently, and for the substitute days and one-off holidays.
 */
class BankHolidaysTest {

  private static final List<BankHoliday> ALL = BankHolidays.englandAndWales();

  private static List<LocalDate> year(int year) {
    return ALL.stream().map(BankHoliday::date).filter(d -> d.getYear() == year).toList();
  }

  private static List<LocalDate> dates(String... iso) {
    return java.util.Arrays.stream(iso).map(LocalDate::parse).toList();
  }

  @Test
  void matchesTheWorkedExamplesFor2025To2027() {
    assertEquals(
        dates(
            "2025-01-01",
            "2025-04-18",
            "2025-04-21",
            "2025-05-05",
            "2025-05-26",
            "2025-08-25",
            "2025-12-25",
            "2025-12-26"),
        year(2025));
    assertEquals(
        dates(
            "2026-01-01",
            "2026-04-03",
            "2026-04-06",
            "2026-05-04",
            "2026-05-25",
            "2026-08-31",
            "2026-12-25",
            "2026-12-28"),
        year(2026));
    assertEquals(
        dates(
            "2027-01-01",
            "2027-03-26",
            "2027-03-29",
            "2027-05-03",
            "2027-05-31",
            "2027-08-30",
            "2027-12-27",
            "2027-12-28"),
        year(2027));
  }

  @Test
  void coversEveryYearFrom2018To2030WithTheOneOffDays() {
    Map<Integer, Long> perYear =
        ALL.stream().collect(Collectors.groupingBy(h -> h.date().getYear(), Collectors.counting()));
    for (int y = 2018; y <= 2030; y++) {
      long expected = y == 2022 ? 10 : y == 2023 ? 9 : 8;
      assertEquals(expected, perYear.get(y), "bank holidays in " + y);
    }
    assertEquals(13, perYear.size());
    assertTitle("2022-06-03", "Platinum Jubilee bank holiday");
    assertTitle("2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II");
    assertTitle("2023-05-08", "Bank holiday for the coronation of King Charles III");
    assertTitle("2020-05-08", "Early May bank holiday (VE day)");
    assertTitle("2022-06-02", "Spring bank holiday");
    assertTitle("2026-12-28", "Boxing Day (substitute day)");
  }

  @Test
  void everyObservedHolidayIsAWeekdayListedOnceInOrder() {
    for (int i = 0; i < ALL.size(); i++) {
      LocalDate d = ALL.get(i).date();
      assertTrue(d.getDayOfWeek().getValue() <= 5, d + " is a weekend");
      if (i > 0) {
        assertTrue(ALL.get(i - 1).date().isBefore(d), d + " out of order");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      ints = {2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030})
  void followsTheUsualRulesEachYearApartFromTheOneOffChanges(int y) {
    LocalDate easter = easterSunday(y);
    var expected = new java.util.TreeSet<LocalDate>();
    expected.add(substitute(LocalDate.of(y, 1, 1), List.of()));
    expected.add(easter.minusDays(2));
    expected.add(easter.plusDays(1));
    expected.add(
        y == 2020
            ? LocalDate.of(2020, 5, 8)
            : LocalDate.of(y, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
    expected.add(
        y == 2022
            ? LocalDate.of(2022, 6, 2)
            : LocalDate.of(y, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    expected.add(LocalDate.of(y, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    LocalDate christmas = substitute(LocalDate.of(y, 12, 25), List.of());
    expected.add(christmas);
    expected.add(substitute(LocalDate.of(y, 12, 26), List.of(christmas)));
    if (y == 2022) {
      expected.add(LocalDate.of(2022, 6, 3));
      expected.add(LocalDate.of(2022, 9, 19));
    }
    if (y == 2023) {
      expected.add(LocalDate.of(2023, 5, 8));
    }
    assertEquals(List.copyOf(expected), year(y));
  }

  @Test
  void parsesAnEditedListAndRefusesBrokenLines() throws Exception {
    var parsed =
        BankHolidays.parse(
            new StringReader(
                "# comment\ndate,title\n2031-01-01,New Year's Day\n\n2030-12-26,Boxing Day\n"));
    assertEquals(
        List.of(
            new BankHoliday(LocalDate.of(2030, Month.DECEMBER, 26), "Boxing Day"),
            new BankHoliday(LocalDate.of(2031, Month.JANUARY, 1), "New Year's Day")),
        parsed);
    assertEquals(
        "Line 1 has no valid date.",
        assertThrows(
                IllegalArgumentException.class,
                () -> BankHolidays.parse(new StringReader("2031-02-30,Nothing\n")))
            .getMessage());
    assertEquals(
        "Line 1 needs a date and a title.",
        assertThrows(
                IllegalArgumentException.class,
                () -> BankHolidays.parse(new StringReader("2031-01-01,\n")))
            .getMessage());
    assertEquals(
        "Line 2 lists a date already listed.",
        assertThrows(
                IllegalArgumentException.class,
                () -> BankHolidays.parse(new StringReader("2031-01-01,A\n2031-01-01,B\n")))
            .getMessage());
  }

  private static void assertTitle(String iso, String title) {
    LocalDate date = LocalDate.parse(iso);
    assertEquals(
        title, ALL.stream().filter(h -> h.date().equals(date)).findFirst().orElseThrow().title());
  }

  /** Moves a day off a weekend, and past the days already taken by earlier substitutes. */
  private static LocalDate substitute(LocalDate day, List<LocalDate> taken) {
    LocalDate d = day;
    while (d.getDayOfWeek().getValue() > 5 || taken.contains(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
