package org.bandwise.payband.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A family of pay bands, such as "Probation pay bands" or "NHS Agenda for Change". */
@Entity
@Table(name = "pay_structure")
@NamedQuery(name = "PayStructure.all", query = "SELECT s FROM PayStructure s ORDER BY s.name")
@NamedQuery(
    name = "PayStructure.findByCode",
    query = "SELECT s FROM PayStructure s WHERE s.code = :code")
@NamedQuery(name = "PayStructure.count", query = "SELECT COUNT(s) FROM PayStructure s")
public class PayStructure {

  @Id private String id;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  private String description;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected PayStructure() {}

  public PayStructure(String code, String name, String description, LocalDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.description = description;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public Map<String, Object> auditSnapshot() {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("code", code);
    snapshot.put("name", name);
    snapshot.put("description", description);
    return snapshot;
  }

  public String id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }
}
