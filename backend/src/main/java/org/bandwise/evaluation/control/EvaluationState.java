package org.bandwise.evaluation.control;

import java.util.List;
import java.util.function.Predicate;
import org.bandwise.evaluation.entity.AgreedLevel;
import org.bandwise.evaluation.entity.Evaluation;
import org.bandwise.evaluation.entity.EvaluationStatus;
import org.bandwise.scheme.control.ScoreOutcome;
import org.bandwise.scheme.control.Scoring;
import org.bandwise.scheme.entity.Scheme;

/**
 * What follows from an evaluation's recorded facts: the running total, the score once every factor
 * is agreed (the scheme decides the band: {@link Scoring}), whether a consistency check is
 * required, the sign-offs, and what blocks publication. Computed once per request and passed on, so
 * every part of an answer (and the publication check) agrees.
 */
public record EvaluationState(
    Evaluation evaluation,
    Scheme scheme,
    Integer runningTotal,
    ScoreOutcome score,
    boolean checkRequired,
    SignOffRules.State signOff,
    List<PublicationReadiness.Blocker> blockers) {

  public EvaluationState {
    blockers = List.copyOf(blockers);
  }

  /**
   * Derives the state.
   *
   * @param scheme the evaluation's scheme, null before the panel is formed
   * @param panelValid whether the panel meets the panel rules today
   * @param checkRequired whether the score of the complete levels needs a consistency check (asked
   *     only once every factor is agreed and the evaluation is with its panel)
   */
  public static EvaluationState of(
      Evaluation evaluation,
      Scheme scheme,
      boolean panelValid,
      Predicate<ScoreOutcome> checkRequired) {
    int factorCount = scheme == null ? 0 : scheme.factors().size();
    int agreed = evaluation.agreedLevels().size();
    boolean complete = scheme != null && agreed >= factorCount && factorCount > 0;
    Integer runningTotal =
        agreed == 0 ? null : evaluation.agreedLevels().stream().mapToInt(AgreedLevel::points).sum();
    ScoreOutcome score = complete ? Scoring.outcomeOf(scheme.scoringTable(), runningTotal) : null;
    boolean required =
        complete && evaluation.status() == EvaluationStatus.IN_PANEL && checkRequired.test(score);
    SignOffRules.State signOff = SignOffRules.of(evaluation.signOffs());
    List<PublicationReadiness.Blocker> blockers =
        switch (evaluation.status()) {
          case PUBLISHED, REJECTED -> List.of();
          case REQUESTED, ACCEPTED ->
              PublicationReadiness.blockers(
                  new PublicationReadiness.Facts(
                      false, false, 0, 0, false, false, false, signOff.missing()));
          case IN_PANEL ->
              PublicationReadiness.blockers(
                  new PublicationReadiness.Facts(
                      scheme != null,
                      panelValid,
                      agreed,
                      factorCount,
                      score != null && score.outOfRange(),
                      required,
                      evaluation.checkConclusion() != null,
                      signOff.missing()));
        };
    return new EvaluationState(
        evaluation, scheme, runningTotal, score, required, signOff, blockers);
  }

  public int factorCount() {
    return scheme == null ? 0 : scheme.factors().size();
  }

  /** Every factor of the scheme has an agreed level. */
  public boolean complete() {
    return score != null;
  }

  public boolean canPublish() {
    return evaluation.status() == EvaluationStatus.IN_PANEL && blockers.isEmpty();
  }

  /** The panel has agreed every level and waits for its members' sign-offs. */
  public boolean awaitingSignOff() {
    return evaluation.status() == EvaluationStatus.IN_PANEL && complete() && !signOff.complete();
  }
}
