package org.bandwise.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.bandwise.identity.entity.SignInThrottle;

/**
 * Keeps failed sign-in counts in the database, so every instance throttles alike. Each call has its
 * own transaction: a failure is counted even though the sign-in that caused it fails.
 */
@ApplicationScoped
public class SignInThrottleStore {

  @PersistenceContext EntityManager em;
  @Inject SignInThrottleRules rules;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Duration> blockedFor(String username) {
    SignInThrottle row = em.find(SignInThrottle.class, username);
    return rules.blockedFor(state(row), LocalDateTime.now(clock));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordFailure(String username) {
    SignInThrottle row = em.find(SignInThrottle.class, username, LockModeType.PESSIMISTIC_WRITE);
    SignInThrottleRules.State next = rules.afterFailure(state(row), LocalDateTime.now(clock));
    if (row == null) {
      row = new SignInThrottle(username);
      row.update(next.failures(), next.windowStart(), next.blockedUntil());
      em.persist(row);
    } else {
      row.update(next.failures(), next.windowStart(), next.blockedUntil());
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void clear(String username) {
    em.createQuery("DELETE FROM SignInThrottle t WHERE t.username = :username")
        .setParameter("username", username)
        .executeUpdate();
  }

  private static SignInThrottleRules.State state(SignInThrottle row) {
    return row == null
        ? null
        : new SignInThrottleRules.State(row.failures(), row.windowStart(), row.blockedUntil());
  }
}
