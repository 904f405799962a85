package org.bandwise.payband.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.bandwise.api.PayStructuresApi;
import org.bandwise.payband.control.PayStructureStore;
import org.bandwise.platform.Roles;
import org.bandwise.platform.persistence.PageRequest;

/** Pay structures and zones: reference data every signed-in user reads. */
@RequestScoped
public class PayStructuresResource implements PayStructuresApi {

  @Inject PayStructureStore structures;

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response listPayStructures(Integer page, Integer size) {
    return Response.ok(PayMapping.structurePage(structures.structures(PageRequest.of(page, size))))
        .build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response listPayZones() {
    return Response.ok(PayMapping.zones(structures.zones())).build();
  }
}
