package org.bandwise.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JvmDefaultsTest {

  @Test
  void aJvmStartedWithNothingGetsEveryDefault() {
    assertEquals(JvmDefaults.OPTIONS, JvmDefaults.missing(List.of()));
  }

  @Test
  void aHeapSizeChosenByThePersonWins() {
    List<String> added = JvmDefaults.missing(List.of("-Xmx1g"));
    assertFalse(added.stream().anyMatch(o -> o.startsWith("-Xmx") || o.startsWith("-Xms")));
    assertTrue(added.contains("-XX:+UseSerialGC"));
    assertFalse(
        JvmDefaults.missing(List.of("-XX:MaxRAMPercentage=50")).stream()
            .anyMatch(o -> o.startsWith("-Xmx")));
  }

  @Test
  void aCollectorChosenByThePersonWins() {
    List<String> added =
        JvmDefaults.missing(List.of("-XX:+UseG1GC", "-XX:ReservedCodeCacheSize=200m"));
    assertFalse(added.contains("-XX:+UseSerialGC"));
    assertFalse(added.stream().anyMatch(o -> o.startsWith("-XX:ReservedCodeCacheSize")));
    assertTrue(added.contains("-Xmx384m"));
  }

  @Test
  void optionsAreComparedByName() {
    assertEquals("UseSerialGC", JvmDefaults.name("-XX:+UseSerialGC"));
    assertEquals("MaxMetaspaceSize", JvmDefaults.name("-XX:MaxMetaspaceSize=256m"));
    assertEquals("-Xss", JvmDefaults.name("-Xss1m"));
  }

  @Test
  void onlyTheEmbeddedModeIsRelaunchedAndOnlyOnce() {
    assertTrue(JvmDefaults.wanted(true, Map.of(), null));
    assertFalse(JvmDefaults.wanted(false, Map.of(), null), "a configured database: production");
    assertFalse(JvmDefaults.wanted(true, Map.of(), "-Xmx384m"), "already the second JVM");
    assertFalse(JvmDefaults.wanted(true, Map.of("BANDWISE_JVM_DEFAULTS", "false"), null));
  }

  @Test
  void theNativeHeapIsTrimmedOnlyWhereTheJvmCanDoIt() {
    assertTrue(JvmDefaults.canTrimNativeHeap(Runtime.Version.parse("17.0.15+6")));
    assertFalse(JvmDefaults.canTrimNativeHeap(Runtime.Version.parse("17.0.8+7")));
    assertFalse(JvmDefaults.canTrimNativeHeap(Runtime.Version.parse("19.0.2")));
    assertTrue(JvmDefaults.canTrimNativeHeap(Runtime.Version.parse("21.0.1")));
    assertFalse(JvmDefaults.canTrimNativeHeap(Runtime.Version.parse("21")));
    assertTrue(JvmDefaults.canTrimNativeHeap(Runtime.Version.parse("23.0.1")));
  }
}
