package org.bandwise.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Turns configuration into the identity rules' settings. */
@ApplicationScoped
public class IdentitySettings {

  @Inject
  @ConfigProperty(name = "bandwise.session.idle-minutes", defaultValue = "30")
  int idleMinutes;

  @Inject
  @ConfigProperty(name = "bandwise.session.max-hours", defaultValue = "8")
  int maxHours;

  @Inject
  @ConfigProperty(name = "bandwise.signin.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "bandwise.signin.window-minutes", defaultValue = "15")
  int windowMinutes;

  @Inject
  @ConfigProperty(name = "bandwise.signin.block-minutes", defaultValue = "15")
  int blockMinutes;

  @Inject
  @ConfigProperty(name = "bandwise.secure-cookies", defaultValue = "false")
  boolean secureCookies;

  @Produces
  @Singleton
  SessionPolicy sessionPolicy() {
    return new SessionPolicy(Duration.ofMinutes(idleMinutes), Duration.ofHours(maxHours));
  }

  @Produces
  @Singleton
  SignInThrottleRules signInThrottleRules() {
    return new SignInThrottleRules(
        maxFailures, Duration.ofMinutes(windowMinutes), Duration.ofMinutes(blockMinutes));
  }

  @Produces
  @Singleton
  SessionTokens sessionTokens(SigningKeys keys) {
    return new SessionTokens(keys.key());
  }

  /**
   * Always mark the cookie Secure (set this behind TLS), in addition to requests that arrive over
   * HTTPS.
   */
  public boolean secureCookies() {
    return secureCookies;
  }
}
