package org.bandwise.job.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** One version of a job description. Only a draft's content can change. */
@Entity
@Table(name = "jd_version")
public class JdVersion {

  @Id private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "jd_id", nullable = false, updatable = false)
  private JobDescription jd;

  @Column(name = "version_no", nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private JdStatus status;

  @Column(nullable = false)
  private String title;

  @Column(name = "role_family", nullable = false)
  private String roleFamily;

  @Column(nullable = false)
  private String directorate;

  @Column(nullable = false)
  private String purpose;

  @ElementCollection
  @CollectionTable(name = "jd_duty", joinColumns = @JoinColumn(name = "version_id"))
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  private List<Duty> duties = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "jd_programme", joinColumns = @JoinColumn(name = "version_id"))
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  private List<Programme> programmes = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "jd_criterion", joinColumns = @JoinColumn(name = "version_id"))
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  private List<Criterion> criteria = new ArrayList<>();

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @Column(name = "outcome_evaluation_id")
  private String outcomeEvaluationId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected JdVersion() {}

  public JdVersion(JobDescription jd, int number, JdContent content, LocalDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.jd = jd;
    this.number = number;
    this.status = JdStatus.DRAFT;
    this.createdAt = now;
    write(content, now);
  }

  /** Replaces the content; the caller has checked that the version is a draft. */
  public void write(JdContent content, LocalDateTime now) {
    this.title = content.title();
    this.roleFamily = content.roleFamily();
    this.directorate = content.directorate();
    this.purpose = content.purpose();
    duties.clear();
    for (int i = 0; i < content.mainDuties().size(); i++) {
      duties.add(new Duty(i + 1, content.mainDuties().get(i)));
    }
    programmes.clear();
    for (int i = 0; i < content.programmes().size(); i++) {
      programmes.add(new Programme(i + 1, content.programmes().get(i)));
    }
    criteria.clear();
    for (int i = 0; i < content.criteria().size(); i++) {
      JdContent.CriterionLine line = content.criteria().get(i);
      criteria.add(new Criterion(i + 1, line.kind(), line.type(), line.text()));
    }
    this.updatedAt = now;
  }

  public void moveTo(JdStatus next, LocalDateTime now) {
    this.status = next;
    this.updatedAt = now;
  }

  public void recordOutcome(String evaluationId, LocalDate effectiveFrom, LocalDateTime now) {
    this.outcomeEvaluationId = evaluationId;
    this.effectiveFrom = effectiveFrom;
    this.updatedAt = now;
  }

  public JdContent content() {
    return new JdContent(
        title,
        roleFamily,
        directorate,
        purpose,
        duties.stream().map(Duty::text).toList(),
        programmes.stream().map(Programme::name).toList(),
        criteria.stream()
            .map(c -> new JdContent.CriterionLine(c.kind(), c.type(), c.text()))
            .toList());
  }

  public Map<String, Object> auditSnapshot() {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("number", number);
    snapshot.put("status", status.name());
    snapshot.put("title", title);
    snapshot.put("roleFamily", roleFamily);
    snapshot.put("directorate", directorate);
    snapshot.put("purpose", purpose);
    snapshot.put("mainDuties", String.join("\n", content().mainDuties()));
    snapshot.put("programmes", String.join(", ", content().programmes()));
    snapshot.put(
        "criteria", String.join("\n", criteria.stream().map(Criterion::toString).toList()));
    snapshot.put("effectiveFrom", effectiveFrom == null ? null : effectiveFrom.toString());
    return snapshot;
  }

  public String id() {
    return id;
  }

  public JobDescription jd() {
    return jd;
  }

  public int number() {
    return number;
  }

  public JdStatus status() {
    return status;
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

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public String outcomeEvaluationId() {
    return outcomeEvaluationId;
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
