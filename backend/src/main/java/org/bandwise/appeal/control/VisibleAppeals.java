package org.bandwise.appeal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bandwise.appeal.control.AppealRecords.AppealDetail;
import org.bandwise.appeal.control.AppealRecords.AppealListItem;
import org.bandwise.appeal.control.AppealRecords.AppealRow;
import org.bandwise.appeal.control.AppealRecords.GroundRow;
import org.bandwise.appeal.control.AppealRecords.MemberRef;
import org.bandwise.appeal.control.AppealRecords.OutcomeFacts;
import org.bandwise.appeal.control.AppealRecords.RevisedOutcome;
import org.bandwise.evaluation.entity.Evaluation;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.scheme.control.ScoreOutcome;
import org.bandwise.scheme.control.Scoring;
import org.bandwise.scheme.control.ScoringTable;

/**
 * The appeals a person may see ({@link AppealViewer}): the list, the ones with a step due, one in
 * full, and one they are about to change. An appeal they may not see answers as if absent.
 */
@ApplicationScoped
public class VisibleAppeals {

  /** A step (acknowledgement or decision) falls due before the date bound twice after it. */
  private static final String STEP_DUE_BEFORE =
      "((a.status = 'LODGED' AND a.acknowledge_by < ?) OR (a.status IN "
          + AppealRows.AWAITING
          + " AND a.decide_by < ?))";

  @PersistenceContext EntityManager em;
  @Inject AppealRows rows;
  @Inject AppealDueDates dueDates;
  @Inject OutcomeScores scores;

  /** The appeals the viewer may see, overdue first, then the soonest due. */
  public Page<AppealListItem> list(
      AppealViewer viewer, DeadlineState due, AppealStatus status, PageRequest page) {
    List<Object> params = new ArrayList<>();
    String where = visibility(viewer, params);
    if (status != null) {
      where += " AND a.status = ?";
      params.add(status.name());
    }
    if (due != null) {
      LocalDate today = dueDates.today();
      LocalDate soonLimit = dueDates.dueSoonLimit(today);
      switch (due) {
        case OVERDUE -> {
          where += " AND " + STEP_DUE_BEFORE;
          params.add(Date.valueOf(today));
          params.add(Date.valueOf(today));
        }
        case DUE_SOON -> {
          where += " AND NOT " + STEP_DUE_BEFORE + " AND " + STEP_DUE_BEFORE;
          params.add(Date.valueOf(today));
          params.add(Date.valueOf(today));
          params.add(Date.valueOf(soonLimit));
          params.add(Date.valueOf(soonLimit));
        }
        case ON_TRACK -> {
          where +=
              " AND a.status IN "
                  + AppealRows.AWAITING
                  + " AND NOT "
                  + STEP_DUE_BEFORE
                  + " AND NOT "
                  + STEP_DUE_BEFORE;
          params.add(Date.valueOf(today));
          params.add(Date.valueOf(today));
          params.add(Date.valueOf(soonLimit));
          params.add(Date.valueOf(soonLimit));
        }
      }
    }
    Query count = em.createNativeQuery("SELECT COUNT(*) FROM appeal a WHERE " + where);
    AppealRows.bind(count, params);
    long total = ((Number) count.getSingleResult()).longValue();
    List<AppealRow> found =
        rows.where(
            where,
            params,
            "ORDER BY CASE WHEN a.status IN "
                + AppealRows.AWAITING
                + " THEN 0 ELSE 1 END,"
                + " CASE WHEN a.status = 'LODGED' THEN a.acknowledge_by ELSE a.decide_by END,"
                + " a.created_at DESC, a.id"
                + " LIMIT "
                + page.size()
                + " OFFSET "
                + page.offset());
    Map<String, List<MemberRef>> members = rows.members(found.stream().map(AppealRow::id).toList());
    return new Page<>(
        found.stream()
            .map(r -> new AppealListItem(r, members.getOrDefault(r.id(), List.of())))
            .toList(),
        total,
        page);
  }

  /**
   * The appeals the viewer may see that have a step due before {@code limit} or overdue (awaiting
   * acknowledgement or a decision), and the drafts of outcome appeals with a notification date
   * (their lodging limit is worked out by {@link AppealDeadlines}); at most 500, soonest due first.
   */
  public List<AppealRow> dueBefore(AppealViewer viewer, LocalDate limit) {
    List<Object> params = new ArrayList<>();
    String where =
        visibility(viewer, params)
            + " AND ("
            + STEP_DUE_BEFORE
            + " OR (a.status = 'DRAFT' AND a.kind = 'OUTCOME' AND a.notified_on IS NOT NULL))";
    params.add(Date.valueOf(limit));
    params.add(Date.valueOf(limit));
    return rows.where(
        where,
        params,
        "ORDER BY CASE WHEN a.status = 'LODGED' THEN a.acknowledge_by ELSE a.decide_by"
            + " END, a.id LIMIT 500");
  }

  private static String visibility(AppealViewer viewer, List<Object> params) {
    if (viewer.all()) {
      return "1 = 1";
    }
    List<String> any = new ArrayList<>();
    if (viewer.repUnion() != null) {
      any.add("a.union_code = ?");
      params.add(viewer.repUnion().name());
    }
    if (viewer.staffId() != null) {
      any.add("EXISTS (SELECT 1 FROM appeal_member m WHERE m.appeal_id = a.id AND m.staff_id = ?)");
      params.add(viewer.staffId());
    }
    return any.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", any) + ")";
  }

  /**
   * The appeal in full, when the viewer may see it; 404 otherwise (its existence is not revealed).
   */
  public AppealDetail get(AppealViewer viewer, String id) {
    AppealRow row = rows.find(id, false);
    List<MemberRef> members = rows.members(id);
    if (row == null || !viewer.sees(row.union(), includes(members, viewer))) {
      throw notVisible();
    }
    return detail(row, members);
  }

  /**
   * The appeal, locked for the change the viewer is about to make, when they may see it (the
   * boundary's object-level check on writes); 404 otherwise.
   */
  public AppealRow visibleForChange(AppealViewer viewer, String id) {
    AppealRow row = rows.find(id, true);
    if (row == null) {
      throw notVisible();
    }
    if (!viewer.sees(row.union(), includes(rows.members(id), viewer))) {
      throw notVisible();
    }
    return row;
  }

  private static boolean includes(List<MemberRef> members, AppealViewer viewer) {
    return viewer.staffId() != null
        && members.stream().anyMatch(m -> m.staffId().equals(viewer.staffId()));
  }

  private static RecordNotFound notVisible() {
    return new RecordNotFound("There is no appeal at this address that you can see.");
  }

  private AppealDetail detail(AppealRow row, List<MemberRef> members) {
    List<GroundRow> grounds = rows.grounds(row.id());
    OutcomeWhatIf whatIf = null;
    OutcomeFacts outcome = null;
    List<String> names = new ArrayList<>();
    if (row.evaluationId() != null) {
      Evaluation evaluation = scores.evaluation(row.evaluationId());
      ScoringTable table = scores.table(evaluation);
      Map<String, Integer> awarded = OutcomeScores.awardedLevels(evaluation);
      ScoreOutcome score = Scoring.score(table, awarded);
      outcome =
          new OutcomeFacts(
              evaluation.id(),
              score.total(),
              score.band() == null ? null : score.band().bandName(),
              evaluation.publishedAt() == null ? null : evaluation.publishedAt().toLocalDate());
      for (GroundRow g : grounds) {
        names.add(table.factor(g.factor()).map(ScoringTable.Factor::name).orElse(g.factor()));
      }
      if (!grounds.isEmpty()) {
        whatIf =
            OutcomeWhatIf.of(
                table,
                awarded,
                grounds.stream().map(g -> new FactorClaim(g.factor(), g.claimedLevel())).toList());
      }
    }
    RevisedOutcome revised = null;
    if (row.revisedEvaluationId() != null) {
      Evaluation made = scores.evaluation(row.revisedEvaluationId());
      ScoreOutcome score = scores.score(made);
      revised =
          new RevisedOutcome(
              made.id(),
              score.total(),
              score.band() == null ? null : score.band().bandName(),
              made.effectiveFrom());
    }
    return new AppealDetail(
        row,
        members,
        grounds,
        names,
        whatIf,
        outcome,
        rows.steps(row.id()),
        rows.panel(row.id()),
        revised);
  }
}
