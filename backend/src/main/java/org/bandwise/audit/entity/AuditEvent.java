package org.bandwise.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One recorded change. Append-only: there are no setters, and the database refuses updates and
 * deletes.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = "AuditEvent.findByParent",
    query =
        "SELECT e FROM AuditEvent e WHERE e.parentId = :parentId OR e.entityId = :parentId"
            + " ORDER BY e.occurredAt DESC, e.seq DESC")
@NamedQuery(
    name = "AuditEvent.countByParent",
    query =
        "SELECT COUNT(e) FROM AuditEvent e WHERE e.parentId = :parentId OR e.entityId = :parentId")
public class AuditEvent {

  @Id private String id;

  /** Assigned by the database, ever increasing: orders events written in the same instant. */
  @Column(insertable = false, updatable = false)
  private Long seq;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private LocalDateTime occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "entity_type", nullable = false, updatable = false)
  private String entityType;

  @Column(name = "entity_id", nullable = false, updatable = false)
  private String entityId;

  @Column(name = "parent_id", updatable = false)
  private String parentId;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(updatable = false)
  private String summary;

  @Lob
  @Column(name = "before_json", updatable = false)
  private String beforeJson;

  @Lob
  @Column(name = "after_json", updatable = false)
  private String afterJson;

  protected AuditEvent() {}

  public AuditEvent(
      LocalDateTime occurredAt,
      String actor,
      String entityType,
      String entityId,
      String parentId,
      String action,
      String summary,
      String beforeJson,
      String afterJson) {
    this.id = UUID.randomUUID().toString();
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.actor = Objects.requireNonNull(actor);
    this.entityType = Objects.requireNonNull(entityType);
    this.entityId = Objects.requireNonNull(entityId);
    this.parentId = parentId;
    this.action = Objects.requireNonNull(action);
    this.summary = summary;
    this.beforeJson = beforeJson;
    this.afterJson = afterJson;
  }

  public String id() {
    return id;
  }

  /** The database's ever-increasing sequence number (null until the event is read back). */
  public Long seq() {
    return seq;
  }

  public LocalDateTime occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String entityType() {
    return entityType;
  }

  public String entityId() {
    return entityId;
  }

  public String parentId() {
    return parentId;
  }

  public String action() {
    return action;
  }

  public String summary() {
    return summary;
  }

  public String beforeJson() {
    return beforeJson;
  }

  public String afterJson() {
    return afterJson;
  }
}
