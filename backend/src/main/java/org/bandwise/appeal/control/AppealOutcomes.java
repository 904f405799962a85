package org.bandwise.appeal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bandwise.appeal.control.AppealRecords.AppealRow;
import org.bandwise.appeal.control.AppealRecords.GroundRow;
import org.bandwise.appeal.control.AppealRecords.PanelRow;
import org.bandwise.calendar.control.DateText;
import org.bandwise.evaluation.control.EvaluationRequests;
import org.bandwise.evaluation.control.EvaluationStore;
import org.bandwise.evaluation.control.OutcomePublication;
import org.bandwise.evaluation.control.PanelWork;
import org.bandwise.evaluation.entity.AgreedLevel;
import org.bandwise.evaluation.entity.Evaluation;
import org.bandwise.evaluation.entity.Priority;
import org.bandwise.evaluation.entity.RequesterType;
import org.bandwise.job.control.JobDescriptionStore;
import org.bandwise.platform.domain.DomainException;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.error.FieldProblem;
import org.bandwise.platform.persistence.SqlValues;
import org.bandwise.protection.control.EndReason;
import org.bandwise.protection.control.ProtectionStore;
import org.bandwise.rebanding.control.RebandingStore;

/**
 * What an upheld outcome appeal changes beyond the appeal itself (the rules are {@link
 * UpheldOutcome}): a new outcome under the same scheme version, made and published through the
 * evaluation component's own steps and rules ({@link EvaluationStore}: the review panel seated as
 * the panel, the decided levels agreed, the review panel's decision recorded as the consistency
 * check, every member's sign-off, then publication with {@code PublicationReadiness}); and a
 * re-banding drafted from it ({@link RebandingStore#create}) from the day the appeal was lodged.
 * When that re-banding is applied, the protection of everyone whose band it restores ends with the
 * reason {@link EndReason#APPEAL_UPHELD}. All of it joins the deciding transaction.
 */
@ApplicationScoped
public class AppealOutcomes {

  /** The new outcome and the re-banding drafted from it. */
  public record Made(String evaluationId, String rebandingId) {}

  @PersistenceContext EntityManager em;
  @Inject EvaluationStore evaluations;
  @Inject EvaluationRequests requests;
  @Inject PanelWork panels;
  @Inject OutcomePublication publication;
  @Inject JobDescriptionStore jds;
  @Inject RebandingStore rebandings;
  @Inject ProtectionStore protections;

  /**
   * Publishes the new outcome of a decided appeal and drafts its re-banding.
   *
   * @return null when the decision changes no level
   * @throws RuleConflict naming {@code decision} when the evaluation rules refuse the new outcome
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Made publish(
      AppealRow row,
      List<GroundRow> grounds,
      List<PanelRow> panel,
      LocalDate effectiveFrom,
      AppealViewer actor,
      String rationale) {
    Evaluation original = evaluations.get(row.evaluationId());
    Map<String, Integer> awarded = new HashMap<>();
    Map<String, String> reasons = new HashMap<>();
    for (AgreedLevel level : original.agreedLevels()) {
      awarded.put(level.factorCode(), level.level());
      reasons.put(level.factorCode(), level.rationale());
    }
    Map<String, Integer> levels = UpheldOutcome.levels(awarded, grounds);
    if (!UpheldOutcome.changes(awarded, levels)) {
      return null;
    }
    for (GroundRow g : grounds) {
      if (g.decidedLevel() != null && g.panelDecision() != null) {
        reasons.put(g.factor(), "Review panel, on appeal: " + g.panelDecision());
      }
    }
    String by = actor.displayName();
    try {
      Evaluation revised =
          requests.request(
              jds.version(original.jdVersionId()),
              "The review panel upheld an appeal against the outcome of "
                  + row.jdTitle()
                  + ": "
                  + rationale,
              actor.userId(),
              RequesterType.HR);
      String id = revised.id();
      requests.decide(id, at(revised), true, Priority.P1, null, by);
      panels.seatPanel(
          id,
          at(revised),
          original.schemeId(),
          panel.stream()
              .map(p -> new PanelWork.SeatInput(p.userId(), p.side(), p.chair()))
              .toList());
      for (var level : levels.entrySet()) {
        panels.agree(
            id, at(revised), level.getKey(), level.getValue(), reasons.get(level.getKey()), by);
      }
      panels.recordCheck(
          id, at(revised), "The review panel's decision on the appeal: " + rationale, by);
      for (PanelRow member : panel) {
        panels.signOff(id, at(revised), member.userId());
      }
      publication.publish(id, at(revised), effectiveFrom, by);
      String rebanding = rebandings.create(id, List.of(), effectiveFrom, by);
      return new Made(id, rebanding);
    } catch (DomainException refused) {
      List<String> reasonsGiven = new ArrayList<>();
      if (refused.fieldProblems() != null && !refused.fieldProblems().isEmpty()) {
        refused.fieldProblems().stream().map(FieldProblem::message).forEach(reasonsGiven::add);
      } else {
        reasonsGiven.add(refused.getMessage());
      }
      throw new RuleConflict(
          "decision",
          "The new outcome cannot be published under the evaluation rules, so the decision is not"
              + " recorded. "
              + String.join(" ", reasonsGiven));
    }
  }

  private static ExpectedVersion at(Evaluation evaluation) {
    return ExpectedVersion.of(evaluation.version());
  }

  /**
   * When a re-banding drafted by an upheld appeal is applied, everyone it moves up to a band at or
   * above the band their pay is protected at has their protection ended from its effective date.
   */
  void onRebandingApplied(@Observes RebandingStore.Applied applied) {
    List<?> appeal =
        em.createNativeQuery("SELECT id FROM appeal WHERE rebanding_id = ?")
            .setParameter(1, applied.rebandingId())
            .getResultList();
    if (appeal.isEmpty()) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT pp.id, pp.version, pp.starts_on, tb.band_rank, pb.band_rank"
                    + " FROM rebanding_person rp JOIN pay_protection pp ON pp.staff_id = rp.staff_id"
                    + " JOIN pay_band tb ON tb.id = rp.to_band_id"
                    + " JOIN pay_band pb ON pb.id = pp.protected_band_id"
                    + " WHERE rp.rebanding_id = ? AND rp.change_kind = 'UP'"
                    + " AND pp.ended_on IS NULL AND pp.last_day >= ?"
                    + " AND (pp.rebanding_id IS NULL OR pp.rebanding_id <> ?)"
                    + " ORDER BY pp.id")
            .setParameter(1, applied.rebandingId())
            .setParameter(2, applied.effectiveFrom())
            .setParameter(3, applied.rebandingId())
            .getResultList();
    for (Object[] r : rows) {
      if (!UpheldOutcome.restoresBand(((Number) r[3]).intValue(), ((Number) r[4]).intValue())) {
        continue;
      }
      LocalDate startsOn = SqlValues.date(r[2]);
      LocalDate endsFrom =
          applied.effectiveFrom().isAfter(startsOn) ? applied.effectiveFrom() : startsOn;
      protections.end(
          r[0].toString(),
          ExpectedVersion.of(((Number) r[1]).longValue()),
          EndReason.APPEAL_UPHELD,
          endsFrom.minusDays(1),
          "Appeal upheld: the band is restored from " + DateText.of(endsFrom) + ".");
    }
  }
}
