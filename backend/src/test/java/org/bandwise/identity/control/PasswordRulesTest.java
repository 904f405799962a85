package org.bandwise.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bandwise.platform.error.FieldProblem;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

  @Test
  void acceptsALongPassphrase() {
    assertTrue(PasswordRules.check("password", "correct horse battery", "jsmith").isEmpty());
  }

  @Test
  void refusesShortPasswordsNamingTheField() {
    List<FieldProblem> problems = PasswordRules.check("newPassword", "short", "jsmith");
    assertEquals("newPassword", problems.get(0).field());
    assertTrue(problems.get(0).message().contains("12"));
  }

  @Test
  void refusesPasswordsBuiltOnTheUsername() {
    assertEquals(1, PasswordRules.check("password", "xxJSmith2026xx", "jsmith").size());
  }

  @Test
  void refusesBlankAndOverlongPasswords() {
    assertEquals(1, PasswordRules.check("password", " ".repeat(20), "jsmith").size());
    assertEquals(1, PasswordRules.check("password", "a".repeat(201), "jsmith").size());
  }
}
