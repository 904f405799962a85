package org.bandwise.config;

import static org.bandwise.config.Setting.DATA_DIR;
import static org.bandwise.config.Setting.DB_URL;
import static org.bandwise.config.Setting.DEMO_DATA;
import static org.bandwise.config.Setting.EMBEDDED_DB_PORT;
import static org.bandwise.config.Setting.PORT;
import static org.bandwise.config.Setting.SECURE_COOKIES;
import static org.bandwise.config.Setting.SESSION_IDLE_MINUTES;
import static org.bandwise.config.Setting.SESSION_MAX_HOURS;
import static org.bandwise.config.Setting.SIGNING_KEY;
import static org.bandwise.config.Setting.SIGNING_KEY_FILE;
import static org.bandwise.config.Setting.SIGNIN_BLOCK_MINUTES;
import static org.bandwise.config.Setting.SIGNIN_MAX_FAILURES;
import static org.bandwise.config.Setting.SIGNIN_WINDOW_MINUTES;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks every setting before anything starts, so an unusable or inconsistent one stops start-up
 * with a sentence naming it rather than failing later, or half-working. Plain Java with no
 * dependencies: the launcher runs it before Payara, and the application again at start-up.
 */
public final class SettingsCheck {

  /**
   * A MySQL JDBC URL that names a host and a database (the only driver bundled is MySQL
   * Connector/J, which also talks to MariaDB).
   */
  private static final Pattern DB_URL_FORM =
      Pattern.compile("^jdbc:mysql://[^/?#\\s]+/[^/?#\\s]+(\\?\\S*)?$");

  private SettingsCheck() {}

  /** Every problem with the settings, each one sentence naming its setting; empty when usable. */
  public static List<String> problems(Settings settings) {
    List<String> problems = new ArrayList<>();
    port(settings, PORT, problems);
    port(settings, EMBEDDED_DB_PORT, problems);
    settings
        .value(DATA_DIR)
        .ifPresent(
            dir -> {
              Path path = Path.of(dir);
              if (Files.exists(path) && !Files.isDirectory(path)) {
                problems.add(DATA_DIR.env() + " names " + dir + ", which is not a folder.");
              }
            });
    settings
        .value(DB_URL)
        .ifPresent(
            url -> {
              if (!DB_URL_FORM.matcher(url.trim()).matches()) {
                // the URL may carry a password, so it is not repeated
                problems.add(
                    DB_URL.env()
                        + " must be a MySQL JDBC URL naming the server and the database, like"
                        + " jdbc:mysql://db:3306/bandwise.");
              }
            });
    bool(settings, DEMO_DATA, problems);
    bool(settings, SECURE_COOKIES, problems);
    whole(settings, SESSION_IDLE_MINUTES, 1, 24 * 60, problems);
    whole(settings, SESSION_MAX_HOURS, 1, 8, problems);
    whole(settings, SIGNIN_MAX_FAILURES, 1, 1000, problems);
    whole(settings, SIGNIN_WINDOW_MINUTES, 1, 24 * 60, problems);
    whole(settings, SIGNIN_BLOCK_MINUTES, 1, 24 * 60, problems);
    signingKey(settings, problems);
    BootstrapAdminSettings.read(settings, problems);
    return problems;
  }

  /** Stops with an {@link InvalidSetting} when anything is wrong. */
  public static void requireUsable(Settings settings) {
    List<String> problems = problems(settings);
    if (!problems.isEmpty()) {
      throw new InvalidSetting(problems);
    }
  }

  private static void port(Settings settings, Setting setting, List<String> problems) {
    settings
        .value(setting)
        .ifPresent(
            value -> {
              if (!inRange(value, 1, 65535)) {
                problems.add(
                    setting.env() + " must be a port number from 1 to 65535, not " + value + ".");
              }
            });
  }

  private static void whole(
      Settings settings, Setting setting, int min, int max, List<String> problems) {
    settings
        .value(setting)
        .ifPresent(
            value -> {
              if (!inRange(value, min, max)) {
                problems.add(
                    setting.env()
                        + " must be a whole number from "
                        + min
                        + " to "
                        + max
                        + ", not "
                        + value
                        + ".");
              }
            });
  }

  private static void bool(Settings settings, Setting setting, List<String> problems) {
    settings
        .value(setting)
        .ifPresent(
            value -> {
              String v = value.trim().toLowerCase(Locale.ROOT);
              if (!v.equals("true") && !v.equals("false")) {
                problems.add(setting.env() + " must be true or false, not " + value + ".");
              }
            });
  }

  private static boolean inRange(String value, int min, int max) {
    try {
      int n = Integer.parseInt(value.trim());
      return n >= min && n <= max;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static void signingKey(Settings settings, List<String> problems) {
    boolean inline = settings.given(SIGNING_KEY);
    boolean file = settings.given(SIGNING_KEY_FILE);
    if (inline && file) {
      problems.add(
          "Set only one of "
              + SIGNING_KEY.env()
              + " and "
              + SIGNING_KEY_FILE.env()
              + ", not both.");
      return;
    }
    if (inline) {
      keyProblem(settings.raw(SIGNING_KEY))
          .ifPresentOrElse(
              why -> problems.add(SIGNING_KEY.env() + " is not usable: " + why + "."), () -> {});
    } else if (file) {
      String name = settings.raw(SIGNING_KEY_FILE).trim();
      Path path = Path.of(name);
      if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
        problems.add(
            SIGNING_KEY_FILE.env() + " names " + name + ", which is not a file Bandwise can read.");
        return;
      }
      try {
        keyProblem(Files.readString(path))
            .ifPresent(
                why ->
                    problems.add(
                        SIGNING_KEY_FILE.env()
                            + " names "
                            + name
                            + ", which is not usable: "
                            + why
                            + "."));
      } catch (IOException e) {
        problems.add(
            SIGNING_KEY_FILE.env() + " names " + name + ", which is not a file Bandwise can read.");
      }
    }
  }

  /** Why a PEM text is not an RSA private key of 2048 bits or more in PKCS#8 form, if it is not. */
  static Optional<String> keyProblem(String pem) {
    if (pem.contains("BEGIN RSA PRIVATE KEY")) {
      return Optional.of(
          "give the key in PKCS#8 form (BEGIN PRIVATE KEY), for example from openssl genpkey");
    }
    if (!pem.contains("BEGIN PRIVATE KEY")) {
      return Optional.of(
          "it must be an RSA private key in PEM form starting with -----BEGIN PRIVATE KEY-----");
    }
    String base64 =
        pem.replaceAll("-----BEGIN [A-Z ]+-----", "")
            .replaceAll("-----END [A-Z ]+-----", "")
            .replaceAll("\\s", "");
    try {
      RSAPrivateKey key =
          (RSAPrivateKey)
              KeyFactory.getInstance("RSA")
                  .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
      if (key.getModulus().bitLength() < 2048) {
        return Optional.of("the key must have at least 2048 bits");
      }
      return Optional.empty();
    } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
      return Optional.of("it is not an RSA private key in PKCS#8 PEM form");
    }
  }
}
