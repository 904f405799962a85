package org.bandwise.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/** The panel's agreed level for one factor, its points, and why. */
@Embeddable
public class AgreedLevel {

  @Column(name = "factor_code", nullable = false)
  private String factorCode;

  @Column(name = "level_number", nullable = false)
  private int level;

  @Column(nullable = false)
  private int points;

  @Column(nullable = false)
  private String rationale;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  protected AgreedLevel() {}

  public AgreedLevel(
      String factorCode,
      int level,
      int points,
      String rationale,
      String recordedBy,
      LocalDateTime recordedAt) {
    this.factorCode = factorCode;
    this.level = level;
    this.points = points;
    this.rationale = rationale;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public String factorCode() {
    return factorCode;
  }

  public int level() {
    return level;
  }

  public int points() {
    return points;
  }

  public String rationale() {
    return rationale;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public LocalDateTime recordedAt() {
    return recordedAt;
  }
}
