package org.bandwise.job.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One of a JD version's main duties, in order. */
@Embeddable
public class Duty {

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String text;

  protected Duty() {}

  public Duty(int position, String text) {
    this.position = position;
    this.text = text;
  }

  public int position() {
    return position;
  }

  public String text() {
    return text;
  }
}
