package org.bandwise.evaluation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.evaluation.entity.Evaluation;
import org.bandwise.evaluation.entity.EvaluationStatus;
import org.bandwise.job.control.JobDescriptionStore;
import org.bandwise.job.entity.JdVersion;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.domain.RuleConflict;

/**
 * Publishing an evaluation's outcome, refused while anything blocks it ({@link
 * PublicationReadiness}), and putting published outcomes in force on their effective date.
 */
@ApplicationScoped
public class OutcomePublication {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject JobDescriptionStore jds;
  @Inject EvaluationStates states;
  @Inject EvaluationStore evaluations;
  @Inject Clock clock;

  /** Publishes the outcome; refused while anything blocks it (see {@link PublicationReadiness}). */
  @Transactional(Transactional.TxType.MANDATORY)
  public EvaluationState publish(
      String id, ExpectedVersion expected, LocalDate effectiveFrom, String byName) {
    Evaluation evaluation = evaluations.get(id);
    expected.check(evaluation.version());
    if (evaluation.status() != EvaluationStatus.IN_PANEL) {
      throw new RuleConflict(
          "status",
          "Only an evaluation with its panel can be published, and this one is "
              + Evaluation.label(evaluation.status())
              + ".");
    }
    EvaluationState state = states.of(evaluation);
    if (!state.blockers().isEmpty()) {
      throw new RuleConflict(
          "status",
          "The outcome cannot be published yet. "
              + String.join(
                  " ",
                  state.blockers().stream().map(PublicationReadiness.Blocker::message).toList()));
    }
    var score = state.score();
    Map<String, Object> before = evaluation.auditSnapshot();
    LocalDateTime now = LocalDateTime.now(clock);
    String bandId = score.band().bandId().toString();
    evaluation.publish(score.total(), bandId, effectiveFrom, byName, now);
    JdVersion version = jds.version(evaluation.jdVersionId());
    jds.recordOutcome(version, evaluation.id(), effectiveFrom, bandId, score.total());
    if (!effectiveFrom.isAfter(LocalDate.now(clock))) {
      evaluation.takeEffect(now);
    }
    audit.record(
        EvaluationStore.ENTITY,
        evaluation.id(),
        evaluation.jdId(),
        "PUBLISHED",
        score.summary() + " Effective from " + NextStep.day(effectiveFrom) + ".",
        before,
        evaluation.auditSnapshot());
    return evaluations.settle(evaluation);
  }

  /** Puts in force every published outcome whose effective date has come. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int putDueOutcomesInForce() {
    LocalDate today = LocalDate.now(clock);
    List<Evaluation> due =
        em.createQuery(
                "SELECT e FROM Evaluation e WHERE e.status = :published AND e.inForce = FALSE"
                    + " AND e.effectiveFrom <= :today ORDER BY e.effectiveFrom",
                Evaluation.class)
            .setParameter("published", EvaluationStatus.PUBLISHED)
            .setParameter("today", today)
            .getResultList();
    for (Evaluation evaluation : due) {
      jds.putInForce(
          jds.version(evaluation.jdVersionId()), evaluation.bandId(), evaluation.total());
      evaluation.takeEffect(LocalDateTime.now(clock));
    }
    return due.size();
  }
}
