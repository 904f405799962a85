package org.bandwise.protection.control;

import static org.bandwise.workforce.control.DemoScales.BAND_3;
import static org.bandwise.workforce.control.DemoScales.position;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.workforce.control.ContractualPay;
import org.bandwise.workforce.control.DemoScales;
import org.bandwise.workforce.control.PayHistory;
import org.bandwise.workforce.control.PayPosition;
import org.bandwise.workforce.control.PayTimeline;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The facilitator case (worked-examples.md, "Pay"): Band 4 point 6 (£37,550) to Band 3 point 5
 * (£31,000) on 1 August 2026.
 */
class ProtectionRulesTest {

  static final LocalDate EFFECTIVE = LocalDate.of(2026, 8, 1);
  static final Money OLD = Money.ofPence(3_755_000);
  static final Money NEW = Money.ofPence(3_100_000);
  static final PayPosition NEW_POSITION = position(BAND_3, 5, "37");
  static final ProtectionPolicy TAPER =
      ProtectionPolicy.DEFAULT.withType(ProtectionType.CASH_CONSERVED_TAPER);

  /** Band 3 rises 3 % from 1 April 2027: point 5 becomes £31,930. */
  static ContractualPay withAward2027() {
    return DemoScales.pay(
        DemoScales.scale(BAND_3, LocalDate.of(2027, 4, 1), 27_604, 28_531, 29_510, 30_643, 31_930));
  }

  static Protection markTime() {
    return ProtectionRules.start(ProtectionPolicy.DEFAULT, EFFECTIVE, OLD, NEW).orElseThrow();
  }

  static Protection taper() {
    return ProtectionRules.start(TAPER, EFFECTIVE, OLD, NEW).orElseThrow();
  }

  static Money paid(Protection p, ContractualPay pay, PayPosition at, LocalDate day) {
    return ProtectionRules.payOn(p, pay, at, day).paid();
  }

  static LocalDate date(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  @Nested
  class MarkTime {

    @Test
    void protectsTheOldSalaryForTwoYearsToTheDayBeforeTheSecondAnniversary() {
      Protection p = markTime();
      assertEquals(ProtectionType.MARK_TIME, p.type());
      assertEquals(EFFECTIVE, p.start());
      assertEquals(date(2028, 7, 31), p.until());
      assertEquals(OLD, p.protectedFullTime());
      assertEquals(Money.ofPence(655_000), p.differenceFullTime());
    }

    @Test
    void paysTheOldSalaryUntil31July2028ThenTheNewOneALossOf6550() {
      ContractualPay pay = DemoScales.pay();
      Protection p = markTime();
      PaidPay first = ProtectionRules.payOn(p, pay, NEW_POSITION, EFFECTIVE);
      assertEquals(NEW, first.contractual());
      assertEquals(Money.ofPence(655_000), first.protectionAllowance());
      assertEquals(OLD, first.paid());
      assertTrue(first.isProtected());
      assertEquals(OLD, paid(p, pay, NEW_POSITION, date(2028, 7, 31)));
      PaidPay after = ProtectionRules.payOn(p, pay, NEW_POSITION, date(2028, 8, 1));
      assertEquals(NEW, after.paid());
      assertFalse(after.isProtected());
      assertEquals(6_550_00, OLD.pence() - after.paid().pence());
      assertEquals(NEW, paid(p, pay, NEW_POSITION, date(2026, 7, 31)), "not before it starts");
    }

    @Test
    void staysFrozenOverAPayAwardAndTheAwardCountsOnceItEnds() {
      ContractualPay pay = withAward2027();
      Protection p = markTime();
      PaidPay afterAward = ProtectionRules.payOn(p, pay, NEW_POSITION, date(2027, 4, 1));
      assertEquals(Money.ofPence(3_193_000), afterAward.contractual());
      assertEquals(OLD, afterAward.paid());
      assertEquals(Money.ofPence(562_000), afterAward.protectionAllowance());
      assertEquals(Money.ofPence(3_193_000), paid(p, pay, NEW_POSITION, date(2028, 8, 1)));
    }

    @Test
    void isProRataToHoursEvenWhenTheyChangeLater() {
      ContractualPay pay = DemoScales.pay();
      Protection p = markTime();
      assertEquals(Money.ofPence(1_877_500), paid(p, pay, position(BAND_3, 5, "18.5"), EFFECTIVE));
      PayHistory history =
          new PayHistory(
              List.of(
                  new PayHistory.Entry(EFFECTIVE, NEW_POSITION),
                  new PayHistory.Entry(date(2027, 1, 1), position(BAND_3, 5, "18.5"))),
              null);
      PayTimeline timeline =
          ProtectionRules.paidTimeline(pay, history, p, EFFECTIVE, date(2029, 3, 31));
      assertEquals(OLD, timeline.annualOn(date(2026, 12, 31)));
      assertEquals(Money.ofPence(1_877_500), timeline.annualOn(date(2027, 1, 1)));
      assertEquals(Money.ofPence(1_550_000), timeline.annualOn(date(2028, 8, 1)));
    }

    @Test
    void endsCaughtUpWhenAnAwardTakesTheNewSalaryToTheProtectedOne() {
      ContractualPay pay =
          DemoScales.pay(
              DemoScales.scale(BAND_3, date(2027, 4, 1), 27_000, 28_000, 29_000, 30_000, 37_550));
      Protection p = markTime();
      PayHistory history = PayHistory.of(EFFECTIVE, NEW_POSITION);
      Optional<LocalDate> caughtUp = ProtectionRules.caughtUpOn(p, pay, history);
      assertEquals(Optional.of(date(2027, 4, 1)), caughtUp);
      Protection ended = ProtectionRules.endCaughtUp(p, caughtUp.get());
      assertEquals(EndReason.CAUGHT_UP, ended.ending().orElseThrow().reason());
      assertEquals(date(2027, 3, 31), ended.lastProtectedDay());
      assertEquals(
          Optional.empty(),
          ProtectionRules.caughtUpOn(p, withAward2027(), history),
          "a 3 % award does not catch up");
    }
  }

  @Nested
  class CashConservedTaper {

    @Test
    void paysTheDifferenceAsAnAllowance100ThenFiftyPerCentThenNothing() {
      ContractualPay pay = DemoScales.pay();
      Protection p = taper();
      assertEquals(date(2028, 7, 31), p.until());
      assertEquals(
          Money.ofPence(655_000),
          ProtectionRules.payOn(p, pay, NEW_POSITION, EFFECTIVE).protectionAllowance());
      assertEquals(
          Money.ofPence(655_000),
          ProtectionRules.payOn(p, pay, NEW_POSITION, date(2027, 7, 31)).protectionAllowance());
      assertEquals(
          Money.ofPence(327_500),
          ProtectionRules.payOn(p, pay, NEW_POSITION, date(2027, 8, 1)).protectionAllowance());
      assertEquals(
          Money.ofPence(327_500),
          ProtectionRules.payOn(p, pay, NEW_POSITION, date(2028, 7, 31)).protectionAllowance());
      assertEquals(
          Money.ofPence(0),
          ProtectionRules.payOn(p, pay, NEW_POSITION, date(2028, 8, 1)).protectionAllowance());
      assertEquals(100, p.allowancePercentOn(EFFECTIVE));
      assertEquals(50, p.allowancePercentOn(date(2028, 1, 1)));
      assertEquals(0, p.allowancePercentOn(date(2028, 8, 1)));
    }

    @Test
    void theAllowanceIsCashAndDoesNotRiseOrFallWithAPayAward() {
      ContractualPay pay = withAward2027();
      Protection p = taper();
      assertEquals(Money.ofPence(3_755_000), paid(p, pay, NEW_POSITION, date(2027, 3, 31)));
      assertEquals(Money.ofPence(3_848_000), paid(p, pay, NEW_POSITION, date(2027, 4, 1)));
      assertEquals(Money.ofPence(3_520_500), paid(p, pay, NEW_POSITION, date(2027, 8, 1)));
      assertEquals(Money.ofPence(3_193_000), paid(p, pay, NEW_POSITION, date(2028, 8, 1)));
    }

    @Test
    void theScheduleIsConfigurable() {
      ProtectionPolicy threeYears =
          new ProtectionPolicy(
              ProtectionType.CASH_CONSERVED_TAPER,
              java.time.Period.ofYears(2),
              List.of(
                  TaperStep.years(1, 100),
                  new TaperStep(java.time.Period.ofMonths(6), 75),
                  TaperStep.years(1, 25)),
              false,
              90);
      Protection p = ProtectionRules.start(threeYears, EFFECTIVE, OLD, NEW).orElseThrow();
      assertEquals(date(2029, 1, 31), p.until());
      assertEquals(75, p.allowancePercentOn(date(2027, 8, 1)));
      assertEquals(25, p.allowancePercentOn(date(2028, 2, 1)));
      assertEquals(
          Money.ofPence(163_750),
          ProtectionRules.payOn(p, DemoScales.pay(), NEW_POSITION, date(2029, 1, 31))
              .protectionAllowance());
    }

    @Test
    void timelineStepsDownOnEachAnniversary() {
      Protection p = taper();
      PayTimeline timeline =
          ProtectionRules.paidTimeline(
              DemoScales.pay(),
              PayHistory.of(EFFECTIVE, NEW_POSITION),
              p,
              EFFECTIVE,
              date(2029, 3, 31));
      assertEquals(
          List.of(EFFECTIVE, date(2027, 8, 1), date(2028, 8, 1)),
          List.copyOf(timeline.changeDates()));
      assertEquals(Money.ofPence(3_427_500), timeline.annualOn(date(2028, 1, 1)));
    }
  }

  @Test
  void noProtectionWhenTheNewSalaryIsNotLower() {
    assertTrue(ProtectionRules.start(ProtectionPolicy.DEFAULT, EFFECTIVE, NEW, NEW).isEmpty());
    assertTrue(ProtectionRules.start(ProtectionPolicy.DEFAULT, EFFECTIVE, NEW, OLD).isEmpty());
  }

  @Nested
  class RiskAndNotice {

    @Test
    void atRiskExactlyWhileProtected() {
      Protection p = markTime();
      assertFalse(p.atRiskOn(date(2026, 7, 31)));
      assertTrue(p.atRiskOn(EFFECTIVE));
      assertTrue(p.atRiskOn(date(2028, 7, 31)));
      assertFalse(p.atRiskOn(date(2028, 8, 1)));
    }

    @Test
    void expiryShowsNinetyDaysAhead() {
      Protection p = markTime();
      int notice = ProtectionPolicy.DEFAULT.noticeDays();
      assertEquals(90, notice);
      assertFalse(p.expiringWithin(date(2028, 5, 1), notice));
      assertTrue(p.expiringWithin(date(2028, 5, 2), notice));
      assertTrue(p.expiringWithin(date(2028, 7, 31), notice));
      assertFalse(p.expiringWithin(date(2028, 8, 1), notice), "expired, no longer expiring");
      assertEquals(91, p.daysLeft(date(2028, 5, 2)));
      assertEquals(1, p.daysLeft(date(2028, 7, 31)));
      assertEquals(0, p.daysLeft(date(2028, 8, 1)));
    }

    @Test
    void anEndedProtectionIsNotExpiring() {
      Protection left = ProtectionRules.endOnLeaving(markTime(), date(2028, 6, 30));
      assertFalse(left.expiringWithin(date(2028, 6, 1), 90));
      assertFalse(left.atRiskOn(date(2028, 7, 1)));
      assertEquals(30, left.daysLeft(date(2028, 6, 1)));
    }
  }

  @Nested
  class EndReasons {

    @Test
    void expiresOnlyOnceItsLastDayHasPassed() {
      Protection p = markTime();
      assertFalse(p.dueToExpire(date(2028, 7, 31)));
      RuleConflict early =
          assertThrows(RuleConflict.class, () -> ProtectionRules.expire(p, date(2028, 7, 31)));
      assertEquals(
          "This protection runs until 31 July 2028, so it has not expired yet.",
          early.getMessage());
      assertTrue(p.dueToExpire(date(2028, 8, 1)));
      Protection expired = ProtectionRules.expire(p, date(2028, 8, 3));
      assertEquals(EndReason.EXPIRED, expired.ending().orElseThrow().reason());
      assertEquals(date(2028, 8, 1), expired.ending().orElseThrow().endedOn());
      assertEquals(date(2028, 7, 31), expired.lastProtectedDay());
      assertFalse(expired.dueToExpire(date(2028, 8, 3)));
      assertThrows(RuleConflict.class, () -> ProtectionRules.expire(expired, date(2028, 8, 3)));
    }

    @Test
    void appointmentToAPostPayingAtLeastTheProtectedPayEndsIt() {
      Protection p = markTime();
      Protection appointed =
          ProtectionRules.endOnAppointment(p, date(2027, 3, 1), Money.ofPence(3_755_000), NEW);
      assertEquals(EndReason.APPOINTED, appointed.ending().orElseThrow().reason());
      assertEquals(date(2027, 2, 28), appointed.lastProtectedDay());
      assertEquals(
          NEW, paid(appointed, DemoScales.pay(), NEW_POSITION, date(2027, 3, 1)), "no longer");
    }

    @Test
    void appointmentToALowerPaidPostLeavesItRunning() {
      RuleConflict e =
          assertThrows(
              RuleConflict.class,
              () ->
                  ProtectionRules.endOnAppointment(
                      markTime(), date(2027, 3, 1), Money.ofPence(3_640_000), NEW));
      assertEquals(
          "The new post pays £36,400 a year full time, less than the protected pay of £37,550,"
              + " so the protection continues.",
          e.getMessage());
    }

    @Test
    void underATaperTheProtectedPayIsWhatTheTaperPaysThatDay() {
      Protection p = taper();
      // year 2: £31,000 + £3,275 = £34,275, so a £35,250 post meets it; in year 1 it would not
      assertFalse(
          ProtectionRules.appointmentEnds(p, date(2027, 3, 1), Money.ofPence(3_525_000), NEW));
      assertTrue(
          ProtectionRules.appointmentEnds(p, date(2027, 9, 1), Money.ofPence(3_525_000), NEW));
    }

    @Test
    void leavingEndsItAfterTheLeavingDate() {
      Protection left = ProtectionRules.endOnLeaving(markTime(), date(2027, 5, 31));
      assertEquals(EndReason.LEFT, left.ending().orElseThrow().reason());
      assertEquals(date(2027, 5, 31), left.lastProtectedDay());
    }

    @Test
    void refusingASuitableOfferEndsItOnlyWhenThePolicySaysSo() {
      RuleConflict e =
          assertThrows(
              RuleConflict.class,
              () ->
                  ProtectionRules.end(
                      markTime(),
                      ProtectionPolicy.DEFAULT,
                      EndReason.REFUSED_SUITABLE_OFFER,
                      date(2027, 6, 1),
                      "Declined the Band 4 post in Leeds"));
      assertEquals(
          "The pay policy does not end protection when someone refuses a suitable offer.",
          e.getMessage());
      Protection ended =
          ProtectionRules.end(
              markTime(),
              ProtectionPolicy.DEFAULT.withRefusalEndingProtection(true),
              EndReason.REFUSED_SUITABLE_OFFER,
              date(2027, 6, 1),
              "Declined the Band 4 post in Leeds");
      assertEquals(EndReason.REFUSED_SUITABLE_OFFER, ended.ending().orElseThrow().reason());
      assertEquals("Declined the Band 4 post in Leeds", ended.ending().orElseThrow().note());
    }

    @Test
    void hrEndsItOnlyWithAReason() {
      InvalidInput e =
          assertThrows(
              InvalidInput.class,
              () ->
                  ProtectionRules.end(
                      markTime(),
                      ProtectionPolicy.DEFAULT,
                      EndReason.ENDED_BY_HR,
                      date(2027, 1, 1),
                      "  "));
      assertEquals("reason", e.fieldProblems().get(0).field());
      assertEquals("Enter the reason for ending this protection.", e.getMessage());
      Protection ended =
          ProtectionRules.end(
              markTime(),
              ProtectionPolicy.DEFAULT,
              EndReason.ENDED_BY_HR,
              date(2027, 1, 1),
              " Evaluation of the DASO role published ");
      assertEquals("Evaluation of the DASO role published", ended.ending().orElseThrow().note());
      assertEquals(date(2026, 12, 31), ended.lastProtectedDay());
    }

    @Test
    void anUpheldAppealEndsIt() {
      Protection ended =
          ProtectionRules.end(
              markTime(),
              ProtectionPolicy.DEFAULT,
              EndReason.APPEAL_UPHELD,
              date(2027, 2, 1),
              null);
      assertEquals(EndReason.APPEAL_UPHELD, ended.ending().orElseThrow().reason());
      assertFalse(ended.isActiveOn(date(2027, 2, 1)));
      assertTrue(ended.isActiveOn(date(2027, 1, 31)));
    }

    @Test
    void anEndOutsideTheProtectionIsRefused() {
      Protection p = markTime();
      InvalidInput before =
          assertThrows(
              InvalidInput.class,
              () ->
                  ProtectionRules.end(
                      p, ProtectionPolicy.DEFAULT, EndReason.LEFT, date(2026, 7, 31), null));
      assertEquals("endedOn", before.fieldProblems().get(0).field());
      assertEquals(
          "The protection cannot end before it starts on 1 August 2026.", before.getMessage());
      assertThrows(
          InvalidInput.class,
          () ->
              ProtectionRules.end(
                  p, ProtectionPolicy.DEFAULT, EndReason.LEFT, date(2028, 8, 2), null));
      assertThrows(
          InvalidInput.class,
          () ->
              ProtectionRules.end(
                  p, ProtectionPolicy.DEFAULT, EndReason.EXPIRED, date(2028, 1, 1), null));
    }

    @Test
    void anEndedProtectionCannotEndAgain() {
      Protection left = ProtectionRules.endOnLeaving(markTime(), date(2027, 5, 31));
      RuleConflict e =
          assertThrows(
              RuleConflict.class, () -> ProtectionRules.endOnLeaving(left, date(2027, 6, 30)));
      assertEquals("This protection has already ended.", e.getMessage());
    }
  }
}
