package org.bandwise.appeal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bandwise.appeal.control.AppealRecords.GroundInput;
import org.bandwise.appeal.control.AppealRecords.LodgeRequest;
import org.bandwise.appeal.control.AppealRecords.MemberRef;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.calendar.control.DateText;
import org.bandwise.evaluation.entity.Evaluation;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.NotPermitted;
import org.bandwise.platform.error.FieldProblem;
import org.bandwise.platform.persistence.SqlValues;
import org.bandwise.scheme.control.ScoringTable;
import org.bandwise.workforce.control.PostHolders;

/**
 * Lodging an appeal, or saving it as a draft: who it is for (members by staff number, or every
 * holder of the role), what it disputes, and whether it is in time ({@link AppealDeadlines}).
 */
@ApplicationScoped
public class AppealLodging {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject PostHolders postHolders;
  @Inject AuditTrail audit;
  @Inject AppealRows rows;
  @Inject AppealDueDates dueDates;
  @Inject AppealTimeline timeline;
  @Inject OutcomeScores scores;
  @Inject AppealNotifications notifications;

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
        evaluation = scores.published(request.evaluationId());
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
    Set<String> unions = new HashSet<>();
    List<MemberRef> members = membersByNumber(lodger, request.memberNumbers(), unions, problems);
    // grounds and the what-if (outcome appeals)
    ScoringTable table = null;
    Map<String, Integer> awarded = null;
    List<GroundInput> grounds = request.grounds() == null ? List.of() : request.grounds();
    if (evaluation != null) {
      table = scores.table(evaluation);
      awarded = OutcomeScores.awardedLevels(evaluation);
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
    LocalDate today = dueDates.today();
    LocalDate notifiedOn =
        evaluation == null || evaluation.publishedAt() == null
            ? null
            : evaluation.publishedAt().toLocalDate();
    AppealDeadlines deadlines = dueDates.deadlines();
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
    insertMembers(id, members);
    insertGrounds(id, grounds, table, awarded);
    if (request.extension() != null) {
      timeline.record(
          id,
          "EXTENSION",
          status,
          lodger,
          "HR extended the time limit for lodging to "
              + DateText.of(request.extension().lodgeBy())
              + ".",
          request.extension().reason());
    }
    timeline.record(
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
      notifications.statusChanged(rows.find(id, false), AppealStatus.LODGED, lodger.userId());
    }
    return id;
  }

  /**
   * The members named by staff number; a rep may name only their own union's members. Adds the
   * unions met to {@code unions} and a problem for each number it refuses.
   */
  private List<MemberRef> membersByNumber(
      AppealViewer lodger, List<String> numbers, Set<String> unions, List<FieldProblem> problems) {
    List<MemberRef> members = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i++) {
      String number = numbers.get(i);
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
      String union = SqlValues.text(s[4]);
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
    return members;
  }

  private void insertMembers(String appealId, List<MemberRef> members) {
    for (MemberRef member : members) {
      em.createNativeQuery("INSERT INTO appeal_member (appeal_id, staff_id) VALUES (?, ?)")
          .setParameter(1, appealId)
          .setParameter(2, member.staffId())
          .executeUpdate();
    }
  }

  private void insertGrounds(
      String appealId,
      List<GroundInput> grounds,
      ScoringTable table,
      Map<String, Integer> awarded) {
    for (int i = 0; i < grounds.size(); i++) {
      GroundInput g = grounds.get(i);
      String code = table.factor(g.factor()).orElseThrow().code();
      em.createNativeQuery(
              "INSERT INTO appeal_ground (appeal_id, factor_code, position, awarded_level,"
                  + " claimed_level, evidence, argument) VALUES (?, ?, ?, ?, ?, ?, ?)")
          .setParameter(1, appealId)
          .setParameter(2, code)
          .setParameter(3, i)
          .setParameter(4, awarded.get(code))
          .setParameter(5, g.claimedLevel())
          .setParameter(6, blankToNull(g.evidence()))
          .setParameter(7, blankToNull(g.argument()))
          .executeUpdate();
    }
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
  private List<MemberRef> holders(String jdId) {
    return postHolders.of(jdId).stream()
        .map(h -> new MemberRef(h.staffId(), h.staffNumber(), h.name()))
        .toList();
  }

  private static Date sqlDate(LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
