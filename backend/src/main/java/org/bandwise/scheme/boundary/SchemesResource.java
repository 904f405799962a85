package org.bandwise.scheme.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.bandwise.api.SchemesApi;
import org.bandwise.api.model.SchemeInput;
import org.bandwise.api.model.SchemeStatus;
import org.bandwise.api.model.SchemeStatusChange;
import org.bandwise.api.model.ScoreRequest;
import org.bandwise.api.model.ScoreResult;
import org.bandwise.platform.Roles;
import org.bandwise.platform.http.Preconditions;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.scheme.control.SchemeStore;
import org.bandwise.scheme.entity.Scheme;

/**
 * Job evaluation schemes: every signed-in user reads them and scores levels with them (union reps
 * test a claim before appealing); HR admins create, edit, version, activate and retire them. Each
 * request is one transaction, opened here; {@code If-Match} becomes the version the change was made
 * against, which the store checks.
 */
@RequestScoped
@Transactional
public class SchemesResource implements SchemesApi {

  private static final Jsonb WITH_NULLS =
      JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  @Inject SchemeStore schemes;
  @Context UriInfo uriInfo;

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response listSchemes(SchemeStatus status, Integer page, Integer size) {
    Page<Scheme> found =
        schemes.list(
            status == null ? null : org.bandwise.scheme.entity.SchemeStatus.valueOf(status.name()),
            PageRequest.of(page, size));
    return Response.ok(
            SchemeMapping.page(
                found, schemes.inUse(found.items().stream().map(Scheme::id).toList())))
        .build();
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public Response createScheme(SchemeInput input, String xRequestedWith) {
    Scheme scheme =
        schemes.create(input.getCode(), SchemeMapping.details(input), SchemeMapping.content(input));
    return created(scheme);
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response getScheme(UUID schemeId) {
    return ok(schemes.get(schemeId));
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public Response updateScheme(
      UUID schemeId, SchemeInput input, String ifMatch, String xRequestedWith) {
    return ok(
        schemes.update(
            schemeId,
            Preconditions.expected(ifMatch),
            SchemeMapping.details(input),
            SchemeMapping.content(input)));
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public Response createSchemeVersion(UUID schemeId, String xRequestedWith) {
    return created(schemes.startNextVersion(schemeId));
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public Response changeSchemeStatus(
      UUID schemeId, SchemeStatusChange change, String ifMatch, String xRequestedWith) {
    return ok(
        schemes.changeStatus(
            schemeId,
            Preconditions.expected(ifMatch),
            org.bandwise.scheme.entity.SchemeStatus.valueOf(change.getStatus().name())));
  }

  /**
   * Changes nothing: a POST only because the levels travel in the body. Other systems call it, so a
   * total in no band says {@code "band": null} outright rather than leaving the field out.
   */
  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response scoreLevels(UUID schemeId, ScoreRequest request, String xRequestedWith) {
    ScoreResult result = SchemeMapping.score(schemes.score(schemeId, request.getLevels()));
    return Response.ok(WITH_NULLS.toJson(result), MediaType.APPLICATION_JSON_TYPE).build();
  }

  private Response ok(Scheme scheme) {
    return Response.ok(SchemeMapping.scheme(scheme, schemes.inUse(scheme.id())))
        .header("ETag", Preconditions.etagHeader(scheme.version()))
        .build();
  }

  private Response created(Scheme scheme) {
    return Response.created(
            uriInfo.getBaseUriBuilder().path("schemes").path(scheme.id().toString()).build())
        .header("ETag", Preconditions.etagHeader(scheme.version()))
        .entity(SchemeMapping.scheme(scheme, false))
        .build();
  }
}
