package org.bandwise.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids of the demo story's records, looked up by their natural keys (scheme code and version, JD
 * reference and version number): the demo is made by the application at first start, so its ids
 * differ from one database to the next.
 */
final class DemoRecords {

  private DemoRecords() {}

  static String scheme(String code, int version) {
    return one("SELECT id FROM scheme WHERE code = ? AND scheme_version = ?", code, version);
  }

  static String jdVersion(String reference, int version) {
    return one(
        "SELECT v.id FROM jd_version v JOIN job_description j ON j.id = v.jd_id"
            + " WHERE j.reference = ? AND v.version_no = ?",
        reference,
        version);
  }

  /** The demo's evaluation of a JD version with this status (the story has one of each). */
  static String evaluation(String reference, int version, String status) {
    return one(
        "SELECT e.id FROM evaluation e JOIN jd_version v ON v.id = e.jd_version_id"
            + " JOIN job_description j ON j.id = e.jd_id"
            + " WHERE j.reference = ? AND v.version_no = ? AND e.status = ?"
            + " ORDER BY e.requested_at LIMIT 1",
        reference,
        version,
        status);
  }

  static String user(String username) {
    return one("SELECT id FROM app_user WHERE username = ?", username);
  }

  private static String one(String sql, Object... parameters) {
    try (Connection connection = TestDatabase.connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          throw new AssertionError("The demo data has no record for " + sql);
        }
        return rows.getString(1);
      }
    } catch (SQLException e) {
      throw new AssertionError("Could not read the demo data: " + e.getMessage(), e);
    }
  }
}
