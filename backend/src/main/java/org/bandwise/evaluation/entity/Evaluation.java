package org.bandwise.evaluation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bandwise.platform.domain.RuleConflict;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An evaluation of one JD version, from the request in the queue to the published outcome. Once
 * published nothing in it changes: a correction is a new evaluation.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {

  @Id private String id;

  @Column(name = "jd_id", nullable = false, updatable = false)
  private String jdId;

  @Column(name = "jd_version_id", nullable = false, updatable = false)
  private String jdVersionId;

  @Column(name = "requester_id", nullable = false, updatable = false)
  private String requesterId;

  @Enumerated(EnumType.STRING)
  @Column(name = "requester_type", nullable = false, updatable = false)
  private RequesterType requesterType;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private LocalDateTime requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EvaluationStatus status;

  @Enumerated(EnumType.STRING)
  private Priority priority;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "scheme_id")
  private String schemeId;

  @ElementCollection
  @CollectionTable(name = "panel_member", joinColumns = @JoinColumn(name = "evaluation_id"))
  @BatchFetch(BatchFetchType.IN)
  private List<PanelSeat> panel = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "agreed_level", joinColumns = @JoinColumn(name = "evaluation_id"))
  @BatchFetch(BatchFetchType.IN)
  private List<AgreedLevel> agreedLevels = new ArrayList<>();

  @Column(name = "check_conclusion")
  private String checkConclusion;

  @Column(name = "checked_by")
  private String checkedBy;

  @Column(name = "checked_at")
  private LocalDateTime checkedAt;

  @Column(name = "check_total")
  private Integer checkTotal;

  private Integer total;

  @Column(name = "band_id")
  private String bandId;

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @Column(name = "published_at")
  private LocalDateTime publishedAt;

  @Column(name = "published_by")
  private String publishedBy;

  @Column(name = "in_force", nullable = false)
  private boolean inForce;

  /** The JD while this request is open, null once closed: unique, one open request per JD. */
  @Column(name = "open_jd_id")
  private String openJdId;

  @Column(name = "awaiting_sign_off", nullable = false)
  private boolean awaitingSignOff;

  @ElementCollection
  @CollectionTable(name = "panel_sign_off", joinColumns = @JoinColumn(name = "evaluation_id"))
  @BatchFetch(BatchFetchType.IN)
  private List<SignOff> signOffs = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected Evaluation() {}

  public Evaluation(
      String jdId,
      String jdVersionId,
      String requesterId,
      RequesterType requesterType,
      String reason,
      LocalDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.jdId = jdId;
    this.jdVersionId = jdVersionId;
    this.requesterId = requesterId;
    this.requesterType = requesterType;
    this.reason = reason;
    this.requestedAt = now;
    this.status = EvaluationStatus.REQUESTED;
    this.openJdId = jdId;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void accept(Priority priority, String by, LocalDateTime now) {
    requireStatus(EvaluationStatus.REQUESTED, "accepted");
    this.status = EvaluationStatus.ACCEPTED;
    this.priority = priority;
    this.decidedAt = now;
    this.decidedBy = by;
    this.updatedAt = now;
  }

  public void reject(String reason, String by, LocalDateTime now) {
    requireStatus(EvaluationStatus.REQUESTED, "rejected");
    this.status = EvaluationStatus.REJECTED;
    this.openJdId = null;
    this.decisionReason = reason;
    this.decidedAt = now;
    this.decidedBy = by;
    this.updatedAt = now;
  }

  /**
   * Sets the scheme and the panel; the scheme cannot change once levels are agreed. A changed panel
   * withdraws every sign-off: the people who sign are the panel that agreed.
   *
   * @return the sign-offs withdrawn (empty when there were none)
   */
  public List<SignOff> seatPanel(String schemeId, List<PanelSeat> seats, LocalDateTime now) {
    if (status != EvaluationStatus.ACCEPTED && status != EvaluationStatus.IN_PANEL) {
      throw new RuleConflict(
          "status", "A panel can only be formed for an accepted evaluation that is not published.");
    }
    if (!agreedLevels.isEmpty() && !schemeId.equals(this.schemeId)) {
      throw new RuleConflict(
          "schemeId",
          "Levels have been agreed under this scheme version, so the scheme cannot change now.");
    }
    this.schemeId = schemeId;
    panel.clear();
    panel.addAll(seats);
    this.status = EvaluationStatus.IN_PANEL;
    this.updatedAt = now;
    return withdrawSignOffs();
  }

  /**
   * Records (or replaces) a factor's agreed level. Any consistency check no longer holds, and every
   * sign-off is withdrawn: members signed off the levels as they were.
   *
   * @return the sign-offs withdrawn (empty when there were none)
   */
  public List<SignOff> agree(AgreedLevel level, LocalDateTime now) {
    requireStatus(EvaluationStatus.IN_PANEL, "scored");
    agreedLevels.removeIf(l -> l.factorCode().equals(level.factorCode()));
    agreedLevels.add(level);
    clearCheck();
    this.updatedAt = now;
    return withdrawSignOffs();
  }

  /** A member's sign-off of the agreed levels as they stand; once each. */
  public void signOff(PanelSeat seat, LocalDateTime now) {
    requireStatus(EvaluationStatus.IN_PANEL, "signed off");
    if (signedOffBy(seat.userId())) {
      throw new RuleConflict(
          "You have already signed off these agreed levels. A change to any level withdraws every"
              + " sign-off, and then you can sign off again.");
    }
    signOffs.add(new SignOff(seat, now));
    this.updatedAt = now;
  }

  private List<SignOff> withdrawSignOffs() {
    List<SignOff> withdrawn = List.copyOf(signOffs);
    signOffs.clear();
    return withdrawn;
  }

  public boolean signedOffBy(String userId) {
    return signOffs.stream().anyMatch(s -> s.userId().equals(userId));
  }

  /** Kept in step with the derived state, so the queue can filter on it with an index. */
  public void markAwaitingSignOff(boolean awaiting) {
    this.awaitingSignOff = awaiting;
  }

  public void recordCheck(String conclusion, String by, int totalAtCheck, LocalDateTime now) {
    requireStatus(EvaluationStatus.IN_PANEL, "checked");
    this.checkConclusion = conclusion;
    this.checkedBy = by;
    this.checkedAt = now;
    this.checkTotal = totalAtCheck;
    this.updatedAt = now;
  }

  public void publish(
      int total, String bandId, LocalDate effectiveFrom, String by, LocalDateTime now) {
    requireStatus(EvaluationStatus.IN_PANEL, "published");
    this.status = EvaluationStatus.PUBLISHED;
    this.openJdId = null;
    this.awaitingSignOff = false;
    this.total = total;
    this.bandId = bandId;
    this.effectiveFrom = effectiveFrom;
    this.publishedAt = now;
    this.publishedBy = by;
    this.updatedAt = now;
  }

  public void takeEffect(LocalDateTime now) {
    this.inForce = true;
    this.updatedAt = now;
  }

  private void clearCheck() {
    this.checkConclusion = null;
    this.checkedBy = null;
    this.checkedAt = null;
    this.checkTotal = null;
  }

  private void requireStatus(EvaluationStatus required, String verb) {
    if (status != required) {
      throw new RuleConflict(
          "status",
          "This evaluation is "
              + label(status)
              + ", and only one that is "
              + label(required)
              + " can be "
              + verb
              + ".");
    }
  }

  /** How a status reads in a sentence ("with the panel", "published"). */
  public static String label(EvaluationStatus status) {
    return switch (status) {
      case REQUESTED -> "waiting for a decision";
      case ACCEPTED -> "waiting for a panel";
      case IN_PANEL -> "with the panel";
      case PUBLISHED -> "published";
      case REJECTED -> "rejected";
    };
  }

  public boolean seats(String userId) {
    return panel.stream().anyMatch(s -> s.userId().equals(userId));
  }

  public Optional<PanelSeat> seatOf(String userId) {
    return panel.stream().filter(s -> s.userId().equals(userId)).findFirst();
  }

  public Optional<AgreedLevel> agreedLevel(String factorCode) {
    return agreedLevels.stream().filter(l -> l.factorCode().equals(factorCode)).findFirst();
  }

  public Map<String, Integer> agreedLevelsByFactor() {
    Map<String, Integer> levels = new LinkedHashMap<>();
    agreedLevels.forEach(l -> levels.put(l.factorCode(), l.level()));
    return levels;
  }

  public Map<String, Object> auditSnapshot() {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("status", status.name());
    snapshot.put("priority", priority == null ? null : priority.name());
    snapshot.put("decisionReason", decisionReason);
    snapshot.put("schemeId", schemeId);
    snapshot.put("panel", String.join("; ", panel.stream().map(PanelSeat::toString).toList()));
    snapshot.put("checkConclusion", checkConclusion);
    snapshot.put("signOffs", String.join("; ", signOffs.stream().map(SignOff::toString).toList()));
    snapshot.put("total", total);
    snapshot.put("bandId", bandId);
    snapshot.put("effectiveFrom", effectiveFrom == null ? null : effectiveFrom.toString());
    return snapshot;
  }

  public String id() {
    return id;
  }

  public String jdId() {
    return jdId;
  }

  public String jdVersionId() {
    return jdVersionId;
  }

  public String requesterId() {
    return requesterId;
  }

  public RequesterType requesterType() {
    return requesterType;
  }

  public String reason() {
    return reason;
  }

  public LocalDateTime requestedAt() {
    return requestedAt;
  }

  public EvaluationStatus status() {
    return status;
  }

  public Priority priority() {
    return priority;
  }

  public LocalDateTime decidedAt() {
    return decidedAt;
  }

  public String decisionReason() {
    return decisionReason;
  }

  public String schemeId() {
    return schemeId;
  }

  public List<PanelSeat> panel() {
    return List.copyOf(panel);
  }

  public List<AgreedLevel> agreedLevels() {
    return List.copyOf(agreedLevels);
  }

  /** In the order they were given. */
  public List<SignOff> signOffs() {
    return signOffs.stream()
        .sorted(
            java.util.Comparator.comparing(SignOff::signedAt).thenComparing(SignOff::displayName))
        .toList();
  }

  public boolean awaitingSignOff() {
    return awaitingSignOff;
  }

  public boolean open() {
    return status == EvaluationStatus.REQUESTED
        || status == EvaluationStatus.ACCEPTED
        || status == EvaluationStatus.IN_PANEL;
  }

  public String checkConclusion() {
    return checkConclusion;
  }

  public String checkedBy() {
    return checkedBy;
  }

  public LocalDateTime checkedAt() {
    return checkedAt;
  }

  public Integer checkTotal() {
    return checkTotal;
  }

  public Integer total() {
    return total;
  }

  public String bandId() {
    return bandId;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public LocalDateTime publishedAt() {
    return publishedAt;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public boolean inForce() {
    return inForce;
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
