package org.bandwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootstrapAdminSettingsTest {

  @TempDir Path dir;

  private static Optional<BootstrapAdminSettings> from(Map<String, String> env) {
    return BootstrapAdminSettings.from(Settings.of(env, name -> null));
  }

  private static String problemOf(Map<String, String> env) {
    InvalidSetting invalid = assertThrows(InvalidSetting.class, () -> from(env));
    assertEquals(1, invalid.problems().size(), invalid.problems().toString());
    return invalid.problems().get(0);
  }

  @Test
  void noneAskedForIsNone() {
    assertEquals(Optional.empty(), from(Map.of()));
  }

  @Test
  void aUsernameAndPassword() {
    BootstrapAdminSettings admin =
        from(Map.of(
                "BANDWISE_BOOTSTRAP_ADMIN_USERNAME", "hr.admin",
                "BANDWISE_BOOTSTRAP_ADMIN_PASSWORD", "change-me-at-once"))
            .orElseThrow();
    assertEquals("hr.admin", admin.username());
    assertEquals("change-me-at-once", admin.password());
    assertFalse(admin.toString().contains("change-me"), "the password is never printed");
  }

  @Test
  void aPasswordFileGivesItsFirstLine() throws Exception {
    Path file = Files.writeString(dir.resolve("secret"), "change-me-at-once\r\n");
    assertEquals(
        "change-me-at-once",
        from(Map.of(
                "BANDWISE_BOOTSTRAP_ADMIN_USERNAME",
                "hr.admin",
                "BANDWISE_BOOTSTRAP_ADMIN_PASSWORD_FILE",
                file.toString()))
            .orElseThrow()
            .password());
  }

  @Test
  void aUsernameWithoutPasswordStopsStartUp() {
    String problem = problemOf(Map.of("BANDWISE_BOOTSTRAP_ADMIN_USERNAME", "hr.admin"));
    assertTrue(problem.contains("BANDWISE_BOOTSTRAP_ADMIN_PASSWORD"), problem);
  }

  @Test
  void aPasswordWithoutUsernameStopsStartUp() {
    String problem = problemOf(Map.of("BANDWISE_BOOTSTRAP_ADMIN_PASSWORD", "change-me-at-once"));
    assertTrue(problem.startsWith("Set BANDWISE_BOOTSTRAP_ADMIN_USERNAME"), problem);
  }

  @Test
  void aMissingPasswordFileStopsStartUp() {
    String problem =
        problemOf(
            Map.of(
                "BANDWISE_BOOTSTRAP_ADMIN_USERNAME",
                "hr.admin",
                "BANDWISE_BOOTSTRAP_ADMIN_PASSWORD_FILE",
                dir.resolve("none").toString()));
    assertTrue(problem.startsWith("BANDWISE_BOOTSTRAP_ADMIN_PASSWORD_FILE names"), problem);
  }

  @Test
  void bothPasswordFormsStopStartUp() throws Exception {
    Path file = Files.writeString(dir.resolve("secret"), "change-me-at-once");
    String problem =
        problemOf(
            Map.of(
                "BANDWISE_BOOTSTRAP_ADMIN_USERNAME", "hr.admin",
                "BANDWISE_BOOTSTRAP_ADMIN_PASSWORD", "change-me-at-once",
                "BANDWISE_BOOTSTRAP_ADMIN_PASSWORD_FILE", file.toString()));
    assertTrue(problem.startsWith("Set only one of"), problem);
  }

  @Test
  void aShortPasswordOrABadUsernameStopsStartUp() {
    assertTrue(
        problemOf(
                Map.of(
                    "BANDWISE_BOOTSTRAP_ADMIN_USERNAME", "hr.admin",
                    "BANDWISE_BOOTSTRAP_ADMIN_PASSWORD", "short"))
            .contains("at least 12 characters"));
    assertTrue(
        problemOf(
                Map.of(
                    "BANDWISE_BOOTSTRAP_ADMIN_USERNAME", "HR Admin",
                    "BANDWISE_BOOTSTRAP_ADMIN_PASSWORD", "change-me-at-once"))
            .startsWith("BANDWISE_BOOTSTRAP_ADMIN_USERNAME must be"));
  }
}
