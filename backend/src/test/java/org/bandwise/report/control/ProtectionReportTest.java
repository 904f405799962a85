package org.bandwise.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bandwise.payband.entity.Money;
import org.bandwise.protection.control.Protection;
import org.bandwise.protection.control.ProtectionType;
import org.bandwise.protection.control.TaperStep;
import org.bandwise.workforce.control.WeeklyHours;
import org.junit.jupiter.api.Test;

class ProtectionReportTest {

  private static final WeeklyHours FULL = WeeklyHours.of(37);

  /**
   * Protected at £30,000 full time; now paid £27,000 contractually: £3,000 a year, £250 a month.
   */
  private static Protection markTime(LocalDate start, LocalDate until) {
    return new Protection(
        ProtectionType.MARK_TIME,
        start,
        until,
        Money.ofPence(3_000_000),
        Money.ofPence(300_000),
        List.of(),
        Optional.empty());
  }

  @Test
  void costIsSplitAtTheFirstOfApril() {
    Protection p = markTime(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 4, 30));
    Map<Integer, Long> cost =
        ProtectionCost.byFinancialYear(
            p, LocalDate.of(2027, 3, 1), Money.ofPence(2_700_000), FULL, FULL);
    // March 2027 is in 2026-27, April 2027 in 2027-28: £250 each
    assertEquals(Map.of(2026, 25_000L, 2027, 25_000L), cost);
  }

  @Test
  void partMonthsAreEarnedByDayAndPartTimeProRata() {
    Protection p = markTime(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 4, 10));
    Map<Integer, Long> cost =
        ProtectionCost.byFinancialYear(
            p, LocalDate.of(2027, 3, 17), Money.ofPence(2_700_000), WeeklyHours.of("18.5"), FULL);
    // half time: £125 a month; 15 of March's 31 days = 6048.39 → 6048; 10 of April's 30 = 4166.67
    assertEquals(Map.of(2026, 6_048L, 2027, 4_167L), cost);
  }

  @Test
  void aTaperCostsLessAtEachStage() {
    Protection p =
        new Protection(
            ProtectionType.CASH_CONSERVED_TAPER,
            LocalDate.of(2026, 4, 1),
            LocalDate.of(2028, 3, 31),
            Money.ofPence(3_000_000),
            Money.ofPence(300_000),
            List.of(new TaperStep(Period.ofYears(1), 100), new TaperStep(Period.ofYears(1), 50)),
            Optional.empty());
    Map<Integer, Long> cost =
        ProtectionCost.byFinancialYear(
            p, LocalDate.of(2026, 4, 1), Money.ofPence(2_700_000), FULL, FULL);
    assertEquals(Map.of(2026, 300_000L, 2027, 150_000L), cost);
  }

  @Test
  void nothingWhenNotProtectedOnTheDay() {
    Protection p = markTime(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 4, 30));
    assertTrue(
        ProtectionCost.byFinancialYear(
                p, LocalDate.of(2027, 5, 1), Money.ofPence(2_700_000), FULL, FULL)
            .isEmpty());
  }

  @Test
  void summaryCountsExpiriesForTwentyFourMonthsFromTheDaysMonth() {
    ProtectionSummary s = new ProtectionSummary(LocalDate.of(2026, 11, 30));
    s.add(100, Map.of(2026, 40L), LocalDate.of(2026, 11, 30));
    s.add(200, Map.of(2026, 60L, 2027, 10L), LocalDate.of(2028, 10, 31));
    s.add(300, Map.of(2026, 1L), LocalDate.of(2028, 11, 1));
    ProtectionSummary.Result r = s.result();
    assertEquals(3, r.protectedCount());
    assertEquals(600, r.annualCostPence());
    assertEquals(24, r.expiries().size());
    assertEquals(YearMonth.of(2026, 11), r.expiries().get(0).month());
    assertEquals(1, r.expiries().get(0).count());
    assertEquals(YearMonth.of(2028, 10), r.expiries().get(23).month());
    assertEquals(1, r.expiries().get(23).count());
    assertEquals(2, r.expiries().stream().mapToInt(ProtectionSummary.MonthCount::count).sum());
    assertEquals("2026-27", r.years().get(0).year().label());
    assertEquals(101, r.years().get(0).costPence());
    assertEquals(3, r.years().get(0).people());
    assertEquals(10, r.years().get(1).costPence());
    assertEquals(1, r.years().get(1).people());
  }
}
