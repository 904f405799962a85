package org.bandwise.platform.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The stored keys, over plain JDBC: {@link #claim} runs on its own (auto-commit) before the
 * request, {@link #complete} inside the request's transaction, {@link #release} on its own after a
 * failure.
 */
final class IdempotencyStore {

  private static final String INSERT =
      "INSERT INTO idempotency_key (owner, idem_key, fingerprint, state, created_at)"
          + " VALUES (?, ?, ?, 'RUNNING', ?)";
  private static final String SELECT =
      "SELECT fingerprint, state, created_at, status_code, content_type, location, etag, body"
          + " FROM idempotency_key WHERE owner = ? AND idem_key = ?";
  private static final String DELETE_ONE =
      "DELETE FROM idempotency_key WHERE owner = ? AND idem_key = ? AND created_at = ?";
  private static final String RELEASE =
      "DELETE FROM idempotency_key WHERE owner = ? AND idem_key = ? AND state = 'RUNNING'";
  private static final String COMPLETE =
      "UPDATE idempotency_key SET state = 'DONE', status_code = ?, content_type = ?, location = ?,"
          + " etag = ?, body = ? WHERE owner = ? AND idem_key = ?";
  private static final String PURGE = "DELETE FROM idempotency_key WHERE created_at < ? LIMIT 500";

  private static final int DUPLICATE_KEY = 1062;
  private final DataSource dataSource;

  IdempotencyStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The outcome of trying to claim a key. */
  record Claim(IdempotencyRules.Decision decision, IdempotencyRecord stored) {}

  Claim claim(String owner, String key, String fingerprint, LocalDateTime now) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      for (int tries = 0; tries < 3; tries++) {
        if (insert(connection, owner, key, fingerprint, now)) {
          if (Math.floorMod(fingerprint.hashCode(), 50) == 0) {
            purge(connection, now.minus(IdempotencyRules.KEPT));
          }
          return new Claim(IdempotencyRules.Decision.RUN, null);
        }
        Optional<IdempotencyRecord> stored = find(connection, owner, key);
        if (stored.isEmpty()) {
          continue;
        }
        IdempotencyRules.Decision decision =
            IdempotencyRules.decide(stored.get(), fingerprint, now);
        if (decision != IdempotencyRules.Decision.RUN) {
          return new Claim(decision, stored.get());
        }
        // expired or abandoned: forget it and claim afresh
        try (PreparedStatement delete = connection.prepareStatement(DELETE_ONE)) {
          delete.setString(1, owner);
          delete.setString(2, key);
          delete.setObject(3, stored.get().createdAt());
          delete.executeUpdate();
        }
      }
      // another request keeps claiming the same key at this very moment
      return new Claim(IdempotencyRules.Decision.IN_PROGRESS, null);
    }
  }

  /** Records the answer; called inside the request's transaction, so both commit or neither. */
  void complete(String owner, String key, StoredResponse response) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(COMPLETE)) {
      update.setInt(1, response.status());
      update.setString(2, truncate(response.contentType(), 200));
      update.setString(3, truncate(response.location(), 2000));
      update.setString(4, truncate(response.etag(), 200));
      update.setBytes(5, response.body());
      update.setString(6, owner);
      update.setString(7, key);
      update.executeUpdate();
    }
  }

  /** Forgets a key whose request failed, so that it can be retried. */
  void release(String owner, String key) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(RELEASE)) {
      delete.setString(1, owner);
      delete.setString(2, key);
      delete.executeUpdate();
    }
  }

  private static boolean insert(
      Connection connection, String owner, String key, String fingerprint, LocalDateTime now)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setString(1, owner);
      insert.setString(2, key);
      insert.setString(3, fingerprint);
      insert.setObject(4, now);
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (e.getErrorCode() == DUPLICATE_KEY || "23000".equals(e.getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  private static Optional<IdempotencyRecord> find(Connection connection, String owner, String key)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT)) {
      select.setString(1, owner);
      select.setString(2, key);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        boolean finished = "DONE".equals(row.getString("state"));
        StoredResponse response =
            finished
                ? new StoredResponse(
                    row.getInt("status_code"),
                    row.getString("content_type"),
                    row.getString("location"),
                    row.getString("etag"),
                    row.getBytes("body"))
                : null;
        return Optional.of(
            new IdempotencyRecord(
                row.getString("fingerprint"),
                finished,
                row.getObject("created_at", LocalDateTime.class),
                response));
      }
    }
  }

  private static void purge(Connection connection, LocalDateTime before) throws SQLException {
    try (PreparedStatement purge = connection.prepareStatement(PURGE)) {
      purge.setObject(1, before);
      purge.executeUpdate();
    }
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
