package org.bandwise.payband.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.bandwise.platform.domain.InvalidInput;

/**
 * A pay band of a structure, ranked from the lowest (1). A retired band keeps its scales but gets
 * no new ones.
 */
@Entity
@Table(name = "pay_band")
@NamedQuery(
    name = "PayBand.findByStructureAndCode",
    query =
        "SELECT b FROM PayBand b WHERE b.structure.id = :structureId AND LOWER(b.code) = LOWER(:code)")
public class PayBand {

  @Id private String id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "structure_id", nullable = false, updatable = false)
  private PayStructure structure;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "band_rank", nullable = false)
  private int rank;

  private String description;

  @Column(name = "open_to_new_entrants", nullable = false)
  private boolean openToNewEntrants;

  @Column(nullable = false)
  private boolean retired;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected PayBand() {}

  public PayBand(
      PayStructure structure,
      String code,
      String name,
      int rank,
      String description,
      boolean openToNewEntrants,
      LocalDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.structure = Objects.requireNonNull(structure);
    this.createdAt = now;
    change(code, name, rank, description, openToNewEntrants, false, now);
  }

  public void change(
      String code,
      String name,
      int rank,
      String description,
      boolean openToNewEntrants,
      boolean retired,
      LocalDateTime now) {
    if (rank < 1) {
      throw new InvalidInput("rank", "Enter a rank of 1 or more: the lowest band is 1.");
    }
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.rank = rank;
    this.description = description;
    this.openToNewEntrants = openToNewEntrants;
    this.retired = retired;
    this.updatedAt = now;
  }

  public Map<String, Object> auditSnapshot() {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("structure", structure.name());
    snapshot.put("code", code);
    snapshot.put("name", name);
    snapshot.put("rank", rank);
    snapshot.put("description", description);
    snapshot.put("openToNewEntrants", openToNewEntrants);
    snapshot.put("retired", retired);
    return snapshot;
  }

  public String id() {
    return id;
  }

  public PayStructure structure() {
    return structure;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public int rank() {
    return rank;
  }

  public String description() {
    return description;
  }

  public boolean openToNewEntrants() {
    return openToNewEntrants;
  }

  public boolean retired() {
    return retired;
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
