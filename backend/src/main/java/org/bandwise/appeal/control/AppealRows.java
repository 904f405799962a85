package org.bandwise.appeal.control;

import static org.bandwise.platform.persistence.SqlValues.bool;
import static org.bandwise.platform.persistence.SqlValues.date;
import static org.bandwise.platform.persistence.SqlValues.integer;
import static org.bandwise.platform.persistence.SqlValues.text;
import static org.bandwise.platform.persistence.SqlValues.timestamp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bandwise.appeal.control.AppealRecords.AppealRow;
import org.bandwise.appeal.control.AppealRecords.GroundRow;
import org.bandwise.appeal.control.AppealRecords.MemberRef;
import org.bandwise.appeal.control.AppealRecords.PanelRow;
import org.bandwise.appeal.control.AppealRecords.StepRow;
import org.bandwise.evaluation.entity.PanelSide;

/**
 * The one place the rows of an appeal are read and mapped: the appeal with its JD's title and
 * reference, its members, its grounds, its timeline and its review panel.
 */
@ApplicationScoped
public class AppealRows {

  /** The statuses in which an appeal awaits acknowledgement or a decision, as an SQL list. */
  static final String AWAITING = "('LODGED','ACKNOWLEDGED','UNDER_REVIEW','HEARING_SCHEDULED')";

  private static final String SELECT =
      "SELECT a.id, a.kind, a.scope, a.union_code, a.status, a.stage, a.decision,"
          + " a.evaluation_id, a.jd_id, j.title, j.reference, a.all_holders, a.summary, a.evidence,"
          + " a.notified_on, a.lodge_by, a.extension_reason, a.lodged_on, a.acknowledge_by,"
          + " a.decide_by, a.hearing_on, a.decision_rationale, a.withdrawn_reason, a.created_at,"
          + " a.version, a.first_lodged_on, a.revised_evaluation_id, a.rebanding_id"
          + " FROM appeal a JOIN job_description j ON j.id = a.jd_id";

  @PersistenceContext EntityManager em;

  /** The appeal, or null; locked for the transaction when {@code lock}. */
  AppealRow find(String id, boolean lock) {
    List<AppealRow> found = where("a.id = ?", List.<Object>of(id), lock ? "FOR UPDATE" : "");
    return found.isEmpty() ? null : found.get(0);
  }

  /**
   * The appeals matching {@code condition} (over {@code a}, the appeal, and {@code j}, its JD),
   * with {@code tail} (an ORDER BY and LIMIT, or a lock) after it.
   */
  List<AppealRow> where(String condition, List<Object> params, String tail) {
    Query query = em.createNativeQuery(SELECT + " WHERE " + condition + " " + tail);
    bind(query, params);
    List<AppealRow> rows = new ArrayList<>();
    for (Object r : query.getResultList()) {
      rows.add(appeal((Object[]) r));
    }
    return rows;
  }

  /** The members of each appeal, by appeal id, by surname then first name. */
  Map<String, List<MemberRef>> members(List<String> appealIds) {
    Map<String, List<MemberRef>> members = new HashMap<>();
    if (appealIds.isEmpty()) {
      return members;
    }
    String marks = String.join(",", appealIds.stream().map(i -> "?").toList());
    Query query =
        em.createNativeQuery(
            "SELECT m.appeal_id, s.id, s.staff_number, s.first_name, s.last_name"
                + " FROM appeal_member m JOIN staff_member s ON s.id = m.staff_id"
                + " WHERE m.appeal_id IN ("
                + marks
                + ") ORDER BY s.last_name, s.first_name");
    bind(query, new ArrayList<>(appealIds));
    for (Object r : query.getResultList()) {
      Object[] m = (Object[]) r;
      members
          .computeIfAbsent(m[0].toString(), k -> new ArrayList<>())
          .add(new MemberRef(m[1].toString(), m[2].toString(), m[3] + " " + m[4]));
    }
    return members;
  }

  List<MemberRef> members(String appealId) {
    return members(List.of(appealId)).getOrDefault(appealId, List.of());
  }

  /** The disputed factors, in the order they were argued. */
  List<GroundRow> grounds(String appealId) {
    List<GroundRow> grounds = new ArrayList<>();
    for (Object r :
        em.createNativeQuery(
                "SELECT factor_code, awarded_level, claimed_level, evidence, argument,"
                    + " decided_level, panel_decision FROM appeal_ground WHERE appeal_id = ?"
                    + " ORDER BY position")
            .setParameter(1, appealId)
            .getResultList()) {
      Object[] g = (Object[]) r;
      grounds.add(
          new GroundRow(
              g[0].toString(),
              ((Number) g[1]).intValue(),
              ((Number) g[2]).intValue(),
              text(g[3]),
              text(g[4]),
              integer(g[5]),
              text(g[6])));
    }
    return grounds;
  }

  /** The timeline, oldest first. */
  List<StepRow> steps(String appealId) {
    List<StepRow> steps = new ArrayList<>();
    for (Object r :
        em.createNativeQuery(
                "SELECT step, status, taken_at, taken_by, text, note FROM appeal_step"
                    + " WHERE appeal_id = ? ORDER BY taken_at, seq")
            .setParameter(1, appealId)
            .getResultList()) {
      Object[] s = (Object[]) r;
      steps.add(
          new StepRow(
              s[0].toString(),
              AppealStatus.valueOf(s[1].toString()),
              timestamp(s[2]),
              s[3].toString(),
              text(s[4]),
              text(s[5])));
    }
    return steps;
  }

  /** The review panel, chair first. */
  List<PanelRow> panel(String appealId) {
    List<PanelRow> panel = new ArrayList<>();
    for (Object r :
        em.createNativeQuery(
                "SELECT user_id, display_name, side, chair FROM appeal_panel_member"
                    + " WHERE appeal_id = ? ORDER BY chair DESC, display_name")
            .setParameter(1, appealId)
            .getResultList()) {
      Object[] p = (Object[]) r;
      panel.add(
          new PanelRow(
              p[0].toString(), p[1].toString(), PanelSide.valueOf(p[2].toString()), bool(p[3])));
    }
    return panel;
  }

  static void bind(Query query, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
  }

  private static AppealRow appeal(Object[] r) {
    return new AppealRow(
        r[0].toString(),
        AppealKind.valueOf(r[1].toString()),
        AppealScope.valueOf(r[2].toString()),
        text(r[3]),
        AppealStatus.valueOf(r[4].toString()),
        ((Number) r[5]).intValue(),
        r[6] == null ? null : AppealDecision.valueOf(r[6].toString()),
        text(r[7]),
        r[8].toString(),
        r[9].toString(),
        r[10].toString(),
        bool(r[11]),
        text(r[12]),
        text(r[13]),
        date(r[14]),
        date(r[15]),
        text(r[16]),
        date(r[17]),
        date(r[18]),
        date(r[19]),
        date(r[20]),
        text(r[21]),
        text(r[22]),
        timestamp(r[23]),
        ((Number) r[24]).longValue(),
        date(r[25]),
        text(r[26]),
        text(r[27]));
  }
}
