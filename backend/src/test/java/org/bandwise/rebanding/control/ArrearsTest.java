package org.bandwise.rebanding.control;

import static org.bandwise.workforce.control.DemoScales.BAND_3;
import static org.bandwise.workforce.control.DemoScales.BAND_4;
import static org.bandwise.workforce.control.DemoScales.position;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.bandwise.payband.entity.Money;
import org.bandwise.workforce.control.ContractualPay;
import org.bandwise.workforce.control.DatedScale;
import org.bandwise.workforce.control.DemoScales;
import org.bandwise.workforce.control.MonthlyAmount;
import org.bandwise.workforce.control.PayPosition;
import org.junit.jupiter.api.Test;

/** Upgrade: Band 3 point 1 (£26,800) to Band 4 point 1 (£31,900). */
class ArrearsTest {

  private static final LocalDate AUG_2026 = LocalDate.of(2026, 8, 1);
  private static final LocalDate NOV_2026 = LocalDate.of(2026, 11, 1);

  private static Arrears.Statement owed(
      ContractualPay pay, String hours, LocalDate from, LocalDate appliedOn) {
    PayPosition before = position(BAND_3, 1, hours);
    PayPosition after = position(BAND_4, 1, hours);
    LocalDate until = LocalDate.of(2027, 3, 31);
    return Arrears.owed(
        pay.timeline(before, from, until), pay.timeline(after, from, until), from, appliedOn);
  }

  private static MonthlyAmount month(int year, int month, long pence) {
    return new MonthlyAmount(YearMonth.of(year, month), Money.ofPence(pence));
  }

  /** Both bands rise 3 % from the day given. */
  private static ContractualPay awardFrom(LocalDate day) {
    DatedScale band3 = DemoScales.scale(BAND_3, day, 27_604, 28_531, 29_510, 30_643, 31_930);
    DatedScale band4 =
        DemoScales.scale(BAND_4, day, 32_857, 33_990, 35_123, 36_308, 37_492, 38_677);
    return DemoScales.pay(band3, band4);
  }

  @Test
  void threeWholeMonthsAreThreeTwelfthsOfTheDifference() {
    Arrears.Statement arrears = owed(DemoScales.pay(), "37", AUG_2026, NOV_2026);
    assertEquals(
        List.of(month(2026, 8, 42_500), month(2026, 9, 42_500), month(2026, 10, 42_500)),
        arrears.months());
    assertEquals(Money.ofPence(127_500), arrears.total(), "£1,275.00");
  }

  @Test
  void partTimeArrearsAreProRata() {
    assertEquals(
        Money.ofPence(63_750),
        owed(DemoScales.pay(), "18.5", AUG_2026, NOV_2026).total(),
        "half of £1,275.00");
  }

  @Test
  void partMonthsAtEitherEndCountTheirDaysOverTheDaysInThatMonth() {
    Arrears.Statement arrears =
        owed(DemoScales.pay(), "37", LocalDate.of(2026, 8, 15), LocalDate.of(2026, 10, 10));
    // August 15–31: 17 × 510,000 ÷ 12 ÷ 31 = 23,306.45p; October 1–9: 9 × 510,000 ÷ 372 =
    // 12,338.71p
    assertEquals(
        List.of(month(2026, 8, 23_306), month(2026, 9, 42_500), month(2026, 10, 12_339)),
        arrears.months());
    assertEquals(Money.ofPence(78_145), arrears.total());
  }

  @Test
  void aPayAwardInsideThePeriodCountsFromItsOwnDate() {
    // from 1 September the difference is £32,857 − £27,604 = £5,253, £437.75 a month
    Arrears.Statement arrears = owed(awardFrom(LocalDate.of(2026, 9, 1)), "37", AUG_2026, NOV_2026);
    assertEquals(
        List.of(month(2026, 8, 42_500), month(2026, 9, 43_775), month(2026, 10, 43_775)),
        arrears.months());
    assertEquals(Money.ofPence(130_050), arrears.total());
  }

  @Test
  void aPayAwardInTheMiddleOfAMonthSplitsThatMonthByDays() {
    // September: (14 × 510,000 + 16 × 525,300) ÷ 12 ÷ 30 = 43,180p
    Arrears.Statement arrears =
        owed(awardFrom(LocalDate.of(2026, 9, 15)), "37", AUG_2026, NOV_2026);
    assertEquals(
        List.of(month(2026, 8, 42_500), month(2026, 9, 43_180), month(2026, 10, 43_775)),
        arrears.months());
    assertEquals(Money.ofPence(129_455), arrears.total());
  }

  @Test
  void anAwardToOneBandOnlyWidensTheDifference() {
    DatedScale band4 =
        DemoScales.scale(
            BAND_4, LocalDate.of(2026, 9, 1), 32_857, 33_990, 35_123, 36_308, 37_492, 38_677);
    // September and October: (32,857 − 26,800) ÷ 12 = £504.75
    assertEquals(
        Money.ofPence(42_500 + 50_475 + 50_475),
        owed(DemoScales.pay(band4), "37", AUG_2026, NOV_2026).total());
  }

  @Test
  void nothingIsOwedWhenAppliedOnOrBeforeTheEffectiveDate() {
    assertEquals(Arrears.Statement.none(), owed(DemoScales.pay(), "37", AUG_2026, AUG_2026));
    assertEquals(
        Money.ofPence(0), owed(DemoScales.pay(), "37", AUG_2026, LocalDate.of(2026, 7, 1)).total());
  }

  @Test
  void oneDayIsOneDaysShare() {
    // 31 July 2026 alone: 510,000 ÷ 12 ÷ 31 = 1,370.97p
    assertEquals(
        Money.ofPence(1_371),
        owed(DemoScales.pay(), "37", LocalDate.of(2026, 7, 31), AUG_2026).total());
  }
}
