package org.bandwise.evaluation.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.bandwise.api.model.AgreedLevel;
import org.bandwise.api.model.BlockerCode;
import org.bandwise.api.model.Comparison;
import org.bandwise.api.model.Consensus;
import org.bandwise.api.model.ConsensusFactor;
import org.bandwise.api.model.Consistency;
import org.bandwise.api.model.ConsistencyCheck;
import org.bandwise.api.model.ConsistencyFactor;
import org.bandwise.api.model.DirectorateWait;
import org.bandwise.api.model.EvaluationStatus;
import org.bandwise.api.model.MemberLevel;
import org.bandwise.api.model.Outcome;
import org.bandwise.api.model.OutcomeFactor;
import org.bandwise.api.model.PanelMember;
import org.bandwise.api.model.PanelSide;
import org.bandwise.api.model.Priority;
import org.bandwise.api.model.PublicationBlocker;
import org.bandwise.api.model.QueueEntry;
import org.bandwise.api.model.QueuePage;
import org.bandwise.api.model.RequesterType;
import org.bandwise.api.model.SchemeRef;
import org.bandwise.api.model.ScoreResult;
import org.bandwise.api.model.SignOff;
import org.bandwise.api.model.WaitingTimes;
import org.bandwise.evaluation.control.ConsensusView;
import org.bandwise.evaluation.control.ConsistencyView;
import org.bandwise.evaluation.control.EvaluationQueue;
import org.bandwise.evaluation.control.EvaluationState;
import org.bandwise.evaluation.control.PublicationReadiness;
import org.bandwise.evaluation.entity.Evaluation;
import org.bandwise.evaluation.entity.PanelSeat;
import org.bandwise.job.entity.JdVersion;
import org.bandwise.platform.persistence.Page;
import org.bandwise.scheme.control.ScoreOutcome;
import org.bandwise.scheme.entity.Scheme;
import org.bandwise.scheme.entity.SchemeFactor;

/** Evaluations between the API model and the domain. */
final class EvaluationMapping {

  private EvaluationMapping() {}

  static QueuePage queue(Page<EvaluationQueue.Entry> page) {
    return new QueuePage()
        .items(page.items().stream().map(EvaluationMapping::entry).toList())
        .page(page.request().page())
        .size(page.request().size())
        .totalItems(page.totalItems());
  }

  static QueueEntry entry(EvaluationQueue.Entry e) {
    return new QueueEntry()
        .id(UUID.fromString(e.id()))
        .jdId(UUID.fromString(e.jdId()))
        .jdVersionId(UUID.fromString(e.jdVersionId()))
        .jdVersionNumber(e.jdVersionNumber())
        .reference(e.reference())
        .title(e.title())
        .roleFamily(e.roleFamily())
        .directorate(e.directorate())
        .requesterType(RequesterType.valueOf(e.requesterType().name()))
        .requestedOn(e.requestedOn())
        .priority(e.priority() == null ? null : Priority.valueOf(e.priority().name()))
        .status(EvaluationStatus.valueOf(e.status().name()))
        .daysWaiting(e.daysWaiting())
        .targetDate(e.targetDate())
        .overdue(e.overdue())
        .onMyPanel(e.onMyPanel())
        .awaitingSignOff(e.awaitingSignOff())
        .requestedByMe(e.requestedByMe())
        .heldByMe(e.heldByMe());
  }

  static WaitingTimes waitingTimes(List<EvaluationQueue.DirectorateWait> waits) {
    List<DirectorateWait> mapped =
        waits.stream()
            .map(
                w ->
                    new DirectorateWait()
                        .directorate(w.directorate())
                        .openRequests(w.openRequests())
                        .medianDaysWaiting(w.medianDays())
                        .longestDaysWaiting(w.longestDays())
                        .overdue(w.overdue()))
            .toList();
    return new WaitingTimes()
        .directorates(mapped.subList(0, mapped.size() - 1))
        .overall(mapped.get(mapped.size() - 1));
  }

  /** What the caller sees of an evaluation, decided by the boundary. */
  record View(
      boolean panelWorkShown,
      String requestedBy,
      boolean requestedByMe,
      boolean onMyPanel,
      Integer queuePosition,
      String nextStep) {}

  static org.bandwise.api.model.Evaluation evaluation(
      EvaluationState state, JdVersion version, EvaluationQueue.Entry queueFacts, View view) {
    Evaluation e = state.evaluation();
    Scheme scheme = state.scheme();
    boolean shown = view.panelWorkShown();
    return new org.bandwise.api.model.Evaluation()
        .id(UUID.fromString(e.id()))
        .jdId(UUID.fromString(e.jdId()))
        .jdVersionId(UUID.fromString(e.jdVersionId()))
        .jdVersionNumber(version.number())
        .reference(version.jd().reference())
        .title(version.title())
        .roleFamily(version.roleFamily())
        .directorate(version.directorate())
        .requesterType(RequesterType.valueOf(e.requesterType().name()))
        .requestedBy(view.requestedBy())
        .requestedOn(e.requestedAt().toLocalDate())
        .reason(e.reason())
        .status(EvaluationStatus.valueOf(e.status().name()))
        .priority(e.priority() == null ? null : Priority.valueOf(e.priority().name()))
        .decisionReason(e.decisionReason())
        .decidedOn(e.decidedAt() == null ? null : e.decidedAt().toLocalDate())
        .daysWaiting(queueFacts.daysWaiting())
        .targetDate(queueFacts.targetDate())
        .overdue(queueFacts.overdue())
        .queuePosition(view.queuePosition())
        .nextStep(view.nextStep())
        .panelWorkShown(shown)
        .requestedByMe(view.requestedByMe())
        .scheme(scheme == null ? null : schemeRef(scheme))
        .panel(shown ? e.panel().stream().map(EvaluationMapping::member).toList() : List.of())
        .onMyPanel(view.onMyPanel())
        .agreedLevels(shown && scheme != null ? agreedLevels(e, scheme) : List.of())
        .factorCount(state.factorCount())
        .runningTotal(shown ? state.runningTotal() : null)
        .score(shown && state.score() != null ? score(state.score()) : null)
        .consistencyCheck(shown ? check(e) : null)
        .checkRequired(shown && state.checkRequired())
        .signOffs(
            shown ? e.signOffs().stream().map(EvaluationMapping::signOff).toList() : List.of())
        .signOffComplete(shown && state.signOff().complete())
        .awaitingSignOff(state.awaitingSignOff())
        .canPublish(shown && state.canPublish())
        .blockers(
            shown ? state.blockers().stream().map(EvaluationMapping::blocker).toList() : List.of())
        .effectiveFrom(e.effectiveFrom())
        .publishedAt(utc(e.publishedAt()))
        .createdAt(utc(e.createdAt()))
        .updatedAt(utc(e.updatedAt()));
  }

  static SignOff signOff(org.bandwise.evaluation.entity.SignOff s) {
    return new SignOff()
        .userId(UUID.fromString(s.userId()))
        .displayName(s.displayName())
        .side(PanelSide.valueOf(s.side().name()))
        .chair(s.chair())
        .signedAt(utc(s.signedAt()));
  }

  static PublicationBlocker blocker(PublicationReadiness.Blocker b) {
    return new PublicationBlocker()
        .code(BlockerCode.valueOf(b.code().name()))
        .message(b.message())
        .whatToDo(b.whatToDo());
  }

  private static List<AgreedLevel> agreedLevels(Evaluation e, Scheme scheme) {
    return scheme.factors().stream()
        .flatMap(
            f ->
                e.agreedLevel(f.code()).stream()
                    .map(
                        l ->
                            new AgreedLevel()
                                .factorCode(f.code())
                                .factorName(f.name())
                                .level(l.level())
                                .points(l.points())
                                .descriptor(
                                    f.level(l.level()).map(x -> x.descriptor()).orElse(null))
                                .rationale(l.rationale())
                                .recordedBy(l.recordedBy())
                                .recordedAt(utc(l.recordedAt()))))
        .toList();
  }

  static ScoreResult score(ScoreOutcome score) {
    return new ScoreResult()
        .total(score.total())
        .band(score.band() == null ? null : score.band().band())
        .bandName(score.band() == null ? null : score.band().bandName())
        .outOfRange(score.outOfRange())
        .nearBoundary(score.nearBoundary())
        .nextBoundary(score.nextBoundary())
        .nextBand(score.nextBand() == null ? null : score.nextBand().band())
        .pointsToNextBand(score.pointsToNextBand())
        .summary(score.summary());
  }

  static SchemeRef schemeRef(Scheme scheme) {
    return new SchemeRef()
        .id(UUID.fromString(scheme.id().toString()))
        .code(scheme.code())
        .name(scheme.name())
        .version(scheme.schemeVersion())
        .illustrative(scheme.illustrative());
  }

  static PanelMember member(PanelSeat seat) {
    return new PanelMember()
        .userId(UUID.fromString(seat.userId()))
        .displayName(seat.displayName())
        .side(PanelSide.valueOf(seat.side().name()))
        .chair(seat.chair());
  }

  static ConsistencyCheck check(Evaluation e) {
    if (e.checkConclusion() == null) {
      return null;
    }
    return new ConsistencyCheck()
        .conclusion(e.checkConclusion())
        .checkedBy(e.checkedBy())
        .checkedAt(utc(e.checkedAt()))
        .totalAtCheck(e.checkTotal());
  }

  static Consensus consensus(String evaluationId, ConsensusView.View view) {
    return new Consensus()
        .evaluationId(UUID.fromString(evaluationId))
        .membersRecorded(view.membersRecorded())
        .factors(
            view.factors().stream()
                .map(
                    f -> {
                      var levels =
                          f.memberLevels().stream().map(ConsensusView.MemberLevel::level).toList();
                      return new ConsensusFactor()
                          .code(f.code())
                          .name(f.name())
                          .memberLevels(
                              f.memberLevels().stream()
                                  .map(
                                      m ->
                                          new MemberLevel()
                                              .userId(UUID.fromString(m.userId()))
                                              .displayName(m.displayName())
                                              .level(m.level()))
                                  .toList())
                          .lowest(levels.stream().min(Integer::compare).orElse(null))
                          .highest(levels.stream().max(Integer::compare).orElse(null))
                          .differs(f.differs())
                          .hiddenLevels(f.hiddenLevels())
                          .agreedLevel(f.agreedLevel());
                    })
                .toList());
  }

  static Consistency consistency(Evaluation e, ScoreOutcome score, ConsistencyView.View view) {
    return new Consistency()
        .evaluationId(UUID.fromString(e.id()))
        .total(score.total())
        .band(score.band() == null ? null : score.band().band())
        .nearBoundary(view.nearBoundary())
        .flaggedFactors((int) view.flaggedFactors())
        .checkRequired(view.checkRequired())
        .check(check(e))
        .factors(
            view.factors().stream()
                .map(
                    f ->
                        new ConsistencyFactor()
                            .code(f.code())
                            .name(f.name())
                            .level(f.level())
                            .familyMedian(
                                f.familyMedian().isPresent()
                                    ? f.familyMedian().getAsDouble()
                                    : null)
                            .flagged(f.flagged())
                            .comparisons(
                                f.comparisons().stream()
                                    .map(
                                        c ->
                                            new Comparison()
                                                .jdId(UUID.fromString(c.jdId()))
                                                .reference(c.reference())
                                                .title(c.title())
                                                .level(c.level())
                                                .benchmark(c.benchmark())
                                                .sameFamily(c.sameFamily())
                                                .band(c.band()))
                                    .toList()))
                .toList());
  }

  static Outcome outcome(Evaluation e, JdVersion version, Scheme scheme, ScoreOutcome score) {
    return new Outcome()
        .evaluationId(UUID.fromString(e.id()))
        .jdId(UUID.fromString(e.jdId()))
        .jdVersionId(UUID.fromString(e.jdVersionId()))
        .jdVersionNumber(version.number())
        .reference(version.jd().reference())
        .title(version.title())
        .roleFamily(version.roleFamily())
        .directorate(version.directorate())
        .scheme(schemeRef(scheme))
        .total(score.total())
        .band(score.band().band())
        .bandName(score.band().bandName())
        .bandMinScore(score.band().minScore())
        .nextBand(score.nextBand() == null ? null : score.nextBand().band())
        .nextBoundary(score.nextBoundary())
        .pointsToNextBand(score.pointsToNextBand())
        .nearBoundary(score.nearBoundary())
        .summary(score.summary())
        .effectiveFrom(e.effectiveFrom())
        .publishedAt(utc(e.publishedAt()))
        .publishedBy(e.publishedBy())
        .consistencyCheck(check(e))
        .panel(e.panel().stream().map(EvaluationMapping::member).toList())
        .signOffs(e.signOffs().stream().map(EvaluationMapping::signOff).toList())
        .factors(scheme.factors().stream().map(f -> outcomeFactor(f, e)).toList());
  }

  private static OutcomeFactor outcomeFactor(SchemeFactor factor, Evaluation e) {
    var agreed = e.agreedLevel(factor.code()).orElseThrow();
    return new OutcomeFactor()
        .code(factor.code())
        .name(factor.name())
        .level(agreed.level())
        .maxLevel(factor.levels().size())
        .points(agreed.points())
        .descriptor(factor.level(agreed.level()).map(l -> l.descriptor()).orElse(null))
        .rationale(agreed.rationale());
  }

  static OffsetDateTime utc(LocalDateTime time) {
    return time == null ? null : time.atOffset(ZoneOffset.UTC);
  }

  static LocalDate day(LocalDateTime time) {
    return time == null ? null : time.toLocalDate();
  }
}
