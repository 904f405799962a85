package org.bandwise.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.bandwise.audit.entity.AuditEvent;
import org.bandwise.platform.http.PageRequest;
import org.bandwise.platform.persistence.Page;

/** Reads the audit trail, newest first. */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext EntityManager em;

  public Page<AuditEvent> events(String entityType, String entityId, PageRequest page) {
    String where =
        " WHERE (:type IS NULL OR e.entityType = :type) AND (:id IS NULL OR e.entityId = :id)";
    List<AuditEvent> items =
        em.createQuery(
                "SELECT e FROM AuditEvent e" + where + " ORDER BY e.occurredAt DESC, e.seq DESC",
                AuditEvent.class)
            .setParameter("type", entityType)
            .setParameter("id", entityId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where, Long.class)
            .setParameter("type", entityType)
            .setParameter("id", entityId)
            .getSingleResult();
    return new Page<>(items, total, page);
  }

  /** Events about a record and about the records filed under it (a band and its scales). */
  public Page<AuditEvent> history(String recordId, PageRequest page) {
    List<AuditEvent> items =
        em.createNamedQuery("AuditEvent.findByParent", AuditEvent.class)
            .setParameter("parentId", recordId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createNamedQuery("AuditEvent.countByParent", Long.class)
            .setParameter("parentId", recordId)
            .getSingleResult();
    return new Page<>(items, total, page);
  }
}
