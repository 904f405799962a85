package org.bandwise.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The application's clock: the system's UTC time, except on a thread that is replaying past events
 * (the demo story, {@code org.bandwise.demo.control.DemoData}), where it reads the time of the
 * event being replayed. That way a replayed change runs through exactly the code a user's change
 * runs through, and is stamped (and audited) with the time it happened in the story. Other threads
 * never see a replayed time.
 */
public final class ReplayClock extends Clock {

  private static final ThreadLocal<Instant> REPLAYED = new ThreadLocal<>();

  private final Clock system;

  public ReplayClock(Clock system) {
    this.system = Objects.requireNonNull(system);
  }

  /** From now on this thread reads {@code time} (UTC) until {@link #endReplay()}. */
  public static void replayAt(LocalDateTime time) {
    REPLAYED.set(time.toInstant(ZoneOffset.UTC));
  }

  public static void endReplay() {
    REPLAYED.remove();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (zone.equals(ZoneOffset.UTC)) {
      return this;
    }
    Instant replayed = REPLAYED.get();
    return replayed != null ? Clock.fixed(replayed, zone) : system.withZone(zone);
  }

  @Override
  public Instant instant() {
    Instant replayed = REPLAYED.get();
    return replayed != null ? replayed : system.instant();
  }
}
