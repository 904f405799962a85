package org.bandwise.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bandwise.config.Setting;

/**
 * What the launcher was asked for, from the command line and the environment. The port comes from
 * {@code --port N}, else {@code BANDWISE_PORT}, else 8080. Without {@code BANDWISE_DB_URL} the
 * embedded database is used and demo data is on unless {@code BANDWISE_DEMO_DATA=false}; with a
 * database URL demo data is off unless {@code BANDWISE_DEMO_DATA=true}.
 */
record LaunchSettings(
    int port,
    Path dataDir,
    boolean embeddedDatabase,
    int embeddedDatabasePort,
    boolean demoData,
    List<String> payaraArgs) {

  static final String EMBEDDED_DATABASE_NAME = "bandwise";
  static final int DEFAULT_PORT = Integer.parseInt(Setting.PORT.defaultValue());
  static final int DEFAULT_EMBEDDED_DB_PORT =
      Integer.parseInt(Setting.EMBEDDED_DB_PORT.defaultValue());

  static LaunchSettings from(String[] args, Map<String, String> env) {
    List<String> rest = new ArrayList<>();
    Integer port = null;
    for (int i = 0; i < args.length; i++) {
      if ("--port".equals(args[i]) && i + 1 < args.length) {
        port = parsePort(args[++i], "--port");
      } else {
        rest.add(args[i]);
      }
    }
    if (port == null) {
      port =
          present(env.get("BANDWISE_PORT"))
              ? parsePort(env.get("BANDWISE_PORT"), "BANDWISE_PORT")
              : DEFAULT_PORT;
    }
    rest.add("--port");
    rest.add(Integer.toString(port));

    Path dataDir =
        Path.of(
                present(env.get("BANDWISE_DATA_DIR"))
                    ? env.get("BANDWISE_DATA_DIR")
                    : Setting.DATA_DIR.defaultValue())
            .toAbsolutePath()
            .normalize();
    boolean embedded = !present(env.get("BANDWISE_DB_URL"));
    int dbPort =
        present(env.get("BANDWISE_EMBEDDED_DB_PORT"))
            ? parsePort(env.get("BANDWISE_EMBEDDED_DB_PORT"), "BANDWISE_EMBEDDED_DB_PORT")
            : DEFAULT_EMBEDDED_DB_PORT;
    String demo = env.get("BANDWISE_DEMO_DATA");
    boolean demoData = present(demo) ? Boolean.parseBoolean(demo.trim()) : embedded;
    return new LaunchSettings(port, dataDir, embedded, dbPort, demoData, List.copyOf(rest));
  }

  String embeddedJdbcUrl() {
    // loopback only, so no TLS: MariaDB 11.4's self-made certificate fails the JDK's TLS 1.3
    // handshake
    return "jdbc:mysql://127.0.0.1:"
        + embeddedDatabasePort
        + "/"
        + EMBEDDED_DATABASE_NAME
        + "?sslMode=DISABLED";
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static int parsePort(String value, String name) {
    try {
      int port = Integer.parseInt(value.trim());
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " must be a port number from 1 to 65535, not " + value + ".");
    }
  }
}
