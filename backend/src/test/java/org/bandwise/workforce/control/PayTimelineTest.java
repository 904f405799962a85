package org.bandwise.workforce.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.bandwise.payband.entity.Money;
import org.junit.jupiter.api.Test;

class PayTimelineTest {

  private static final WeeklyHours FULL = WeeklyHours.of(37);

  private static PayTimeline flat(long pounds, String hours) {
    return PayTimeline.proRata(FULL)
        .from(LocalDate.of(2026, 1, 1), Money.ofPence(pounds * 100), WeeklyHours.of(hours))
        .build();
  }

  @Test
  void aWholeMonthEarnsATwelfthWhateverItsLength() {
    PayTimeline pay = flat(5_100, "37");
    assertEquals(
        List.of(
            new MonthlyAmount(YearMonth.of(2026, 2), Money.ofPence(42_500)),
            new MonthlyAmount(YearMonth.of(2026, 3), Money.ofPence(42_500))),
        pay.monthlyAmounts(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31)));
  }

  @Test
  void aWholeYearEarnsTwelveRoundedTwelfths() {
    assertEquals(
        Money.ofPence(3_720_000),
        flat(37_200, "37").earned(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)));
    // £31,000 ÷ 12 = 258,333.33p → 258,333p a month, as payroll pays it
    assertEquals(
        Money.ofPence(3_099_996),
        flat(31_000, "37").earned(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)));
  }

  @Test
  void partOfAMonthEarnsItsDaysOverTheDaysInThatMonth() {
    // 17 days of August at £5,100 a year: 510,000 × 17 ÷ 12 ÷ 31 = 23,306.45p → 23,306p
    assertEquals(
        Money.ofPence(23_306),
        flat(5_100, "37").earned(LocalDate.of(2026, 8, 15), LocalDate.of(2026, 8, 31)));
    // 14 days of February 2026 (28 days) = half a twelfth
    assertEquals(
        Money.ofPence(21_250),
        flat(5_100, "37").earned(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 14)));
  }

  @Test
  void nothingBeforeTheFirstStepAndNothingForAnEmptyPeriod() {
    PayTimeline pay =
        PayTimeline.proRata(FULL)
            .from(LocalDate.of(2026, 8, 16), Money.ofPence(3_720_000), FULL)
            .build();
    assertEquals(Money.ofPence(0), pay.annualOn(LocalDate.of(2026, 8, 15)));
    // 16 of 31 days: 3,720,000 × 16 ÷ 372 = 160,000p
    assertEquals(
        Money.ofPence(160_000), pay.earned(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31)));
    assertEquals(List.of(), pay.monthlyAmounts(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 1)));
    assertEquals(Money.ofPence(0), PayTimeline.none().annualOn(LocalDate.of(2026, 1, 1)));
  }

  @Test
  void differencesAreExactBeforeRounding() {
    // 22.5 of 37 hours: £31,900 − £26,800 = £5,100 pro rata = £3,101.3513… a year
    PayTimeline after = flat(31_900, "22.5");
    PayTimeline before = flat(26_800, "22.5");
    PayTimeline difference = after.minus(before);
    assertEquals(Money.ofPence(310_135), difference.annualOn(LocalDate.of(2026, 5, 1)));
    // a month: 310,135.135… ÷ 12 = 25,844.59p → 25,845p
    assertEquals(
        Money.ofPence(25_845),
        difference.earned(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)));
    assertEquals(Money.ofPence(1_939_865), after.annualOn(LocalDate.of(2026, 5, 1)));
    assertEquals(
        Money.ofPence(3_569_595),
        after.plus(before).annualOn(LocalDate.of(2026, 5, 1)),
        "rounded once: 1,939,864.86 + 1,629,729.73 = 3,569,594.59");
  }

  @Test
  void timelinesOfDifferentFullTimeWeeksCombineExactly() {
    PayTimeline thirtySeven = flat(37_000, "18.5");
    PayTimeline thirtyFive =
        PayTimeline.proRata(WeeklyHours.of(35))
            .from(LocalDate.of(2026, 1, 1), Money.ofPence(3_500_000), WeeklyHours.of(7))
            .build();
    assertEquals(
        Money.ofPence(2_550_000), thirtySeven.plus(thirtyFive).annualOn(LocalDate.of(2026, 6, 1)));
  }

  @Test
  void nothingFromEndsPay() {
    PayTimeline pay =
        PayTimeline.proRata(FULL)
            .from(LocalDate.of(2026, 1, 1), Money.ofPence(1_200_000), FULL)
            .nothingFrom(LocalDate.of(2026, 3, 1))
            .build();
    assertEquals(
        Money.ofPence(200_000), pay.earned(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
  }
}
