package org.bandwise.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchSettingsTest {

  @Test
  void defaultsToTheEmbeddedDatabaseWithDemoDataOnPort8080() {
    LaunchSettings settings = LaunchSettings.from(new String[0], Map.of());
    assertEquals(8080, settings.port());
    assertTrue(settings.embeddedDatabase());
    assertTrue(settings.demoData());
    assertTrue(settings.embeddedJdbcUrl().startsWith("jdbc:mysql://127.0.0.1:3316/bandwise"));
  }

  @Test
  void theCommandLinePortWinsOverTheEnvironment() {
    assertEquals(
        9000,
        LaunchSettings.from(new String[] {"--port", "9000"}, Map.of("BANDWISE_PORT", "9100"))
            .port());
    assertEquals(9100, LaunchSettings.from(new String[0], Map.of("BANDWISE_PORT", "9100")).port());
  }

  @Test
  void aConfiguredDatabaseHasNoDemoDataUnlessAskedFor() {
    Map<String, String> env = Map.of("BANDWISE_DB_URL", "jdbc:mysql://db:3306/bandwise");
    assertFalse(LaunchSettings.from(new String[0], env).embeddedDatabase());
    assertFalse(LaunchSettings.from(new String[0], env).demoData());
    assertTrue(
        LaunchSettings.from(
                new String[0],
                Map.of("BANDWISE_DB_URL", "jdbc:mysql://db/b", "BANDWISE_DEMO_DATA", "true"))
            .demoData());
  }

  @Test
  void otherArgumentsGoToPayaraWithThePort() {
    LaunchSettings settings =
        LaunchSettings.from(new String[] {"--deploy", "bench.war", "--port", "9000"}, Map.of());
    assertEquals(List.of("--deploy", "bench.war", "--port", "9000"), settings.payaraArgs());
  }

  @Test
  void aBadPortIsExplained() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LaunchSettings.from(new String[0], Map.of("BANDWISE_PORT", "80a")));
    assertTrue(e.getMessage().contains("BANDWISE_PORT"));
  }
}
