package org.bandwise.config;

/**
 * Every Bandwise setting, each named once with its default. An operator sets the environment
 * variable ({@link #env()}); the application reads the same value through MicroProfile Config under
 * {@link #property()}, which also maps to that variable, so a {@code -D} system property works too.
 * Annotations need constants, so each property name and default is also a {@code String} constant
 * below, used both here and in {@code @ConfigProperty}.
 */
public enum Setting {
  PORT("BANDWISE_PORT", "bandwise.port", Setting.PORT_DEFAULT),
  DATA_DIR("BANDWISE_DATA_DIR", Setting.DATA_DIR_PROPERTY, Setting.DATA_DIR_DEFAULT),
  DB_URL("BANDWISE_DB_URL", "bandwise.db.url", null),
  DB_USER("BANDWISE_DB_USER", "bandwise.db.user", "root"),
  DB_PASSWORD("BANDWISE_DB_PASSWORD", "bandwise.db.password", ""),
  DEMO_DATA("BANDWISE_DEMO_DATA", Setting.DEMO_DATA_PROPERTY, null),
  EMBEDDED_DB_PORT("BANDWISE_EMBEDDED_DB_PORT", "bandwise.embedded-db-port", "3316"),
  SIGNING_KEY("BANDWISE_SIGNING_KEY", Setting.SIGNING_KEY_PROPERTY, null),
  SIGNING_KEY_FILE("BANDWISE_SIGNING_KEY_FILE", Setting.SIGNING_KEY_FILE_PROPERTY, null),
  SECURE_COOKIES(
      "BANDWISE_SECURE_COOKIES", Setting.SECURE_COOKIES_PROPERTY, Setting.SECURE_COOKIES_DEFAULT),
  SESSION_IDLE_MINUTES(
      "BANDWISE_SESSION_IDLE_MINUTES",
      Setting.SESSION_IDLE_MINUTES_PROPERTY,
      Setting.SESSION_IDLE_MINUTES_DEFAULT),
  SESSION_MAX_HOURS(
      "BANDWISE_SESSION_MAX_HOURS",
      Setting.SESSION_MAX_HOURS_PROPERTY,
      Setting.SESSION_MAX_HOURS_DEFAULT),
  SIGNIN_MAX_FAILURES(
      "BANDWISE_SIGNIN_MAX_FAILURES",
      Setting.SIGNIN_MAX_FAILURES_PROPERTY,
      Setting.SIGNIN_MAX_FAILURES_DEFAULT),
  SIGNIN_WINDOW_MINUTES(
      "BANDWISE_SIGNIN_WINDOW_MINUTES",
      Setting.SIGNIN_WINDOW_MINUTES_PROPERTY,
      Setting.SIGNIN_WINDOW_MINUTES_DEFAULT),
  SIGNIN_BLOCK_MINUTES(
      "BANDWISE_SIGNIN_BLOCK_MINUTES",
      Setting.SIGNIN_BLOCK_MINUTES_PROPERTY,
      Setting.SIGNIN_BLOCK_MINUTES_DEFAULT),
  BOOTSTRAP_ADMIN_USERNAME(
      "BANDWISE_BOOTSTRAP_ADMIN_USERNAME", "bandwise.bootstrap-admin.username", null),
  BOOTSTRAP_ADMIN_PASSWORD(
      "BANDWISE_BOOTSTRAP_ADMIN_PASSWORD", "bandwise.bootstrap-admin.password", null),
  BOOTSTRAP_ADMIN_PASSWORD_FILE(
      "BANDWISE_BOOTSTRAP_ADMIN_PASSWORD_FILE", "bandwise.bootstrap-admin.password-file", null),
  DB_CONNECT_TIMEOUT_SECONDS(
      "BANDWISE_DB_CONNECT_TIMEOUT_SECONDS", "bandwise.db.connect-timeout-seconds", "3"),
  DB_SOCKET_TIMEOUT_SECONDS(
      "BANDWISE_DB_SOCKET_TIMEOUT_SECONDS", "bandwise.db.socket-timeout-seconds", "15"),
  DB_STARTUP_WAIT_SECONDS(
      "BANDWISE_DB_STARTUP_WAIT_SECONDS",
      Setting.DB_STARTUP_WAIT_SECONDS_PROPERTY,
      Setting.DB_STARTUP_WAIT_SECONDS_DEFAULT),
  SHUTDOWN_GRACE_SECONDS(
      "BANDWISE_SHUTDOWN_GRACE_SECONDS", "bandwise.shutdown.grace-seconds", "20"),
  REFERENCE_CHECK_MILLIS(
      "BANDWISE_REFERENCE_CHECK_MILLIS",
      Setting.REFERENCE_CHECK_MILLIS_PROPERTY,
      Setting.REFERENCE_CHECK_MILLIS_DEFAULT),
  JVM_DEFAULTS("BANDWISE_JVM_DEFAULTS", "bandwise.jvm-defaults", "true");

  public static final String PORT_DEFAULT = "8080";
  public static final String DATA_DIR_PROPERTY = "bandwise.data-dir";
  public static final String DATA_DIR_DEFAULT = "bandwise-data";
  public static final String DEMO_DATA_PROPERTY = "bandwise.demo-data";
  public static final String SIGNING_KEY_PROPERTY = "bandwise.signing-key";
  public static final String SIGNING_KEY_FILE_PROPERTY = "bandwise.signing-key-file";
  public static final String SECURE_COOKIES_PROPERTY = "bandwise.secure-cookies";
  public static final String SECURE_COOKIES_DEFAULT = "false";
  public static final String SESSION_IDLE_MINUTES_PROPERTY = "bandwise.session.idle-minutes";
  public static final String SESSION_IDLE_MINUTES_DEFAULT = "30";
  public static final String SESSION_MAX_HOURS_PROPERTY = "bandwise.session.max-hours";
  public static final String SESSION_MAX_HOURS_DEFAULT = "8";
  public static final String SIGNIN_MAX_FAILURES_PROPERTY = "bandwise.signin.max-failures";
  public static final String SIGNIN_MAX_FAILURES_DEFAULT = "5";
  public static final String SIGNIN_WINDOW_MINUTES_PROPERTY = "bandwise.signin.window-minutes";
  public static final String SIGNIN_WINDOW_MINUTES_DEFAULT = "15";
  public static final String SIGNIN_BLOCK_MINUTES_PROPERTY = "bandwise.signin.block-minutes";
  public static final String SIGNIN_BLOCK_MINUTES_DEFAULT = "15";
  public static final String DB_STARTUP_WAIT_SECONDS_PROPERTY = "bandwise.db.startup-wait-seconds";
  public static final String DB_STARTUP_WAIT_SECONDS_DEFAULT = "300";
  public static final String REFERENCE_CHECK_MILLIS_PROPERTY = "bandwise.reference.check-millis";
  public static final String REFERENCE_CHECK_MILLIS_DEFAULT = "1000";

  private final String env;
  private final String property;
  private final String defaultValue;

  Setting(String env, String property, String defaultValue) {
    this.env = env;
    this.property = property;
    this.defaultValue = defaultValue;
  }

  /** The environment variable an operator sets. */
  public String env() {
    return env;
  }

  /** The MicroProfile Config name the application reads (mapped to {@link #env()}). */
  public String property() {
    return property;
  }

  /** The default when unset, or null when unset means "not given". */
  public String defaultValue() {
    return defaultValue;
  }
}
