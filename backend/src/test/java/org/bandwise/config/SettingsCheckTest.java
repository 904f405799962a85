package org.bandwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsCheckTest {

  @TempDir Path dir;

  private static List<String> problems(Map<String, String> env) {
    return SettingsCheck.problems(Settings.of(env, name -> null));
  }

  private static void assertOneProblemNaming(String setting, Map<String, String> env) {
    List<String> problems = problems(env);
    assertEquals(1, problems.size(), problems.toString());
    String problem = problems.get(0);
    assertTrue(problem.contains(setting), problem);
    assertTrue(Character.isUpperCase(problem.charAt(0)), problem);
    assertTrue(problem.endsWith("."), problem);
  }

  @Test
  void nothingSetIsUsable() {
    assertEquals(List.of(), problems(Map.of()));
  }

  @Test
  void aRealDeploymentIsUsable() throws Exception {
    Path password = Files.writeString(dir.resolve("admin-password"), "first-sign-in-only\n");
    Path key = Files.writeString(dir.resolve("key.pem"), pem(2048));
    assertEquals(
        List.of(),
        problems(
            Map.of(
                "BANDWISE_DB_URL", "jdbc:mysql://db:3306/bandwise?sslMode=REQUIRED",
                "BANDWISE_DB_USER", "bandwise",
                "BANDWISE_DEMO_DATA", "false",
                "BANDWISE_SECURE_COOKIES", "TRUE",
                "BANDWISE_PORT", "8080",
                "BANDWISE_SIGNING_KEY_FILE", key.toString(),
                "BANDWISE_BOOTSTRAP_ADMIN_USERNAME", "hr.admin",
                "BANDWISE_BOOTSTRAP_ADMIN_PASSWORD_FILE", password.toString())));
  }

  @Test
  void aBadPortIsNamed() {
    assertOneProblemNaming("BANDWISE_PORT", Map.of("BANDWISE_PORT", "80a"));
    assertOneProblemNaming("BANDWISE_PORT", Map.of("BANDWISE_PORT", "70000"));
    assertOneProblemNaming("BANDWISE_EMBEDDED_DB_PORT", Map.of("BANDWISE_EMBEDDED_DB_PORT", "0"));
  }

  @Test
  void aBadDatabaseUrlIsNamedWithoutRepeatingIt() {
    for (String url :
        List.of(
            "postgres://db/bandwise",
            "jdbc:mysql://db:3306",
            "jdbc:postgresql://db/bandwise",
            "jdbc:mysql://db:3306/bandwise?password=secret with space")) {
      List<String> problems = problems(Map.of("BANDWISE_DB_URL", url));
      assertEquals(1, problems.size(), url);
      assertTrue(problems.get(0).startsWith("BANDWISE_DB_URL must be"), problems.get(0));
      assertFalse(problems.get(0).contains("secret"));
    }
  }

  @Test
  void flagsAndNumbersMustBeWhatTheySay() {
    assertOneProblemNaming("BANDWISE_DEMO_DATA", Map.of("BANDWISE_DEMO_DATA", "yes"));
    assertOneProblemNaming("BANDWISE_SECURE_COOKIES", Map.of("BANDWISE_SECURE_COOKIES", "1"));
    assertOneProblemNaming("BANDWISE_SESSION_MAX_HOURS", Map.of("BANDWISE_SESSION_MAX_HOURS", "9"));
    assertOneProblemNaming(
        "BANDWISE_SIGNIN_MAX_FAILURES", Map.of("BANDWISE_SIGNIN_MAX_FAILURES", "-1"));
  }

  @Test
  void anUnreadableSigningKeyFileIsNamed() {
    assertOneProblemNaming(
        "BANDWISE_SIGNING_KEY_FILE",
        Map.of("BANDWISE_SIGNING_KEY_FILE", dir.resolve("missing.pem").toString()));
  }

  @Test
  void aSigningKeyThatIsNotAKeyOrTooShortIsNamed() throws Exception {
    Path notAKey = Files.writeString(dir.resolve("not-a-key.pem"), "hello");
    assertOneProblemNaming(
        "BANDWISE_SIGNING_KEY_FILE", Map.of("BANDWISE_SIGNING_KEY_FILE", notAKey.toString()));
    List<String> shortKey = problems(Map.of("BANDWISE_SIGNING_KEY", pem(1024)));
    assertEquals(1, shortKey.size());
    assertTrue(shortKey.get(0).contains("2048 bits"), shortKey.get(0));
  }

  @Test
  void bothFormsOfTheSigningKeyIsInconsistent() throws Exception {
    Path key = Files.writeString(dir.resolve("key.pem"), pem(2048));
    assertOneProblemNaming(
        "BANDWISE_SIGNING_KEY_FILE",
        Map.of("BANDWISE_SIGNING_KEY", pem(2048), "BANDWISE_SIGNING_KEY_FILE", key.toString()));
  }

  @Test
  void aDataFolderThatIsAFileIsNamed() throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertOneProblemNaming("BANDWISE_DATA_DIR", Map.of("BANDWISE_DATA_DIR", file.toString()));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Map<String, String> env = new HashMap<>();
    env.put("BANDWISE_PORT", "x");
    env.put("BANDWISE_DB_URL", "nope");
    env.put("BANDWISE_BOOTSTRAP_ADMIN_USERNAME", "admin");
    assertEquals(3, problems(env).size());
    InvalidSetting invalid =
        assertThrows(
            InvalidSetting.class,
            () -> SettingsCheck.requireUsable(Settings.of(env, name -> null)));
    assertEquals(3, invalid.problems().size());
  }

  @Test
  void systemPropertiesStandInForTheEnvironment() {
    Settings settings = Settings.of(Map.of(), name -> name.equals("bandwise.port") ? "9090" : null);
    assertEquals("9090", settings.valueOrDefault(Setting.PORT));
    assertEquals("8080", Settings.of(Map.of(), n -> null).valueOrDefault(Setting.PORT));
  }

  static String pem(int bits) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(bits);
    byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END PRIVATE KEY-----\n";
  }
}
