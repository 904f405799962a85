package org.bandwise.rebanding.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.bandwise.payband.entity.Money;
import org.bandwise.protection.control.PaidPay;
import org.bandwise.protection.control.Protection;
import org.bandwise.protection.control.ProtectionPolicy;
import org.bandwise.protection.control.ProtectionRules;
import org.bandwise.workforce.control.BandRef;
import org.bandwise.workforce.control.ContractualPay;
import org.bandwise.workforce.control.DatedScale;
import org.bandwise.workforce.control.FinancialYear;
import org.bandwise.workforce.control.PayHistory;
import org.bandwise.workforce.control.PayPosition;
import org.bandwise.workforce.control.PayTimeline;

/**
 * Models a re-banding for one holder at a time: assimilation onto the new band, protection for a
 * downgrade that cuts pay, arrears for an upgrade applied after its effective date, and pay before
 * and after over time for the pay-bill projection. Nothing is written; a draft and its apply run
 * the same model.
 */
public final class ImpactModel {

  private final ContractualPay pay;
  private final AssimilationPolicy assimilation;
  private final ProtectionPolicy protection;

  public ImpactModel(
      ContractualPay pay, AssimilationPolicy assimilation, ProtectionPolicy protection) {
    this.pay = Objects.requireNonNull(pay);
    this.assimilation = Objects.requireNonNull(assimilation);
    this.protection = Objects.requireNonNull(protection);
  }

  /**
   * The last day a model looks ahead to: the end of the financial year two after the effective
   * date's, the span of the pay-bill projection.
   */
  public static LocalDate horizon(LocalDate effectiveFrom) {
    return FinancialYear.containing(effectiveFrom).plusYears(2).end();
  }

  /**
   * @param current the position the holder is in
   * @param newBand the band of the outcome they move to
   * @param effectiveFrom the re-banding's effective date
   * @param appliedOn the day it is (or would be) applied: arrears run to the day before
   */
  public HolderImpact model(
      PayPosition current, BandRef newBand, LocalDate effectiveFrom, LocalDate appliedOn) {
    return model(current, null, newBand, effectiveFrom, appliedOn);
  }

  /**
   * @param current the position the holder is in
   * @param protectedNow the protection the holder's pay is under from an earlier downgrade, or
   *     null: what they were paid is what the change is measured from (arrears never pay twice what
   *     protection already paid), and moving up restores them to the pay they are protected at
   *     ({@link Assimilation#restoring})
   * @param newBand the band of the outcome they move to
   * @param effectiveFrom the re-banding's effective date
   * @param appliedOn the day it is (or would be) applied: arrears run to the day before
   */
  public HolderImpact model(
      PayPosition current,
      Protection protectedNow,
      BandRef newBand,
      LocalDate effectiveFrom,
      LocalDate appliedOn) {
    Money fromFullTime = pay.fullTimeOn(current, effectiveFrom);
    DatedScale newScale =
        newBand.id().equals(current.band().id())
            ? null
            : pay.scales().requireInForce(newBand, current.zone(), effectiveFrom);
    Protection earlier =
        protectedNow != null && protectedNow.isActiveOn(effectiveFrom) ? protectedNow : null;
    Assimilation.Result placed =
        earlier != null && newBand.rank() > current.band().rank()
            ? Assimilation.restoring(
                current, fromFullTime, earlier.protectedFullTime(), newBand, newScale, assimilation)
            : Assimilation.assimilate(current, fromFullTime, newBand, newScale, assimilation);
    PayPosition to = current.atPoint(newBand, placed.point().number());

    Optional<Protection> given =
        placed.change() == Change.DOWN
            ? ProtectionRules.start(
                protection, effectiveFrom, fromFullTime, placed.point().fullTimeAnnual())
            : Optional.empty();

    LocalDate horizon = horizon(effectiveFrom);
    if (appliedOn.isAfter(horizon)) {
      horizon = appliedOn;
    }
    PayTimeline before =
        earlier != null
            ? ProtectionRules.paidTimeline(
                pay, PayHistory.of(effectiveFrom, current), earlier, effectiveFrom, horizon)
            : pay.timeline(current, effectiveFrom, horizon);
    PayTimeline after =
        given.isPresent()
            ? ProtectionRules.paidTimeline(
                pay, PayHistory.of(effectiveFrom, to), given.get(), effectiveFrom, horizon)
            : pay.timeline(to, effectiveFrom, horizon);

    PaidPay paidAfter = ProtectionRules.payOn(given.orElse(null), pay, to, effectiveFrom);
    Arrears.Statement arrears =
        placed.change() == Change.UP
            ? Arrears.owed(before, after, effectiveFrom, appliedOn)
            : Arrears.Statement.none();
    return new HolderImpact(
        placed.change(),
        current,
        to,
        pay.contractualOn(current, effectiveFrom),
        paidAfter.contractual(),
        ProtectionRules.payOn(earlier, pay, current, effectiveFrom).paid(),
        paidAfter,
        given,
        arrears,
        before,
        after);
  }
}
