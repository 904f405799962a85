package org.bandwise.evaluation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.bandwise.evaluation.entity.Evaluation;
import org.bandwise.evaluation.entity.EvaluationStatus;
import org.bandwise.evaluation.entity.PanelSeat;
import org.bandwise.identity.control.People;
import org.bandwise.job.control.JobDescriptionStore;
import org.bandwise.scheme.control.SchemeStore;
import org.bandwise.scheme.entity.Scheme;

/** Reads what an evaluation's derived state depends on and derives it ({@link EvaluationState}). */
@ApplicationScoped
public class EvaluationStates {

  @Inject SchemeStore schemes;
  @Inject People people;
  @Inject JobDescriptionStore jds;
  @Inject org.bandwise.workforce.control.PostHolders postHolders;
  @Inject ConsistencyView consistency;

  public Scheme schemeOf(Evaluation evaluation) {
    if (evaluation.schemeId() == null) {
      return null;
    }
    return schemes
        .find(UUID.fromString(evaluation.schemeId()))
        .orElseThrow(
            () -> new IllegalStateException("scheme " + evaluation.schemeId() + " is gone"));
  }

  public EvaluationState of(Evaluation evaluation) {
    Scheme scheme = schemeOf(evaluation);
    if (evaluation.status() != EvaluationStatus.IN_PANEL || scheme == null) {
      return EvaluationState.of(evaluation, scheme, false, score -> false);
    }
    return EvaluationState.of(
        evaluation,
        scheme,
        panelValid(evaluation),
        score -> consistency.of(evaluation, scheme, score).checkRequired());
  }

  private boolean panelValid(Evaluation evaluation) {
    var known = people.byIds(evaluation.panel().stream().map(PanelSeat::userId).toList());
    List<PanelRules.ProposedSeat> seats =
        evaluation.panel().stream()
            .map(
                s ->
                    new PanelRules.ProposedSeat(
                        s.userId(),
                        s.displayName(),
                        s.side(),
                        s.chair(),
                        known.containsKey(s.userId()),
                        true))
            .toList();
    return PanelRules.problems(seats, postHolders.userIds(evaluation.jdId())).isEmpty();
  }
}
