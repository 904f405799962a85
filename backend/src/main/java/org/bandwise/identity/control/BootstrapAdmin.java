package org.bandwise.identity.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.config.BootstrapAdminSettings;
import org.bandwise.identity.entity.Role;
import org.bandwise.identity.entity.UserAccount;
import org.bandwise.platform.config.ApplicationSettings;
import org.bandwise.platform.persistence.SchemaReady;

/**
 * The first way in on a blank database, as Keycloak and Grafana do it: with {@code
 * BANDWISE_BOOTSTRAP_ADMIN_USERNAME} and its password set, an HR admin is created at start-up when
 * no enabled HR admin exists, and must choose a new password at first sign-in. Several instances
 * starting together create it once: each takes the {@code startup_lock} row first, so the second
 * waits and then finds the admin. It never changes an existing account; the password is never
 * logged.
 */
@ApplicationScoped
public class BootstrapAdmin {

  private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class.getName());
  static final String DISPLAY_NAME = "Bootstrap HR admin";

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** After the schema and any demo accounts are in place. */
  @Transactional
  void onSchemaReady(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 500) SchemaReady ready) {
    BootstrapAdminSettings.from(ApplicationSettings.current()).ifPresent(this::createIfNeeded);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<UserAccount> createIfNeeded(BootstrapAdminSettings settings) {
    em.createNativeQuery("SELECT name FROM startup_lock WHERE name = 'bootstrap-admin' FOR UPDATE")
        .getResultList();
    long enabledAdmins =
        em.createNamedQuery("UserAccount.countEnabledWithRole", Long.class)
            .setParameter("role", Role.HR_ADMIN)
            .getSingleResult();
    if (enabledAdmins > 0) {
      LOG.info(
          "Bootstrap admin not needed: an enabled HR admin exists (you may remove"
              + " BANDWISE_BOOTSTRAP_ADMIN_USERNAME and its password)");
      return Optional.empty();
    }
    boolean taken =
        !em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
            .setParameter("username", settings.username())
            .getResultList()
            .isEmpty();
    if (taken) {
      LOG.warning(
          "No enabled HR admin exists, but the bootstrap admin's username "
              + settings.username()
              + " belongs to an existing account, which Bandwise does not change: choose another"
              + " username in BANDWISE_BOOTSTRAP_ADMIN_USERNAME");
      return Optional.empty();
    }
    LocalDateTime now = LocalDateTime.now(clock);
    UserAccount admin =
        new UserAccount(
            settings.username(),
            DISPLAY_NAME,
            hasher.hash(settings.password()),
            EnumSet.of(Role.HR_ADMIN),
            null,
            now);
    admin.requirePasswordChange(now);
    em.persist(admin);
    audit.record(
        UserDirectory.ENTITY,
        admin.id(),
        null,
        "CREATED",
        "Bootstrap HR admin " + settings.username() + " created at start-up",
        null,
        admin.auditSnapshot());
    em.flush();
    LOG.info(
        "Created the bootstrap HR admin "
            + settings.username()
            + ": it must choose a new password at first sign-in");
    return Optional.of(admin);
  }
}
