package org.bandwise.scheme.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A factor of a scheme version, at its place in the scheme, with its levels 1..n. */
@Entity
@Table(name = "scheme_factor")
public class SchemeFactor {

  @Id private String id;

  // lazy: a scheme's factors and ranges are read with it, so the way back is never needed
  // lazy: an eager way back made list pages read each scheme again (N+1)
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "scheme_id", nullable = false, updatable = false)
  private Scheme scheme;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  private String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "scheme_level", joinColumns = @JoinColumn(name = "factor_id"))
  @OrderBy("level ASC")
  private List<SchemeLevel> levels = new ArrayList<>();

  protected SchemeFactor() {}

  /** Callers check the levels with {@code SchemeRules} first. */
  SchemeFactor(
      Scheme scheme,
      int position,
      String code,
      String name,
      String description,
      List<SchemeLevel> levels) {
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("a factor has at least one level");
    }
    this.id = UUID.randomUUID().toString();
    this.scheme = Objects.requireNonNull(scheme);
    this.position = position;
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.description = description;
    this.levels = new ArrayList<>(levels);
    this.levels.sort(Comparator.comparingInt(SchemeLevel::level));
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

  public int position() {
    return position;
  }

  /** Levels in order, level 1 first. */
  public List<SchemeLevel> levels() {
    return levels.stream().sorted(Comparator.comparingInt(SchemeLevel::level)).toList();
  }

  public Optional<SchemeLevel> level(int number) {
    return levels.stream().filter(l -> l.level() == number).findFirst();
  }
}
