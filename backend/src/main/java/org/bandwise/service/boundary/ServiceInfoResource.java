package org.bandwise.service.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.bandwise.api.ServiceApi;
import org.bandwise.api.model.ServiceInfo;
import org.bandwise.service.control.ServiceSettings;

/**
 * The organisation and service names for the page header; public, as the sign-in page shows them.
 */
@RequestScoped
public class ServiceInfoResource implements ServiceApi {

  @Inject ServiceSettings settings;

  @Override
  @PermitAll
  public Response getServiceInfo() {
    return Response.ok(
            new ServiceInfo()
                .organisationName(settings.organisationName())
                .serviceName(settings.serviceName()))
        .build();
  }
}
