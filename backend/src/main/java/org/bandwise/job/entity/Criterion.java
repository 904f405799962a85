package org.bandwise.job.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of a person specification, e.g. essential qualification "PQiP". */
@Embeddable
public class Criterion {

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CriterionKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "criterion_type", nullable = false)
  private CriterionType type;

  @Column(nullable = false)
  private String text;

  protected Criterion() {}

  public Criterion(int position, CriterionKind kind, CriterionType type, String text) {
    this.position = position;
    this.kind = kind;
    this.type = type;
    this.text = text;
  }

  public int position() {
    return position;
  }

  public CriterionKind kind() {
    return kind;
  }

  public CriterionType type() {
    return type;
  }

  public String text() {
    return text;
  }

  @Override
  public String toString() {
    return kind + " " + type + ": " + text;
  }
}
