package org.bandwise.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.bandwise.identity.entity.Role;
import org.bandwise.identity.entity.TradeUnion;
import org.bandwise.identity.entity.UserAccount;
import org.bandwise.platform.persistence.SchemaReady;

/**
 * The demo accounts, one per role. They exist only in demo mode; the shared password is a published
 * demo password (see the README), never used outside demo mode.
 */
@ApplicationScoped
public class DemoUsers {

  private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());
  static final String DEMO_PASSWORD = "bandwise-demo";

  record DemoUser(String username, String displayName, Role role, TradeUnion union) {}

  static final List<DemoUser> ACCOUNTS =
      List.of(
          new DemoUser("admin", "Asha Patel (HR admin)", Role.HR_ADMIN, null),
          new DemoUser("evaluator", "Sam Okafor (HR evaluator)", Role.HR_EVALUATOR, null),
          new DemoUser("rep", "Rhiannon Evans (Napo rep)", Role.UNION_REP, TradeUnion.NAPO),
          new DemoUser("staff", "Jordan Lee (intervention facilitator)", Role.STAFF, null),
          new DemoUser("auditor", "Morgan Blake (auditor)", Role.AUDITOR, null));

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  @Transactional
  void onSchemaReady(@Observes SchemaReady ready) {
    if (!ready.demoData()) {
      return;
    }
    int created = 0;
    for (DemoUser demo : ACCOUNTS) {
      boolean exists =
          !em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
              .setParameter("username", demo.username())
              .getResultList()
              .isEmpty();
      if (!exists) {
        em.persist(
            new UserAccount(
                demo.username(),
                demo.displayName(),
                hasher.hash(DEMO_PASSWORD),
                EnumSet.of(demo.role()),
                demo.union(),
                LocalDateTime.now(clock)));
        created++;
      }
    }
    if (created > 0) {
      LOG.info("Created " + created + " demo accounts");
    }
  }
}
