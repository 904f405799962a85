package org.bandwise.vacancy.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.error.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Offers, trials and what they mean for pay protection (figures from the worked examples). */
class OfferRulesTest {

  /** Band 4 point 6, the protected pay of a facilitator downgraded to Band 3. */
  private static final Money PROTECTED = Money.parsePounds("37550");

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @ParameterizedTest(name = "a trial from {0} ends on {1}")
  @CsvSource({
    "2026-08-03, 2026-08-31",
    "2026-12-14, 2027-01-11",
    "2028-02-01, 2028-02-29",
    "2026-10-30, 2026-11-27"
  })
  void aTrialEndsOnTheDayFourCalendarWeeksAfterTheStart(LocalDate start, LocalDate end) {
    TrialPeriod trial = OfferRules.accept(OfferStatus.OPEN, start, TrialPeriod.DEFAULT_WEEKS);
    assertEquals(end, trial.endsOn());
    assertEquals(start.getDayOfWeek(), trial.endsOn().getDayOfWeek());
    assertFalse(trial.extended());
  }

  @Test
  void aTrialCanBeExtendedOnceInWritingToAnAgreedEnd() {
    TrialPeriod trial = TrialPeriod.startingOn(d("2026-08-03"));
    TrialPeriod extended =
        OfferRules.extendTrial(
            OfferStatus.IN_TRIAL, trial, d("2026-09-28"), "Retraining on Building Choices.");
    assertEquals(d("2026-09-28"), extended.endsOn());
    assertEquals(d("2026-08-31"), extended.endOn());
    assertEquals(
        "Trial from 3 August 2026 to 28 September 2026 (extended from 31 August 2026).",
        extended.text());
    assertEquals(
        "This trial has already been extended once, to 28 September 2026. It cannot be extended"
            + " again.",
        assertThrows(
                RuleConflict.class,
                () ->
                    OfferRules.extendTrial(OfferStatus.IN_TRIAL, extended, d("2026-10-30"), "More"))
            .getMessage());
    InvalidInput bad = assertThrows(InvalidInput.class, () -> trial.extend(d("2026-08-31"), null));
    assertEquals(
        List.of(
            new FieldProblem(
                "agreedEnd",
                "The agreed end date must be after 31 August 2026, when the trial ends."),
            new FieldProblem(
                "reason", "Enter the reason for the extension, as agreed in writing.")),
        bad.fieldProblems());
    assertThrows(
        RuleConflict.class,
        () -> OfferRules.extendTrial(OfferStatus.CONFIRMED, trial, d("2026-09-28"), "Late"));
    assertEquals("Trial from 3 August 2026 to 31 August 2026.", trial.text());
  }

  @Test
  void decliningSaysWhatHappensToProtectionNeverSilently() {
    DeclineOutcome notSuitable =
        OfferRules.decline(OfferStatus.OPEN, "Too far from home.", false, true);
    assertFalse(notSuitable.endsProtection());
    assertEquals(
        "The offer was not suitable, so declining it does not affect pay protection.",
        notSuitable.text());
    DeclineOutcome suitableKept =
        OfferRules.decline(OfferStatus.OPEN, "Prefers to wait.", true, false);
    assertFalse(suitableKept.endsProtection());
    assertTrue(suitableKept.suitable());
    DeclineOutcome suitableEnds =
        OfferRules.decline(OfferStatus.OPEN, "Prefers to wait.", true, true);
    assertTrue(suitableEnds.endsProtection());
    assertEquals(
        "The offer was suitable. Under the employer's policy, declining a suitable offer ends pay"
            + " protection.",
        suitableEnds.text());

    InvalidInput missing =
        assertThrows(
            InvalidInput.class, () -> OfferRules.decline(OfferStatus.OPEN, "", null, true));
    assertEquals(
        List.of("reason", "suitable"),
        missing.fieldProblems().stream().map(FieldProblem::field).toList());
    assertEquals(
        "You can only decline an offer that is waiting for an answer. This offer was accepted and"
            + " its trial is running.",
        assertThrows(
                RuleConflict.class,
                () -> OfferRules.decline(OfferStatus.IN_TRIAL, "Changed mind", true, false))
            .getMessage());
  }

  @Test
  void confirmationEndsProtectionOnlyWhenTheNewPayMeetsTheProtectedPay() {
    TrialPeriod trial = TrialPeriod.startingOn(d("2026-08-03"));
    TrialResult meets =
        OfferRules.confirm(
            OfferStatus.IN_TRIAL, trial, d("2026-08-31"), Money.parsePounds("37550"), PROTECTED);
    assertEquals(OfferStatus.CONFIRMED, meets.outcome());
    assertTrue(meets.protectionEnds());
    assertFalse(meets.backInPool());
    assertEquals(
        "Trial confirmed: appointed to the post. Its pay, £37,550, meets or exceeds the protected"
            + " pay of £37,550, so pay protection ends.",
        meets.text());
    TrialResult below =
        OfferRules.confirm(
            OfferStatus.IN_TRIAL, trial, d("2026-08-31"), Money.parsePounds("31900"), PROTECTED);
    assertFalse(below.protectionEnds());
    assertTrue(
        below
            .text()
            .endsWith("is below the protected pay of £37,550, so pay protection continues."));
    assertFalse(
        OfferRules.confirm(
                OfferStatus.IN_TRIAL, trial, d("2026-08-31"), Money.parsePounds("31900"), null)
            .protectionEnds());
    assertThrows(
        InvalidInput.class,
        () ->
            OfferRules.confirm(
                OfferStatus.IN_TRIAL,
                trial,
                d("2026-08-02"),
                Money.parsePounds("37550"),
                PROTECTED));
  }

  @Test
  void anUnsuccessfulTrialPutsThePersonBackInThePoolWithProtectionUnchanged() {
    TrialPeriod trial = TrialPeriod.startingOn(d("2026-08-03"));
    TrialResult result =
        OfferRules.notSuccessful(
            OfferStatus.IN_TRIAL, trial, d("2026-08-31"), "Could not yet run groups alone.");
    assertEquals(OfferStatus.NOT_SUCCESSFUL, result.outcome());
    assertTrue(result.backInPool());
    assertFalse(result.protectionEnds());
    assertEquals(
        "reason",
        assertThrows(
                InvalidInput.class,
                () -> OfferRules.notSuccessful(OfferStatus.IN_TRIAL, trial, d("2026-08-31"), " "))
            .fieldProblems()
            .get(0)
            .field());
    assertThrows(
        RuleConflict.class,
        () -> OfferRules.notSuccessful(OfferStatus.OPEN, trial, d("2026-08-31"), "Not started"));
  }

  @Test
  void beforeStageTwoOnlySuitablePoolMembersCanBeOffered() {
    VacancyState ringFenced = VacancyState.at(VacancyStage.RING_FENCE, 1, 0);
    assertDoesNotThrow(
        () ->
            OfferRules.checkCandidate(
                ringFenced,
                "Alex Morgan",
                new PoolDecision("s2", "Alex Morgan", Suitability.SUITABLE, "Meets them all.")));
    assertEquals(
        "Jordan Lee is not in the ring-fenced pool. Until the vacancy opens to internal applicants"
            + " it can only be offered to people in the pool.",
        assertThrows(
                RuleConflict.class, () -> OfferRules.checkCandidate(ringFenced, "Jordan Lee", null))
            .getMessage());
    assertThrows(
        RuleConflict.class,
        () ->
            OfferRules.checkCandidate(
                ringFenced,
                "Sam Patel",
                new PoolDecision("s7", "Sam Patel", Suitability.NOT_SUITABLE, "No PQiP.")));
    assertDoesNotThrow(
        () ->
            OfferRules.checkCandidate(
                VacancyState.at(VacancyStage.INTERNAL, 1, 0), "Jordan Lee", null));
  }

  @Test
  void anOfferNotYetAnsweredCanBeWithdrawnWithAReason() {
    assertDoesNotThrow(() -> OfferRules.withdraw(OfferStatus.OPEN, "Funding withdrawn."));
    assertThrows(InvalidInput.class, () -> OfferRules.withdraw(OfferStatus.OPEN, null));
    assertEquals(
        "You can only withdraw an offer that is waiting for an answer. This offer was declined.",
        assertThrows(RuleConflict.class, () -> OfferRules.withdraw(OfferStatus.DECLINED, "Again"))
            .getMessage());
    assertTrue(OfferStatus.OPEN.live());
    assertTrue(OfferStatus.IN_TRIAL.live());
    assertFalse(OfferStatus.DECLINED.live());
  }
}
