package org.bandwise.evaluation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.evaluation.entity.Evaluation;
import org.bandwise.evaluation.entity.SignOff;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.persistence.UniqueKeys;

/**
 * Evaluations as stored: one by id, and what every change ends with (its state derived once, the
 * queue's flag kept in step, written now, sign-offs it withdrew audited). The changes themselves
 * are {@link EvaluationRequests}, {@link PanelWork} and {@link OutcomePublication}; each joins the
 * caller's transaction (the boundary's), checks the version it was made against and is audited.
 */
@ApplicationScoped
public class EvaluationStore {

  static final String ENTITY = "EVALUATION";

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject EvaluationStates states;

  public Evaluation get(String id) {
    Evaluation evaluation = em.find(Evaluation.class, id);
    if (evaluation == null) {
      throw new RecordNotFound("There is no such evaluation.");
    }
    return evaluation;
  }

  /** Derives the state after a change, keeps the queue's flag in step, and writes it now. */
  EvaluationState settle(Evaluation evaluation) {
    EvaluationState state = states.of(evaluation);
    evaluation.markAwaitingSignOff(state.awaitingSignOff());
    UniqueKeys.flush(
        em, () -> new RuleConflict("Someone else changed this evaluation at the same moment."));
    return state;
  }

  /** Audits the sign-offs a change withdrew, and why. */
  void auditWithdrawn(Evaluation evaluation, List<SignOff> withdrawn, String because) {
    if (withdrawn.isEmpty()) {
      return;
    }
    audit.record(
        ENTITY,
        evaluation.id(),
        evaluation.jdId(),
        "SIGN_OFFS_WITHDRAWN",
        "Sign-offs withdrawn because " + because,
        Map.of("signOffs", String.join("; ", withdrawn.stream().map(SignOff::toString).toList())),
        Map.of("signOffs", ""));
  }
}
