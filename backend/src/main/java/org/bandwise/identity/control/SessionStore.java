package org.bandwise.identity.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.bandwise.identity.entity.Role;
import org.bandwise.identity.entity.UserAccount;
import org.bandwise.identity.entity.UserSession;
import org.bandwise.platform.persistence.DatabaseMigrations;
import org.bandwise.platform.persistence.DatabaseUnavailable;

/**
 * Opens, checks and ends sessions. Checking runs on every API request, so it is one indexed query
 * over plain JDBC (session, user and roles together) plus, at most once a minute, a last-seen
 * update.
 */
@ApplicationScoped
public class SessionStore {

  private static final Logger LOG = Logger.getLogger(SessionStore.class.getName());
  private static final String CHECK_SQL =
      "SELECT u.id, u.username, u.enabled, u.must_change_password, s.expires_at, s.last_seen_at, s.ended_at,"
          + " (SELECT GROUP_CONCAT(r.role) FROM app_user_role r WHERE r.user_id = u.id) AS roles"
          + " FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.id = ?";
  private static final String TOUCH_SQL =
      "UPDATE user_session SET last_seen_at = ? WHERE id = ? AND last_seen_at < ?";

  @PersistenceContext EntityManager em;

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  DataSource dataSource;

  @Inject SessionTokens tokens;
  @Inject SessionPolicy policy;
  @Inject Clock clock;

  @Transactional
  public OpenedSession open(String userId) {
    LocalDateTime now = LocalDateTime.now(clock);
    UserAccount user = em.find(UserAccount.class, userId);
    UserSession session = new UserSession(user.id(), now, policy.expiresAt(now));
    em.persist(session);
    user.signedIn(now);
    String token =
        tokens.issue(
            session.id(),
            user.id(),
            user.username(),
            user.roles().stream().map(Enum::name).sorted().toList(),
            now.toInstant(ZoneOffset.UTC),
            session.expiresAt().toInstant(ZoneOffset.UTC));
    return new OpenedSession(token, policy.maxLifetime(), user);
  }

  /**
   * The user behind a token, if its signature is good and its session is open, in time and not
   * idle.
   */
  public Optional<SignedInUser> check(String token) {
    LocalDateTime now = LocalDateTime.now(clock);
    Optional<String> sessionId = tokens.sessionIdOf(token, now.toInstant(ZoneOffset.UTC));
    if (sessionId.isEmpty()) {
      return Optional.empty();
    }
    try (Connection connection = dataSource.getConnection()) {
      SignedInUser user;
      LocalDateTime lastSeen;
      try (PreparedStatement check = connection.prepareStatement(CHECK_SQL)) {
        check.setString(1, sessionId.get());
        try (ResultSet row = check.executeQuery()) {
          if (!row.next() || !row.getBoolean("enabled")) {
            return Optional.empty();
          }
          lastSeen = row.getObject("last_seen_at", LocalDateTime.class);
          LocalDateTime expires = row.getObject("expires_at", LocalDateTime.class);
          LocalDateTime ended = row.getObject("ended_at", LocalDateTime.class);
          if (!policy.isActive(expires, lastSeen, ended, now)) {
            return Optional.empty();
          }
          user =
              new SignedInUser(
                  row.getString("id"),
                  row.getString("username"),
                  sessionId.get(),
                  roles(row.getString("roles")),
                  row.getBoolean("must_change_password"));
        }
      }
      if (policy.needsTouch(lastSeen, now)) {
        try (PreparedStatement touch = connection.prepareStatement(TOUCH_SQL)) {
          touch.setObject(1, now);
          touch.setString(2, sessionId.get());
          touch.setObject(3, now);
          touch.executeUpdate();
        }
      }
      return Optional.of(user);
    } catch (SQLException e) {
      // never "signed out" because the database is down: the caller is told the service is
      // unavailable, and keeps the session for when it is back
      LOG.log(Level.WARNING, "Session check could not reach the database: {0}", e.toString());
      throw new DatabaseUnavailable(e);
    }
  }

  @Transactional
  public void end(String sessionId, String reason) {
    em.createQuery(
            "UPDATE UserSession s SET s.endedAt = :now, s.endReason = :reason WHERE s.id = :id AND s.endedAt IS NULL")
        .setParameter("now", LocalDateTime.now(clock))
        .setParameter("reason", reason)
        .setParameter("id", sessionId)
        .executeUpdate();
  }

  /**
   * Ends every open session of a user but one, in the caller's transaction: changing one's own
   * password signs out every other browser.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int endAllOthersFor(String userId, String keptSessionId, String reason) {
    return em.createQuery(
            "UPDATE UserSession s SET s.endedAt = :now, s.endReason = :reason WHERE s.userId = :userId"
                + " AND s.id <> :kept AND s.endedAt IS NULL")
        .setParameter("now", LocalDateTime.now(clock))
        .setParameter("reason", reason)
        .setParameter("userId", userId)
        .setParameter("kept", keptSessionId)
        .executeUpdate();
  }

  /** Ends every open session of a user, in the caller's transaction (disable, password reset). */
  @Transactional(Transactional.TxType.MANDATORY)
  public int endAllFor(String userId, String reason) {
    return em.createQuery(
            "UPDATE UserSession s SET s.endedAt = :now, s.endReason = :reason WHERE s.userId = :userId AND s.endedAt IS NULL")
        .setParameter("now", LocalDateTime.now(clock))
        .setParameter("reason", reason)
        .setParameter("userId", userId)
        .executeUpdate();
  }

  private static Set<Role> roles(String joined) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (joined != null && !joined.isBlank()) {
      Arrays.stream(joined.split(",")).map(String::trim).map(Role::valueOf).forEach(roles::add);
    }
    return roles;
  }
}
