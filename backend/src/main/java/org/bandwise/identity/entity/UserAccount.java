package org.bandwise.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** Someone who signs in to Bandwise, with their roles and, for a union rep, their union. */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = "UserAccount.findByUsername",
    query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(
    name = "UserAccount.countEnabledWithRole",
    query =
        "SELECT COUNT(DISTINCT u.id) FROM UserAccount u JOIN u.roles r"
            + " WHERE u.enabled = TRUE AND r = :role")
@NamedQuery(
    name = "UserAccount.search",
    query =
        "SELECT u FROM UserAccount u WHERE (:q IS NULL OR LOWER(u.username) LIKE :q OR LOWER(u.displayName) LIKE :q)"
            + " ORDER BY u.username")
@NamedQuery(
    name = "UserAccount.countSearch",
    query =
        "SELECT COUNT(u) FROM UserAccount u WHERE (:q IS NULL OR LOWER(u.username) LIKE :q"
            + " OR LOWER(u.displayName) LIKE :q)")
public class UserAccount {

  @Id private String id;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "union_code")
  private TradeUnion union;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "last_sign_in_at")
  private LocalDateTime lastSignInAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected UserAccount() {}

  public UserAccount(
      String username,
      String displayName,
      String passwordHash,
      Set<Role> roles,
      TradeUnion union,
      LocalDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.username = Objects.requireNonNull(username);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.enabled = true;
    this.createdAt = now;
    this.updatedAt = now;
    changeProfile(displayName, roles, union, now);
  }

  /**
   * A union is kept only for union reps: it is what their access to appeals and members hangs on.
   */
  public void changeProfile(
      String displayName, Set<Role> roles, TradeUnion union, LocalDateTime now) {
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("a user needs at least one role");
    }
    this.displayName = Objects.requireNonNull(displayName);
    this.roles = EnumSet.copyOf(roles);
    this.union =
        roles.contains(Role.UNION_REP)
            ? Objects.requireNonNull(union, "a union rep needs a union")
            : null;
    this.updatedAt = now;
  }

  public void setEnabled(boolean enabled, LocalDateTime now) {
    this.enabled = enabled;
    this.updatedAt = now;
  }

  public void changePasswordHash(String passwordHash, LocalDateTime now) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.updatedAt = now;
  }

  /**
   * The password was chosen by someone else (an operator's bootstrap password): the user must
   * choose their own before doing anything else.
   */
  public void requirePasswordChange(LocalDateTime now) {
    this.mustChangePassword = true;
    this.updatedAt = now;
  }

  /** The user chose their own password. */
  public void passwordChangedByOwner(String passwordHash, LocalDateTime now) {
    changePasswordHash(passwordHash, now);
    this.mustChangePassword = false;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public void signedIn(LocalDateTime now) {
    this.lastSignInAt = now;
  }

  /** What the audit trail records about a user; never the password hash. */
  public Map<String, Object> auditSnapshot() {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("username", username);
    snapshot.put("displayName", displayName);
    snapshot.put("roles", roles.stream().map(Enum::name).sorted().toList());
    snapshot.put("union", union == null ? null : union.name());
    snapshot.put("enabled", enabled);
    return snapshot;
  }

  public String id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public TradeUnion union() {
    return union;
  }

  public boolean enabled() {
    return enabled;
  }

  public LocalDateTime lastSignInAt() {
    return lastSignInAt;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }
}
