package org.bandwise.payband.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.bandwise.api.PayScalesApi;
import org.bandwise.api.model.PayScaleCopy;
import org.bandwise.api.model.PayScaleCreate;
import org.bandwise.api.model.PayScaleUpdate;
import org.bandwise.payband.control.PayBandStore;
import org.bandwise.payband.control.PayScaleStore;
import org.bandwise.payband.control.ScaleView;
import org.bandwise.platform.Roles;
import org.bandwise.platform.http.Preconditions;
import org.bandwise.platform.persistence.PageRequest;

/** Pay scales: every signed-in user reads them; HR admins add, change and retire them. */
@RequestScoped
public class PayScalesResource implements PayScalesApi {

  @Inject PayScaleStore scales;
  @Inject PayBandStore bands;
  @Context UriInfo uriInfo;

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response listPayScales(UUID bandId, String zone, Integer page, Integer size) {
    String code = bands.get(bandId.toString()).code();
    return Response.ok(
            PayMapping.scalePage(
                scales.list(bandId.toString(), zone, PageRequest.of(page, size)), code))
        .build();
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  @Transactional
  public Response createPayScale(UUID bandId, PayScaleCreate create, String xRequestedWith) {
    ScaleView view =
        scales.create(
            bandId.toString(),
            create.getZone(),
            create.getEffectiveFrom(),
            PayMapping.status(create.getStatus()),
            create.getNote(),
            PayMapping.points(create.getPoints()));
    return created(view);
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  @Transactional
  public Response copyPayScale(UUID scaleId, PayScaleCopy copy, String xRequestedWith) {
    ScaleView view =
        scales.copy(
            scaleId.toString(),
            copy.getEffectiveFrom(),
            PayMapping.status(copy.getStatus()),
            copy.getUpliftPercent(),
            copy.getNote());
    return created(view);
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response getPayScale(UUID scaleId) {
    ScaleView view = scales.get(scaleId.toString());
    return ok(view);
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  @Transactional
  public Response updatePayScale(
      UUID scaleId, PayScaleUpdate update, String ifMatch, String xRequestedWith) {
    ScaleView view =
        scales.update(
            scaleId.toString(),
            Preconditions.expected(ifMatch),
            update.getEffectiveFrom(),
            PayMapping.status(update.getStatus()),
            update.getNote(),
            PayMapping.points(update.getPoints()),
            update.getRetired());
    return ok(view);
  }

  private Response created(ScaleView view) {
    return Response.created(
            uriInfo.getBaseUriBuilder().path("pay-scales").path(view.scale().id()).build())
        .header("ETag", Preconditions.etagHeader(view.scale().version()))
        .entity(PayMapping.scale(view, bands.get(view.scale().bandId()).code()))
        .build();
  }

  private Response ok(ScaleView view) {
    return Response.ok(PayMapping.scale(view, bands.get(view.scale().bandId()).code()))
        .header("ETag", Preconditions.etagHeader(view.scale().version()))
        .build();
  }
}
