package org.bandwise.job.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bandwise.api.JobDescriptionsApi;
import org.bandwise.api.model.BandRef;
import org.bandwise.api.model.JdContent;
import org.bandwise.api.model.JdStatus;
import org.bandwise.api.model.JdStatusChange;
import org.bandwise.api.model.JobDescriptionCreate;
import org.bandwise.api.model.JobDescriptionFilters;
import org.bandwise.api.model.JobDescriptionUpdate;
import org.bandwise.identity.boundary.Caller;
import org.bandwise.identity.control.People;
import org.bandwise.job.control.JobDescriptionSearch;
import org.bandwise.job.control.JobDescriptionStore;
import org.bandwise.job.entity.JdVersion;
import org.bandwise.job.entity.JobDescription;
import org.bandwise.payband.control.PayBandStore;
import org.bandwise.platform.Roles;
import org.bandwise.platform.domain.NotPermitted;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.http.Preconditions;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.workforce.control.PostHolders;

/**
 * Job descriptions. HR evaluators and admins write them; everyone signed in reads published ones;
 * drafts and versions under evaluation are for HR, auditors and the members of their panel, and
 * holders (from staff assignments: {@link PostHolders}) read their own post's. Each request is one
 * transaction, so a check and the write it guards see the same data.
 */
@RequestScoped
public class JobDescriptionsResource implements JobDescriptionsApi {

  @Inject JobDescriptionStore store;
  @Inject JobDescriptionSearch search;
  @Inject PayBandStore bands;
  @Inject People people;
  @Inject PostHolders postHolders;
  @Inject Caller caller;
  @Context UriInfo uriInfo;

  /** The JDs the caller holds today (from their staff record), read once per request. */
  private Set<String> callerHolds;

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response listJobDescriptions(
      String q,
      String roleFamily,
      String directorate,
      UUID bandId,
      JdStatus status,
      Boolean benchmark,
      Boolean heldByMe,
      String sort,
      Integer page,
      Integer size) {
    var filter =
        new JobDescriptionSearch.Filter(
            q,
            blankToNull(roleFamily),
            blankToNull(directorate),
            bandId == null ? null : bandId.toString(),
            status == null ? null : org.bandwise.job.entity.JdStatus.valueOf(status.name()),
            benchmark,
            Boolean.TRUE.equals(heldByMe) ? caller.userId() : null,
            !caller.seesWorkInProgress(),
            caller.userId());
    return Response.ok(JobMapping.page(search.search(filter, sort, PageRequest.of(page, size))))
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response getJobDescriptionFilters() {
    Map<String, List<String>> values = search.filterValues(!caller.seesWorkInProgress());
    return Response.ok(
            new JobDescriptionFilters()
                .roleFamilies(values.get("roleFamilies"))
                .directorates(values.get("directorates")))
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR})
  public Response createJobDescription(JobDescriptionCreate create, String xRequestedWith) {
    JdVersion first =
        store.create(
            create.getReference(),
            Boolean.TRUE.equals(create.getBenchmark()),
            JobMapping.content(create.getContent()));
    JobDescription jd = store.get(first.jd().id());
    return Response.created(
            uriInfo.getBaseUriBuilder().path("job-descriptions").path(jd.id()).build())
        .header("ETag", Preconditions.etagHeader(jd.version()))
        .entity(describe(jd))
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response getJobDescription(UUID jdId) {
    JobDescription jd = store.get(jdId.toString());
    boolean holder = heldByCaller(jd.id());
    if (!caller.seesWorkInProgress() && !jd.published() && !holder) {
      throw new RecordNotFound("There is no such published job description.");
    }
    return Response.ok(describe(jd)).header("ETag", Preconditions.etagHeader(jd.version())).build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR})
  public Response updateJobDescription(
      UUID jdId, JobDescriptionUpdate update, String ifMatch, String xRequestedWith) {
    JobDescription jd =
        store.markBenchmark(
            jdId.toString(), Preconditions.expected(ifMatch), update.getBenchmark());
    return Response.ok(describe(jd)).header("ETag", Preconditions.etagHeader(jd.version())).build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR})
  public Response createJdVersion(UUID jdId, String xRequestedWith) {
    JdVersion draft = store.startNewVersion(jdId.toString());
    return Response.created(
            uriInfo.getBaseUriBuilder().path("jd-versions").path(draft.id()).build())
        .header("ETag", Preconditions.etagHeader(draft.version()))
        .entity(JobMapping.version(draft, null, null).heldByMe(heldByCaller(draft.jd().id())))
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response getJdVersion(UUID versionId) {
    JdVersion version = visibleVersion(versionId);
    return Response.ok(
            JobMapping.version(
                    version,
                    search.outcomesOf(List.of(version.id())).get(version.id()),
                    search.openEvaluationOf(version.id()))
                .heldByMe(heldByCaller(version.jd().id())))
        .header("ETag", Preconditions.etagHeader(version.version()))
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR})
  public Response updateJdVersion(
      UUID versionId, JdContent content, String ifMatch, String xRequestedWith) {
    JdVersion version =
        store.rewrite(
            versionId.toString(), Preconditions.expected(ifMatch), JobMapping.content(content));
    return Response.ok(
            JobMapping.version(version, null, null).heldByMe(heldByCaller(version.jd().id())))
        .header("ETag", Preconditions.etagHeader(version.version()))
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR})
  public Response changeJdVersionStatus(
      UUID versionId, JdStatusChange change, String ifMatch, String xRequestedWith) {
    JdVersion version =
        store.moveByHand(
            versionId.toString(),
            Preconditions.expected(ifMatch),
            org.bandwise.job.entity.JdStatus.valueOf(change.getStatus().name()));
    return Response.ok(
            JobMapping.version(version, null, search.openEvaluationOf(version.id()))
                .heldByMe(heldByCaller(version.jd().id())))
        .header("ETag", Preconditions.etagHeader(version.version()))
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response getJdVersionChanges(UUID versionId) {
    JdVersion version = visibleVersion(versionId);
    return Response.ok(JobMapping.changes(version, store.previousOf(version))).build();
  }

  private JdVersion visibleVersion(UUID versionId) {
    JdVersion version = store.version(versionId.toString());
    if (!mayRead(version)) {
      throw new NotPermitted(
          "This version has no published outcome yet. Only HR, auditors, its panel and the"
              + " holders of the post may read it.");
    }
    return version;
  }

  private boolean mayRead(JdVersion version) {
    return caller.seesWorkInProgress()
        || version.status().published()
        || search.sitsOnPanelFor(version.id(), caller.userId())
        || (heldByCaller(version.jd().id())
            && version.status() != org.bandwise.job.entity.JdStatus.DRAFT);
  }

  private org.bandwise.api.model.JobDescription describe(JobDescription jd) {
    List<JdVersion> visible = new ArrayList<>();
    for (JdVersion version : store.versionsOf(jd.id())) {
      if (mayRead(version)) {
        visible.add(version);
      }
    }
    var outcomes = search.outcomesOf(visible.stream().map(JdVersion::id).toList());
    BandRef band = null;
    if (jd.bandId() != null) {
      var payBand = bands.get(jd.bandId());
      band = JobMapping.band(payBand.id(), payBand.code(), payBand.name());
    }
    boolean heldByMe = heldByCaller(jd.id());
    List<People.Person> holders =
        caller.seesWorkInProgress()
            ? List.copyOf(people.byIds(List.copyOf(postHolders.userIds(jd.id()))).values())
            : null;
    return JobMapping.jobDescription(jd, visible, outcomes, band, holders, heldByMe);
  }

  private boolean heldByCaller(String jdId) {
    if (callerHolds == null) {
      callerHolds = postHolders.jdIdsHeldBy(caller.userId());
    }
    return callerHolds.contains(jdId);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
