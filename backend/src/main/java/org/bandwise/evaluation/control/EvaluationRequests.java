package org.bandwise.evaluation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.evaluation.entity.Evaluation;
import org.bandwise.evaluation.entity.EvaluationStatus;
import org.bandwise.evaluation.entity.Priority;
import org.bandwise.evaluation.entity.RequesterType;
import org.bandwise.job.control.JdLifecycle;
import org.bandwise.job.control.JobDescriptionStore;
import org.bandwise.job.entity.JdVersion;
import org.bandwise.platform.domain.ExistingRecordConflict;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.persistence.UniqueKeys;

/**
 * Requests for evaluation and HR's decision on them: a JD has at most one open request, and an
 * accepted one starts the JD's evaluation.
 */
@ApplicationScoped
public class EvaluationRequests {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject JobDescriptionStore jds;
  @Inject EvaluationStore evaluations;
  @Inject Clock clock;

  /** The open request (requested, accepted or with its panel) of a JD, if there is one. */
  public Evaluation openRequestOf(String jdId) {
    return em.createQuery(
            "SELECT e FROM Evaluation e WHERE e.jdId = :jd AND e.status IN :open", Evaluation.class)
        .setParameter("jd", jdId)
        .setParameter(
            "open",
            List.of(
                EvaluationStatus.REQUESTED, EvaluationStatus.ACCEPTED, EvaluationStatus.IN_PANEL))
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * Asks for a JD version to be evaluated. A JD has at most one open request, whichever version it
   * names: a second would split the panel's work and the queue's waiting time.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Evaluation request(
      JdVersion version, String reason, String requesterId, RequesterType requesterType) {
    Evaluation open = openRequestOf(version.jd().id());
    if (open != null) {
      throw alreadyOpen(open.id());
    }
    if (!JdLifecycle.canBeEvaluated(version.status())) {
      throw new RuleConflict(
          "jdVersionId",
          "Only a submitted or in-force version can be evaluated, and this one is "
              + JdLifecycle.label(version.status())
              + ".");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("reason", "Enter why the role should be evaluated");
    }
    Evaluation evaluation =
        new Evaluation(
            version.jd().id(),
            version.id(),
            requesterId,
            requesterType,
            reason.trim(),
            LocalDateTime.now(clock));
    em.persist(evaluation);
    UniqueKeys.flush(em, () -> alreadyOpen(null));
    audit.record(
        EvaluationStore.ENTITY,
        evaluation.id(),
        version.jd().id(),
        "REQUESTED",
        "Evaluation of " + version.title() + " (version " + version.number() + ") requested",
        null,
        evaluation.auditSnapshot());
    return evaluation;
  }

  private static ExistingRecordConflict alreadyOpen(String existingId) {
    return new ExistingRecordConflict(
        "jdVersionId",
        "An evaluation of this job description has already been requested and is still open."
            + " Follow that request instead of making a new one.",
        existingId);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public EvaluationState decide(
      String id,
      ExpectedVersion expected,
      boolean accept,
      Priority priority,
      String reason,
      String byName) {
    Evaluation evaluation = evaluations.get(id);
    expected.check(evaluation.version());
    Map<String, Object> before = evaluation.auditSnapshot();
    LocalDateTime now = LocalDateTime.now(clock);
    if (accept) {
      if (priority == null) {
        throw new InvalidInput("priority", "Select a priority to accept the request");
      }
      evaluation.accept(priority, byName, now);
      jds.startEvaluation(jds.version(evaluation.jdVersionId()));
    } else {
      if (reason == null || reason.isBlank()) {
        throw new InvalidInput("reason", "Enter why the request is rejected");
      }
      evaluation.reject(reason.trim(), byName, now);
    }
    audit.record(
        EvaluationStore.ENTITY,
        evaluation.id(),
        evaluation.jdId(),
        accept ? "ACCEPTED" : "REJECTED",
        accept ? "Accepted as " + priority : "Rejected: " + reason.trim(),
        before,
        evaluation.auditSnapshot());
    return evaluations.settle(evaluation);
  }
}
