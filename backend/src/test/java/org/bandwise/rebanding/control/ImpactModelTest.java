package org.bandwise.rebanding.control;

import static org.bandwise.workforce.control.DemoScales.BAND_3;
import static org.bandwise.workforce.control.DemoScales.BAND_4;
import static org.bandwise.workforce.control.DemoScales.position;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.protection.control.Protection;
import org.bandwise.protection.control.ProtectionPolicy;
import org.bandwise.protection.control.ProtectionType;
import org.bandwise.workforce.control.DemoScales;
import org.junit.jupiter.api.Test;

class ImpactModelTest {

  static final LocalDate EFFECTIVE = LocalDate.of(2026, 8, 1);
  static final LocalDate DRAFTED = LocalDate.of(2026, 7, 1);

  static ImpactModel model(ProtectionPolicy policy) {
    return new ImpactModel(DemoScales.pay(), AssimilationPolicy.DEFAULT, policy);
  }

  @Test
  void theFacilitatorDowngradeIsProtectedAtTheOldSalaryUntil31July2028() {
    HolderImpact impact =
        model(ProtectionPolicy.DEFAULT)
            .model(position(BAND_4, 6, "37"), BAND_3, EFFECTIVE, DRAFTED);
    assertEquals(Change.DOWN, impact.change());
    assertEquals(position(BAND_3, 5, "37"), impact.to());
    assertEquals(Money.ofPence(3_755_000), impact.fromSalary());
    assertEquals(Money.ofPence(3_100_000), impact.toSalary());
    assertEquals(Money.ofPence(3_755_000), impact.paidAfter().paid());
    Protection protection = impact.protection().orElseThrow();
    assertEquals(ProtectionType.MARK_TIME, protection.type());
    assertEquals(LocalDate.of(2028, 7, 31), protection.until());
    assertEquals(Money.ofPence(3_755_000), impact.protectedSalary().orElseThrow());
    assertEquals(Money.ofPence(0), impact.annualChange());
    assertEquals(Money.ofPence(0), impact.arrears().total());
    assertEquals(Money.ofPence(3_755_000), impact.after().annualOn(LocalDate.of(2028, 7, 31)));
    assertEquals(
        655_000,
        impact.before().annualOn(LocalDate.of(2028, 8, 1)).pence()
            - impact.after().annualOn(LocalDate.of(2028, 8, 1)).pence(),
        "the loss once protection ends: £6,550 a year");
  }

  @Test
  void aPartTimeFacilitatorIsProtectedProRata() {
    HolderImpact impact =
        model(ProtectionPolicy.DEFAULT)
            .model(position(BAND_4, 6, "18.5"), BAND_3, EFFECTIVE, DRAFTED);
    assertEquals(5, impact.to().point());
    assertEquals(Money.ofPence(1_877_500), impact.fromSalary());
    assertEquals(Money.ofPence(1_550_000), impact.toSalary());
    assertEquals(Money.ofPence(1_877_500), impact.protectedSalary().orElseThrow());
  }

  @Test
  void underATaperTheAllowanceIsTheDifference() {
    HolderImpact impact =
        model(ProtectionPolicy.DEFAULT.withType(ProtectionType.CASH_CONSERVED_TAPER))
            .model(position(BAND_4, 6, "37"), BAND_3, EFFECTIVE, DRAFTED);
    assertEquals(Money.ofPence(655_000), impact.paidAfter().protectionAllowance());
    assertEquals(Money.ofPence(3_427_500), impact.after().annualOn(LocalDate.of(2027, 8, 1)));
    assertEquals(Money.ofPence(3_100_000), impact.after().annualOn(LocalDate.of(2028, 8, 1)));
  }

  @Test
  void anUpgradeAppliedLateOwesArrearsFromTheEffectiveDate() {
    HolderImpact impact =
        model(ProtectionPolicy.DEFAULT)
            .model(position(BAND_3, 1, "37"), BAND_4, EFFECTIVE, LocalDate.of(2026, 11, 1));
    assertEquals(Change.UP, impact.change());
    assertEquals(1, impact.to().point());
    assertEquals(Money.ofPence(3_190_000), impact.toSalary());
    assertTrue(impact.protection().isEmpty());
    assertEquals(Money.ofPence(127_500), impact.arrears().total());
    assertEquals(Money.ofPence(510_000), impact.annualChange());
    HolderImpact partTime =
        model(ProtectionPolicy.DEFAULT)
            .model(position(BAND_3, 1, "18.5"), BAND_4, EFFECTIVE, LocalDate.of(2026, 11, 1));
    assertEquals(Money.ofPence(63_750), partTime.arrears().total());
  }

  @Test
  void theSameBandChangesNothing() {
    HolderImpact impact =
        model(ProtectionPolicy.DEFAULT)
            .model(position(BAND_3, 2, "37"), BAND_3, EFFECTIVE, LocalDate.of(2026, 11, 1));
    assertEquals(Change.SAME, impact.change());
    assertEquals(impact.from(), impact.to());
    assertEquals(impact.fromSalary(), impact.toSalary());
    assertEquals(Money.ofPence(0), impact.arrears().total());
    assertTrue(impact.protection().isEmpty());
  }

  @Test
  void aBandWithNoScaleOnTheEffectiveDateCannotBeModelled() {
    assertThrows(
        RuleConflict.class,
        () ->
            model(ProtectionPolicy.DEFAULT)
                .model(position(BAND_4, 6, "37"), BAND_3, LocalDate.of(2026, 3, 1), DRAFTED));
  }

  @Test
  void theHorizonIsTheEndOfTheSecondFinancialYearAfter() {
    assertEquals(LocalDate.of(2029, 3, 31), ImpactModel.horizon(EFFECTIVE));
    assertEquals(LocalDate.of(2028, 3, 31), ImpactModel.horizon(LocalDate.of(2026, 3, 31)));
  }
}
