package org.bandwise.identity.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bandwise.platform.error.FieldProblem;

/**
 * What makes a password acceptable: long enough to resist guessing, and not built on the username.
 */
public final class PasswordRules {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 200;

  private PasswordRules() {}

  public static List<FieldProblem> check(String field, String password, String username) {
    List<FieldProblem> problems = new ArrayList<>();
    if (password == null || password.length() < MIN_LENGTH) {
      problems.add(new FieldProblem(field, "must be at least " + MIN_LENGTH + " characters"));
    } else if (password.length() > MAX_LENGTH) {
      problems.add(new FieldProblem(field, "must be at most " + MAX_LENGTH + " characters"));
    } else if (password.isBlank()) {
      problems.add(new FieldProblem(field, "must not be only spaces"));
    } else if (username != null
        && username.length() >= 3
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      problems.add(new FieldProblem(field, "must not contain the username"));
    }
    return problems;
  }
}
