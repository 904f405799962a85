package org.bandwise.appeal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.File;
import java.util.List;
import java.util.UUID;
import org.bandwise.api.AppealsApi;
import org.bandwise.api.model.AppealEvidencePage;
import org.bandwise.api.model.AppealEvidenceWithdrawal;
import org.bandwise.api.model.AppealInput;
import org.bandwise.api.model.AppealNoteInput;
import org.bandwise.api.model.AppealPage;
import org.bandwise.api.model.AppealStatus;
import org.bandwise.api.model.AppealStepInput;
import org.bandwise.api.model.ConsentInput;
import org.bandwise.api.model.DeadlineState;
import org.bandwise.api.model.RecordViewPage;
import org.bandwise.api.model.ReviewPanelInput;
import org.bandwise.api.model.ReviewPanelMemberInput;
import org.bandwise.api.model.UnionMemberPage;
import org.bandwise.api.model.UnionMemberRecord;
import org.bandwise.appeal.control.AppealDueDates;
import org.bandwise.appeal.control.AppealEvidenceStore;
import org.bandwise.appeal.control.AppealLodging;
import org.bandwise.appeal.control.AppealRecords.AppealDetail;
import org.bandwise.appeal.control.AppealRecords.AppealRow;
import org.bandwise.appeal.control.AppealSteps;
import org.bandwise.appeal.control.AppealViewer;
import org.bandwise.appeal.control.MemberConsent;
import org.bandwise.appeal.control.ReviewPanelSeating;
import org.bandwise.appeal.control.VisibleAppeals;
import org.bandwise.evaluation.entity.PanelSide;
import org.bandwise.identity.boundary.Caller;
import org.bandwise.identity.entity.Role;
import org.bandwise.identity.entity.TradeUnion;
import org.bandwise.platform.Roles;
import org.bandwise.platform.domain.NotPermitted;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.http.Preconditions;
import org.bandwise.platform.persistence.PageRequest;

/**
 * Appeals and members' consent. Object-level rules: a union rep sees and acts for their own union's
 * appeals only (another union's answer 404, as if absent); HR evaluators, HR admins and auditors
 * see all; a staff member sees the appeals that include them. Which steps a caller may take is
 * {@link org.bandwise.appeal.control.AppealPermissions}.
 */
@RequestScoped
public class AppealsResource implements AppealsApi {

  @Inject VisibleAppeals appeals;
  @Inject AppealDueDates dueDates;
  @Inject AppealLodging lodging;
  @Inject AppealSteps steps;
  @Inject ReviewPanelSeating panels;
  @Inject MemberConsent consent;
  @Inject Caller caller;
  @Inject AppealEvidenceStore evidence;
  @Inject AppealViewers viewers;
  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  AppealViewer viewer() {
    return viewers.current();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response listAppeals(DeadlineState due, AppealStatus status, Integer page, Integer size) {
    AppealViewer viewer = viewer();
    var found =
        appeals.list(
            viewer,
            due == null ? null : org.bandwise.appeal.control.DeadlineState.valueOf(due.name()),
            status == null ? null : org.bandwise.appeal.control.AppealStatus.valueOf(status.name()),
            PageRequest.of(page, size));
    var deadlines = dueDates.deadlines();
    var today = dueDates.today();
    return Response.ok(
            new AppealPage()
                .items(
                    found.items().stream()
                        .map(i -> AppealMapping.summary(i.row(), i.members(), deadlines, today))
                        .toList())
                .page(found.request().page())
                .size(found.request().size())
                .totalItems(found.totalItems()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response getAppeal(UUID appealId) {
    return answer(viewer(), appealId.toString(), Response.Status.OK);
  }

  private Response answer(AppealViewer viewer, String id, Response.Status status) {
    AppealDetail detail = appeals.get(viewer, id);
    var body = AppealMapping.appeal(detail, viewer, dueDates.deadlines(), dueDates.today());
    Response.ResponseBuilder response =
        Response.status(status)
            .entity(body)
            .header("ETag", Preconditions.etagHeader(detail.row().version()))
            .header("Cache-Control", "no-store");
    if (status == Response.Status.CREATED) {
      response.location(uriInfo.getBaseUriBuilder().path("appeals").path(id).build());
    }
    return response.build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP})
  public Response lodgeAppeal(AppealInput input, String xRequestedWith) {
    AppealViewer viewer = viewer();
    String id = lodging.lodge(viewer, AppealMapping.lodgeRequest(input));
    return answer(viewer, id, Response.Status.CREATED);
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP})
  public Response takeAppealStep(
      UUID appealId, AppealStepInput input, String ifMatch, String xRequestedWith) {
    AppealViewer viewer = viewer();
    var expected = Preconditions.expected(ifMatch);
    AppealRow row = appeals.visibleForChange(viewer, appealId.toString());
    steps.takeStep(viewer, row, expected, AppealMapping.stepRequest(input));
    return answer(viewer, row.id(), Response.Status.OK);
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR})
  public Response setAppealReviewPanel(
      UUID appealId, ReviewPanelInput input, String ifMatch, String xRequestedWith) {
    AppealViewer viewer = viewer();
    var expected = Preconditions.expected(ifMatch);
    AppealRow row = appeals.visibleForChange(viewer, appealId.toString());
    List<ReviewPanelMemberInput> members = input.getMembers();
    panels.seatPanel(
        viewer,
        row,
        expected,
        members.stream().map(m -> m.getUserId().toString()).toList(),
        members.stream()
            .map(m -> m.getSide() == null ? null : PanelSide.valueOf(m.getSide().name()))
            .toList(),
        members.stream().map(m -> Boolean.TRUE.equals(m.getChair())).toList());
    return answer(viewer, row.id(), Response.Status.OK);
  }

  private String ownStaffId() {
    String staffId = consent.staffIdOf(caller.userId());
    if (staffId == null) {
      throw new RecordNotFound("Your sign-in account is not linked to a staff record.");
    }
    return staffId;
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response getMyConsent() {
    return Response.ok(ConsentMapping.consent(consent.get(ownStaffId())))
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response setMyConsent(ConsentInput input, String xRequestedWith) {
    if (caller.hasAny(Role.AUDITOR) && !caller.hasAny(Role.STAFF)) {
      throw new NotPermitted("Auditors change nothing.");
    }
    return Response.ok(
            ConsentMapping.consent(
                consent.set(ownStaffId(), Boolean.TRUE.equals(input.getGranted()))))
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response listMyRecordViews(Integer page, Integer size) {
    var views = consent.views(ownStaffId(), PageRequest.of(page, size));
    return Response.ok(
            new RecordViewPage()
                .items(views.items().stream().map(ConsentMapping::recordView).toList())
                .page(views.request().page())
                .size(views.request().size())
                .totalItems(views.totalItems()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @RolesAllowed({Roles.UNION_REP})
  public Response listUnionMembers(Boolean consented, String q, Integer page, Integer size) {
    TradeUnion union = consent.unionOf(caller.userId());
    if (union == null) {
      throw new NotPermitted("Your account does not name the union you act for.");
    }
    var members = consent.members(union, consented, q, PageRequest.of(page, size));
    return Response.ok(
            new UnionMemberPage()
                .items(members.items().stream().map(ConsentMapping::unionMember).toList())
                .page(members.request().page())
                .size(members.request().size())
                .totalItems(members.totalItems()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.UNION_REP})
  public Response getUnionMember(String staffNumber) {
    AppealViewer viewer = viewer();
    var record =
        consent.lookAt(viewer.userId(), viewer.displayName(), viewer.repUnion(), staffNumber);
    var deadlines = dueDates.deadlines();
    var today = dueDates.today();
    var theirAppeals =
        appeals
            .list(
                new AppealViewer(
                    viewer.userId(), viewer.displayName(), false, false, null, record.staffId()),
                null,
                null,
                PageRequest.of(1, 100))
            .items()
            .stream()
            .filter(i -> viewer.repOf(i.row().union()))
            .map(i -> AppealMapping.summary(i.row(), i.members(), deadlines, today))
            .toList();
    return Response.ok(
            new UnionMemberRecord()
                .staffNumber(record.staffNumber())
                .name(record.name())
                .band(record.band())
                .post(record.post())
                .jobTitle(record.jobTitle())
                .appeals(theirAppeals))
        .header("Cache-Control", "no-store")
        .build();
  }

  // ---------------------------------------------------------------- evidence and notes

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response listAppealEvidence(UUID appealId, Integer page, Integer size) {
    AppealDetail detail = appeals.get(viewer(), appealId.toString());
    var found = evidence.list(detail.row().id(), PageRequest.of(page, size));
    return Response.ok(
            new AppealEvidencePage()
                .items(found.items().stream().map(AppealMapping::evidence).toList())
                .page(found.request().page())
                .size(found.request().size())
                .totalItems(found.totalItems()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP})
  public Response addAppealEvidence(
      UUID appealId, File body, String fileName, String description, String xRequestedWith) {
    AppealViewer viewer = viewer();
    AppealRow row = appeals.visibleForChange(viewer, appealId.toString());
    EvidenceFiles.Sent sent =
        EvidenceFiles.read(body, headers.getHeaderString(HttpHeaders.CONTENT_TYPE), fileName);
    var added = evidence.add(viewer, row, sent.fileName(), description, sent.content());
    return Response.created(
            uriInfo
                .getBaseUriBuilder()
                .path("appeals")
                .path(row.id())
                .path("evidence")
                .path(added.id())
                .path("file")
                .build())
        .entity(AppealMapping.evidence(added))
        .header("ETag", Preconditions.etagHeader(added.version()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response downloadAppealEvidence(UUID appealId, UUID evidenceId) {
    AppealDetail detail = appeals.get(viewer(), appealId.toString());
    var file = evidence.get(detail.row().id(), evidenceId.toString());
    byte[] content = evidence.content(file.id());
    return EvidenceFiles.download(file.fileName(), content);
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP})
  public Response withdrawAppealEvidence(
      UUID appealId,
      UUID evidenceId,
      AppealEvidenceWithdrawal input,
      String ifMatch,
      String xRequestedWith) {
    AppealViewer viewer = viewer();
    var expected = Preconditions.expected(ifMatch);
    AppealRow row = appeals.visibleForChange(viewer, appealId.toString());
    var withdrawn =
        evidence.withdraw(viewer, row, evidenceId.toString(), expected, input.getReason());
    return Response.ok(AppealMapping.evidence(withdrawn))
        .header("ETag", Preconditions.etagHeader(withdrawn.version()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP})
  public Response addAppealNote(UUID appealId, AppealNoteInput input, String xRequestedWith) {
    AppealViewer viewer = viewer();
    AppealRow row = appeals.visibleForChange(viewer, appealId.toString());
    steps.addNote(viewer, row, input.getText());
    return answer(viewer, row.id(), Response.Status.OK);
  }
}
