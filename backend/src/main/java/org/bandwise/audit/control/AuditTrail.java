package org.bandwise.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.bandwise.audit.entity.AuditEvent;

/**
 * Records changes in the transaction that makes them: if the change rolls back, so does its audit
 * event, and a change cannot commit without one ({@code MANDATORY}).
 */
@ApplicationScoped
public class AuditTrail {

  static final String SYSTEM_ACTOR = "system";
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext EntityManager em;
  @Inject SecurityContext securityContext;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public AuditEvent record(
      String entityType,
      String entityId,
      String parentId,
      String action,
      String summary,
      Map<String, ?> before,
      Map<String, ?> after) {
    AuditEvent event =
        new AuditEvent(
            LocalDateTime.now(clock),
            actor(),
            entityType,
            entityId,
            parentId,
            action,
            summary,
            before == null ? null : JSON.toJson(before),
            after == null ? null : JSON.toJson(after));
    em.persist(event);
    return event;
  }

  /**
   * The signed-in caller, or "system" for work nobody asked for: start-up (where the container
   * refuses to be asked for a caller at all) and scheduled jobs.
   */
  private String actor() {
    try {
      Principal caller = securityContext.getCallerPrincipal();
      return caller == null ? SYSTEM_ACTOR : caller.getName();
    } catch (IllegalStateException noCallerHere) {
      return SYSTEM_ACTOR;
    }
  }
}
