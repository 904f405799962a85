package org.bandwise.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ReplayClockTest {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
  private final Clock clock = new ReplayClock(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void readsTheReplayedTimeOnTheReplayingThreadOnly() throws Exception {
    LocalDateTime story = LocalDateTime.of(2019, 3, 8, 10, 0);
    ReplayClock.replayAt(story);
    try {
      assertEquals(story, LocalDateTime.now(clock));
      assertEquals(
          NOW, CompletableFuture.supplyAsync(clock::instant).get(), "another thread's time");
    } finally {
      ReplayClock.endReplay();
    }
    assertEquals(NOW, clock.instant());
  }
}
