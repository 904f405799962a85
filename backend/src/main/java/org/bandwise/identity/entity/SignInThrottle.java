package org.bandwise.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Failed sign-ins counted for one username (which need not exist). */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

  @Id private String username;

  @Column(nullable = false)
  private int failures;

  @Column(name = "window_start", nullable = false)
  private LocalDateTime windowStart;

  @Column(name = "blocked_until")
  private LocalDateTime blockedUntil;

  protected SignInThrottle() {}

  public SignInThrottle(String username) {
    this.username = username;
  }

  public void update(int failures, LocalDateTime windowStart, LocalDateTime blockedUntil) {
    this.failures = failures;
    this.windowStart = windowStart;
    this.blockedUntil = blockedUntil;
  }

  public int failures() {
    return failures;
  }

  public LocalDateTime windowStart() {
    return windowStart;
  }

  public LocalDateTime blockedUntil() {
    return blockedUntil;
  }
}
