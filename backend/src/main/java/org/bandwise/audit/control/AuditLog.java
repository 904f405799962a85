package org.bandwise.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bandwise.audit.entity.AuditEvent;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;

/**
 * Reads the audit trail, newest first. Each filter adds one condition, so the database sees only
 * what was asked for and picks the index for it (actor, kind, record or time; see V6).
 */
@ApplicationScoped
public class AuditLog {

  private static final String ORDER = " ORDER BY e.occurredAt DESC, e.seq DESC";

  @PersistenceContext EntityManager em;

  public Page<AuditEvent> events(AuditFilter filter, PageRequest page) {
    Map<String, Object> params = new LinkedHashMap<>();
    String where = where(filter, params);
    TypedQuery<AuditEvent> items =
        em.createQuery("SELECT e FROM AuditEvent e" + where + ORDER, AuditEvent.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size());
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where, Long.class);
    params.forEach(
        (name, value) -> {
          items.setParameter(name, value);
          count.setParameter(name, value);
        });
    return new Page<>(items.getResultList(), count.getSingleResult(), page);
  }

  /**
   * The next batch of events after {@code after} (in the list's order), for streaming the whole
   * filtered trail without holding it: each batch is one indexed query that starts where the last
   * one ended, so rows are neither skipped nor repeated however long the export runs.
   */
  public List<AuditEvent> batchAfter(AuditFilter filter, AuditEvent after, int size) {
    Map<String, Object> params = new LinkedHashMap<>();
    String where = where(filter, params);
    if (after != null) {
      where +=
          (where.isEmpty() ? " WHERE " : " AND ")
              + "(e.occurredAt < :afterTime OR (e.occurredAt = :afterTime AND e.seq < :afterSeq))";
      params.put("afterTime", after.occurredAt());
      params.put("afterSeq", after.seq());
    }
    TypedQuery<AuditEvent> query =
        em.createQuery("SELECT e FROM AuditEvent e" + where + ORDER, AuditEvent.class)
            .setMaxResults(size);
    params.forEach(query::setParameter);
    return query.getResultList();
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

  private static String where(AuditFilter filter, Map<String, Object> params) {
    List<String> conditions = new ArrayList<>();
    if (filter.actor() != null) {
      conditions.add("e.actor = :actor");
      params.put("actor", filter.actor());
    }
    if (filter.entityType() != null) {
      conditions.add("e.entityType = :type");
      params.put("type", filter.entityType());
    }
    if (filter.entityId() != null) {
      conditions.add("(e.entityId = :id OR e.parentId = :id)");
      params.put("id", filter.entityId());
    }
    if (filter.from() != null) {
      conditions.add("e.occurredAt >= :from");
      params.put("from", filter.fromInstant());
    }
    if (filter.to() != null) {
      conditions.add("e.occurredAt < :to");
      params.put("to", filter.toInstantExclusive());
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }
}
