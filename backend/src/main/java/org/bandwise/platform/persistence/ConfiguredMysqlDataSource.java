package org.bandwise.platform.persistence;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.SQLException;
import java.util.Optional;
import org.bandwise.config.Setting;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The MySQL data source, configured from {@code bandwise.db.url}, {@code bandwise.db.user} and
 * {@code bandwise.db.password} (BANDWISE_DB_URL, ...). It reads them itself because an empty
 * password (as the embedded and local test databases have) cannot be expressed through
 * {@code @DataSourceDefinition}'s {@code ${MPCONFIG=...}} placeholders: MicroProfile Config treats
 * an empty value as missing. Connect and socket timeouts ({@code
 * bandwise.db.connect-timeout-seconds}, default 3, and {@code bandwise.db.socket-timeout-seconds},
 * default 15) bound how long a request waits on a database that has gone.
 */
public class ConfiguredMysqlDataSource extends MysqlDataSource {

  private static final long serialVersionUID = 1L;

  /** Without a URL: the embedded database the launcher starts (see LaunchSettings). */
  static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3316/bandwise?sslMode=DISABLED";

  public ConfiguredMysqlDataSource() {
    Config config = ConfigProvider.getConfig(ConfiguredMysqlDataSource.class.getClassLoader());
    setURL(value(config, Setting.DB_URL).orElse(DEFAULT_URL));
    setUser(value(config, Setting.DB_USER).orElse(Setting.DB_USER.defaultValue()));
    setPassword(value(config, Setting.DB_PASSWORD).orElse(Setting.DB_PASSWORD.defaultValue()));
    try {
      // an unreachable database is reported in seconds, not after the operating system's minutes
      setConnectTimeout(seconds(config, Setting.DB_CONNECT_TIMEOUT_SECONDS) * 1000);
      setSocketTimeout(seconds(config, Setting.DB_SOCKET_TIMEOUT_SECONDS) * 1000);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot configure the database timeouts", e);
    }
  }

  private static int seconds(Config config, Setting setting) {
    return config
        .getOptionalValue(setting.property(), Integer.class)
        .filter(v -> v > 0)
        .orElse(Integer.parseInt(setting.defaultValue()));
  }

  private static Optional<String> value(Config config, Setting setting) {
    return config.getOptionalValue(setting.property(), String.class).filter(v -> !v.isBlank());
  }
}
