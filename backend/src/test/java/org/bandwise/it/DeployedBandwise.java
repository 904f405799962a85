package org.bandwise.it;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an integration test of the demo application starts from: the WAR the build made, deployed
 * once for the class ({@link Deployments}), its address, the demo accounts' password, and plain SQL
 * to look behind the API or set up what the API cannot.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedBandwise {

  /** The published demo password of every demo account. */
  static final String PASSWORD = "bandwise-demo";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.bandwise();
  }

  @ArquillianResource URL url;

  /** The first column of the first row, or null when there is none. */
  static String one(Connection c, String sql, Object... params) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  static void run(Connection c, String sql, Object... params) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      s.executeUpdate();
    }
  }

  private static void bind(PreparedStatement s, Object... params) throws Exception {
    for (int i = 0; i < params.length; i++) {
      s.setObject(i + 1, params[i]);
    }
  }
}
