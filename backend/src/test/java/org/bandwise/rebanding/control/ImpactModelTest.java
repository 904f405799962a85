package org.bandwise.rebanding.control;

import static org.bandwise.workforce.control.DemoScales.BAND_3;
import static org.bandwise.workforce.control.DemoScales.BAND_4;
import static org.bandwise.workforce.control.DemoScales.position;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

  /** Staff2's case: downgraded on 1 August 2026, protected, then an appeal restores Band 4. */
  private static final Protection FACILITATOR_PROTECTION =
      new Protection(
          ProtectionType.MARK_TIME,
          EFFECTIVE,
          LocalDate.of(2028, 7, 31),
          Money.ofPence(3_755_000),
          Money.ofPence(655_000),
          List.of(),
          Optional.empty());

  @Test
  void anUpheldAppealRestoresProtectedStaffToThePayTheyAreProtectedAtAndOwesNoArrears() {
    LocalDate lodged = LocalDate.of(2026, 9, 15);
    HolderImpact impact =
        model(ProtectionPolicy.DEFAULT)
            .model(
                position(BAND_3, 5, "37"),
                FACILITATOR_PROTECTION,
                BAND_4,
                lodged,
                LocalDate.of(2026, 12, 1));
    assertEquals(Change.UP, impact.change());
    assertEquals(position(BAND_4, 6, "37"), impact.to(), "back on £37,550, not £31,900");
    assertEquals(Money.ofPence(3_100_000), impact.fromSalary());
    assertEquals(Money.ofPence(3_755_000), impact.paidBefore(), "they were paid protected pay");
    assertEquals(Money.ofPence(0), impact.annualChange(), "paid the same as under protection");
    assertEquals(Money.ofPence(0), impact.arrears().total(), "protection already paid it");
    assertTrue(impact.arrears().months().isEmpty());

    HolderImpact unprotected =
        model(ProtectionPolicy.DEFAULT)
            .model(position(BAND_3, 5, "37"), BAND_4, lodged, LocalDate.of(2026, 12, 1));
    assertEquals(1, unprotected.to().point(), "without protection the usual rule places them");
  }

  @Test
  void arrearsForProtectedStaffAreTheNewSalaryLessWhatProtectionPaid() {
    Protection lower =
        new Protection(
            ProtectionType.MARK_TIME,
            EFFECTIVE,
            LocalDate.of(2028, 7, 31),
            Money.ofPence(3_150_000),
            Money.ofPence(50_000),
            List.of(),
            Optional.empty());
    HolderImpact impact =
        model(ProtectionPolicy.DEFAULT)
            .model(
                position(BAND_3, 5, "37"),
                lower,
                BAND_4,
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 12, 1));
    assertEquals(1, impact.to().point());
    // £31,900 − £31,500 protected = £400 a year: £33.33 a month (rounded per month), September
    // to November
    assertEquals(Money.ofPence(9_999), impact.arrears().total());
    assertEquals(3, impact.arrears().months().size());
    assertEquals(Money.ofPence(40_000), impact.annualChange());
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
