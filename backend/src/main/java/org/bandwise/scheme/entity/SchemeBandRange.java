package org.bandwise.scheme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.bandwise.payband.entity.PayBand;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** The totals, both ends inclusive, that place a job in one pay band under a scheme version. */
@Entity
@Table(name = "scheme_band_range")
@IdClass(SchemeBandRange.Key.class)
public class SchemeBandRange {

  @Id
  // lazy: ranges are read with their scheme, and an eager way back re-reads it once per scheme
  // lazy: an eager way back made list pages read each scheme again (N+1)
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "scheme_id", nullable = false, updatable = false)
  private Scheme scheme;

  @Id
  @ManyToOne(optional = false)
  @BatchFetch(BatchFetchType.IN)
  @JoinColumn(name = "band_id", nullable = false, updatable = false)
  private PayBand band;

  @Column(name = "min_score", nullable = false)
  private int minScore;

  @Column(name = "max_score", nullable = false)
  private int maxScore;

  protected SchemeBandRange() {}

  SchemeBandRange(Scheme scheme, PayBand band, int minScore, int maxScore) {
    if (minScore < 0 || maxScore < minScore) {
      throw new IllegalArgumentException("a band range runs from its minimum up to its maximum");
    }
    this.scheme = Objects.requireNonNull(scheme);
    this.band = Objects.requireNonNull(band);
    this.minScore = minScore;
    this.maxScore = maxScore;
  }

  public UUID bandId() {
    return UUID.fromString(band.id());
  }

  public String bandCode() {
    return band.code();
  }

  /** As people say it, e.g. "Band 3". */
  public String bandName() {
    return band.name();
  }

  public int minScore() {
    return minScore;
  }

  public int maxScore() {
    return maxScore;
  }

  PayBand band() {
    return band;
  }

  /** The primary key: a band appears once in a scheme version. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String scheme;
    private String band;

    public Key() {}

    public Key(String scheme, String band) {
      this.scheme = scheme;
      this.band = band;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(scheme, key.scheme)
          && Objects.equals(band, key.band);
    }

    @Override
    public int hashCode() {
      return Objects.hash(scheme, band);
    }
  }
}
