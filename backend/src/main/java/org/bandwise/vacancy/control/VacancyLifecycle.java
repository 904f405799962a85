package org.bandwise.vacancy.control;

import static org.bandwise.vacancy.control.VacancyStatus.DRAFT;
import static org.bandwise.vacancy.control.VacancyStatus.EXTERNAL;
import static org.bandwise.vacancy.control.VacancyStatus.FILLED;
import static org.bandwise.vacancy.control.VacancyStatus.INTERNAL;
import static org.bandwise.vacancy.control.VacancyStatus.OFFER_MADE;
import static org.bandwise.vacancy.control.VacancyStatus.RING_FENCE;
import static org.bandwise.vacancy.control.VacancyStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RuleConflict;

/**
 * The vacancy status machine. A vacancy is offered in stages, in order: it opens to the ring-fenced
 * pool (stage 1); it opens to internal applicants (stage 2) only when every person in the pool has
 * a suitable / not suitable decision with a written reason, because pool candidates must be
 * considered, and told why, before anyone else; then to external applicants (stage 3). One offer
 * per vacancy at a time: while an offer is open or its trial runs, the vacancy is "offer made" and
 * no other offer, stage change or withdrawal is possible. If the offer comes to nothing (declined,
 * withdrawn, or the trial was not successful) the vacancy returns to the stage the offer was made
 * in; a confirmed trial fills a post, and the vacancy is filled when all its posts are. It may be
 * withdrawn, with a reason, at any point before it is filled unless an offer is open.
 */
public final class VacancyLifecycle {

  private VacancyLifecycle() {}

  /** The steps allowed now, ignoring the pool decisions stage 2 needs. */
  public static Set<VacancyStep> allowedSteps(VacancyState state) {
    Set<VacancyStep> steps = EnumSet.noneOf(VacancyStep.class);
    for (VacancyStep step : VacancyStep.values()) {
      if (refusal(state, step) == null) {
        steps.add(step);
      }
    }
    return steps;
  }

  /** Draft → stage 1, the ring-fenced pool. */
  public static VacancyState openRingFence(VacancyState state) {
    refuseIfNotAllowed(state, VacancyStep.OPEN_RING_FENCE);
    return VacancyState.at(VacancyStage.RING_FENCE, state.posts(), state.filledPosts());
  }

  /**
   * Stage 1 → stage 2, open to all staff.
   *
   * @param pool a decision (complete or not) for every person in the stage-1 pool
   * @throws RuleConflict naming {@code pool} while anyone in it has no decision with a written
   *     reason
   */
  public static VacancyState openInternal(VacancyState state, List<PoolDecision> pool) {
    refuseIfNotAllowed(state, VacancyStep.OPEN_INTERNAL);
    List<String> undecided =
        pool.stream().filter(d -> !d.complete()).map(PoolDecision::name).toList();
    if (undecided.size() == 1) {
      throw new RuleConflict(
          "pool",
          "Record whether "
              + undecided.get(0)
              + " is suitable, with a written reason, before the vacancy opens to internal"
              + " applicants.");
    }
    if (!undecided.isEmpty()) {
      throw new RuleConflict(
          "pool",
          "Record whether each person in the pool is suitable, with a written reason, before the"
              + " vacancy opens to internal applicants. "
              + undecided.size()
              + " people have no decision yet: "
              + list(undecided.size() <= NAMED ? undecided : first(undecided))
              + ".");
    }
    return VacancyState.at(VacancyStage.INTERNAL, state.posts(), state.filledPosts());
  }

  /** Stage 2 → stage 3, open to external applicants. */
  public static VacancyState openExternal(VacancyState state) {
    refuseIfNotAllowed(state, VacancyStep.OPEN_EXTERNAL);
    return VacancyState.at(VacancyStage.EXTERNAL, state.posts(), state.filledPosts());
  }

  /**
   * An offer is made at the current stage.
   *
   * @throws RuleConflict naming {@code status} when an offer is already open: one at a time
   */
  public static VacancyState makeOffer(VacancyState state) {
    refuseIfNotAllowed(state, VacancyStep.MAKE_OFFER);
    return new VacancyState(OFFER_MADE, state.stage(), state.posts(), state.filledPosts());
  }

  /** The open offer was declined or withdrawn, or its trial was not successful. */
  public static VacancyState endOffer(VacancyState state) {
    refuseIfNotAllowed(state, VacancyStep.END_OFFER);
    return VacancyState.at(state.stage(), state.posts(), state.filledPosts());
  }

  /** The trial was confirmed: a post is filled, and the vacancy with it once all are. */
  public static VacancyState fillPost(VacancyState state) {
    refuseIfNotAllowed(state, VacancyStep.FILL_POST);
    int filled = state.filledPosts() + 1;
    return filled == state.posts()
        ? new VacancyState(FILLED, state.stage(), state.posts(), filled)
        : VacancyState.at(state.stage(), state.posts(), filled);
  }

  /**
   * Withdraws the vacancy.
   *
   * @throws InvalidInput naming {@code reason} when it is blank
   */
  public static VacancyState withdraw(VacancyState state, String reason) {
    refuseIfNotAllowed(state, VacancyStep.WITHDRAW);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("reason", "Enter the reason the vacancy is being withdrawn.");
    }
    return new VacancyState(WITHDRAWN, state.stage(), state.posts(), state.filledPosts());
  }

  private static void refuseIfNotAllowed(VacancyState state, VacancyStep step) {
    String refusal = refusal(state, step);
    if (refusal != null) {
      throw new RuleConflict("status", refusal);
    }
  }

  static String refusal(VacancyState state, VacancyStep step) {
    VacancyStatus status = state.status();
    String now = " This vacancy " + status.phrase() + ".";
    return switch (step) {
      case OPEN_RING_FENCE ->
          status == DRAFT ? null : "Only a draft vacancy can open to the ring-fenced pool." + now;
      case OPEN_INTERNAL ->
          status == RING_FENCE
              ? null
              : "A vacancy opens to internal applicants only from the ring-fenced stage, with no"
                  + " offer open."
                  + now;
      case OPEN_EXTERNAL ->
          status == INTERNAL
              ? null
              : "A vacancy opens to external applicants only after it has been open to internal"
                  + " applicants, with no offer open."
                  + now;
      case MAKE_OFFER ->
          switch (status) {
            case RING_FENCE, INTERNAL, EXTERNAL -> null;
            case OFFER_MADE ->
                "This vacancy already has an offer open. Record the answer to that offer, or the"
                    + " outcome of its trial, before making another.";
            default -> "An offer can only be made while the vacancy is open." + now;
          };
      case END_OFFER, FILL_POST -> status == OFFER_MADE ? null : "This vacancy has no offer open.";
      case WITHDRAW ->
          switch (status) {
            case DRAFT, RING_FENCE, INTERNAL, EXTERNAL -> null;
            case OFFER_MADE ->
                "This vacancy has an offer open. Record the answer to that offer, or the outcome of"
                    + " its trial, before withdrawing the vacancy.";
            case FILLED -> "A filled vacancy cannot be withdrawn.";
            case WITHDRAWN -> "This vacancy has already been withdrawn.";
          };
    };
  }

  /** How many undecided people a refusal names; the rest are counted, so it stays short. */
  static final int NAMED = 5;

  /** The first few names and "N others". */
  private static List<String> first(List<String> names) {
    var shown = new java.util.ArrayList<>(names.subList(0, NAMED));
    int rest = names.size() - NAMED;
    shown.add(rest + (rest == 1 ? " other" : " others"));
    return shown;
  }

  /** "A", "A and B", "A, B and C". */
  static String list(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }
}
