package org.bandwise.workforce.control;

import static org.bandwise.workforce.control.DemoScales.BAND_3;
import static org.bandwise.workforce.control.DemoScales.BAND_4;
import static org.bandwise.workforce.control.DemoScales.position;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RuleConflict;
import org.junit.jupiter.api.Test;

class ContractualPayTest {

  private static final LocalDate AUG_2026 = LocalDate.of(2026, 8, 1);

  @Test
  void fullTimePayIsThePointsSalaryInTheScaleInForce() {
    ContractualPay pay = DemoScales.pay();
    assertEquals(Money.ofPence(3_755_000), pay.contractualOn(position(BAND_4, 6, "37"), AUG_2026));
    assertEquals(Money.ofPence(2_680_000), pay.contractualOn(position(BAND_3, 1, "37"), AUG_2026));
  }

  @Test
  void aPayAwardCountsFromItsOwnDateAndTheOldScaleUntilTheDayBefore() {
    ContractualPay pay =
        DemoScales.pay(
            DemoScales.scale(
                BAND_3, LocalDate.of(2027, 4, 1), 27_600, 28_500, 29_500, 30_650, 31_930));
    PayPosition topOfBand3 = position(BAND_3, 5, "37");
    assertEquals(
        Money.ofPence(3_100_000), pay.contractualOn(topOfBand3, LocalDate.of(2027, 3, 31)));
    assertEquals(Money.ofPence(3_193_000), pay.contractualOn(topOfBand3, LocalDate.of(2027, 4, 1)));
    assertEquals(Money.ofPence(3_193_000), pay.contractualOn(topOfBand3, LocalDate.of(2030, 1, 1)));
  }

  @Test
  void partTimePayIsProRataToTheFullTimeWeek() {
    ContractualPay pay = DemoScales.pay();
    assertEquals(
        Money.ofPence(1_877_500), pay.contractualOn(position(BAND_4, 6, "18.5"), AUG_2026));
    assertEquals(
        Money.ofPence(1_340_000), pay.contractualOn(position(BAND_3, 1, "18.50"), AUG_2026));
  }

  @Test
  void proRataIsExactAndRoundedHalfUpOnlyAtTheEnd() {
    // £31,000 × 22.5 ÷ 37 = £18,851.3513… → £18,851.35
    assertEquals(
        Money.ofPence(1_885_135),
        ContractualPay.proRata(
            Money.ofPence(3_100_000), WeeklyHours.of("22.5"), WeeklyHours.DEFAULT_FULL_TIME));
    // 3,100,001p × 18.5 ÷ 37 = 1,550,000.5p → 1,550,001p (half up)
    assertEquals(
        Money.ofPence(1_550_001),
        ContractualPay.proRata(
            Money.ofPence(3_100_001), WeeklyHours.of("18.5"), WeeklyHours.DEFAULT_FULL_TIME));
    // 29,999p × 1 ÷ 37 = 810.78…p → 811p
    assertEquals(
        Money.ofPence(811),
        ContractualPay.proRata(Money.ofPence(29_999), WeeklyHours.of(1), WeeklyHours.of(37)));
  }

  @Test
  void aStructureMayHaveItsOwnFullTimeWeek() {
    ContractualPay pay = new ContractualPay(DemoScales.with(), WeeklyHours.of("35"));
    // £37,550 × 17.5 ÷ 35 = £18,775
    assertEquals(
        Money.ofPence(1_877_500), pay.contractualOn(position(BAND_4, 6, "17.5"), AUG_2026));
    assertEquals(WeeklyHours.of(37), new ContractualPay(DemoScales.with()).fullTimeHours());
  }

  @Test
  void noScaleInForceIsAConflictNamingTheBandAndDate() {
    ContractualPay pay = DemoScales.pay();
    RuleConflict e =
        assertThrows(
            RuleConflict.class,
            () -> pay.contractualOn(position(BAND_4, 1, "37"), LocalDate.of(2026, 3, 31)));
    assertEquals(
        "Band 4 has no pay scale for this pay zone in force on 31 March 2026.", e.getMessage());
    assertThrows(
        RuleConflict.class,
        () ->
            pay.contractualOn(new PayPosition(BAND_4, "LONDON", 1, WeeklyHours.of(37)), AUG_2026));
  }

  @Test
  void aPointNotOnTheScaleNamesThePayPoint() {
    InvalidInput e =
        assertThrows(
            InvalidInput.class,
            () -> DemoScales.pay().contractualOn(position(BAND_3, 6, "37"), AUG_2026));
    assertEquals("payPoint", e.fieldProblems().get(0).field());
    assertEquals(
        "Band 3 has no pay point 6 on its scale in force on 1 August 2026.", e.getMessage());
  }

  @Test
  void timelineFollowsPayAwardsPositionsAndLeaving() {
    ContractualPay pay =
        DemoScales.pay(
            DemoScales.scale(
                BAND_3, LocalDate.of(2027, 4, 1), 27_600, 28_500, 29_500, 30_650, 31_930));
    PayHistory history =
        new PayHistory(
            List.of(
                new PayHistory.Entry(AUG_2026, position(BAND_3, 4, "37")),
                new PayHistory.Entry(LocalDate.of(2026, 10, 1), position(BAND_3, 5, "18.5"))),
            LocalDate.of(2027, 6, 30));
    PayTimeline timeline = pay.timeline(history, AUG_2026, LocalDate.of(2028, 3, 31));
    assertEquals(Money.ofPence(0), timeline.annualOn(LocalDate.of(2026, 7, 31)));
    assertEquals(Money.ofPence(2_975_000), timeline.annualOn(AUG_2026));
    assertEquals(Money.ofPence(1_550_000), timeline.annualOn(LocalDate.of(2026, 10, 1)));
    assertEquals(Money.ofPence(1_596_500), timeline.annualOn(LocalDate.of(2027, 4, 1)));
    assertEquals(Money.ofPence(0), timeline.annualOn(LocalDate.of(2027, 7, 1)));
    assertTrue(timeline.changeDates().contains(LocalDate.of(2027, 4, 1)));
  }

  @Test
  void theScaleTimelineRefusesTwoScalesFromTheSameDay() {
    assertThrows(
        IllegalArgumentException.class,
        () -> DemoScales.with(DemoScales.scale(BAND_3, DemoScales.APRIL_2026, 1, 2)));
  }
}
