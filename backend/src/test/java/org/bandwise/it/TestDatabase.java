package org.bandwise.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct access to the database the server under test uses, to look behind the API. */
final class TestDatabase {

  private TestDatabase() {}

  static Connection connect() throws SQLException {
    String url =
        System.getProperty("test.db.server", "jdbc:mysql://127.0.0.1:33316")
            + "/"
            + System.getProperty("test.db.name", "bandwise_it")
            + "?sslMode=DISABLED";
    return DriverManager.getConnection(
        url,
        System.getProperty("test.db.user", "root"),
        System.getProperty("test.db.password", ""));
  }

  static long count(String sql, String... parameters) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** Runs one statement (a test's own set-up or clean-up behind the API); the rows changed. */
  static int execute(String sql, String... parameters) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }
}
