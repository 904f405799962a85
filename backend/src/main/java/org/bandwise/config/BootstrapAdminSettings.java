package org.bandwise.config;

import static org.bandwise.config.Setting.BOOTSTRAP_ADMIN_PASSWORD;
import static org.bandwise.config.Setting.BOOTSTRAP_ADMIN_PASSWORD_FILE;
import static org.bandwise.config.Setting.BOOTSTRAP_ADMIN_USERNAME;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The HR admin to create on a database without one: a username and a password given directly or in
 * a file (a Docker or Kubernetes secret). Read and checked here only.
 */
public record BootstrapAdminSettings(String username, String password) {

  /** As the contract's usernames. */
  private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,49}$");

  /** The same floor as every other password (PasswordRules). */
  public static final int MIN_PASSWORD_LENGTH = 12;

  @Override
  public String toString() {
    return "BootstrapAdminSettings[username=" + username + "]";
  }

  /**
   * The bootstrap admin asked for, if any; an unusable combination is an {@link InvalidSetting}.
   */
  public static Optional<BootstrapAdminSettings> from(Settings settings) {
    List<String> problems = new ArrayList<>();
    Optional<BootstrapAdminSettings> result = read(settings, problems);
    if (!problems.isEmpty()) {
      throw new InvalidSetting(problems);
    }
    return result;
  }

  static Optional<BootstrapAdminSettings> read(Settings settings, List<String> problems) {
    Optional<String> username = settings.value(BOOTSTRAP_ADMIN_USERNAME);
    Optional<String> password = settings.value(BOOTSTRAP_ADMIN_PASSWORD);
    Optional<String> file = settings.value(BOOTSTRAP_ADMIN_PASSWORD_FILE);
    int before = problems.size();
    if (password.isPresent() && file.isPresent()) {
      problems.add(
          "Set only one of "
              + BOOTSTRAP_ADMIN_PASSWORD.env()
              + " and "
              + BOOTSTRAP_ADMIN_PASSWORD_FILE.env()
              + ", not both.");
    }
    if (username.isEmpty()) {
      if (password.isPresent() || file.isPresent()) {
        problems.add(
            "Set "
                + BOOTSTRAP_ADMIN_USERNAME.env()
                + " as well, or remove the bootstrap admin's password: a password without a"
                + " username creates nobody.");
      }
      return Optional.empty();
    }
    if (!USERNAME.matcher(username.get()).matches()) {
      problems.add(
          BOOTSTRAP_ADMIN_USERNAME.env()
              + " must be 3 to 50 lower-case letters, digits, dots, dashes or underscores,"
              + " starting with a letter or digit.");
    }
    String chosen = null;
    if (password.isEmpty() && file.isEmpty()) {
      problems.add(
          BOOTSTRAP_ADMIN_USERNAME.env()
              + " is set, so set "
              + BOOTSTRAP_ADMIN_PASSWORD.env()
              + " or "
              + BOOTSTRAP_ADMIN_PASSWORD_FILE.env()
              + " to the password it first signs in with.");
    } else if (password.isPresent()) {
      chosen = password.get();
    } else if (file.isPresent()) {
      chosen = readPasswordFile(file.get(), problems);
    }
    if (chosen != null && chosen.length() < MIN_PASSWORD_LENGTH) {
      problems.add(
          "The bootstrap admin's password ("
              + (password.isPresent()
                  ? BOOTSTRAP_ADMIN_PASSWORD.env()
                  : BOOTSTRAP_ADMIN_PASSWORD_FILE.env())
              + ") must be at least "
              + MIN_PASSWORD_LENGTH
              + " characters.");
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new BootstrapAdminSettings(username.get(), chosen));
  }

  /** The file's first line: secrets files often end with a newline that is not part of it. */
  private static String readPasswordFile(String name, List<String> problems) {
    Path path = Path.of(name);
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      problems.add(
          BOOTSTRAP_ADMIN_PASSWORD_FILE.env()
              + " names "
              + name
              + ", which is not a file Bandwise can read.");
      return null;
    }
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      int newline = text.indexOf('\n');
      String line = newline < 0 ? text : text.substring(0, newline);
      return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    } catch (IOException e) {
      problems.add(
          BOOTSTRAP_ADMIN_PASSWORD_FILE.env()
              + " names "
              + name
              + ", which is not a file Bandwise can read.");
      return null;
    }
  }
}
