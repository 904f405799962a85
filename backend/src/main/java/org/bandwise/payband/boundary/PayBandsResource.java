package org.bandwise.payband.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.bandwise.api.PayBandsApi;
import org.bandwise.api.model.PayBandCreate;
import org.bandwise.api.model.PayBandUpdate;
import org.bandwise.payband.control.PayBandStore;
import org.bandwise.payband.control.PayScaleStore;
import org.bandwise.payband.control.PayStructureStore;
import org.bandwise.payband.control.PayWords;
import org.bandwise.payband.entity.PayBand;
import org.bandwise.payband.entity.PayZone;
import org.bandwise.platform.Roles;
import org.bandwise.platform.cache.CachedRead;
import org.bandwise.platform.cache.ReferenceData;
import org.bandwise.platform.cache.ReferenceKind;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.http.CachedResponses;
import org.bandwise.platform.http.Preconditions;
import org.bandwise.platform.http.StrictJson;
import org.bandwise.platform.persistence.PageRequest;

/** Pay bands: every signed-in user reads them; HR admins add, change and retire them. */
@RequestScoped
public class PayBandsResource implements PayBandsApi {

  @Inject PayBandStore bands;
  @Inject PayScaleStore scales;
  @Inject PayStructureStore structures;
  @Inject Clock clock;
  @Inject ReferenceData reference;
  @Context UriInfo uriInfo;
  @Context Request request;

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response listPayBands(
      UUID structureId,
      LocalDate date,
      String zone,
      Boolean includeProposed,
      Boolean includeRetired,
      Integer page,
      Integer size) {
    LocalDate day = date == null ? LocalDate.now(clock) : date;
    String structure = structureId == null ? null : structureId.toString();
    boolean proposed = Boolean.TRUE.equals(includeProposed);
    boolean retired = Boolean.TRUE.equals(includeRetired);
    PageRequest pageRequest = PageRequest.of(page, size);
    String key =
        String.join(
            "|",
            "pay-bands",
            String.valueOf(structure),
            day.toString(),
            String.valueOf(zone),
            String.valueOf(proposed),
            String.valueOf(retired),
            Integer.toString(pageRequest.page()),
            Integer.toString(pageRequest.size()));
    CachedRead read =
        reference.read(
            ReferenceKind.PAY,
            key,
            () -> {
              String zoneCode =
                  zone == null ? PayZone.NATIONAL : structures.zone(zone, "zone").code();
              return StrictJson.bytes(
                  PayMapping.bandPage(
                      bands.list(structure, day, zoneCode, proposed, retired, pageRequest), day));
            });
    return CachedResponses.of(request, read);
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  @Transactional
  public Response createPayBand(PayBandCreate create, String xRequestedWith) {
    PayBand band =
        bands.create(
            create.getStructureId().toString(),
            create.getCode(),
            create.getName(),
            create.getRank(),
            create.getDescription(),
            create.getOpenToNewEntrants());
    return Response.created(uriInfo.getBaseUriBuilder().path("pay-bands").path(band.id()).build())
        .header("ETag", Preconditions.etagHeader(band.version()))
        .entity(PayMapping.band(band))
        .build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response getPayBand(UUID bandId) {
    PayBand band = bands.get(bandId.toString());
    return Response.ok(PayMapping.band(band))
        .header("ETag", Preconditions.etagHeader(band.version()))
        .build();
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  @Transactional
  public Response updatePayBand(
      UUID bandId, PayBandUpdate update, String ifMatch, String xRequestedWith) {
    PayBand band =
        bands.update(
            bandId.toString(),
            Preconditions.expected(ifMatch),
            update.getCode(),
            update.getName(),
            update.getRank(),
            update.getDescription(),
            update.getOpenToNewEntrants(),
            update.getRetired());
    return Response.ok(PayMapping.band(band))
        .header("ETag", Preconditions.etagHeader(band.version()))
        .build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response getPayBandSalaryRange(
      UUID bandId, LocalDate date, String zone, Boolean includeProposed) {
    LocalDate day = date == null ? LocalDate.now(clock) : date;
    String zoneCode = zone == null ? PayZone.NATIONAL : zone;
    return scales
        .inForce(bandId.toString(), zoneCode, day, Boolean.TRUE.equals(includeProposed))
        .map(scale -> Response.ok(PayMapping.range(scale, day)).build())
        .orElseThrow(
            () ->
                new RecordNotFound(
                    bands.get(bandId.toString()).name()
                        + " has no "
                        + structures.zone(zoneCode, "zone").name()
                        + " scale in force on "
                        + PayWords.date(day)
                        + "."));
  }
}
