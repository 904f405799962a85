package org.bandwise.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A signed-in session; its id is the token's {@code jti}, so ending the session revokes the token.
 */
@Entity
@Table(name = "user_session")
public class UserSession {

  @Id private String id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private String userId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private LocalDateTime expiresAt;

  @Column(name = "last_seen_at", nullable = false)
  private LocalDateTime lastSeenAt;

  @Column(name = "ended_at")
  private LocalDateTime endedAt;

  @Column(name = "end_reason")
  private String endReason;

  protected UserSession() {}

  public UserSession(String userId, LocalDateTime now, LocalDateTime expiresAt) {
    this.id = UUID.randomUUID().toString();
    this.userId = userId;
    this.createdAt = now;
    this.lastSeenAt = now;
    this.expiresAt = expiresAt;
  }

  public String id() {
    return id;
  }

  public String userId() {
    return userId;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime expiresAt() {
    return expiresAt;
  }
}
