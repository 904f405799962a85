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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bandwise.appeal.control.AppealRecords.AppealRow;
import org.bandwise.appeal.control.AppealRecords.FactorDecision;
import org.bandwise.appeal.control.AppealRecords.GroundRow;
import org.bandwise.appeal.control.AppealRecords.StepRequest;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.calendar.control.DateText;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.NotPermitted;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.domain.StaleRecord;
import org.bandwise.platform.error.FieldProblem;
import org.bandwise.scheme.control.ScoreOutcome;

/**
 * The steps of an appeal after lodging (acknowledge, review, hearing, decision, second stage,
 * close, withdraw) and notes on its timeline. The status machine is {@link AppealLifecycle}; an
 * upheld outcome appeal publishes its new outcome through {@link AppealOutcomes}. Every step is
 * audited in its transaction and recorded on the appeal's timeline.
 */
@ApplicationScoped
public class AppealSteps {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditTrail audit;
  @Inject AppealRows rows;
  @Inject AppealDueDates dueDates;
  @Inject AppealTimeline timeline;
  @Inject OutcomeScores scores;
  @Inject AppealOutcomes outcomes;
  @Inject AppealNotifications notifications;

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
    LocalDate today = dueDates.today();
    AppealDeadlines deadlines = dueDates.deadlines();
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
        if (rows.panel(row.id()).isEmpty()) {
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
    timeline.record(row.id(), request.step().name(), next.status(), actor, text, blankToNull(note));
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
        "Appeal about " + row.jdTitle() + ": " + text.toLowerCase(Locale.UK),
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
    List<GroundRow> grounds = rows.grounds(row.id());
    LocalDate effectiveFrom = UpheldOutcome.effectiveFrom(row.firstLodgedOn(), row.lodgedOn());
    AppealOutcomes.Made made =
        outcomes.publish(row, grounds, rows.panel(row.id()), effectiveFrom, actor, rationale);
    if (made == null) {
      timeline.record(
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
    ScoreOutcome score = scores.score(scores.evaluation(made.evaluationId()));
    timeline.record(
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
    List<GroundRow> grounds = rows.grounds(row.id());
    List<FactorDecision> given =
        request.factorDecisions() == null ? List.of() : request.factorDecisions();
    var problems = new ArrayList<FieldProblem>();
    for (int i = 0; i < grounds.size(); i++) {
      String factor = grounds.get(i).factor();
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
                ? grounds.get(i).claimedLevel()
                : request.decision() == AppealDecision.NOT_UPHELD
                    ? grounds.get(i).awardedLevel()
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
    timeline.touch(row);
    timeline.record(row.id(), "NOTE", row.status(), actor, "Note added.", text.strip());
    audit.record(
        "APPEAL",
        row.id(),
        row.jdId(),
        "NOTE",
        "Note added to the appeal about " + row.jdTitle(),
        null,
        Map.of("note", text.strip()));
  }

  private static Date sqlDate(LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
