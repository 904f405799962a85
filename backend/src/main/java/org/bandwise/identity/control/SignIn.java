package org.bandwise.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bandwise.identity.entity.UserAccount;
import org.bandwise.platform.domain.NotSignedIn;
import org.bandwise.platform.domain.TooManyAttempts;

/**
 * Signing in. A wrong username, a wrong password and a disabled account all get the same answer, in
 * the same time, so an attacker learns nothing about which accounts exist; repeated failures block
 * the username.
 */
@ApplicationScoped
public class SignIn {

  private static final Logger LOG = Logger.getLogger(SignIn.class.getName());
  static final String WRONG_CREDENTIALS = "The username or password is not right.";

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject SignInThrottleStore throttle;
  @Inject SessionStore sessions;

  public OpenedSession signIn(String username, String password) {
    String key = username.trim().toLowerCase(Locale.ROOT);
    Optional<Duration> blocked = throttle.blockedFor(key);
    if (blocked.isPresent()) {
      long minutes = Math.max(1, (blocked.get().toSeconds() + 59) / 60);
      throw new TooManyAttempts(
          "Too many failed sign-ins for this username. Try again in "
              + minutes
              + (minutes == 1 ? " minute." : " minutes."),
          blocked.get());
    }
    UserAccount user =
        em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
            .setParameter("username", key)
            .getResultStream()
            .findFirst()
            .orElse(null);
    boolean passwordMatches;
    if (user == null) {
      hasher.spendTimeOnUnknownUser(password);
      passwordMatches = false;
    } else {
      passwordMatches = hasher.matches(password, user.passwordHash());
    }
    if (!passwordMatches || !user.enabled()) {
      recordFailure(key);
      throw new NotSignedIn(WRONG_CREDENTIALS);
    }
    throttle.clear(key);
    return sessions.open(user.id());
  }

  private void recordFailure(String key) {
    try {
      throttle.recordFailure(key);
    } catch (RuntimeException e) {
      // two failures for one new username at the same instant: one of them is not counted
      LOG.log(Level.FINE, "A failed sign-in could not be counted", e);
    }
  }
}
