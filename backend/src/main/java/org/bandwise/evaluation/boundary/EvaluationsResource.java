package org.bandwise.evaluation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.bandwise.evaluation.control.EvaluationStore;
import org.bandwise.evaluation.control.WaitingTargets;
import org.bandwise.evaluation.entity.Evaluation;
import org.bandwise.evaluation.entity.PanelSide;
import org.bandwise.identity.boundary.Caller;
import org.bandwise.identity.control.People;
import org.bandwise.job.control.JobDescriptionStore;
import org.bandwise.job.entity.JdVersion;
import org.bandwise.platform.Roles;
import org.bandwise.platform.error.ProblemException;
import org.bandwise.platform.http.PageRequest;
import org.bandwise.platform.http.Preconditions;
import org.bandwise.scheme.control.ScoreOutcome;
import org.bandwise.scheme.entity.Scheme;

/**
 * The evaluation queue and panel work. Everyone signed in sees the queue (without requesters'
 * names) and published outcomes; work in progress is for HR, auditors and the panel's members.
 */
@RequestScoped
public class EvaluationsResource implements EvaluationsApi {

  @Inject EvaluationStore store;
  @Inject EvaluationQueue queue;
  @Inject ConsistencyView consistency;
  @Inject ConsensusView consensus;
  @Inject WaitingTargets targets;
  @Inject JobDescriptionStore jds;
  @Inject People people;
  @Inject Caller caller;
  @Inject Clock clock;
  @Context UriInfo uriInfo;

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response listEvaluations(
      List<EvaluationStatus> status,
      Priority priority,
      String directorate,
      RequesterType requesterType,
      Boolean onMyPanel,
      UUID jdId,
      String sort,
      Integer page,
      Integer size) {
    var filter =
        new EvaluationQueue.Filter(
            status == null
                ? List.of()
                : status.stream()
                    .map(s -> org.bandwise.evaluation.entity.EvaluationStatus.valueOf(s.name()))
                    .toList(),
            priority == null
                ? null
                : org.bandwise.evaluation.entity.Priority.valueOf(priority.name()),
            directorate == null || directorate.isBlank() ? null : directorate.trim(),
            requesterType == null
                ? null
                : org.bandwise.evaluation.entity.RequesterType.valueOf(requesterType.name()),
            Boolean.TRUE.equals(onMyPanel) ? caller.userId() : null,
            jdId == null ? null : jdId.toString());
    return Response.ok(
            EvaluationMapping.queue(
                queue.list(filter, sort, caller.userId(), PageRequest.of(page, size))))
        .build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF})
  public Response requestEvaluation(EvaluationRequestCreate create, String xRequestedWith) {
    String versionId = create.getJdVersionId().toString();
    JdVersion version = jds.version(versionId);
    org.bandwise.evaluation.entity.RequesterType type;
    if (caller.isHr()) {
      type = org.bandwise.evaluation.entity.RequesterType.HR;
    } else if (caller.hasAny(org.bandwise.identity.entity.Role.UNION_REP)) {
      type = org.bandwise.evaluation.entity.RequesterType.UNION;
    } else if (version.jd().heldBy(caller.userId())) {
      type = org.bandwise.evaluation.entity.RequesterType.STAFF;
    } else {
      throw ProblemException.forbidden("Staff may ask for an evaluation of their own post only.");
    }
    Evaluation evaluation = store.request(versionId, create.getReason(), caller.userId(), type);
    return Response.created(
            uriInfo.getBaseUriBuilder().path("evaluations").path(evaluation.id()).build())
        .header("ETag", Preconditions.etagHeader(evaluation.version()))
        .entity(EvaluationMapping.entry(facts(evaluation, version)))
        .build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.AUDITOR})
  public Response getWaitingTimes() {
    return Response.ok(EvaluationMapping.waitingTimes(queue.waitingTimes())).build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response getEvaluation(UUID evaluationId) {
    Evaluation evaluation = store.get(evaluationId.toString());
    requireSeesWork(evaluation, true);
    return describe(evaluation);
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR})
  public Response decideEvaluationRequest(
      UUID evaluationId, EvaluationDecision decision, String ifMatch, String xRequestedWith) {
    Evaluation evaluation =
        store.decide(
            evaluationId.toString(),
            ifMatch,
            decision.getDecision() == EvaluationDecision.DecisionEnum.ACCEPT,
            decision.getPriority() == null
                ? null
                : org.bandwise.evaluation.entity.Priority.valueOf(decision.getPriority().name()),
            decision.getReason(),
            myName());
    return describe(evaluation);
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR})
  public Response setEvaluationPanel(
      UUID evaluationId, PanelInput panel, String ifMatch, String xRequestedWith) {
    Evaluation evaluation =
        store.seatPanel(
            evaluationId.toString(),
            ifMatch,
            panel.getSchemeId().toString(),
            panel.getMembers().stream()
                .map(
                    m ->
                        new EvaluationStore.SeatInput(
                            m.getUserId().toString(),
                            PanelSide.valueOf(m.getSide().name()),
                            Boolean.TRUE.equals(m.getChair())))
                .toList());
    return describe(evaluation);
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP})
  public Response recordProvisionalLevels(
      UUID evaluationId, ProvisionalLevelsInput input, String xRequestedWith) {
    store.recordProvisional(evaluationId.toString(), caller.userId(), input.getLevels());
    Evaluation evaluation = store.get(evaluationId.toString());
    return Response.ok(
            EvaluationMapping.consensus(
                evaluation.id(), consensus.of(evaluation, store.schemeOf(evaluation))))
        .build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.AUDITOR})
  public Response getConsensus(UUID evaluationId) {
    Evaluation evaluation = store.get(evaluationId.toString());
    requireSeesWork(evaluation, false);
    Scheme scheme = requireScheme(evaluation);
    return Response.ok(
            EvaluationMapping.consensus(evaluation.id(), consensus.of(evaluation, scheme)))
        .build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP})
  public Response recordAgreedLevel(
      UUID evaluationId,
      String factorCode,
      AgreedLevelInput input,
      String ifMatch,
      String xRequestedWith) {
    Evaluation current = store.get(evaluationId.toString());
    if (!caller.isHr() && !current.seats(caller.userId())) {
      throw ProblemException.forbidden(
          "Only HR and the members of this panel record agreed levels.");
    }
    Evaluation evaluation =
        store.agree(
            evaluationId.toString(),
            ifMatch,
            factorCode,
            input.getLevel(),
            input.getRationale(),
            myName());
    return describe(evaluation);
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.AUDITOR})
  public Response getConsistency(UUID evaluationId) {
    Evaluation evaluation = store.get(evaluationId.toString());
    requireSeesWork(evaluation, false);
    Scheme scheme = requireScheme(evaluation);
    ScoreOutcome score = EvaluationStore.runningScore(scheme, evaluation);
    return Response.ok(
            EvaluationMapping.consistency(
                evaluation, score, consistency.of(evaluation, scheme, score)))
        .build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR})
  public Response recordConsistencyCheck(
      UUID evaluationId, ConsistencyCheckInput input, String ifMatch, String xRequestedWith) {
    return describe(
        store.recordCheck(evaluationId.toString(), ifMatch, input.getConclusion(), myName()));
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR})
  public Response publishEvaluation(
      UUID evaluationId, PublicationInput input, String ifMatch, String xRequestedWith) {
    return describe(
        store.publish(evaluationId.toString(), ifMatch, input.getEffectiveFrom(), myName()));
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response getOutcome(UUID evaluationId) {
    Evaluation evaluation = store.get(evaluationId.toString());
    if (evaluation.status() != org.bandwise.evaluation.entity.EvaluationStatus.PUBLISHED) {
      throw ProblemException.notFound("This evaluation has no published outcome yet.");
    }
    Scheme scheme = store.schemeOf(evaluation);
    return Response.ok(
            EvaluationMapping.outcome(
                evaluation,
                jds.version(evaluation.jdVersionId()),
                scheme,
                EvaluationStore.runningScore(scheme, evaluation)))
        .build();
  }

  @Override
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

  private Response describe(Evaluation evaluation) {
    JdVersion version = jds.version(evaluation.jdVersionId());
    Scheme scheme = store.schemeOf(evaluation);
    ScoreOutcome score = scheme == null ? null : EvaluationStore.runningScore(scheme, evaluation);
    boolean complete =
        scheme != null && evaluation.agreedLevels().size() == scheme.factors().size();
    boolean checkRequired = complete && consistency.of(evaluation, scheme, score).checkRequired();
    String requestedBy = null;
    if (caller.seesWorkInProgress() || evaluation.requesterId().equals(caller.userId())) {
      var requester = people.byIds(List.of(evaluation.requesterId())).get(evaluation.requesterId());
      requestedBy = requester == null ? null : requester.displayName();
    }
    return Response.ok(
            EvaluationMapping.evaluation(
                evaluation,
                version,
                facts(evaluation, version),
                scheme,
                score,
                checkRequired,
                store.blockers(evaluation, scheme),
                requestedBy,
                evaluation.seats(caller.userId())))
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
        e.seats(caller.userId()));
  }

  private void requireSeesWork(Evaluation evaluation, boolean publishedIsPublic) {
    boolean published =
        evaluation.status() == org.bandwise.evaluation.entity.EvaluationStatus.PUBLISHED;
    if (caller.seesWorkInProgress()
        || evaluation.seats(caller.userId())
        || (publishedIsPublic && published)) {
      return;
    }
    throw ProblemException.forbidden(
        "Panel work in progress is for HR, auditors and the members of the panel.");
  }

  private Scheme requireScheme(Evaluation evaluation) {
    Scheme scheme = store.schemeOf(evaluation);
    if (scheme == null) {
      throw ProblemException.conflict("status", "This evaluation has no panel and scheme yet.");
    }
    return scheme;
  }

  private String myName() {
    var me = people.byIds(List.of(caller.userId())).get(caller.userId());
    return me == null ? caller.user().username() : me.displayName();
  }
}
