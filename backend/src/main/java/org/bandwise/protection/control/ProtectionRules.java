package org.bandwise.protection.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.workforce.control.ContractualPay;
import org.bandwise.workforce.control.DisplayDates;
import org.bandwise.workforce.control.PayHistory;
import org.bandwise.workforce.control.PayPosition;
import org.bandwise.workforce.control.PayTimeline;
import org.bandwise.workforce.control.WeeklyHours;

/**
 * Pay protection: when it starts, what it pays, and why it ends.
 *
 * <p>A downgrade that cuts someone's salary protects it from the effective date. Mark time (the
 * default) pays the higher of the old salary, frozen, and the new one for 2 years, so the last
 * protected day is the day before the second anniversary; a cash-conserved taper pays the cut as an
 * allowance, 100 % in year 1 and 50 % in year 2. Either ends early when the new salary catches up,
 * on appointment to a post paying at least the protected pay, on leaving, on refusing a suitable
 * offer (only when the policy says so), when HR ends it with a reason, or when an appeal against
 * the downgrade is upheld.
 */
public final class ProtectionRules {

  private ProtectionRules() {}

  /**
   * The protection a downgrade gives, starting on its effective date; none when the new full-time
   * salary is not below the old one (nothing to protect).
   */
  public static Optional<Protection> start(
      ProtectionPolicy policy, LocalDate effectiveFrom, Money oldFullTime, Money newFullTime) {
    if (newFullTime.compareTo(oldFullTime) >= 0) {
      return Optional.empty();
    }
    Money difference = Money.ofPence(oldFullTime.pence() - newFullTime.pence());
    if (policy.type() == ProtectionType.MARK_TIME) {
      return Optional.of(
          new Protection(
              ProtectionType.MARK_TIME,
              effectiveFrom,
              effectiveFrom.plus(policy.markTimePeriod()).minusDays(1),
              oldFullTime,
              difference,
              List.of(),
              Optional.empty()));
    }
    Period total = Period.ZERO;
    for (TaperStep step : policy.taper()) {
      total = total.plus(step.length());
    }
    return Optional.of(
        new Protection(
            ProtectionType.CASH_CONSERVED_TAPER,
            effectiveFrom,
            effectiveFrom.plus(total).minusDays(1),
            oldFullTime,
            difference,
            policy.taper(),
            Optional.empty()));
  }

  /**
   * Pay on a day: contractual (the full-time salary of the person's point pro rata to their hours)
   * and what protection adds; rounded half up to the penny once, at the end.
   *
   * @param protection the person's protection, or null when they have none
   */
  public static PaidPay payOn(
      Protection protection,
      LocalDate day,
      Money contractualFullTime,
      WeeklyHours hours,
      WeeklyHours fullTimeHours) {
    Money contractual = ContractualPay.proRata(contractualFullTime, hours, fullTimeHours);
    if (protection == null || !protection.isActiveOn(day)) {
      return PaidPay.unprotected(contractual);
    }
    Money paid =
        Money.ofPence(
            protection
                .paidFullTimeOn(day, contractualFullTime)
                .multiply(hours.value())
                .divide(fullTimeHours.value(), 0, RoundingMode.HALF_UP)
                .longValueExact());
    return new PaidPay(contractual, Money.ofPence(paid.pence() - contractual.pence()), paid);
  }

  /** Pay on a day for a position, reading its full-time salary from the scales. */
  public static PaidPay payOn(
      Protection protection, ContractualPay pay, PayPosition position, LocalDate day) {
    return payOn(
        protection, day, pay.fullTimeOn(position, day), position.hours(), pay.fullTimeHours());
  }

  /**
   * Paid pay over time from {@code from}: contractual pay by the history and every scale change up
   * to {@code until}, with what the protection adds while it runs.
   */
  public static PayTimeline paidTimeline(
      ContractualPay pay,
      PayHistory history,
      Protection protection,
      LocalDate from,
      LocalDate until) {
    TreeSet<LocalDate> days = new TreeSet<>(pay.changeDates(history, from, until));
    for (LocalDate day : protection.changeDates()) {
      if (!day.isBefore(from) && !day.isAfter(until)) {
        days.add(day);
      }
    }
    PayTimeline.Builder builder = PayTimeline.proRata(pay.fullTimeHours());
    for (LocalDate day : days) {
      Optional<PayPosition> position = history.positionOn(day);
      if (position.isEmpty()) {
        builder.nothingFrom(day);
      } else {
        Money fullTime = pay.fullTimeOn(position.get(), day);
        builder.from(day, protection.paidFullTimeOn(day, fullTime), position.get().hours());
      }
    }
    return builder.build();
  }

  /**
   * The first day on which the new contractual salary reaches the protected salary (a pay award or
   * a new point), while the protection runs: from then on protection pays nothing, so it ends as
   * caught up. Compared full-time, so hours alone never decide it.
   */
  public static Optional<LocalDate> caughtUpOn(
      Protection protection, ContractualPay pay, PayHistory history) {
    if (protection.lastProtectedDay().isBefore(protection.start())) {
      return Optional.empty();
    }
    for (LocalDate day :
        pay.changeDates(history, protection.start(), protection.lastProtectedDay())) {
      Optional<PayPosition> position = history.positionOn(day);
      if (position.isPresent()
          && pay.fullTimeOn(position.get(), day).compareTo(protection.protectedFullTime()) >= 0) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether an appointment starting on the day ends the protection: the post's full-time pay meets
   * or exceeds the protected pay that day (the full-time equivalent of what the protection pays).
   * Full-time amounts are compared so that a change of hours neither ends nor keeps protection.
   */
  public static boolean appointmentEnds(
      Protection protection, LocalDate startsOn, Money postFullTime, Money contractualFullTime) {
    if (!protection.isActiveOn(startsOn)) {
      return false;
    }
    return BigDecimal.valueOf(postFullTime.pence())
            .compareTo(protection.paidFullTimeOn(startsOn, contractualFullTime))
        >= 0;
  }

  /**
   * Ends a protection from {@code endedOn}, the first day without it.
   *
   * @throws RuleConflict when it has already ended, or it is a refusal and the policy does not end
   *     protection for that
   * @throws InvalidInput naming {@code endedOn} when the day is before the start or after the
   *     scheduled expiry (or, for an expiry, not the day after the last protected day), or naming
   *     {@code reason} when HR ends it without one
   */
  public static Protection end(
      Protection protection,
      ProtectionPolicy policy,
      EndReason reason,
      LocalDate endedOn,
      String note) {
    if (protection.isEnded()) {
      throw new RuleConflict("This protection has already ended.");
    }
    LocalDate expiry = protection.until().plusDays(1);
    if (endedOn.isBefore(protection.start())) {
      throw new InvalidInput(
          "endedOn",
          "The protection cannot end before it starts on "
              + DisplayDates.format(protection.start())
              + ".");
    }
    if (endedOn.isAfter(expiry)) {
      throw new InvalidInput(
          "endedOn",
          "The protection runs out after "
              + DisplayDates.format(protection.until())
              + ", so it cannot end later than that.");
    }
    String trimmed = note == null ? null : note.trim();
    switch (reason) {
      case EXPIRED:
        if (!endedOn.equals(expiry)) {
          throw new InvalidInput(
              "endedOn",
              "The protection expires only at the end of its last day, "
                  + DisplayDates.format(protection.until())
                  + ".");
        }
        break;
      case ENDED_BY_HR:
        if (trimmed == null || trimmed.isEmpty()) {
          throw new InvalidInput("reason", "Enter the reason for ending this protection.");
        }
        break;
      case REFUSED_SUITABLE_OFFER:
        if (!policy.refusalOfSuitableOfferEndsProtection()) {
          throw new RuleConflict(
              "The pay policy does not end protection when someone refuses a suitable offer.");
        }
        break;
      default:
        break;
    }
    return protection.endedWith(
        new Protection.Ending(
            reason, endedOn, trimmed == null || trimmed.isEmpty() ? null : trimmed));
  }

  /**
   * Records the expiry of a protection whose last day has passed.
   *
   * @throws RuleConflict when it has ended already or still runs today
   */
  public static Protection expire(Protection protection, LocalDate today) {
    if (protection.isEnded()) {
      throw new RuleConflict("This protection has already ended.");
    }
    if (!protection.dueToExpire(today)) {
      throw new RuleConflict(
          "This protection runs until "
              + DisplayDates.format(protection.until())
              + ", so it has not expired yet.");
    }
    return end(
        protection,
        ProtectionPolicy.DEFAULT,
        EndReason.EXPIRED,
        protection.until().plusDays(1),
        null);
  }

  /** Ends protection with employment: the leaving date is the last protected day. */
  public static Protection endOnLeaving(Protection protection, LocalDate leavingDate) {
    return end(protection, ProtectionPolicy.DEFAULT, EndReason.LEFT, leavingDate.plusDays(1), null);
  }

  /** Ends protection from the day the new salary caught up (see {@link #caughtUpOn}). */
  public static Protection endCaughtUp(Protection protection, LocalDate caughtUpOn) {
    return end(protection, ProtectionPolicy.DEFAULT, EndReason.CAUGHT_UP, caughtUpOn, null);
  }

  /**
   * Ends protection from the first day in a new post, if the post pays at least the protected pay.
   *
   * @throws RuleConflict when the post pays less, so the protection continues
   */
  public static Protection endOnAppointment(
      Protection protection, LocalDate startsOn, Money postFullTime, Money contractualFullTime) {
    if (!protection.isActiveOn(startsOn)) {
      return end(protection, ProtectionPolicy.DEFAULT, EndReason.APPOINTED, startsOn, null);
    }
    if (!appointmentEnds(protection, startsOn, postFullTime, contractualFullTime)) {
      Money protectedPay =
          Money.ofPence(
              protection
                  .paidFullTimeOn(startsOn, contractualFullTime)
                  .setScale(0, RoundingMode.HALF_UP)
                  .longValueExact());
      throw new RuleConflict(
          "The new post pays "
              + postFullTime.format()
              + " a year full time, less than the protected pay of "
              + protectedPay.format()
              + ", so the protection continues.");
    }
    return end(protection, ProtectionPolicy.DEFAULT, EndReason.APPOINTED, startsOn, null);
  }
}
