package org.bandwise.platform.persistence;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The MySQL data source, configured from {@code bandwise.db.url}, {@code bandwise.db.user} and
 * {@code bandwise.db.password} (BANDWISE_DB_URL, ...). It reads them itself because an empty
 * password (as the embedded and local test databases have) cannot be expressed through
 * {@code @DataSourceDefinition}'s {@code ${MPCONFIG=...}} placeholders: MicroProfile Config treats
 * an empty value as missing.
 */
public class ConfiguredMysqlDataSource extends MysqlDataSource {

  private static final long serialVersionUID = 1L;
  static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3316/bandwise?sslMode=DISABLED";

  public ConfiguredMysqlDataSource() {
    Config config = ConfigProvider.getConfig(ConfiguredMysqlDataSource.class.getClassLoader());
    setURL(value(config, "bandwise.db.url").orElse(DEFAULT_URL));
    setUser(value(config, "bandwise.db.user").orElse("root"));
    setPassword(value(config, "bandwise.db.password").orElse(""));
  }

  private static Optional<String> value(Config config, String name) {
    return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
  }
}
