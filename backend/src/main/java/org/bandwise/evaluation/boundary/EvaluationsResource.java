package org.bandwise.evaluation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bandwise.api.EvaluationsApi;
import org.bandwise.api.model.AgreedLevelInput;
import org.bandwise.api.model.ConsistencyCheckInput;
import org.bandwise.api.model.EvaluationDecision;
import org.bandwise.api.model.EvaluationRequestCreate;
import org.bandwise.api.model.EvaluationStatus;
import org.bandwise.api.model.PanelInput;
import org.bandwise.api.model.PersonPage;
import org.bandwise.api.model.Priority;
import org.bandwise.api.model.ProvisionalLevelsInput;
import org.bandwise.api.model.PublicationInput;
import org.bandwise.api.model.RequesterType;
import org.bandwise.api.model.Role;
import org.bandwise.evaluation.control.ConsensusView;
import org.bandwise.evaluation.control.ConsistencyView;
import org.bandwise.evaluation.control.EvaluationQueue;
import org.bandwise.evaluation.control.EvaluationRequests;
import org.bandwise.evaluation.control.EvaluationState;
import org.bandwise.evaluation.control.EvaluationStates;
import org.bandwise.evaluation.control.EvaluationStore;
import org.bandwise.evaluation.control.NextStep;
import org.bandwise.evaluation.control.OutcomePublication;
import org.bandwise.evaluation.control.PanelWork;
import org.bandwise.evaluation.control.WaitingTargets;
import org.bandwise.evaluation.entity.Evaluation;
import org.bandwise.evaluation.entity.PanelSide;
import org.bandwise.identity.boundary.Caller;
import org.bandwise.identity.control.People;
import org.bandwise.job.control.JobDescriptionStore;
import org.bandwise.job.entity.JdVersion;
import org.bandwise.platform.Roles;
import org.bandwise.platform.domain.NotPermitted;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.http.Preconditions;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.scheme.control.Scoring;
import org.bandwise.scheme.entity.Scheme;

/**
 * The evaluation queue and panel work. Everyone signed in sees the queue (without requesters'
 * names) and published outcomes; work in progress is for HR, auditors and the panel's members;
 * whoever asked, and the holders of the post, follow their request. Only the panel's members record
 * levels, rationale and sign-offs, whatever their role. Each request is one transaction: the
 * membership check and the write it guards read the same data.
 */
@RequestScoped
public class EvaluationsResource implements EvaluationsApi {

  @Inject EvaluationStore store;
  @Inject EvaluationRequests requests;
  @Inject PanelWork panels;
  @Inject OutcomePublication publication;
  @Inject EvaluationStates states;
  @Inject EvaluationQueue queue;
  @Inject ConsistencyView consistency;
  @Inject ConsensusView consensus;
  @Inject WaitingTargets targets;
  @Inject JobDescriptionStore jds;
  @Inject org.bandwise.workforce.control.PostHolders postHolders;
  @Inject People people;
  @Inject Caller caller;
  @Inject Clock clock;
  @Context UriInfo uriInfo;

  /** How much of an evaluation the caller may see. */
  private enum Access {
    /** Everything: HR, auditors, the panel's members; everyone once it is published. */
    FULL,
    /** The request and where it stands, not the panel's work: whoever asked, the post's holders. */
    REQUEST
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response listEvaluations(
      List<EvaluationStatus> status,
      Priority priority,
      String directorate,
      RequesterType requesterType,
      Boolean onMyPanel,
      UUID jdId,
      Boolean awaitingSignOff,
      Boolean requestedByMe,
      String sort,
      Integer page,
      Integer size) {
    var filter =
        new EvaluationQueue.Filter(
            status == null
                ? List.of()
                : status.stream()
                    // an empty value (?status=) arrives as null: it names no status
                    .filter(java.util.Objects::nonNull)
                    .map(s -> org.bandwise.evaluation.entity.EvaluationStatus.valueOf(s.name()))
                    .distinct()
                    .toList(),
            priority == null
                ? null
                : org.bandwise.evaluation.entity.Priority.valueOf(priority.name()),
            directorate == null || directorate.isBlank() ? null : directorate.trim(),
            requesterType == null
                ? null
                : org.bandwise.evaluation.entity.RequesterType.valueOf(requesterType.name()),
            Boolean.TRUE.equals(onMyPanel) ? caller.userId() : null,
            jdId == null ? null : jdId.toString(),
            awaitingSignOff,
            Boolean.TRUE.equals(requestedByMe) ? caller.userId() : null);
    return Response.ok(
            EvaluationMapping.queue(
                queue.list(filter, sort, caller.userId(), PageRequest.of(page, size))))
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF})
  public Response requestEvaluation(EvaluationRequestCreate create, String xRequestedWith) {
    JdVersion version = jds.version(create.getJdVersionId().toString());
    org.bandwise.evaluation.entity.RequesterType type;
    if (caller.isHr()) {
      type = org.bandwise.evaluation.entity.RequesterType.HR;
    } else if (caller.hasAny(org.bandwise.identity.entity.Role.UNION_REP)) {
      type = org.bandwise.evaluation.entity.RequesterType.UNION;
    } else if (postHolders.holds(caller.userId(), version.jd().id())) {
      type = org.bandwise.evaluation.entity.RequesterType.STAFF;
    } else {
      throw new NotPermitted("Staff may ask for an evaluation of the post they hold only.");
    }
    Evaluation evaluation = requests.request(version, create.getReason(), caller.userId(), type);
    return Response.created(
            uriInfo.getBaseUriBuilder().path("evaluations").path(evaluation.id()).build())
        .header("ETag", Preconditions.etagHeader(evaluation.version()))
        .entity(EvaluationMapping.entry(facts(evaluation, version)))
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.AUDITOR})
  public Response getWaitingTimes() {
    return Response.ok(EvaluationMapping.waitingTimes(queue.waitingTimes())).build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response getEvaluation(UUID evaluationId) {
    Evaluation evaluation = store.get(evaluationId.toString());
    return describe(states.of(evaluation), access(evaluation));
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR})
  public Response decideEvaluationRequest(
      UUID evaluationId, EvaluationDecision decision, String ifMatch, String xRequestedWith) {
    EvaluationState state =
        requests.decide(
            evaluationId.toString(),
            Preconditions.expected(ifMatch),
            decision.getDecision() == EvaluationDecision.DecisionEnum.ACCEPT,
            decision.getPriority() == null
                ? null
                : org.bandwise.evaluation.entity.Priority.valueOf(decision.getPriority().name()),
            decision.getReason(),
            myName());
    return describe(state, Access.FULL);
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR})
  public Response setEvaluationPanel(
      UUID evaluationId, PanelInput panel, String ifMatch, String xRequestedWith) {
    EvaluationState state =
        panels.seatPanel(
            evaluationId.toString(),
            Preconditions.expected(ifMatch),
            panel.getSchemeId().toString(),
            panel.getMembers().stream()
                .map(
                    m ->
                        new PanelWork.SeatInput(
                            m.getUserId().toString(),
                            PanelSide.valueOf(m.getSide().name()),
                            Boolean.TRUE.equals(m.getChair())))
                .toList());
    return describe(state, Access.FULL);
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP})
  public Response recordProvisionalLevels(
      UUID evaluationId, ProvisionalLevelsInput input, String xRequestedWith) {
    requireMember(store.get(evaluationId.toString()), "record provisional levels on it");
    Evaluation evaluation =
        panels.recordProvisional(evaluationId.toString(), caller.userId(), input.getLevels());
    Scheme scheme = states.schemeOf(evaluation);
    return Response.ok(
            EvaluationMapping.consensus(
                evaluation.id(), consensus.of(evaluation, scheme, caller.userId(), true)))
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.AUDITOR})
  public Response getConsensus(UUID evaluationId) {
    Evaluation evaluation = store.get(evaluationId.toString());
    requireSeesPanelWork(evaluation);
    Scheme scheme = requireScheme(evaluation);
    return Response.ok(
            EvaluationMapping.consensus(
                evaluation.id(),
                consensus.of(
                    evaluation, scheme, caller.userId(), evaluation.seats(caller.userId()))))
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP})
  public Response recordAgreedLevel(
      UUID evaluationId,
      String factorCode,
      AgreedLevelInput input,
      String ifMatch,
      String xRequestedWith) {
    requireMember(store.get(evaluationId.toString()), "record its agreed levels and rationale");
    EvaluationState state =
        panels.agree(
            evaluationId.toString(),
            Preconditions.expected(ifMatch),
            factorCode,
            input.getLevel(),
            input.getRationale(),
            myName());
    return describe(state, Access.FULL);
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP})
  public Response signOffEvaluation(UUID evaluationId, String ifMatch, String xRequestedWith) {
    requireMember(store.get(evaluationId.toString()), "sign off its agreed levels");
    EvaluationState state =
        panels.signOff(evaluationId.toString(), Preconditions.expected(ifMatch), caller.userId());
    return describe(state, Access.FULL);
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.AUDITOR})
  public Response getConsistency(UUID evaluationId) {
    Evaluation evaluation = store.get(evaluationId.toString());
    requireSeesPanelWork(evaluation);
    Scheme scheme = requireScheme(evaluation);
    int total = evaluation.agreedLevels().stream().mapToInt(l -> l.points()).sum();
    var score = Scoring.outcomeOf(scheme.scoringTable(), total);
    return Response.ok(
            EvaluationMapping.consistency(
                evaluation, score, consistency.of(evaluation, scheme, score)))
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR})
  public Response recordConsistencyCheck(
      UUID evaluationId, ConsistencyCheckInput input, String ifMatch, String xRequestedWith) {
    return describe(
        panels.recordCheck(
            evaluationId.toString(),
            Preconditions.expected(ifMatch),
            input.getConclusion(),
            myName()),
        Access.FULL);
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR})
  public Response publishEvaluation(
      UUID evaluationId, PublicationInput input, String ifMatch, String xRequestedWith) {
    return describe(
        publication.publish(
            evaluationId.toString(),
            Preconditions.expected(ifMatch),
            input.getEffectiveFrom(),
            myName()),
        Access.FULL);
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response getOutcome(UUID evaluationId) {
    Evaluation evaluation = store.get(evaluationId.toString());
    if (evaluation.status() != org.bandwise.evaluation.entity.EvaluationStatus.PUBLISHED) {
      throw new RecordNotFound("This evaluation has no published outcome yet.");
    }
    EvaluationState state = states.of(evaluation);
    return Response.ok(
            EvaluationMapping.outcome(
                evaluation, jds.version(evaluation.jdVersionId()), state.scheme(), state.score()))
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR})
  public Response listDirectory(Role role, Integer page, Integer size) {
    var found =
        people.withRole(
            role == null ? null : org.bandwise.identity.entity.Role.valueOf(role.name()),
            PageRequest.of(page, size));
    return Response.ok(
            new PersonPage()
                .items(found.items().stream().map(EvaluationsResource::person).toList())
                .page(found.request().page())
                .size(found.request().size())
                .totalItems(found.totalItems()))
        .build();
  }

  private static org.bandwise.api.model.Person person(People.Person p) {
    return new org.bandwise.api.model.Person()
        .id(UUID.fromString(p.id()))
        .username(p.username())
        .displayName(p.displayName())
        .roles(
            p.roles().stream()
                .map(r -> Role.valueOf(r.name()))
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)))
        .union(p.union() == null ? null : org.bandwise.api.model.Union.valueOf(p.union().name()));
  }

  private Response describe(EvaluationState state, Access access) {
    Evaluation evaluation = state.evaluation();
    JdVersion version = jds.version(evaluation.jdVersionId());
    EvaluationQueue.Entry facts = facts(evaluation, version);
    String requestedBy = null;
    boolean requestedByMe = evaluation.requesterId().equals(caller.userId());
    if (caller.seesWorkInProgress() || requestedByMe) {
      var requester = people.byIds(List.of(evaluation.requesterId())).get(evaluation.requesterId());
      requestedBy = requester == null ? null : requester.displayName();
    }
    var view =
        new EvaluationMapping.View(
            access == Access.FULL,
            requestedBy,
            requestedByMe,
            evaluation.seats(caller.userId()),
            queue.positionOf(evaluation.id(), evaluation.open(), evaluation.requestedAt()),
            NextStep.of(state, facts.targetDate(), LocalDate.now(clock)));
    return Response.ok(EvaluationMapping.evaluation(state, version, facts, view))
        .header("ETag", Preconditions.etagHeader(evaluation.version()))
        .build();
  }

  private EvaluationQueue.Entry facts(Evaluation e, JdVersion version) {
    LocalDate today = LocalDate.now(clock);
    LocalDate requestedOn = e.requestedAt().toLocalDate();
    LocalDate closedOn =
        WaitingTargets.open(e.status())
            ? null
            : EvaluationMapping.day(e.publishedAt() != null ? e.publishedAt() : e.decidedAt());
    return new EvaluationQueue.Entry(
        e.id(),
        e.jdId(),
        e.jdVersionId(),
        version.number(),
        version.jd().reference(),
        version.title(),
        version.roleFamily(),
        version.directorate(),
        e.requesterType(),
        requestedOn,
        e.priority(),
        e.status(),
        WaitingTargets.daysWaiting(requestedOn, closedOn, today),
        targets.target(requestedOn, e.status(), e.priority()),
        targets.overdue(requestedOn, e.status(), e.priority(), today),
        e.seats(caller.userId()),
        e.awaitingSignOff(),
        e.requesterId().equals(caller.userId()),
        postHolders.holds(caller.userId(), version.jd().id()));
  }

  /**
   * Who may open an evaluation: HR, auditors and its panel see the panel's work, and so does
   * everyone once it is published; whoever asked for it and the holders of the post follow the
   * request itself.
   */
  private Access access(Evaluation evaluation) {
    boolean published =
        evaluation.status() == org.bandwise.evaluation.entity.EvaluationStatus.PUBLISHED;
    if (published || caller.seesWorkInProgress() || evaluation.seats(caller.userId())) {
      return Access.FULL;
    }
    if (evaluation.requesterId().equals(caller.userId())
        || postHolders.holds(caller.userId(), evaluation.jdId())) {
      return Access.REQUEST;
    }
    throw new NotPermitted(
        "Until its outcome is published, an evaluation is for HR, auditors, its panel, whoever"
            + " asked for it and the holders of the post.");
  }

  private void requireSeesPanelWork(Evaluation evaluation) {
    if (caller.seesWorkInProgress() || evaluation.seats(caller.userId())) {
      return;
    }
    throw new NotPermitted("Panel work is for HR, auditors and the members of the panel.");
  }

  /** Only the panel's members act as the panel, whatever their role. */
  private void requireMember(Evaluation evaluation, String what) {
    if (!evaluation.seats(caller.userId())) {
      throw new NotPermitted("Only the members of this panel may " + what + ".");
    }
  }

  private Scheme requireScheme(Evaluation evaluation) {
    Scheme scheme = states.schemeOf(evaluation);
    if (scheme == null) {
      throw new RuleConflict("status", "This evaluation has no panel and scheme yet.");
    }
    return scheme;
  }

  private String myName() {
    var me = people.byIds(List.of(caller.userId())).get(caller.userId());
    return me == null ? caller.user().username() : me.displayName();
  }
}
