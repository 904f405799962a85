package org.bandwise.scheme.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bandwise.payband.entity.PayBand;
import org.bandwise.payband.entity.PayStructure;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.scheme.control.ScoringTable;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One version of a job evaluation scheme: its factors with their levels and points, and the band
 * ranges that turn a total into a pay band. Only a draft changes; once any evaluation uses a
 * version it never changes again, and a change is made in a new version (a copy).
 */
@Entity
@Table(name = "scheme")
@NamedQuery(
    name = "Scheme.all",
    query = "SELECT s FROM Scheme s ORDER BY s.code, s.schemeVersion DESC")
@NamedQuery(
    name = "Scheme.byStatus",
    query = "SELECT s FROM Scheme s WHERE s.status = :status ORDER BY s.code, s.schemeVersion DESC")
@NamedQuery(name = "Scheme.count", query = "SELECT COUNT(s) FROM Scheme s")
@NamedQuery(
    name = "Scheme.countByStatus",
    query = "SELECT COUNT(s) FROM Scheme s WHERE s.status = :status")
@NamedQuery(
    name = "Scheme.byCode",
    query = "SELECT s FROM Scheme s WHERE s.code = :code ORDER BY s.schemeVersion")
@NamedQuery(
    name = "Scheme.latestVersion",
    query = "SELECT MAX(s.schemeVersion) FROM Scheme s WHERE s.code = :code")
public class Scheme {

  @Id private String id;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(name = "scheme_version", nullable = false, updatable = false)
  private int schemeVersion;

  @Column(nullable = false)
  private String name;

  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SchemeStatus status;

  @Column(nullable = false)
  private boolean illustrative;

  @ManyToOne(optional = false)
  @BatchFetch(BatchFetchType.IN)
  @JoinColumn(name = "structure_id", nullable = false, updatable = false)
  private PayStructure structure;

  @Column(name = "near_boundary_points", nullable = false)
  private int nearBoundaryPoints;

  @Column(name = "based_on_id", updatable = false)
  private String basedOnId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  @OneToMany(
      mappedBy = "scheme",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @OrderBy("position ASC")
  private List<SchemeFactor> factors = new ArrayList<>();

  @OneToMany(
      mappedBy = "scheme",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @OrderBy("minScore ASC")
  private List<SchemeBandRange> bandRanges = new ArrayList<>();

  protected Scheme() {}

  /** A new draft without factors or ranges yet: add them before it is saved. */
  public Scheme(
      String code,
      int schemeVersion,
      String name,
      String description,
      boolean illustrative,
      PayStructure structure,
      int nearBoundaryPoints,
      UUID basedOnId,
      LocalDateTime now) {
    if (schemeVersion < 1) {
      throw new IllegalArgumentException("scheme versions count from 1");
    }
    this.id = UUID.randomUUID().toString();
    this.code = Objects.requireNonNull(code);
    this.schemeVersion = schemeVersion;
    this.structure = Objects.requireNonNull(structure);
    this.basedOnId = basedOnId == null ? null : basedOnId.toString();
    this.status = SchemeStatus.DRAFT;
    this.createdAt = now;
    change(name, description, illustrative, nearBoundaryPoints, now);
  }

  public void change(
      String name,
      String description,
      boolean illustrative,
      int nearBoundaryPoints,
      LocalDateTime now) {
    requireDraft();
    if (nearBoundaryPoints < 0) {
      throw new IllegalArgumentException("the near-boundary distance is never negative");
    }
    this.name = Objects.requireNonNull(name);
    this.description = description;
    this.illustrative = illustrative;
    this.nearBoundaryPoints = nearBoundaryPoints;
    this.updatedAt = now;
  }

  /**
   * Removes every factor and range of a draft, so new ones can replace them. The removals must
   * reach the database before the replacements do: factor codes and positions are unique per
   * version.
   */
  public void clearContent() {
    requireDraft();
    factors.clear();
    bandRanges.clear();
  }

  /** Adds a factor after the last one; callers check the levels with {@code SchemeRules}. */
  public SchemeFactor addFactor(
      String code, String name, String description, List<SchemeLevel> levels) {
    requireDraft();
    SchemeFactor factor =
        new SchemeFactor(this, factors.size() + 1, code, name, description, levels);
    factors.add(factor);
    return factor;
  }

  /** Adds a band range; callers check the ranges with {@code SchemeRules}. */
  public SchemeBandRange addBandRange(PayBand band, int minScore, int maxScore) {
    requireDraft();
    SchemeBandRange range = new SchemeBandRange(this, band, minScore, maxScore);
    bandRanges.add(range);
    return range;
  }

  /** DRAFT → ACTIVE or ACTIVE → RETIRED, nothing else. */
  public void moveTo(SchemeStatus next, LocalDateTime now) {
    if (!status.canMoveTo(next)) {
      throw new RuleConflict(
          "status",
          label() + " cannot go from " + status.inWords() + " to " + next.inWords() + ".");
    }
    this.status = next;
    this.updatedAt = now;
  }

  /** A new draft with this version's content, numbered {@code nextVersion}. */
  public Scheme copyAsDraft(int nextVersion, LocalDateTime now) {
    Scheme copy =
        new Scheme(
            code,
            nextVersion,
            name,
            description,
            illustrative,
            structure,
            nearBoundaryPoints,
            id(),
            now);
    for (SchemeFactor factor : factors()) {
      copy.addFactor(
          factor.code(),
          factor.name(),
          factor.description(),
          factor.levels().stream()
              .map(l -> new SchemeLevel(l.level(), l.points(), l.descriptor()))
              .toList());
    }
    for (SchemeBandRange range : bandRanges()) {
      copy.addBandRange(range.band(), range.minScore(), range.maxScore());
    }
    return copy;
  }

  /** What scoring needs from this version, free of persistence. */
  public ScoringTable scoringTable() {
    return new ScoringTable(
        id(),
        nearBoundaryPoints,
        factors().stream()
            .map(
                f ->
                    new ScoringTable.Factor(
                        f.code(), f.name(), f.levels().stream().map(SchemeLevel::points).toList()))
            .toList(),
        bandRanges().stream()
            .map(
                r ->
                    new ScoringTable.Range(
                        r.bandId(), r.bandCode(), r.bandName(), r.minScore(), r.maxScore()))
            .toList());
  }

  /**
   * The version as the audit trail keeps it: one entry per factor and per level, so a change shows
   * exactly which points or descriptor moved.
   */
  public Map<String, Object> auditSnapshot() {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("code", code);
    snapshot.put("version", schemeVersion);
    snapshot.put("name", name);
    snapshot.put("description", description);
    snapshot.put("status", status.name());
    snapshot.put("illustrative", illustrative);
    snapshot.put("structure", structure.name());
    snapshot.put("nearBoundaryPoints", nearBoundaryPoints);
    for (SchemeFactor factor : factors()) {
      String key = "factors." + factor.code();
      snapshot.put(key, factor.position() + ". " + factor.name());
      if (factor.description() != null) {
        snapshot.put(key + ".description", factor.description());
      }
      for (SchemeLevel level : factor.levels()) {
        snapshot.put(
            key + ".level" + level.level(),
            level.points()
                + " points"
                + (level.descriptor() == null ? "" : ": " + level.descriptor()));
      }
    }
    snapshot.put(
        "bandRanges",
        bandRanges().stream()
            .map(r -> r.bandName() + ": " + r.minScore() + "–" + r.maxScore())
            .collect(Collectors.joining("; ")));
    return snapshot;
  }

  /** As people say it, e.g. "NHS_AFC version 2". */
  public String label() {
    return code + " version " + schemeVersion;
  }

  private void requireDraft() {
    if (status != null && status != SchemeStatus.DRAFT) {
      throw new RuleConflict(
          "status",
          label() + " is " + status.inWords() + ", and only drafts change. Start a new version.");
    }
  }

  public UUID id() {
    return UUID.fromString(id);
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

  public int schemeVersion() {
    return schemeVersion;
  }

  public SchemeStatus status() {
    return status;
  }

  public boolean illustrative() {
    return illustrative;
  }

  public PayStructure structure() {
    return structure;
  }

  public UUID structureId() {
    return UUID.fromString(structure.id());
  }

  public int nearBoundaryPoints() {
    return nearBoundaryPoints;
  }

  public UUID basedOnId() {
    return basedOnId == null ? null : UUID.fromString(basedOnId);
  }

  /** Factors in their order in the scheme, the first one first. */
  public List<SchemeFactor> factors() {
    return factors.stream().sorted(Comparator.comparingInt(SchemeFactor::position)).toList();
  }

  /** Band ranges from the lowest total up. */
  public List<SchemeBandRange> bandRanges() {
    return bandRanges.stream().sorted(Comparator.comparingInt(SchemeBandRange::minScore)).toList();
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
