package org.bandwise.appeal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bandwise.appeal.control.AppealRecords.AppealDetail;
import org.bandwise.appeal.control.AppealRecords.AppealListItem;
import org.bandwise.appeal.control.AppealRecords.AppealRow;
import org.bandwise.appeal.control.AppealRecords.FactorDecision;
import org.bandwise.appeal.control.AppealRecords.GroundInput;
import org.bandwise.appeal.control.AppealRecords.GroundRow;
import org.bandwise.appeal.control.AppealRecords.LodgeRequest;
import org.bandwise.appeal.control.AppealRecords.MemberRef;
import org.bandwise.appeal.control.AppealRecords.OutcomeFacts;
import org.bandwise.appeal.control.AppealRecords.PanelRow;
import org.bandwise.appeal.control.AppealRecords.RevisedOutcome;
import org.bandwise.appeal.control.AppealRecords.StepRequest;
import org.bandwise.appeal.control.AppealRecords.StepRow;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.calendar.control.BankHolidayCalendar;
import org.bandwise.calendar.control.DateText;
import org.bandwise.evaluation.control.EvaluationStore;
import org.bandwise.evaluation.entity.AgreedLevel;
import org.bandwise.evaluation.entity.Evaluation;
import org.bandwise.evaluation.entity.EvaluationStatus;
import org.bandwise.evaluation.entity.PanelSide;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.NotPermitted;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.domain.StaleRecord;
import org.bandwise.platform.error.FieldProblem;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.scheme.control.SchemeStore;
import org.bandwise.scheme.control.ScoringTable;

/**
 * Appeals: lodging, every step, the review panel, and the reads each person may make. Deadlines
 * come from {@link AppealDeadlines} over the live bank holiday calendar; the status machine from
 * {@link AppealLifecycle}; the review panel rule from {@link ReviewPanelRules}; the what-if from
 * {@link OutcomeWhatIf}. Every change is audited in its transaction and recorded as a step of the
 * appeal's timeline.
 */
@ApplicationScoped
public class AppealStore {

  static final String COLUMNS =
      "a.id, a.kind, a.scope, a.union_code, a.status, a.stage, a.decision, a.evaluation_id,"
          + " a.jd_id, j.title, j.reference, a.all_holders, a.summary, a.evidence, a.notified_on,"
          + " a.lodge_by, a.extension_reason, a.lodged_on, a.acknowledge_by, a.decide_by,"
          + " a.hearing_on, a.decision_rationale, a.withdrawn_reason, a.created_at, a.version,"
          + " a.first_lodged_on, a.revised_evaluation_id, a.rebanding_id";

  private static final String AWAITING =
      "('LODGED','ACKNOWLEDGED','UNDER_REVIEW','HEARING_SCHEDULED')";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject org.bandwise.workforce.control.PostHolders postHolders;
  @Inject AuditTrail audit;
  @Inject BankHolidayCalendar calendar;
  @Inject EvaluationStore evaluations;
  @Inject SchemeStore schemes;
  @Inject AppealOutcomes outcomes;
  @Inject AppealNotifications notifications;

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public AppealDeadlines deadlines() {
    return new AppealDeadlines(AppealDeadlineSettings.defaults(), calendar.workingDays());
  }

  // ---------------------------------------------------------------- reads

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
      LocalDate today = today();
      LocalDate soonLimit =
          calendar
              .workingDays()
              .add(today, AppealDeadlineSettings.defaults().dueSoonWorkingDays() + 1);
      String overdue =
          "((a.status = 'LODGED' AND a.acknowledge_by < ?) OR (a.status IN "
              + AWAITING
              + " AND a.decide_by < ?))";
      String soon =
          "((a.status = 'LODGED' AND a.acknowledge_by < ?) OR (a.status IN "
              + AWAITING
              + " AND a.decide_by < ?))";
      switch (due) {
        case OVERDUE -> {
          where += " AND " + overdue;
          params.add(Date.valueOf(today));
          params.add(Date.valueOf(today));
        }
        case DUE_SOON -> {
          where += " AND NOT " + overdue + " AND " + soon;
          params.add(Date.valueOf(today));
          params.add(Date.valueOf(today));
          params.add(Date.valueOf(soonLimit));
          params.add(Date.valueOf(soonLimit));
        }
        case ON_TRACK -> {
          where += " AND a.status IN " + AWAITING + " AND NOT " + overdue + " AND NOT " + soon;
          params.add(Date.valueOf(today));
          params.add(Date.valueOf(today));
          params.add(Date.valueOf(soonLimit));
          params.add(Date.valueOf(soonLimit));
        }
      }
    }
    Query count = em.createNativeQuery("SELECT COUNT(*) FROM appeal a WHERE " + where);
    bind(count, params);
    long total = ((Number) count.getSingleResult()).longValue();
    Query query =
        em.createNativeQuery(
            "SELECT "
                + COLUMNS
                + " FROM appeal a JOIN job_description j ON j.id = a.jd_id WHERE "
                + where
                + " ORDER BY CASE WHEN a.status IN "
                + AWAITING
                + " THEN 0 ELSE 1 END,"
                + " CASE WHEN a.status = 'LODGED' THEN a.acknowledge_by ELSE a.decide_by END,"
                + " a.created_at DESC, a.id"
                + " LIMIT "
                + page.size()
                + " OFFSET "
                + page.offset());
    bind(query, params);
    List<AppealRow> rows = new ArrayList<>();
    for (Object r : query.getResultList()) {
      rows.add(row((Object[]) r));
    }
    Map<String, List<MemberRef>> members = members(rows.stream().map(AppealRow::id).toList());
    return new Page<>(
        rows.stream()
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
    String where = visibility(viewer, params);
    where +=
        " AND ((a.status = 'LODGED' AND a.acknowledge_by < ?) OR (a.status IN "
            + AWAITING
            + " AND a.decide_by < ?)"
            + " OR (a.status = 'DRAFT' AND a.kind = 'OUTCOME' AND a.notified_on IS NOT NULL))";
    params.add(Date.valueOf(limit));
    params.add(Date.valueOf(limit));
    Query query =
        em.createNativeQuery(
            "SELECT "
                + COLUMNS
                + " FROM appeal a JOIN job_description j ON j.id = a.jd_id WHERE "
                + where
                + " ORDER BY CASE WHEN a.status = 'LODGED' THEN a.acknowledge_by ELSE a.decide_by"
                + " END, a.id LIMIT 500");
    bind(query, params);
    List<AppealRow> rows = new ArrayList<>();
    for (Object r : query.getResultList()) {
      rows.add(row((Object[]) r));
    }
    return rows;
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

  private static void bind(Query query, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
  }

  /** The appeal, when the viewer may see it; 404 otherwise (its existence is not revealed). */
  public AppealDetail get(AppealViewer viewer, String id) {
    AppealRow row = find(id, false);
    List<MemberRef> members = members(List.of(id)).getOrDefault(id, List.of());
    boolean includesMe =
        viewer.staffId() != null
            && members.stream().anyMatch(m -> m.staffId().equals(viewer.staffId()));
    if (row == null || !viewer.sees(row.union(), includesMe)) {
      throw new RecordNotFound("There is no appeal at this address that you can see.");
    }
    return detail(row, members);
  }

  /** Whether the viewer may see the appeal (for the boundary's object-level check on writes). */
  public AppealRow visibleForChange(AppealViewer viewer, String id) {
    AppealRow row = find(id, true);
    if (row == null) {
      throw new RecordNotFound("There is no appeal at this address that you can see.");
    }
    boolean includesMe =
        viewer.staffId() != null
            && members(List.of(id)).getOrDefault(id, List.of()).stream()
                .anyMatch(m -> m.staffId().equals(viewer.staffId()));
    if (!viewer.sees(row.union(), includesMe)) {
      throw new RecordNotFound("There is no appeal at this address that you can see.");
    }
    return row;
  }

  private AppealDetail detail(AppealRow row, List<MemberRef> members) {
    List<GroundRow> grounds = new ArrayList<>();
    for (Object r :
        em.createNativeQuery(
                "SELECT factor_code, awarded_level, claimed_level, evidence, argument,"
                    + " decided_level, panel_decision FROM appeal_ground WHERE appeal_id = ?"
                    + " ORDER BY position")
            .setParameter(1, row.id())
            .getResultList()) {
      Object[] g = (Object[]) r;
      grounds.add(
          new GroundRow(
              g[0].toString(),
              ((Number) g[1]).intValue(),
              ((Number) g[2]).intValue(),
              str(g[3]),
              str(g[4]),
              g[5] == null ? null : ((Number) g[5]).intValue(),
              str(g[6])));
    }
    OutcomeWhatIf whatIf = null;
    OutcomeFacts outcome = null;
    List<String> names = new ArrayList<>();
    if (row.evaluationId() != null) {
      Evaluation evaluation = evaluations.get(row.evaluationId());
      ScoringTable table = table(evaluation);
      Map<String, Integer> awarded = awardedLevels(evaluation);
      var score = org.bandwise.scheme.control.Scoring.score(table, awarded);
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
    List<StepRow> steps = new ArrayList<>();
    for (Object r :
        em.createNativeQuery(
                "SELECT step, status, taken_at, taken_by, text, note FROM appeal_step"
                    + " WHERE appeal_id = ? ORDER BY taken_at, seq")
            .setParameter(1, row.id())
            .getResultList()) {
      Object[] s = (Object[]) r;
      steps.add(
          new StepRow(
              s[0].toString(),
              AppealStatus.valueOf(s[1].toString()),
              dateTime(s[2]),
              s[3].toString(),
              str(s[4]),
              str(s[5])));
    }
    RevisedOutcome revised = null;
    if (row.revisedEvaluationId() != null) {
      Evaluation made = evaluations.get(row.revisedEvaluationId());
      var score = org.bandwise.scheme.control.Scoring.score(table(made), awardedLevels(made));
      revised =
          new RevisedOutcome(
              made.id(),
              score.total(),
              score.band() == null ? null : score.band().bandName(),
              made.effectiveFrom());
    }
    return new AppealDetail(
        row, members, grounds, names, whatIf, outcome, steps, panel(row.id()), revised);
  }

  private List<PanelRow> panel(String appealId) {
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

  private Map<String, List<MemberRef>> members(List<String> appealIds) {
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

  AppealRow find(String id, boolean lock) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT "
                    + COLUMNS
                    + " FROM appeal a JOIN job_description j ON j.id = a.jd_id WHERE a.id = ?"
                    + (lock ? " FOR UPDATE" : ""))
            .setParameter(1, id)
            .getResultList();
    return rows.isEmpty() ? null : row((Object[]) rows.get(0));
  }

  private static AppealRow row(Object[] r) {
    return new AppealRow(
        r[0].toString(),
        AppealKind.valueOf(r[1].toString()),
        AppealScope.valueOf(r[2].toString()),
        str(r[3]),
        AppealStatus.valueOf(r[4].toString()),
        ((Number) r[5]).intValue(),
        r[6] == null ? null : AppealDecision.valueOf(r[6].toString()),
        str(r[7]),
        r[8].toString(),
        r[9].toString(),
        r[10].toString(),
        bool(r[11]),
        str(r[12]),
        str(r[13]),
        date(r[14]),
        date(r[15]),
        str(r[16]),
        date(r[17]),
        date(r[18]),
        date(r[19]),
        date(r[20]),
        str(r[21]),
        str(r[22]),
        dateTime(r[23]),
        ((Number) r[24]).longValue(),
        date(r[25]),
        str(r[26]),
        str(r[27]));
  }

  // ---------------------------------------------------------------- lodging

  /**
   * Lodges an appeal (or saves a draft).
   *
   * @param lodger who lodges it: a rep for members of their own union, or HR
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String lodge(AppealViewer lodger, LodgeRequest request) {
    var problems = new ArrayList<FieldProblem>();
    if (request.kind() == null) {
      throw new InvalidInput("kind", "Choose what the appeal is against.");
    }
    AppealParties parties =
        new AppealParties(request.scope(), request.memberNumbers(), request.allHolders());
    problems.addAll(parties.problems());
    if (request.extension() != null && !lodger.hr()) {
      problems.add(new FieldProblem("extension", "Only HR can extend the time limit for lodging."));
    }
    Evaluation evaluation = null;
    String jdId = request.jdId();
    if (request.kind() == AppealKind.OUTCOME) {
      if (request.evaluationId() == null) {
        problems.add(new FieldProblem("evaluationId", "Choose the outcome you are appealing."));
      } else {
        evaluation = publishedEvaluation(request.evaluationId());
        if (evaluation == null) {
          problems.add(
              new FieldProblem("evaluationId", "Choose an outcome that has been published."));
        } else {
          jdId = evaluation.jdId();
        }
      }
    } else {
      if (jdId == null || !jdExists(jdId)) {
        problems.add(
            new FieldProblem(
                "jobDescriptionId", "Choose the job description the appeal is about."));
      }
      if (request.summary() == null || request.summary().isBlank()) {
        problems.add(
            new FieldProblem(
                "summary",
                request.kind() == AppealKind.JD_CONTENT
                    ? "Say how the job description differs from the work done."
                    : "Say who was left off the list, and why they should be on it."));
      }
    }
    // members, by staff number
    List<MemberRef> members = new ArrayList<>();
    Set<String> unions = new HashSet<>();
    for (int i = 0; i < request.memberNumbers().size(); i++) {
      String number = request.memberNumbers().get(i);
      if (number == null || number.isBlank()) {
        continue;
      }
      List<?> found =
          em.createNativeQuery(
                  "SELECT id, staff_number, first_name, last_name, union_code FROM staff_member"
                      + " WHERE staff_number = ?")
              .setParameter(1, number)
              .getResultList();
      if (found.isEmpty()) {
        problems.add(
            new FieldProblem(
                "members[" + i + "]", "No staff member has the staff number " + number + "."));
        continue;
      }
      Object[] s = (Object[]) found.get(0);
      String union = str(s[4]);
      if (!lodger.hr() && (lodger.repUnion() == null || !lodger.repUnion().name().equals(union))) {
        problems.add(
            new FieldProblem(
                "members[" + i + "]",
                s[2]
                    + " "
                    + s[3]
                    + " is not a member of your union. A rep lodges appeals for their"
                    + " own union's members."));
        continue;
      }
      if (union != null) {
        unions.add(union);
      }
      members.add(new MemberRef(s[0].toString(), s[1].toString(), s[2] + " " + s[3]));
    }
    // grounds and the what-if (outcome appeals)
    ScoringTable table = null;
    Map<String, Integer> awarded = null;
    List<GroundInput> grounds = request.grounds() == null ? List.of() : request.grounds();
    if (evaluation != null) {
      table = table(evaluation);
      awarded = awardedLevels(evaluation);
      try {
        OutcomeWhatIf.of(
            table,
            awarded,
            grounds.stream().map(g -> new FactorClaim(g.factor(), g.claimedLevel())).toList());
      } catch (InvalidInput invalid) {
        problems.addAll(invalid.fieldProblems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    if (!lodger.hr() && lodger.repUnion() == null) {
      throw new NotPermitted("Only union reps and HR can lodge appeals.");
    }
    String union =
        lodger.repUnion() != null && !lodger.hr()
            ? lodger.repUnion().name()
            : request.union() != null
                ? request.union()
                : unions.size() == 1 ? unions.iterator().next() : null;
    if (request.allHolders()) {
      for (MemberRef holder : holders(jdId)) {
        if (members.stream().noneMatch(m -> m.staffId().equals(holder.staffId()))) {
          members.add(holder);
        }
      }
    }
    LocalDate today = today();
    LocalDate notifiedOn =
        evaluation == null || evaluation.publishedAt() == null
            ? null
            : evaluation.publishedAt().toLocalDate();
    AppealDeadlines deadlines = deadlines();
    if (request.extension() != null && notifiedOn != null) {
      deadlines.checkExtension(notifiedOn, request.extension());
    }
    AppealStatus status = AppealStatus.DRAFT;
    LocalDate lodgedOn = null;
    if (!request.draft()) {
      deadlines.checkLodgedInTime(request.kind(), notifiedOn, today, request.extension());
      status = AppealStatus.LODGED;
      lodgedOn = today;
    }
    String id = UUID.randomUUID().toString();
    LocalDateTime now = LocalDateTime.now(clock);
    em.createNativeQuery(
            "INSERT INTO appeal (id, kind, scope, union_code, status, stage, evaluation_id, jd_id,"
                + " all_holders, summary, evidence, notified_on, lodge_by, extension_reason,"
                + " lodged_on, first_lodged_on, acknowledge_by, decide_by, created_by, created_at,"
                + " updated_at, version) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, 0)")
        .setParameter(1, id)
        .setParameter(2, request.kind().name())
        .setParameter(3, request.scope().name())
        .setParameter(4, union)
        .setParameter(5, status.name())
        .setParameter(6, evaluation == null ? null : evaluation.id())
        .setParameter(7, jdId)
        .setParameter(8, request.allHolders())
        .setParameter(9, blankToNull(request.summary()))
        .setParameter(10, blankToNull(request.evidence()))
        .setParameter(11, sqlDate(notifiedOn))
        .setParameter(
            12, request.extension() == null ? null : sqlDate(request.extension().lodgeBy()))
        .setParameter(13, request.extension() == null ? null : request.extension().reason().strip())
        .setParameter(14, sqlDate(lodgedOn))
        .setParameter(15, sqlDate(lodgedOn))
        .setParameter(16, lodgedOn == null ? null : sqlDate(deadlines.acknowledgeBy(lodgedOn)))
        .setParameter(17, lodgedOn == null ? null : sqlDate(deadlines.decideBy(lodgedOn)))
        .setParameter(18, lodger.userId())
        .setParameter(19, now)
        .setParameter(20, now)
        .executeUpdate();
    for (MemberRef member : members) {
      em.createNativeQuery("INSERT INTO appeal_member (appeal_id, staff_id) VALUES (?, ?)")
          .setParameter(1, id)
          .setParameter(2, member.staffId())
          .executeUpdate();
    }
    for (int i = 0; i < grounds.size(); i++) {
      GroundInput g = grounds.get(i);
      String code = table.factor(g.factor()).orElseThrow().code();
      em.createNativeQuery(
              "INSERT INTO appeal_ground (appeal_id, factor_code, position, awarded_level,"
                  + " claimed_level, evidence, argument) VALUES (?, ?, ?, ?, ?, ?, ?)")
          .setParameter(1, id)
          .setParameter(2, code)
          .setParameter(3, i)
          .setParameter(4, awarded.get(code))
          .setParameter(5, g.claimedLevel())
          .setParameter(6, blankToNull(g.evidence()))
          .setParameter(7, blankToNull(g.argument()))
          .executeUpdate();
    }
    if (request.extension() != null) {
      step(
          id,
          "EXTENSION",
          status,
          lodger,
          "HR extended the time limit for lodging to "
              + DateText.of(request.extension().lodgeBy())
              + ".",
          request.extension().reason());
    }
    step(
        id,
        request.draft() ? "CREATE" : AppealStep.LODGE.name(),
        status,
        lodger,
        request.draft() ? "Saved as a draft." : "Lodged.",
        null);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("kind", request.kind().name());
    after.put("scope", request.scope().name());
    after.put("status", status.name());
    after.put("union", union == null ? "" : union);
    after.put("members", members.stream().map(MemberRef::staffNumber).toList());
    after.put("grounds", grounds.stream().map(g -> g.factor() + "=" + g.claimedLevel()).toList());
    audit.record(
        "APPEAL",
        id,
        jdId,
        "CREATE",
        (request.draft() ? "Saved a draft appeal" : "Lodged an appeal") + " about " + jdTitle(jdId),
        null,
        after);
    if (!request.draft()) {
      notifications.statusChanged(find(id, false), AppealStatus.LODGED, lodger.userId());
    }
    return id;
  }

  // ---------------------------------------------------------------- steps

  /**
   * Takes one step. The caller's right to take it is checked by the boundary with {@link
   * AppealPermissions}; the status machine refuses a step the status does not allow with a {@link
   * RuleConflict} naming {@code step}.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void takeStep(
      AppealViewer actor, AppealRow row, ExpectedVersion expected, StepRequest request) {
    if (request.step() == null) {
      throw new InvalidInput("step", "Choose the step to take.");
    }
    expected.check(row.version());
    if (!AppealPermissions.may(actor, row.union(), request.step())) {
      throw new NotPermitted(
          "Your role does not allow you to " + request.step().verb() + " this appeal.");
    }
    AppealState next;
    try {
      next =
          switch (request.step()) {
            case DECIDE -> AppealLifecycle.decide(row.state(), request.decision());
            case WITHDRAW -> AppealLifecycle.withdraw(row.state(), request.reason());
            default -> AppealLifecycle.apply(row.state(), request.step());
          };
    } catch (RuleConflict refused) {
      throw new RuleConflict("step", refused.getMessage());
    }
    LocalDate today = today();
    AppealDeadlines deadlines = deadlines();
    LocalDate lodgedOn = row.lodgedOn();
    LocalDate firstLodged = null;
    LocalDate hearingOn = row.hearingOn();
    String rationale = row.decisionRationale();
    String withdrawn = row.withdrawnReason();
    String text;
    switch (request.step()) {
      case LODGE -> {
        deadlines.checkLodgedInTime(row.kind(), row.notifiedOn(), today, row.extension());
        lodgedOn = today;
        firstLodged = today;
        text = "Lodged.";
      }
      case SECOND_STAGE -> {
        lodgedOn = today;
        hearingOn = null;
        text = "Taken to a second stage.";
      }
      case ACKNOWLEDGE -> text = "Acknowledged.";
      case START_REVIEW -> text = "Review started.";
      case SCHEDULE_HEARING -> {
        if (request.hearingOn() == null) {
          throw new InvalidInput("hearingOn", "Enter the date of the hearing.");
        }
        if (request.hearingOn().isBefore(today)) {
          throw new InvalidInput("hearingOn", "The hearing date must be today or later.");
        }
        if (panel(row.id()).isEmpty()) {
          throw new RuleConflict(
              "reviewPanel", "Seat the review panel before scheduling the hearing.");
        }
        hearingOn = request.hearingOn();
        text = "Hearing scheduled for " + DateText.of(hearingOn) + ".";
      }
      case DECIDE -> {
        if (request.rationale() == null || request.rationale().isBlank()) {
          throw new InvalidInput("rationale", "Enter the review panel's reasons for its decision.");
        }
        recordFactorDecisions(row, request);
        rationale = request.rationale().strip();
        text = "Decided: " + request.decision().text() + ".";
      }
      case CLOSE -> text = "Closed.";
      case WITHDRAW -> {
        withdrawn = request.reason().strip();
        text = "Withdrawn.";
      }
      default -> throw new IllegalStateException();
    }
    int updated =
        em.createNativeQuery(
                "UPDATE appeal SET status = ?, stage = ?, decision = ?, lodged_on = ?,"
                    + " first_lodged_on = COALESCE(first_lodged_on, ?), acknowledge_by = ?,"
                    + " decide_by = ?, hearing_on = ?, decision_rationale = ?, withdrawn_reason = ?,"
                    + " updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
            .setParameter(1, next.status().name())
            .setParameter(2, next.stage())
            .setParameter(3, next.decision() == null ? null : next.decision().name())
            .setParameter(4, sqlDate(lodgedOn))
            .setParameter(5, sqlDate(firstLodged))
            .setParameter(6, lodgedOn == null ? null : sqlDate(deadlines.acknowledgeBy(lodgedOn)))
            .setParameter(7, lodgedOn == null ? null : sqlDate(deadlines.decideBy(lodgedOn)))
            .setParameter(8, sqlDate(hearingOn))
            .setParameter(9, request.step() == AppealStep.SECOND_STAGE ? null : rationale)
            .setParameter(10, withdrawn)
            .setParameter(11, LocalDateTime.now(clock))
            .setParameter(12, row.id())
            .setParameter(13, row.version())
            .executeUpdate();
    if (updated == 0) {
      throw new StaleRecord();
    }
    String note = request.step() == AppealStep.WITHDRAW ? request.reason() : request.note();
    if (request.step() == AppealStep.DECIDE) {
      note = request.rationale();
    }
    step(row.id(), request.step().name(), next.status(), actor, text, blankToNull(note));
    if (request.step() == AppealStep.DECIDE
        && UpheldOutcome.makesNewOutcome(row.kind(), request.decision())) {
      publishRevisedOutcome(row, actor, request.rationale().strip(), next.status());
    }
    notifications.statusChanged(row, next.status(), actor.userId());
    audit.record(
        "APPEAL",
        row.id(),
        row.jdId(),
        request.step().name(),
        "Appeal about " + row.jdTitle() + ": " + text.toLowerCase(java.util.Locale.UK),
        Map.of("status", row.status().name()),
        Map.of(
            "status",
            next.status().name(),
            "stage",
            next.stage(),
            "decision",
            next.decision() == null ? "" : next.decision().name()));
  }

  /**
   * Publishes the new outcome of an upheld outcome appeal and drafts its re-banding ({@link
   * AppealOutcomes}), links both to the appeal and records it on the timeline.
   */
  private void publishRevisedOutcome(
      AppealRow row, AppealViewer actor, String rationale, AppealStatus status) {
    List<GroundRow> grounds = new ArrayList<>();
    for (Object r :
        em.createNativeQuery(
                "SELECT factor_code, awarded_level, claimed_level, decided_level, panel_decision"
                    + " FROM appeal_ground WHERE appeal_id = ? ORDER BY position")
            .setParameter(1, row.id())
            .getResultList()) {
      Object[] g = (Object[]) r;
      grounds.add(
          new GroundRow(
              g[0].toString(),
              ((Number) g[1]).intValue(),
              ((Number) g[2]).intValue(),
              null,
              null,
              g[3] == null ? null : ((Number) g[3]).intValue(),
              str(g[4])));
    }
    LocalDate effectiveFrom = UpheldOutcome.effectiveFrom(row.firstLodgedOn(), row.lodgedOn());
    AppealOutcomes.Made made =
        outcomes.publish(row, grounds, panel(row.id()), effectiveFrom, actor, rationale);
    if (made == null) {
      step(
          row.id(),
          "OUTCOME",
          status,
          actor,
          "The decision changes no level, so the outcome stands.",
          null);
      return;
    }
    em.createNativeQuery(
            "UPDATE appeal SET revised_evaluation_id = ?, rebanding_id = ? WHERE id = ?")
        .setParameter(1, made.evaluationId())
        .setParameter(2, made.rebandingId())
        .setParameter(3, row.id())
        .executeUpdate();
    Evaluation published = evaluations.get(made.evaluationId());
    var score =
        org.bandwise.scheme.control.Scoring.score(table(published), awardedLevels(published));
    step(
        row.id(),
        "OUTCOME",
        status,
        actor,
        "New outcome published: "
            + score.total()
            + " points"
            + (score.band() == null ? "" : ", " + score.band().bandName())
            + ", effective from "
            + DateText.of(effectiveFrom)
            + ". A re-banding has been drafted from it.",
        null);
    audit.record(
        "APPEAL",
        row.id(),
        row.jdId(),
        "OUTCOME",
        "New outcome of " + row.jdTitle() + " published on appeal",
        null,
        Map.of(
            "evaluationId",
            made.evaluationId(),
            "rebandingId",
            made.rebandingId(),
            "effectiveFrom",
            effectiveFrom.toString()));
  }

  private void recordFactorDecisions(AppealRow row, StepRequest request) {
    List<Object[]> grounds =
        em
            .createNativeQuery(
                "SELECT factor_code, claimed_level, awarded_level FROM appeal_ground"
                    + " WHERE appeal_id = ? ORDER BY position")
            .setParameter(1, row.id())
            .getResultList()
            .stream()
            .map(o -> (Object[]) o)
            .toList();
    List<FactorDecision> given =
        request.factorDecisions() == null ? List.of() : request.factorDecisions();
    var problems = new ArrayList<FieldProblem>();
    for (int i = 0; i < grounds.size(); i++) {
      String factor = grounds.get(i)[0].toString();
      FactorDecision decision =
          given.stream().filter(d -> factor.equals(d.factor())).findFirst().orElse(null);
      if (decision == null || decision.rationale() == null || decision.rationale().isBlank()) {
        problems.add(
            new FieldProblem(
                "factorDecisions[" + i + "].rationale",
                "Enter the panel's decision and reasons on every disputed factor."));
        continue;
      }
      Integer level = decision.decidedLevel();
      if (level == null) {
        level =
            request.decision() == AppealDecision.UPHELD
                ? ((Number) grounds.get(i)[1]).intValue()
                : request.decision() == AppealDecision.NOT_UPHELD
                    ? ((Number) grounds.get(i)[2]).intValue()
                    : null;
      }
      em.createNativeQuery(
              "UPDATE appeal_ground SET decided_level = ?, panel_decision = ?"
                  + " WHERE appeal_id = ? AND factor_code = ?")
          .setParameter(1, level)
          .setParameter(2, decision.rationale().strip())
          .setParameter(3, row.id())
          .setParameter(4, factor)
          .executeUpdate();
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  /** A note on the appeal's timeline, by the reps of its union or HR. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void addNote(AppealViewer actor, AppealRow row, String text) {
    if (!actor.hr() && !actor.repOf(row.union())) {
      throw new NotPermitted("Only the reps of the appeal's union and HR can add notes to it.");
    }
    if (text == null || text.isBlank()) {
      throw new InvalidInput("text", "Enter the note.");
    }
    int updated =
        em.createNativeQuery(
                "UPDATE appeal SET updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
            .setParameter(1, LocalDateTime.now(clock))
            .setParameter(2, row.id())
            .setParameter(3, row.version())
            .executeUpdate();
    if (updated == 0) {
      throw new StaleRecord();
    }
    step(row.id(), "NOTE", row.status(), actor, "Note added.", text.strip());
    audit.record(
        "APPEAL",
        row.id(),
        row.jdId(),
        "NOTE",
        "Note added to the appeal about " + row.jdTitle(),
        null,
        Map.of("note", text.strip()));
  }

  // ---------------------------------------------------------------- review panel

  /**
   * Seats (or reseats) the review panel before a decision.
   *
   * @throws InvalidInput listing every problem with the panel ({@link ReviewPanelRules})
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void seatPanel(
      AppealViewer actor,
      AppealRow row,
      ExpectedVersion expected,
      List<String> userIds,
      List<PanelSide> sides,
      List<Boolean> chairs) {
    expected.check(row.version());
    if (!actor.hr()) {
      throw new NotPermitted("Only HR can seat a review panel.");
    }
    if (!row.status().awaitingDecision()) {
      throw new RuleConflict(
          "reviewPanel",
          "A review panel can only be seated for a lodged appeal before its decision. This appeal "
              + row.status().phrase()
              + ".");
    }
    var members = new ArrayList<ReviewPanelMember>();
    var problems = new ArrayList<FieldProblem>();
    for (int i = 0; i < userIds.size(); i++) {
      List<?> found =
          em.createNativeQuery("SELECT display_name FROM app_user WHERE id = ?")
              .setParameter(1, userIds.get(i))
              .getResultList();
      if (found.isEmpty()) {
        problems.add(
            new FieldProblem("members[" + i + "].userId", "Choose a person with a sign-in."));
        continue;
      }
      members.add(
          new ReviewPanelMember(
              userIds.get(i),
              found.get(0).toString(),
              sides.get(i),
              Boolean.TRUE.equals(chairs.get(i))));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Set<String> original = new HashSet<>();
    if (row.evaluationId() != null) {
      for (Object u :
          em.createNativeQuery("SELECT user_id FROM panel_member WHERE evaluation_id = ?")
              .setParameter(1, row.evaluationId())
              .getResultList()) {
        original.add(u.toString());
      }
    }
    ReviewPanelRules.check(members, original, roleHolderUserIds(row.jdId()));
    em.createNativeQuery("DELETE FROM appeal_panel_member WHERE appeal_id = ?")
        .setParameter(1, row.id())
        .executeUpdate();
    for (ReviewPanelMember m : members) {
      em.createNativeQuery(
              "INSERT INTO appeal_panel_member (appeal_id, user_id, display_name, side, chair)"
                  + " VALUES (?, ?, ?, ?, ?)")
          .setParameter(1, row.id())
          .setParameter(2, m.userId())
          .setParameter(3, m.name())
          .setParameter(4, m.side().name())
          .setParameter(5, m.chair())
          .executeUpdate();
    }
    int updated =
        em.createNativeQuery(
                "UPDATE appeal SET updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
            .setParameter(1, LocalDateTime.now(clock))
            .setParameter(2, row.id())
            .setParameter(3, row.version())
            .executeUpdate();
    if (updated == 0) {
      throw new StaleRecord();
    }
    String names = String.join(", ", members.stream().map(ReviewPanelMember::name).toList());
    step(row.id(), "PANEL", row.status(), actor, "Review panel seated: " + names + ".", null);
    audit.record(
        "APPEAL",
        row.id(),
        row.jdId(),
        "PANEL",
        "Seated the review panel of the appeal about " + row.jdTitle(),
        null,
        Map.of("panel", members.stream().map(m -> m.userId() + ":" + m.side()).toList()));
  }

  /** Due dates are worked out again for open appeals when HR admins change the calendar. */
  void onCalendarChanged(@Observes BankHolidayCalendar.CalendarChanged changed) {
    AppealDeadlines deadlines = deadlines();
    for (Object r :
        em.createNativeQuery(
                "SELECT id, lodged_on FROM appeal WHERE status IN " + AWAITING + " FOR UPDATE")
            .getResultList()) {
      Object[] a = (Object[]) r;
      LocalDate lodgedOn = date(a[1]);
      em.createNativeQuery("UPDATE appeal SET acknowledge_by = ?, decide_by = ? WHERE id = ?")
          .setParameter(1, sqlDate(deadlines.acknowledgeBy(lodgedOn)))
          .setParameter(2, sqlDate(deadlines.decideBy(lodgedOn)))
          .setParameter(3, a[0].toString())
          .executeUpdate();
    }
  }

  // ---------------------------------------------------------------- helpers

  private void step(
      String appealId,
      String step,
      AppealStatus status,
      AppealViewer actor,
      String text,
      String note) {
    em.createNativeQuery(
            "INSERT INTO appeal_step (id, appeal_id, step, status, taken_at, taken_by, text, note)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, UUID.randomUUID().toString())
        .setParameter(2, appealId)
        .setParameter(3, step)
        .setParameter(4, status.name())
        .setParameter(5, LocalDateTime.now(clock))
        .setParameter(6, actor.displayName())
        .setParameter(7, text)
        .setParameter(8, note)
        .executeUpdate();
  }

  private Evaluation publishedEvaluation(String id) {
    try {
      Evaluation evaluation = evaluations.get(id);
      return evaluation.status() == EvaluationStatus.PUBLISHED ? evaluation : null;
    } catch (RecordNotFound notThere) {
      return null;
    }
  }

  private ScoringTable table(Evaluation evaluation) {
    return schemes.get(UUID.fromString(evaluation.schemeId())).scoringTable();
  }

  private static Map<String, Integer> awardedLevels(Evaluation evaluation) {
    Map<String, Integer> levels = new HashMap<>();
    for (AgreedLevel level : evaluation.agreedLevels()) {
      levels.put(level.factorCode(), level.level());
    }
    return levels;
  }

  private boolean jdExists(String jdId) {
    return !em.createNativeQuery("SELECT id FROM job_description WHERE id = ?")
        .setParameter(1, jdId)
        .getResultList()
        .isEmpty();
  }

  private String jdTitle(String jdId) {
    List<?> found =
        em.createNativeQuery("SELECT title FROM job_description WHERE id = ?")
            .setParameter(1, jdId)
            .getResultList();
    return found.isEmpty() ? "a job description" : found.get(0).toString();
  }

  /** The staff who hold the role today: an assignment in force on a post with this JD. */
  List<MemberRef> holders(String jdId) {
    return postHolders.of(jdId).stream()
        .map(h -> new MemberRef(h.staffId(), h.staffNumber(), h.name()))
        .toList();
  }

  private Set<String> roleHolderUserIds(String jdId) {
    return postHolders.userIds(jdId);
  }

  static String str(Object value) {
    return value == null ? null : value.toString();
  }

  static boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value instanceof Number n && n.intValue() != 0;
  }

  static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Date d) {
      return d.toLocalDate();
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }

  static LocalDateTime dateTime(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime();
    }
    if (value instanceof LocalDateTime t) {
      return t;
    }
    return LocalDateTime.parse(value.toString().replace(' ', 'T'));
  }

  private static Date sqlDate(LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
