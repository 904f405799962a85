package org.bandwise.vacancy.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Objects;
import org.bandwise.calendar.control.DateText;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.error.FieldProblem;

/**
 * An offer's life: made (one per vacancy at a time, see {@link VacancyLifecycle#makeOffer}; before
 * stage 2 only to someone in the pool found suitable), then accepted (its trial starts) or declined
 * with reasons, or withdrawn by HR; a trial ends confirmed or not successful.
 *
 * <p>Declining: HR records whether the offer was suitable. Declining a suitable offer ends pay
 * protection only when the employer's policy says so ({@code declineEndsProtection}), and the
 * answer says so either way. A confirmed trial ends protection when the new post's pay meets or
 * exceeds the protected pay; a trial that is not successful puts the person back in the pool with
 * protection unchanged.
 */
public final class OfferRules {

  /** The end reason recorded on a protection that ends because of a confirmed appointment. */
  public static final String PROTECTION_END_REASON =
      "Appointed to a post whose pay meets or exceeds the protected pay.";

  private OfferRules() {}

  /**
   * Refuses an offer at stage 1 to anyone who is not in the pool with a "suitable" decision.
   *
   * @param decision the person's pool decision at this vacancy, or null when they are not in the
   *     pool
   * @throws RuleConflict naming {@code staffNumber}
   */
  public static void checkCandidate(VacancyState vacancy, String name, PoolDecision decision) {
    if (vacancy.status() != VacancyStatus.RING_FENCE) {
      return;
    }
    if (decision == null) {
      throw new RuleConflict(
          "staffNumber",
          name
              + " is not in the ring-fenced pool. Until the vacancy opens to internal applicants it"
              + " can only be offered to people in the pool.");
    }
    if (decision.suitability() != Suitability.SUITABLE || !decision.complete()) {
      throw new RuleConflict(
          "staffNumber",
          name
              + " has not been found suitable for this post. Record that they are suitable, with"
              + " a written reason, before offering it.");
    }
  }

  /**
   * The person accepts: the trial starts.
   *
   * @throws RuleConflict when the offer is not open
   */
  public static TrialPeriod accept(OfferStatus offer, LocalDate trialStartsOn, int trialWeeks) {
    requireOpen(offer, "accept");
    Objects.requireNonNull(trialStartsOn, "trialStartsOn");
    return TrialPeriod.startingOn(trialStartsOn, trialWeeks);
  }

  /**
   * The person declines.
   *
   * @param suitable HR's record of whether the offer was suitable
   * @param declineEndsProtection the employer's policy: declining a suitable offer ends protection
   * @throws RuleConflict when the offer is not open
   * @throws InvalidInput naming {@code reason} and {@code suitable}
   */
  public static DeclineOutcome decline(
      OfferStatus offer, String reason, Boolean suitable, boolean declineEndsProtection) {
    requireOpen(offer, "decline");
    var problems = new ArrayList<FieldProblem>();
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("reason", "Enter the reasons the offer was declined."));
    }
    if (suitable == null) {
      problems.add(new FieldProblem("suitable", "Record whether the offer was suitable."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    if (!suitable) {
      return new DeclineOutcome(
          false,
          false,
          "The offer was not suitable, so declining it does not affect pay protection.");
    }
    return declineEndsProtection
        ? new DeclineOutcome(
            true,
            true,
            "The offer was suitable. Under the employer's policy, declining a suitable offer ends"
                + " pay protection.")
        : new DeclineOutcome(
            true,
            false,
            "The offer was suitable. Under the employer's policy, declining it does not end pay"
                + " protection.");
  }

  /**
   * HR withdraws an offer not yet answered.
   *
   * @throws InvalidInput naming {@code reason}
   */
  public static void withdraw(OfferStatus offer, String reason) {
    requireOpen(offer, "withdraw");
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("reason", "Enter the reason the offer is being withdrawn.");
    }
  }

  /**
   * Extends the running trial once.
   *
   * @see TrialPeriod#extend
   */
  public static TrialPeriod extendTrial(
      OfferStatus offer, TrialPeriod trial, LocalDate agreedEnd, String reason) {
    requireTrial(offer, "extend");
    return trial.extend(agreedEnd, reason);
  }

  /**
   * The trial is confirmed: the person is assigned to the post.
   *
   * @param newPay the post's annual pay for the person
   * @param protectedPay their protected annual pay, or null when not protected
   */
  public static TrialResult confirm(
      OfferStatus offer, TrialPeriod trial, LocalDate on, Money newPay, Money protectedPay) {
    requireTrial(offer, "confirm");
    requireDuringOrAfter(trial, on);
    Objects.requireNonNull(newPay, "newPay");
    if (protectedPay == null) {
      return new TrialResult(
          OfferStatus.CONFIRMED, false, false, "Trial confirmed: appointed to the post.");
    }
    boolean ends = newPay.compareTo(protectedPay) >= 0;
    return new TrialResult(
        OfferStatus.CONFIRMED,
        false,
        ends,
        ends
            ? "Trial confirmed: appointed to the post. Its pay, "
                + newPay.format()
                + ", meets or exceeds the protected pay of "
                + protectedPay.format()
                + ", so pay protection ends."
            : "Trial confirmed: appointed to the post. Its pay, "
                + newPay.format()
                + ", is below the protected pay of "
                + protectedPay.format()
                + ", so pay protection continues.");
  }

  /**
   * The trial was not successful: back in the pool, protection unchanged.
   *
   * @throws InvalidInput naming {@code reason}
   */
  public static TrialResult notSuccessful(
      OfferStatus offer, TrialPeriod trial, LocalDate on, String reason) {
    requireTrial(offer, "end");
    requireDuringOrAfter(trial, on);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("reason", "Enter the reason the trial was not successful.");
    }
    return new TrialResult(
        OfferStatus.NOT_SUCCESSFUL,
        true,
        false,
        "Trial not successful: back in the ring-fenced pool, with pay protection unchanged.");
  }

  private static void requireOpen(OfferStatus offer, String verb) {
    if (offer != OfferStatus.OPEN) {
      throw new RuleConflict(
          "status",
          "You can only " + verb + " an offer that is waiting for an answer. " + already(offer));
    }
  }

  private static void requireTrial(OfferStatus offer, String verb) {
    if (offer != OfferStatus.IN_TRIAL) {
      throw new RuleConflict(
          "status", "You can only " + verb + " a trial that is running. " + already(offer));
    }
  }

  private static void requireDuringOrAfter(TrialPeriod trial, LocalDate on) {
    if (on.isBefore(trial.startOn())) {
      throw new InvalidInput(
          "decidedOn",
          "The trial starts on "
              + DateText.of(trial.startOn())
              + ". Record its outcome after that.");
    }
  }

  private static String already(OfferStatus offer) {
    return switch (offer) {
      case OPEN -> "This offer is waiting for an answer.";
      case IN_TRIAL -> "This offer was accepted and its trial is running.";
      case DECLINED -> "This offer was declined.";
      case WITHDRAWN -> "This offer was withdrawn.";
      case CONFIRMED -> "This trial was confirmed.";
      case NOT_SUCCESSFUL -> "This trial was not successful.";
    };
  }
}
