package org.bandwise.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.bandwise.appeal.control.AppealEvidenceStore;
import org.bandwise.appeal.control.AppealKind;
import org.bandwise.appeal.control.AppealLodging;
import org.bandwise.appeal.control.AppealRecords.AppealRow;
import org.bandwise.appeal.control.AppealRecords.GroundInput;
import org.bandwise.appeal.control.AppealRecords.LodgeRequest;
import org.bandwise.appeal.control.AppealRecords.StepRequest;
import org.bandwise.appeal.control.AppealScope;
import org.bandwise.appeal.control.AppealStep;
import org.bandwise.appeal.control.AppealSteps;
import org.bandwise.appeal.control.AppealViewer;
import org.bandwise.appeal.control.MemberConsent;
import org.bandwise.appeal.control.VisibleAppeals;
import org.bandwise.identity.entity.TradeUnion;
import org.bandwise.platform.ReplayClock;
import org.bandwise.platform.domain.ExpectedVersion;

/**
 * The demo's appeals, made through the appeal code itself at the story's dates: Napo's appeal
 * against the Intervention Facilitator outcome (working conditions claimed at level 2, with
 * evidence: a bundled PDF attached through the evidence upload's own code and a rep's note), lodged
 * in time and acknowledged; a second Napo appeal against the JD's content; a UNISON appeal that
 * {@code rep} cannot see, overdue for acknowledgement; Jordan Lee consents to Napo seeing their
 * record, Casey Wright does not.
 *
 * <p>The members are the demo workforce's (staff.csv); while the staff import has not loaded it,
 * their records are made here with the same staff numbers, so the import finds them.
 */
@ApplicationScoped
public class DemoAppeals {

  @PersistenceContext EntityManager em;
  @Inject AppealLodging lodging;
  @Inject AppealSteps steps;
  @Inject VisibleAppeals appeals;
  @Inject MemberConsent consent;
  @Inject AppealEvidenceStore evidence;

  /** The facilitator appeal's evidence, a small PDF bundled with the demo. */
  static final String EVIDENCE_FILE = "session-logs-august-september-2026.pdf";

  @Transactional(Transactional.TxType.MANDATORY)
  public void make() {
    String evaluation =
        one(
            "SELECT e.id FROM evaluation e JOIN job_description j ON j.id = e.jd_id"
                + " WHERE j.reference = 'INT-IF-001' AND e.status = 'PUBLISHED'");
    String jd = one("SELECT id FROM job_description WHERE reference = 'INT-IF-001'");
    if (evaluation == null || jd == null) {
      return;
    }
    String jordan = member("S002998", "Jordan", "Lee", "NAPO", "staff");
    String casey = member("S003000", "Casey", "Wright", "NAPO", "staff3");
    member("S000001", "Jack", "Phillips", "UNISON", null);
    AppealViewer rep = viewer("rep", TradeUnion.NAPO, false);
    AppealViewer rep2 = viewer("rep2", TradeUnion.UNISON, false);
    AppealViewer hr = viewer("evaluator", null, true);
    try {
      ReplayClock.replayAt(LocalDateTime.of(2026, 9, 21, 9, 30));
      consent.set(staffId(jordan), true);
      consent.set(staffId(casey), false);

      ReplayClock.replayAt(LocalDateTime.of(2026, 10, 5, 11, 0));
      String facilitator =
          lodging.lodge(
              rep,
              outcome(
                  evaluation,
                  jordan,
                  "Sessions are run in unadapted community rooms, with groups that are often"
                      + " hostile; facilitators are exposed to verbal aggression weekly (session"
                      + " logs for August and September 2026 attached).",
                  "Working conditions should be level 2: unpleasant conditions are a regular part"
                      + " of the work, not occasional."));
      ReplayClock.replayAt(LocalDateTime.of(2026, 10, 5, 11, 20));
      evidence.add(
          rep,
          appeals.visibleForChange(rep, facilitator),
          EVIDENCE_FILE,
          "Session logs for August and September 2026",
          resource("demo/" + EVIDENCE_FILE));
      ReplayClock.replayAt(LocalDateTime.of(2026, 10, 6, 9, 45));
      steps.addNote(
          rep,
          appeals.visibleForChange(rep, facilitator),
          "Jordan Lee can give further examples at a hearing; two other facilitators in the unit"
              + " keep similar logs.");
      ReplayClock.replayAt(LocalDateTime.of(2026, 10, 12, 15, 0));
      step(hr, facilitator, AppealStep.ACKNOWLEDGE, "Received and logged by HR.");

      ReplayClock.replayAt(LocalDateTime.of(2026, 10, 20, 10, 0));
      lodging.lodge(
          rep2,
          outcome(
              evaluation,
              "S000001",
              "Group sessions in prison visits halls with no natural light.",
              "The conditions are unpleasant for most of each session."));

      ReplayClock.replayAt(LocalDateTime.of(2026, 11, 16, 14, 0));
      lodging.lodge(
          rep,
          new LodgeRequest(
              AppealKind.JD_CONTENT,
              AppealScope.INDIVIDUAL,
              null,
              jd,
              List.of(jordan),
              false,
              null,
              List.of(),
              "The Intervention Facilitator JD leaves out the one-to-one preparation and"
                  + " follow-up work with people on probation that facilitators do every week.",
              "Diary extracts for six weeks showing about 8 hours a week of one-to-one work.",
              null,
              false));
    } finally {
      ReplayClock.endReplay();
    }
  }

  private static LodgeRequest outcome(
      String evaluation, String member, String evidence, String argument) {
    return new LodgeRequest(
        AppealKind.OUTCOME,
        AppealScope.INDIVIDUAL,
        evaluation,
        null,
        List.of(member),
        false,
        null,
        List.of(new GroundInput("WORKING_CONDITIONS", 2, evidence, argument)),
        null,
        null,
        null,
        false);
  }

  private void step(AppealViewer actor, String appealId, AppealStep step, String note) {
    AppealRow row = appeals.visibleForChange(actor, appealId);
    steps.takeStep(
        actor,
        row,
        ExpectedVersion.of(row.version()),
        new StepRequest(step, note, null, null, null, null, List.of()));
  }

  private AppealViewer viewer(String username, TradeUnion union, boolean hr) {
    Object[] user =
        (Object[])
            em.createNativeQuery("SELECT id, display_name FROM app_user WHERE username = ?")
                .setParameter(1, username)
                .getSingleResult();
    return new AppealViewer(user[0].toString(), user[1].toString(), hr, hr, union, null);
  }

  /** The member's staff number, making a minimal record when the workforce is not loaded. */
  private String member(String number, String first, String last, String union, String username) {
    if (one("SELECT id FROM staff_member WHERE staff_number = ?", number) == null) {
      String user =
          username == null ? null : one("SELECT id FROM app_user WHERE username = ?", username);
      if (user != null && one("SELECT id FROM staff_member WHERE user_id = ?", user) != null) {
        user = null;
      }
      em.createNativeQuery(
              "INSERT INTO staff_member (id, staff_number, first_name, last_name, union_code,"
                  + " user_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
          .setParameter(1, UUID.randomUUID().toString())
          .setParameter(2, number)
          .setParameter(3, first)
          .setParameter(4, last)
          .setParameter(5, union)
          .setParameter(6, user)
          .setParameter(7, LocalDateTime.now())
          .setParameter(8, LocalDateTime.now())
          .executeUpdate();
    }
    return number;
  }

  private static byte[] resource(String name) {
    try (InputStream in = DemoAppeals.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The demo file " + name + " is missing.");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String staffId(String number) {
    return one("SELECT id FROM staff_member WHERE staff_number = ?", number);
  }

  private String one(String sql, Object... params) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    List<?> rows = query.getResultList();
    return rows.isEmpty() || rows.get(0) == null ? null : rows.get(0).toString();
  }
}
