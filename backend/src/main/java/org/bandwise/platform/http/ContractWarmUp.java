package org.bandwise.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Reads the contract and builds its validators while the application deploys, so the first request
 * does not pay for it (and a contract the validator cannot read stops the deployment, not a
 * request).
 */
@ApplicationScoped
public class ContractWarmUp {

  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    ContractValidation.operations();
  }
}
