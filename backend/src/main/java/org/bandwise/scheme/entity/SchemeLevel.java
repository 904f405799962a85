package org.bandwise.scheme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One level of a factor: its number (from 1), its points and what a job at that level does. */
@Embeddable
public class SchemeLevel {

  @Column(name = "level_number", nullable = false)
  private int level;

  @Column(nullable = false)
  private int points;

  private String descriptor;

  protected SchemeLevel() {}

  public SchemeLevel(int level, int points, String descriptor) {
    if (level < 1 || points < 0) {
      throw new IllegalArgumentException("levels count from 1 and points are never negative");
    }
    this.level = level;
    this.points = points;
    this.descriptor = descriptor;
  }

  public int level() {
    return level;
  }

  public int points() {
    return points;
  }

  public String descriptor() {
    return descriptor;
  }
}
