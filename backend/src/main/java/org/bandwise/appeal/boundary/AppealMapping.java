package org.bandwise.appeal.boundary;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.bandwise.api.model.Appeal;
import org.bandwise.api.model.AppealDeadline;
import org.bandwise.api.model.AppealEvidence;
import org.bandwise.api.model.AppealEvidenceType;
import org.bandwise.api.model.AppealGround;
import org.bandwise.api.model.AppealInput;
import org.bandwise.api.model.AppealMember;
import org.bandwise.api.model.AppealOutcomeRef;
import org.bandwise.api.model.AppealPanelMember;
import org.bandwise.api.model.AppealRevisedOutcome;
import org.bandwise.api.model.AppealStepInput;
import org.bandwise.api.model.AppealStepName;
import org.bandwise.api.model.AppealSummary;
import org.bandwise.api.model.AppealTimelineEntry;
import org.bandwise.api.model.AppealWhatIf;
import org.bandwise.api.model.AppealWhatIfChange;
import org.bandwise.api.model.Union;
import org.bandwise.appeal.control.AppealDeadlines;
import org.bandwise.appeal.control.AppealEvidenceStore;
import org.bandwise.appeal.control.AppealKind;
import org.bandwise.appeal.control.AppealPermissions;
import org.bandwise.appeal.control.AppealRecords.AppealDetail;
import org.bandwise.appeal.control.AppealRecords.AppealRow;
import org.bandwise.appeal.control.AppealRecords.FactorDecision;
import org.bandwise.appeal.control.AppealRecords.GroundInput;
import org.bandwise.appeal.control.AppealRecords.GroundRow;
import org.bandwise.appeal.control.AppealRecords.LodgeRequest;
import org.bandwise.appeal.control.AppealRecords.MemberRef;
import org.bandwise.appeal.control.AppealRecords.StepRequest;
import org.bandwise.appeal.control.AppealScope;
import org.bandwise.appeal.control.AppealStep;
import org.bandwise.appeal.control.AppealViewer;
import org.bandwise.appeal.control.Deadline;
import org.bandwise.appeal.control.LodgingExtension;
import org.bandwise.appeal.control.OutcomeWhatIf;

/** Appeals on the wire. */
final class AppealMapping {

  private AppealMapping() {}

  static AppealSummary summary(
      AppealRow row, List<MemberRef> members, AppealDeadlines deadlines, LocalDate today) {
    List<Deadline> due = outstanding(row, deadlines, today);
    return new AppealSummary()
        .id(UUID.fromString(row.id()))
        .status(org.bandwise.api.model.AppealStatus.valueOf(row.status().name()))
        .kind(org.bandwise.api.model.AppealKind.valueOf(row.kind().name()))
        .scope(org.bandwise.api.model.AppealScope.valueOf(row.scope().name()))
        .stage(row.stage())
        .union(row.union() == null ? null : Union.valueOf(row.union()))
        .title(row.jdTitle())
        .members(members.stream().map(AppealMapping::member).toList())
        .allHoldersOfRole(row.allHolders())
        .lodgedOn(row.lodgedOn())
        .acknowledgeBy(row.acknowledgeBy())
        .decideBy(row.decideBy())
        .decision(
            row.decision() == null
                ? null
                : org.bandwise.api.model.AppealDecision.valueOf(row.decision().name()))
        .deadlines(due.stream().map(AppealMapping::deadline).toList())
        .overdue(due.stream().anyMatch(Deadline::overdue))
        .dueSoon(due.stream().anyMatch(Deadline::dueSoon))
        .version(row.version());
  }

  private static List<Deadline> outstanding(
      AppealRow row, AppealDeadlines deadlines, LocalDate today) {
    return deadlines.outstanding(
        row.kind(), row.status(), row.notifiedOn(), row.extension(), row.lodgedOn(), today);
  }

  static Appeal appeal(
      AppealDetail detail, AppealViewer viewer, AppealDeadlines deadlines, LocalDate today) {
    AppealRow row = detail.row();
    AppealSummary s = summary(row, detail.members(), deadlines, today);
    Appeal appeal =
        new Appeal()
            .id(s.getId())
            .status(s.getStatus())
            .kind(s.getKind())
            .scope(s.getScope())
            .stage(s.getStage())
            .union(s.getUnion())
            .title(s.getTitle())
            .members(s.getMembers())
            .allHoldersOfRole(s.getAllHoldersOfRole())
            .lodgedOn(s.getLodgedOn())
            .acknowledgeBy(s.getAcknowledgeBy())
            .decideBy(s.getDecideBy())
            .decision(s.getDecision())
            .deadlines(s.getDeadlines())
            .overdue(s.getOverdue())
            .dueSoon(s.getDueSoon())
            .version(s.getVersion())
            .jobDescriptionId(UUID.fromString(row.jdId()))
            .summary(row.summary())
            .evidence(row.evidence())
            .lodgeBy(
                row.notifiedOn() == null
                    ? null
                    : deadlines.lodgeBy(row.notifiedOn(), row.extension()))
            .extensionReason(row.extensionReason())
            .hearingOn(row.hearingOn())
            .decisionRationale(row.decisionRationale())
            .withdrawnReason(row.withdrawnReason());
    if (detail.outcome() != null) {
      appeal.outcome(
          new AppealOutcomeRef()
              .evaluationId(UUID.fromString(detail.outcome().evaluationId()))
              .jdTitle(row.jdTitle())
              .jdReference(row.jdReference())
              .total(detail.outcome().total())
              .band(detail.outcome().bandName())
              .notifiedOn(detail.outcome().notifiedOn()));
    }
    for (int i = 0; i < detail.grounds().size(); i++) {
      GroundRow g = detail.grounds().get(i);
      appeal.addGroundsItem(
          new AppealGround()
              .factor(g.factor())
              .factorName(detail.factorNames().get(i))
              .awardedLevel(g.awardedLevel())
              .claimedLevel(g.claimedLevel())
              .evidence(g.evidence())
              .argument(g.argument())
              .decidedLevel(g.decidedLevel())
              .panelDecision(g.panelDecision()));
    }
    if (detail.whatIf() != null) {
      appeal.whatIf(whatIf(detail.whatIf()));
    }
    if (detail.revised() != null) {
      appeal.revisedOutcome(
          new AppealRevisedOutcome()
              .evaluationId(UUID.fromString(detail.revised().evaluationId()))
              .total(detail.revised().total())
              .band(detail.revised().bandName())
              .effectiveFrom(detail.revised().effectiveFrom()));
    }
    if (row.rebandingId() != null) {
      appeal.rebandingId(UUID.fromString(row.rebandingId()));
    }
    appeal.reviewPanel(
        detail.panel().stream()
            .map(
                p ->
                    new AppealPanelMember()
                        .userId(UUID.fromString(p.userId()))
                        .name(p.name())
                        .side(org.bandwise.api.model.PanelSide.valueOf(p.side().name()))
                        .chair(p.chair()))
            .toList());
    appeal.timeline(
        detail.steps().stream()
            .map(
                st ->
                    new AppealTimelineEntry()
                        .step(st.step())
                        .status(org.bandwise.api.model.AppealStatus.valueOf(st.status().name()))
                        .at(st.at().atOffset(ZoneOffset.UTC))
                        .by(st.by())
                        .text(st.text())
                        .note(st.note()))
            .toList());
    appeal.allowedSteps(
        AppealPermissions.allowed(viewer, row.union(), row.state()).stream()
            .map(step -> AppealStepName.valueOf(step.name()))
            .toList());
    return appeal;
  }

  static AppealWhatIf whatIf(OutcomeWhatIf w) {
    return new AppealWhatIf()
        .awardedTotal(w.awarded().total())
        .awardedBand(w.awarded().band() == null ? null : w.awarded().band().bandName())
        .claimedTotal(w.claimed().total())
        .claimedBand(w.claimed().band() == null ? null : w.claimed().band().bandName())
        .difference(w.difference())
        .bandChanges(w.bandChanges())
        .summary(w.summary())
        .changes(
            w.changes().stream()
                .map(
                    c ->
                        new AppealWhatIfChange()
                            .factor(c.factor())
                            .factorName(c.factorName())
                            .awardedLevel(c.awardedLevel())
                            .claimedLevel(c.claimedLevel())
                            .awardedPoints(c.awardedPoints())
                            .claimedPoints(c.claimedPoints()))
                .toList());
  }

  static LodgeRequest lodgeRequest(AppealInput input) {
    return new LodgeRequest(
        AppealKind.valueOf(input.getKind().name()),
        input.getScope() == null ? null : AppealScope.valueOf(input.getScope().name()),
        input.getEvaluationId() == null ? null : input.getEvaluationId().toString(),
        input.getJobDescriptionId() == null ? null : input.getJobDescriptionId().toString(),
        input.getMembers() == null ? List.of() : input.getMembers(),
        Boolean.TRUE.equals(input.getAllHoldersOfRole()),
        input.getUnion() == null ? null : input.getUnion().name(),
        input.getGrounds() == null
            ? List.of()
            : input.getGrounds().stream()
                .map(
                    g ->
                        new GroundInput(
                            g.getFactor(), g.getClaimedLevel(), g.getEvidence(), g.getArgument()))
                .toList(),
        input.getSummary(),
        input.getEvidence(),
        input.getExtension() == null
            ? null
            : new LodgingExtension(
                input.getExtension().getLodgeBy(), input.getExtension().getReason()),
        Boolean.TRUE.equals(input.getDraft()));
  }

  static StepRequest stepRequest(AppealStepInput input) {
    return new StepRequest(
        AppealStep.valueOf(input.getStep().name()),
        input.getNote(),
        input.getReason(),
        input.getHearingOn(),
        input.getDecision() == null
            ? null
            : org.bandwise.appeal.control.AppealDecision.valueOf(input.getDecision().name()),
        input.getRationale(),
        input.getFactorDecisions() == null
            ? List.of()
            : input.getFactorDecisions().stream()
                .map(d -> new FactorDecision(d.getFactor(), d.getDecidedLevel(), d.getRationale()))
                .toList());
  }

  static AppealEvidence evidence(AppealEvidenceStore.Evidence e) {
    return new AppealEvidence()
        .id(UUID.fromString(e.id()))
        .fileName(e.fileName())
        .type(AppealEvidenceType.valueOf(e.type().name()))
        .sizeBytes(e.sizeBytes())
        .description(e.description())
        .uploadedBy(e.uploadedBy())
        .uploadedAt(e.uploadedAt().atOffset(ZoneOffset.UTC))
        .withdrawn(e.withdrawnAt() != null)
        .withdrawnBy(e.withdrawnBy())
        .withdrawnAt(e.withdrawnAt() == null ? null : e.withdrawnAt().atOffset(ZoneOffset.UTC))
        .withdrawnReason(e.withdrawnReason())
        .version(e.version());
  }

  private static AppealMember member(MemberRef m) {
    return new AppealMember().staffNumber(m.staffNumber()).name(m.name());
  }

  private static AppealDeadline deadline(Deadline d) {
    return new AppealDeadline()
        .step(AppealDeadline.StepEnum.valueOf(d.step().name()))
        .dueOn(d.dueOn())
        .state(org.bandwise.api.model.DeadlineState.valueOf(d.state().name()))
        .workingDaysLeft(d.workingDaysLeft())
        .text(d.text());
  }
}
