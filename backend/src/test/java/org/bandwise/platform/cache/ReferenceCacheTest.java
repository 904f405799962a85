package org.bandwise.platform.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReferenceCacheTest {

  private final Map<ReferenceKind, Long> database = new EnumMap<>(ReferenceKind.class);
  private final AtomicInteger versionReads = new AtomicInteger();
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final AtomicInteger loads = new AtomicInteger();

  ReferenceCacheTest() {
    database.put(ReferenceKind.PAY, 1L);
    database.put(ReferenceKind.SCHEME, 1L);
  }

  private ReferenceCache cache(long intervalMillis, int maxEntries) {
    return new ReferenceCache(
        () -> {
          versionReads.incrementAndGet();
          return Map.copyOf(database);
        },
        nanos::get,
        intervalMillis,
        maxEntries);
  }

  private byte[] load(String text) {
    loads.incrementAndGet();
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(CachedRead read) {
    return new String(read.json(), StandardCharsets.UTF_8);
  }

  @Test
  void aSecondReadWithinTheIntervalTouchesNeitherTheDataNorTheVersions() {
    ReferenceCache cache = cache(1000, 10);
    CachedRead first = cache.get(ReferenceKind.PAY, "k", () -> load("a"));
    nanos.addAndGet(500_000_000L);
    CachedRead second = cache.get(ReferenceKind.PAY, "k", () -> load("b"));
    assertEquals("a", text(second));
    assertEquals(first.etag(), second.etag());
    assertEquals(1, loads.get());
    assertEquals(1, versionReads.get());
  }

  @Test
  void aChangeByAnotherInstanceShowsOnceTheIntervalHasPassed() {
    ReferenceCache cache = cache(1000, 10);
    CachedRead before = cache.get(ReferenceKind.PAY, "k", () -> load("a"));
    database.put(ReferenceKind.PAY, 2L);
    nanos.addAndGet(999_000_000L);
    assertEquals("a", text(cache.get(ReferenceKind.PAY, "k", () -> load("b"))));
    nanos.addAndGet(1_000_000L);
    CachedRead after = cache.get(ReferenceKind.PAY, "k", () -> load("b"));
    assertEquals("b", text(after));
    assertNotEquals(before.etag(), after.etag());
  }

  @Test
  void thisInstancesOwnWriteShowsOnTheNextRead() {
    ReferenceCache cache = cache(60_000, 10);
    cache.get(ReferenceKind.PAY, "k", () -> load("a"));
    database.put(ReferenceKind.PAY, 2L);
    cache.invalidate();
    assertEquals("b", text(cache.get(ReferenceKind.PAY, "k", () -> load("b"))));
  }

  @Test
  void aChangeToOneKindKeepsTheOtherKindsReads() {
    ReferenceCache cache = cache(0, 10);
    cache.get(ReferenceKind.SCHEME, "s", () -> load("scheme"));
    cache.get(ReferenceKind.PAY, "p", () -> load("pay"));
    database.put(ReferenceKind.PAY, 7L);
    assertEquals("scheme", text(cache.get(ReferenceKind.SCHEME, "s", () -> load("other"))));
    assertEquals("pay2", text(cache.get(ReferenceKind.PAY, "p", () -> load("pay2"))));
    assertEquals(3, loads.get());
  }

  @Test
  void anIntervalOfZeroChecksTheVersionsOnEveryRead() {
    ReferenceCache cache = cache(0, 10);
    cache.get(ReferenceKind.PAY, "k", () -> load("a"));
    cache.get(ReferenceKind.PAY, "k", () -> load("a"));
    cache.get(ReferenceKind.PAY, "k", () -> load("a"));
    assertEquals(3, versionReads.get());
    assertEquals(1, loads.get());
  }

  @Test
  void eachReadHasItsOwnTagAndTheTagNamesTheVersion() {
    ReferenceCache cache = cache(1000, 10);
    String one = cache.get(ReferenceKind.PAY, "2026-04-01", () -> load("a")).etag();
    String two = cache.get(ReferenceKind.PAY, "2026-04-02", () -> load("b")).etag();
    assertNotEquals(one, two);
    assertEquals('"', one.charAt(0));
    assertEquals('"', one.charAt(one.length() - 1));
    assertEquals(true, one.startsWith("\"PAY-1-"));
  }

  @Test
  void aFailedLoadIsPassedOnAndNothingIsCached() {
    ReferenceCache cache = cache(1000, 10);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            cache.get(
                ReferenceKind.PAY,
                "k",
                () -> {
                  throw new IllegalArgumentException("unknown zone");
                }));
    assertEquals(0, cache.size(ReferenceKind.PAY));
    assertArrayEquals(
        "a".getBytes(StandardCharsets.UTF_8),
        cache.get(ReferenceKind.PAY, "k", () -> load("a")).json());
  }

  @Test
  void theNumberOfReadsKeptIsBounded() {
    ReferenceCache cache = cache(1000, 3);
    for (int i = 0; i < 10; i++) {
      String key = "day-" + i;
      cache.get(ReferenceKind.PAY, key, () -> load(key));
    }
    assertEquals(true, cache.size(ReferenceKind.PAY) <= 3);
  }

  @Test
  void anInvalidationDuringAVersionReadIsNotLost() {
    AtomicInteger reads = new AtomicInteger();
    ReferenceCache[] holder = new ReferenceCache[1];
    holder[0] =
        new ReferenceCache(
            () -> {
              if (reads.incrementAndGet() == 1) {
                holder[0].invalidate(); // a commit lands while the first read is under way
              }
              return Map.copyOf(database);
            },
            nanos::get,
            60_000,
            10);
    holder[0].version(ReferenceKind.PAY);
    holder[0].version(ReferenceKind.PAY);
    assertEquals(2, reads.get());
    holder[0].version(ReferenceKind.PAY);
    assertEquals(2, reads.get());
  }
}
