package org.bandwise.job.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A programme the holder delivers (e.g. TSP, BBR), in order. */
@Embeddable
public class Programme {

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String name;

  protected Programme() {}

  public Programme(int position, String name) {
    this.position = position;
    this.name = name;
  }

  public int position() {
    return position;
  }

  public String name() {
    return name;
  }
}
