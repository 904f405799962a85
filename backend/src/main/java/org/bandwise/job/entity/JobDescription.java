package org.bandwise.job.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A job description. Its title, family, directorate and status repeat those of its latest version,
 * and its band and total those of the outcome in force, so that searching needs no join. Who holds
 * it is not kept here: holders come from staff assignments ({@code
 * org.bandwise.workforce.control.PostHolders}).
 */
@Entity
@Table(name = "job_description")
@NamedQuery(
    name = "JobDescription.findByReference",
    query = "SELECT j FROM JobDescription j WHERE j.reference = :reference")
public class JobDescription {

  @Id private String id;

  @Column(nullable = false, updatable = false)
  private String reference;

  @Column(nullable = false)
  private boolean benchmark;

  @Column(nullable = false)
  private String title;

  @Column(name = "role_family", nullable = false)
  private String roleFamily;

  @Column(nullable = false)
  private String directorate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private JdStatus status;

  @Column(name = "latest_version_no", nullable = false)
  private int latestVersionNo;

  @Column(nullable = false)
  private boolean published;

  @Column(name = "in_force_version_id")
  private String inForceVersionId;

  @Column(name = "band_id")
  private String bandId;

  private Integer total;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected JobDescription() {}

  public JobDescription(String reference, boolean benchmark, LocalDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.reference = reference;
    this.benchmark = benchmark;
    this.status = JdStatus.DRAFT;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Keeps the search columns in step with the latest version. */
  public void showLatest(JdVersion latest, LocalDateTime now) {
    this.title = latest.title();
    this.roleFamily = latest.roleFamily();
    this.directorate = latest.directorate();
    this.status = latest.status();
    this.latestVersionNo = latest.number();
    this.published = published || latest.status().published();
    this.updatedAt = now;
  }

  public void putInForce(String versionId, String bandId, int total, LocalDateTime now) {
    this.inForceVersionId = versionId;
    this.bandId = bandId;
    this.total = total;
    this.published = true;
    this.updatedAt = now;
  }

  public void markBenchmark(boolean benchmark, LocalDateTime now) {
    this.benchmark = benchmark;
    this.updatedAt = now;
  }

  public Map<String, Object> auditSnapshot() {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("reference", reference);
    snapshot.put("benchmark", benchmark);
    snapshot.put("title", title);
    snapshot.put("status", status == null ? null : status.name());
    return snapshot;
  }

  public String id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  public boolean benchmark() {
    return benchmark;
  }

  public String title() {
    return title;
  }

  public String roleFamily() {
    return roleFamily;
  }

  public String directorate() {
    return directorate;
  }

  public JdStatus status() {
    return status;
  }

  public int latestVersionNo() {
    return latestVersionNo;
  }

  public boolean published() {
    return published;
  }

  public String inForceVersionId() {
    return inForceVersionId;
  }

  public String bandId() {
    return bandId;
  }

  public Integer total() {
    return total;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
