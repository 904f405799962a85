package org.bandwise.rebanding.control;

import static org.bandwise.workforce.control.DemoScales.BAND_3;
import static org.bandwise.workforce.control.DemoScales.BAND_4;
import static org.bandwise.workforce.control.DemoScales.position;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.bandwise.protection.control.ProtectionPolicy;
import org.bandwise.protection.control.ProtectionType;
import org.bandwise.rebanding.control.ImpactTotals.YearChange;
import org.bandwise.workforce.control.ContractualPay;
import org.bandwise.workforce.control.DemoScales;
import org.junit.jupiter.api.Test;

/**
 * The pay-bill projection: change in paid pay earned inside each financial year from the effective
 * date, per holder per month rounded to the penny (£6,550 ÷ 12 = £545.83 a month, £3,275 ÷ 12 =
 * £272.92).
 */
class ImpactTotalsTest {

  static final LocalDate EFFECTIVE = LocalDate.of(2026, 8, 1);
  static final LocalDate DRAFTED = LocalDate.of(2026, 7, 1);

  static ImpactModel model(ContractualPay pay, ProtectionPolicy policy) {
    return new ImpactModel(pay, AssimilationPolicy.DEFAULT, policy);
  }

  @Test
  void markTimeCostsNothingUntilProtectionRunsOutInTheThirdYear() {
    ImpactModel model = model(DemoScales.pay(), ProtectionPolicy.DEFAULT);
    ImpactTotals.Totals totals =
        new ImpactTotals(EFFECTIVE)
            .add(model.model(position(BAND_4, 6, "37"), BAND_3, EFFECTIVE, DRAFTED))
            .result();
    assertEquals(
        List.of(
            new YearChange("2026-27", 0),
            new YearChange("2027-28", 0),
            new YearChange("2028-29", -8 * 54_583)),
        totals.byFinancialYear());
    assertEquals(0, totals.annualChangePence());
    assertEquals(1, totals.down());
  }

  @Test
  void aTaperSavesStageByStage() {
    ImpactModel model =
        model(
            DemoScales.pay(),
            ProtectionPolicy.DEFAULT.withType(ProtectionType.CASH_CONSERVED_TAPER));
    ImpactTotals.Totals totals =
        new ImpactTotals(EFFECTIVE)
            .add(model.model(position(BAND_4, 6, "37"), BAND_3, EFFECTIVE, DRAFTED))
            .result();
    assertEquals(
        List.of(
            new YearChange("2026-27", 0),
            new YearChange("2027-28", -8 * 27_292),
            new YearChange("2028-29", -4 * 27_292 - 8 * 54_583)),
        totals.byFinancialYear());
  }

  @Test
  void anUpgradeCostsFromTheEffectiveDateWithItsArrearsCountedInTheirYear() {
    ImpactModel model = model(DemoScales.pay(), ProtectionPolicy.DEFAULT);
    ImpactTotals.Totals totals =
        new ImpactTotals(EFFECTIVE)
            .add(
                model.model(
                    position(BAND_3, 1, "37"), BAND_4, EFFECTIVE, LocalDate.of(2026, 11, 1)))
            .result();
    assertEquals(
        List.of(
            new YearChange("2026-27", 8 * 42_500),
            new YearChange("2027-28", 510_000),
            new YearChange("2028-29", 510_000)),
        totals.byFinancialYear());
    assertEquals(510_000, totals.annualChangePence());
    assertEquals(127_500, totals.arrearsPence());
    assertEquals(1, totals.up());
  }

  @Test
  void theFacilitatorCase() {
    // two full-time and one part-time Band 4 point 6 probation officers and three Band 3 PSOs
    // move onto the Band 3 Intervention Facilitator JD from 1 August 2026, mark time
    ImpactModel model = model(DemoScales.pay(), ProtectionPolicy.DEFAULT);
    ImpactTotals totals = new ImpactTotals(EFFECTIVE);
    totals.add(model.model(position(BAND_4, 6, "37"), BAND_3, EFFECTIVE, DRAFTED));
    totals.add(model.model(position(BAND_4, 6, "37"), BAND_3, EFFECTIVE, DRAFTED));
    totals.add(model.model(position(BAND_4, 6, "18.5"), BAND_3, EFFECTIVE, DRAFTED));
    for (int point = 1; point <= 3; point++) {
      totals.add(model.model(position(BAND_3, point, "37"), BAND_3, EFFECTIVE, DRAFTED));
    }
    ImpactTotals.Totals result = totals.result();
    assertEquals(0, result.up());
    assertEquals(3, result.same());
    assertEquals(3, result.down());
    assertEquals(0, result.annualChangePence());
    assertEquals(0, result.arrearsPence());
    // 2028-29: 8 months × (2 × −£545.83 + −£272.92)
    assertEquals(
        List.of(
            new YearChange("2026-27", 0),
            new YearChange("2027-28", 0),
            new YearChange("2028-29", 8 * (2 * -54_583 - 27_292))),
        result.byFinancialYear());
  }

  @Test
  void aPayAwardToTheOldBandWhileFrozenShowsAsASavingFromItsDate() {
    ContractualPay pay =
        DemoScales.pay(
            DemoScales.scale(
                BAND_3, LocalDate.of(2027, 4, 1), 27_604, 28_531, 29_510, 30_643, 31_930),
            DemoScales.scale(
                BAND_4, LocalDate.of(2027, 4, 1), 32_857, 33_990, 35_123, 36_308, 37_492, 38_677));
    ImpactModel model = model(pay, ProtectionPolicy.DEFAULT);
    ImpactTotals.Totals totals =
        new ImpactTotals(EFFECTIVE)
            .add(model.model(position(BAND_4, 6, "37"), BAND_3, EFFECTIVE, DRAFTED))
            .result();
    // from April 2027: frozen at £37,550 against £38,677 had nothing changed: −£93.92 a month;
    // from August 2028: £31,930 against £38,677: −£562.25 a month
    assertEquals(
        List.of(
            new YearChange("2026-27", 0),
            new YearChange("2027-28", 12 * -9_392),
            new YearChange("2028-29", 4 * -9_392 + 8 * -56_225)),
        totals.byFinancialYear());
  }

  @Test
  void anEffectiveDateEarlyInTheYearCountsFromThatDate() {
    ImpactModel model = model(DemoScales.pay(), ProtectionPolicy.DEFAULT);
    LocalDate mid = LocalDate.of(2026, 4, 16);
    ImpactTotals.Totals totals =
        new ImpactTotals(mid)
            .add(model.model(position(BAND_3, 1, "37"), BAND_4, mid, mid))
            .result();
    // April 16–30: 15 × 510,000 ÷ 12 ÷ 30 = 21,250p; then 11 × 42,500p
    assertEquals(new YearChange("2026-27", 21_250 + 11 * 42_500), totals.byFinancialYear().get(0));
    assertEquals("2028-29", totals.byFinancialYear().get(2).year());
  }
}
