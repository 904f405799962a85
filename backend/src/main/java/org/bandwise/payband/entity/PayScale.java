package org.bandwise.payband.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bandwise.platform.domain.InvalidInput;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A band's pay points for one pay zone from an effective date until the next scale takes over. The
 * lowest and highest points are kept beside the points, so a band's range on a date is a single
 * indexed lookup.
 */
@Entity
@Table(name = "pay_scale")
@NamedQuery(
    name = "PayScale.byBand",
    query =
        "SELECT s FROM PayScale s WHERE s.bandId = :bandId AND (:zone IS NULL OR s.zoneCode = :zone)"
            + " ORDER BY s.effectiveFrom DESC, s.zoneCode, s.createdAt DESC")
@NamedQuery(
    name = "PayScale.countByBand",
    query =
        "SELECT COUNT(s) FROM PayScale s WHERE s.bandId = :bandId AND (:zone IS NULL OR s.zoneCode = :zone)")
@NamedQuery(
    name = "PayScale.liveInSlot",
    query =
        "SELECT s FROM PayScale s WHERE s.bandId = :bandId AND s.zoneCode = :zone AND s.effectiveFrom = :effectiveFrom"
            + " AND s.retired = FALSE")
public class PayScale {

  @Id private String id;

  @Column(name = "band_id", nullable = false, updatable = false)
  private String bandId;

  @Column(name = "zone_code", nullable = false, updatable = false)
  private String zoneCode;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ScaleStatus status;

  @Column(nullable = false)
  private boolean retired;

  @Column(name = "live_slot")
  private Integer liveSlot;

  private String note;

  @Column(name = "min_pence", nullable = false)
  private long minPence;

  @Column(name = "max_pence", nullable = false)
  private long maxPence;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "pay_point", joinColumns = @JoinColumn(name = "scale_id"))
  @OrderBy("number ASC")
  private List<PayPoint> points = new ArrayList<>();

  protected PayScale() {}

  public PayScale(
      String bandId,
      String zoneCode,
      LocalDate effectiveFrom,
      ScaleStatus status,
      String note,
      List<PayPoint> points,
      LocalDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.bandId = Objects.requireNonNull(bandId);
    this.zoneCode = Objects.requireNonNull(zoneCode);
    this.createdAt = now;
    change(effectiveFrom, status, note, points, false, now);
  }

  /**
   * Callers check the points with {@code PayScaleRules} first; here they are only sorted and
   * summarised.
   */
  public void change(
      LocalDate effectiveFrom,
      ScaleStatus status,
      String note,
      List<PayPoint> newPoints,
      boolean retired,
      LocalDateTime now) {
    if (newPoints.isEmpty()) {
      throw new InvalidInput("points", "Enter at least one pay point.");
    }
    this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
    this.status = Objects.requireNonNull(status);
    this.note = note;
    List<PayPoint> sorted = new ArrayList<>(newPoints);
    sorted.sort(Comparator.comparingInt(PayPoint::number));
    this.points = sorted;
    this.minPence = sorted.stream().mapToLong(p -> p.annualSalary().pence()).min().orElseThrow();
    this.maxPence = sorted.stream().mapToLong(p -> p.annualSalary().pence()).max().orElseThrow();
    this.retired = retired;
    this.liveSlot = retired ? null : 1;
    this.updatedAt = now;
  }

  public Map<String, Object> auditSnapshot(String bandName) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("band", bandName);
    snapshot.put("zone", zoneCode);
    snapshot.put("effectiveFrom", effectiveFrom.toString());
    snapshot.put("status", status.name());
    snapshot.put("retired", retired);
    snapshot.put("note", note);
    snapshot.put(
        "points",
        points.stream()
            .map(p -> p.number() + ": " + p.annualSalary().format())
            .collect(Collectors.joining("; ")));
    return snapshot;
  }

  public String id() {
    return id;
  }

  public String bandId() {
    return bandId;
  }

  public String zoneCode() {
    return zoneCode;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public ScaleStatus status() {
    return status;
  }

  public boolean retired() {
    return retired;
  }

  public String note() {
    return note;
  }

  public Money min() {
    return Money.ofPence(minPence);
  }

  public Money max() {
    return Money.ofPence(maxPence);
  }

  public List<PayPoint> points() {
    return List.copyOf(points);
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
