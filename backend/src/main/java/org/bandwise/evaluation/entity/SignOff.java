package org.bandwise.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;

/**
 * A panel member's sign-off of the agreed levels as they stood, with the seat they held then (side
 * and chair), so that who signed stays on record as it was.
 */
@Embeddable
public class SignOff {

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PanelSide side;

  @Column(nullable = false)
  private boolean chair;

  @Column(name = "signed_at", nullable = false)
  private LocalDateTime signedAt;

  protected SignOff() {}

  public SignOff(PanelSeat seat, LocalDateTime signedAt) {
    this.userId = seat.userId();
    this.displayName = seat.displayName();
    this.side = seat.side();
    this.chair = seat.chair();
    this.signedAt = signedAt;
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

  public LocalDateTime signedAt() {
    return signedAt;
  }

  @Override
  public String toString() {
    return displayName + " (" + side.name().toLowerCase() + (chair ? ", chair" : "") + ")";
  }
}
