package org.bandwise.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseWaitTest {

  @Test
  void findsTheHostAndPortOfAMysqlUrl() {
    var address =
        DatabaseWait.address("jdbc:mysql://db.internal:3307/bandwise?sslMode=DISABLED")
            .orElseThrow();
    assertEquals("db.internal", address.getHostString());
    assertEquals(3307, address.getPort());
    assertEquals(3306, DatabaseWait.address("jdbc:mysql://db/bandwise").orElseThrow().getPort());
    assertEquals(
        "127.0.0.1",
        DatabaseWait.address("jdbc:mariadb://127.0.0.1:3316/x").orElseThrow().getHostString());
    assertTrue(DatabaseWait.address("jdbc:h2:mem:x").isEmpty());
    assertTrue(DatabaseWait.address(null).isEmpty());
  }

  @Test
  void waitsFiveMinutesUnlessToldOtherwise() {
    assertEquals(Duration.ofSeconds(300), DatabaseWait.limit(Map.of()));
    assertEquals(
        Duration.ofSeconds(30),
        DatabaseWait.limit(Map.of("BANDWISE_DB_STARTUP_WAIT_SECONDS", "30")));
    assertThrows(
        IllegalArgumentException.class,
        () -> DatabaseWait.limit(Map.of("BANDWISE_DB_STARTUP_WAIT_SECONDS", "soon")));
  }

  @Test
  void backsOffUpToEightSeconds() {
    assertEquals(1000, DatabaseWait.delayMillis(1));
    assertEquals(4000, DatabaseWait.delayMillis(3));
    assertEquals(8000, DatabaseWait.delayMillis(9));
  }

  @Test
  void theShutdownGraceIsTwentySecondsUnlessToldOtherwise() {
    assertEquals(Duration.ofSeconds(20), GracefulShutdown.grace(Map.of()));
    assertEquals(
        Duration.ofSeconds(5),
        GracefulShutdown.grace(Map.of("BANDWISE_SHUTDOWN_GRACE_SECONDS", "5")));
    assertThrows(
        IllegalArgumentException.class,
        () -> GracefulShutdown.grace(Map.of("BANDWISE_SHUTDOWN_GRACE_SECONDS", "-1")));
  }
}
