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
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.identity.entity.UserAccount;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.error.FieldProblem;

/**
 * A signed-in user changes their own password: they prove they know the current one, and choose one
 * that passes the password rules and is not the same again. Every other session of theirs ends (the
 * one they are using stays open), and the change is audited without either password.
 */
@ApplicationScoped
public class OwnPassword {

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject SessionStore sessions;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public UserAccount change(
      String userId, String sessionId, String currentPassword, String newPassword) {
    UserAccount user = em.find(UserAccount.class, userId);
    if (user == null) {
      throw new RecordNotFound("Your account no longer exists.");
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (!hasher.matches(currentPassword, user.passwordHash())) {
      problems.add(new FieldProblem("currentPassword", "Your current password is not right."));
    }
    problems.addAll(PasswordRules.check("newPassword", newPassword, user.username()));
    if (problems.isEmpty() && hasher.matches(newPassword, user.passwordHash())) {
      problems.add(
          new FieldProblem(
              "newPassword", "Choose a new password that is different from your current one."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    boolean wasRequired = user.mustChangePassword();
    user.passwordChangedByOwner(hasher.hash(newPassword), LocalDateTime.now(clock));
    sessions.endAllOthersFor(user.id(), sessionId, "PASSWORD_CHANGED");
    audit.record(
        UserDirectory.ENTITY,
        user.id(),
        null,
        "PASSWORD_CHANGED",
        wasRequired
            ? "Password of " + user.username() + " chosen at first sign-in"
            : "Password of " + user.username() + " changed by its owner",
        null,
        null);
    em.flush();
    return user;
  }
}
