package org.bandwise.service.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the pages say about the service: the organisation that runs it (its header names it, since
 * the GOV.UK crown and logo are only for services on GOV.UK) and the service's own name.
 */
@ApplicationScoped
public class ServiceSettings {

  public static final String SERVICE_NAME = "Bandwise";
  public static final String DEFAULT_ORGANISATION = "Probation Service";

  @Inject
  @ConfigProperty(name = "bandwise.organisation.name", defaultValue = DEFAULT_ORGANISATION)
  String organisationName;

  /** The configured name, trimmed; the default when it is blank. */
  public String organisationName() {
    return organisationName == null || organisationName.isBlank()
        ? DEFAULT_ORGANISATION
        : organisationName.strip();
  }

  public String serviceName() {
    return SERVICE_NAME;
  }
}
