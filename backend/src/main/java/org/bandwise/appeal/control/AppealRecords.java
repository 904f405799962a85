package org.bandwise.appeal.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.bandwise.evaluation.entity.PanelSide;

/** The shapes appeals are read and changed in, free of HTTP. */
public final class AppealRecords {

  private AppealRecords() {}

  /** One appeal as stored, with the title of its JD. */
  public record AppealRow(
      String id,
      AppealKind kind,
      AppealScope scope,
      String union,
      AppealStatus status,
      int stage,
      AppealDecision decision,
      String evaluationId,
      String jdId,
      String jdTitle,
      String jdReference,
      boolean allHolders,
      String summary,
      String evidence,
      LocalDate notifiedOn,
      LocalDate lodgeBy,
      String extensionReason,
      LocalDate lodgedOn,
      LocalDate acknowledgeBy,
      LocalDate decideBy,
      LocalDate hearingOn,
      String decisionRationale,
      String withdrawnReason,
      LocalDateTime createdAt,
      long version,
      LocalDate firstLodgedOn,
      String revisedEvaluationId,
      String rebandingId) {

    public AppealState state() {
      return new AppealState(status, stage, decision);
    }

    public LodgingExtension extension() {
      return lodgeBy == null ? null : new LodgingExtension(lodgeBy, extensionReason);
    }
  }

  public record MemberRef(String staffId, String staffNumber, String name) {}

  public record GroundRow(
      String factor,
      int awardedLevel,
      int claimedLevel,
      String evidence,
      String argument,
      Integer decidedLevel,
      String panelDecision) {}

  public record StepRow(
      String step, AppealStatus status, LocalDateTime at, String by, String text, String note) {}

  public record PanelRow(String userId, String name, PanelSide side, boolean chair) {}

  /** What the published outcome under appeal was. */
  public record OutcomeFacts(
      String evaluationId, int total, String bandName, LocalDate notifiedOn) {}

  /** The new outcome an upheld appeal published. */
  public record RevisedOutcome(
      String evaluationId, int total, String bandName, LocalDate effectiveFrom) {}

  /** An appeal in full, as one person may see it. */
  public record AppealDetail(
      AppealRow row,
      List<MemberRef> members,
      List<GroundRow> grounds,
      List<String> factorNames,
      OutcomeWhatIf whatIf,
      OutcomeFacts outcome,
      List<StepRow> steps,
      List<PanelRow> panel,
      RevisedOutcome revised) {}

  /** A list entry: the appeal and its members. */
  public record AppealListItem(AppealRow row, List<MemberRef> members) {}

  public record GroundInput(
      String factor, Integer claimedLevel, String evidence, String argument) {}

  public record LodgeRequest(
      AppealKind kind,
      AppealScope scope,
      String evaluationId,
      String jdId,
      List<String> memberNumbers,
      boolean allHolders,
      String union,
      List<GroundInput> grounds,
      String summary,
      String evidence,
      LodgingExtension extension,
      boolean draft) {}

  public record FactorDecision(String factor, Integer decidedLevel, String rationale) {}

  public record StepRequest(
      AppealStep step,
      String note,
      String reason,
      LocalDate hearingOn,
      AppealDecision decision,
      String rationale,
      List<FactorDecision> factorDecisions) {}
}
