package org.bandwise.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Who sat on a panel, on which side, and whether they chaired it, with the name they had then. */
@Embeddable
public class PanelSeat {

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PanelSide side;

  @Column(nullable = false)
  private boolean chair;

  protected PanelSeat() {}

  public PanelSeat(String userId, String displayName, PanelSide side, boolean chair) {
    this.userId = userId;
    this.displayName = displayName;
    this.side = side;
    this.chair = chair;
  }

  public String userId() {
    return userId;
  }

  public String displayName() {
    return displayName;
  }

  public PanelSide side() {
    return side;
  }

  public boolean chair() {
    return chair;
  }

  @Override
  public String toString() {
    return displayName + " (" + side.name().toLowerCase() + (chair ? ", chair" : "") + ")";
  }
}
