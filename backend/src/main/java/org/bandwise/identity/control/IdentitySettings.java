package org.bandwise.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.bandwise.config.Setting;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Turns configuration into the identity rules' settings. */
@ApplicationScoped
public class IdentitySettings {

  @Inject
  @ConfigProperty(
      name = Setting.SESSION_IDLE_MINUTES_PROPERTY,
      defaultValue = Setting.SESSION_IDLE_MINUTES_DEFAULT)
  int idleMinutes;

  @Inject
  @ConfigProperty(
      name = Setting.SESSION_MAX_HOURS_PROPERTY,
      defaultValue = Setting.SESSION_MAX_HOURS_DEFAULT)
  int maxHours;

  @Inject
  @ConfigProperty(
      name = Setting.SIGNIN_MAX_FAILURES_PROPERTY,
      defaultValue = Setting.SIGNIN_MAX_FAILURES_DEFAULT)
  int maxFailures;

  @Inject
  @ConfigProperty(
      name = Setting.SIGNIN_WINDOW_MINUTES_PROPERTY,
      defaultValue = Setting.SIGNIN_WINDOW_MINUTES_DEFAULT)
  int windowMinutes;

  @Inject
  @ConfigProperty(
      name = Setting.SIGNIN_BLOCK_MINUTES_PROPERTY,
      defaultValue = Setting.SIGNIN_BLOCK_MINUTES_DEFAULT)
  int blockMinutes;

  @Inject
  @ConfigProperty(
      name = Setting.SECURE_COOKIES_PROPERTY,
      defaultValue = Setting.SECURE_COOKIES_DEFAULT)
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
