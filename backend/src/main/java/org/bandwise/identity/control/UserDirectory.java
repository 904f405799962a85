package org.bandwise.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.identity.entity.Role;
import org.bandwise.identity.entity.TradeUnion;
import org.bandwise.identity.entity.UserAccount;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.NotSignedIn;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.error.FieldProblem;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;

/**
 * User accounts: created, changed, disabled and given new passwords by HR admins; every change
 * audited.
 */
@ApplicationScoped
public class UserDirectory {

  static final String ENTITY = "USER";

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject SessionStore sessions;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  public Page<UserAccount> search(String query, PageRequest page) {
    String pattern =
        query == null || query.isBlank()
            ? null
            : "%" + escapeLike(query.trim().toLowerCase(Locale.ROOT)) + "%";
    List<UserAccount> items =
        em.createNamedQuery("UserAccount.search", UserAccount.class)
            .setParameter("q", pattern)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createNamedQuery("UserAccount.countSearch", Long.class)
            .setParameter("q", pattern)
            .getSingleResult();
    return new Page<>(items, total, page);
  }

  public UserAccount get(String id) {
    UserAccount user = em.find(UserAccount.class, id);
    if (user == null) {
      throw new RecordNotFound("There is no user with id " + id + ".");
    }
    return user;
  }

  @Transactional
  public UserAccount create(
      String username, String displayName, String password, Set<Role> roles, TradeUnion union) {
    List<FieldProblem> problems =
        new ArrayList<>(PasswordRules.check("password", password, username));
    problems.addAll(unionProblems(roles, union));
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    boolean taken =
        !em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
            .setParameter("username", username)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new RuleConflict("username", "The username " + username + " is already taken.");
    }
    UserAccount user =
        new UserAccount(username, displayName.trim(), hasher.hash(password), roles, union, now());
    em.persist(user);
    audit.record(
        ENTITY,
        user.id(),
        null,
        "CREATED",
        "User " + username + " created",
        null,
        user.auditSnapshot());
    em.flush();
    return user;
  }

  /**
   * Changes a user. An admin may not disable themself or take away their own HR admin role: that is
   * how an organisation locks itself out. Disabling ends the user's sessions at once.
   */
  @Transactional
  public UserAccount update(
      String id,
      ExpectedVersion expected,
      String actingUsername,
      String displayName,
      Set<Role> roles,
      TradeUnion union,
      boolean enabled) {
    UserAccount user = get(id);
    expected.check(user.version());
    List<FieldProblem> problems = new ArrayList<>(unionProblems(roles, union));
    if (user.username().equals(actingUsername)) {
      if (!enabled) {
        problems.add(new FieldProblem("enabled", "You cannot disable your own account"));
      }
      if (user.roles().contains(Role.HR_ADMIN) && !roles.contains(Role.HR_ADMIN)) {
        problems.add(new FieldProblem("roles", "You cannot remove your own HR admin role"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Map<String, Object> before = user.auditSnapshot();
    boolean wasEnabled = user.enabled();
    LocalDateTime now = now();
    user.changeProfile(displayName.trim(), roles, union, now);
    user.setEnabled(enabled, now);
    String action =
        wasEnabled && !enabled ? "DISABLED" : !wasEnabled && enabled ? "ENABLED" : "UPDATED";
    if (!enabled) {
      sessions.endAllFor(user.id(), "DISABLED");
    }
    audit.record(
        ENTITY,
        user.id(),
        null,
        action,
        "User " + user.username() + " " + action.toLowerCase(Locale.ROOT),
        before,
        user.auditSnapshot());
    em.flush();
    return user;
  }

  /** A new password ends the user's sessions: whoever knew the old one is signed out. */
  @Transactional
  public UserAccount resetPassword(String id, ExpectedVersion expected, String newPassword) {
    UserAccount user = get(id);
    expected.check(user.version());
    List<FieldProblem> problems = PasswordRules.check("newPassword", newPassword, user.username());
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    user.changePasswordHash(hasher.hash(newPassword), now());
    sessions.endAllFor(user.id(), "PASSWORD_RESET");
    audit.record(
        ENTITY,
        user.id(),
        null,
        "PASSWORD_RESET",
        "Password of " + user.username() + " reset",
        null,
        null);
    em.flush();
    return user;
  }

  public UserAccount byUsername(String username) {
    return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotSignedIn("Sign in to use Bandwise."));
  }

  static List<FieldProblem> unionProblems(Set<Role> roles, TradeUnion union) {
    if (roles.contains(Role.UNION_REP) && union == null) {
      return List.of(new FieldProblem("union", "Choose the union this union rep acts for"));
    }
    return List.of();
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
