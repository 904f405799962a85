package org.bandwise.platform.cache;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Reads of reference data kept in memory, correct across instances because the database says when
 * they are out of date: each kind has a version in {@code reference_version}, raised by every write
 * in the write's own transaction. A cached read is served while its kind's version is unchanged.
 *
 * <p>The versions are read from the database at most once per check interval (and at once after
 * {@link #invalidate()}, which the writing instance calls after its own commit), so a change made
 * by another instance shows here within one interval; with an interval of 0 every read checks. The
 * version is read <em>before</em> the data it labels, so a cached read is never older than its
 * label says: at worst it is newer, and is read again at the next change.
 *
 * <p>A plain class (no container), tested on its own.
 */
public final class ReferenceCache {

  /** Reads every kind's current version (one query). */
  @FunctionalInterface
  public interface VersionSource {
    Map<ReferenceKind, Long> read();
  }

  private record Entry(long version, CachedRead read) {}

  private final VersionSource source;
  private final LongSupplier nanoTime;
  private final long intervalNanos;
  private final int maxEntriesPerKind;
  private final Map<ReferenceKind, ConcurrentHashMap<String, Entry>> entries =
      new EnumMap<>(ReferenceKind.class);
  private final Object checkLock = new Object();
  private volatile Map<ReferenceKind, Long> versions = Map.of();
  private volatile long checkedAt;

  /** Raised by {@link #invalidate()}; the versions are good while they were read at this value. */
  private final AtomicLong generation = new AtomicLong(1);

  private volatile long checkedGeneration;

  public ReferenceCache(
      VersionSource source, LongSupplier nanoTime, long intervalMillis, int maxEntriesPerKind) {
    if (intervalMillis < 0 || maxEntriesPerKind < 1) {
      throw new IllegalArgumentException("interval must be >= 0 and entries >= 1");
    }
    this.source = source;
    this.nanoTime = nanoTime;
    this.intervalNanos = intervalMillis * 1_000_000L;
    this.maxEntriesPerKind = maxEntriesPerKind;
    for (ReferenceKind kind : ReferenceKind.values()) {
      entries.put(kind, new ConcurrentHashMap<>());
    }
  }

  /**
   * The cached read of {@code key} (everything that shapes the answer: parameters, the resolved
   * date) for this kind's current version, produced by {@code load} (which returns the JSON) when
   * there is none. Whatever {@code load} throws is passed on and nothing is cached.
   */
  public CachedRead get(ReferenceKind kind, String key, Supplier<byte[]> load) {
    long version = version(kind);
    ConcurrentHashMap<String, Entry> ofKind = entries.get(kind);
    Entry entry = ofKind.get(key);
    if (entry != null && entry.version() == version) {
      return entry.read();
    }
    byte[] json = load.get();
    CachedRead read = new CachedRead(json, etag(kind, version, key));
    if (ofKind.size() >= maxEntriesPerKind) {
      // older dates and odd parameter mixes come and go: starting again is simpler than an LRU
      ofKind.clear();
    }
    ofKind.put(key, new Entry(version, read));
    return read;
  }

  /** The version of a kind as last read from the database, reading it again when due. */
  public long version(ReferenceKind kind) {
    if (!fresh(nanoTime.getAsLong())) {
      check();
    }
    Long version = versions.get(kind);
    return version == null ? 0 : version;
  }

  /** The next read checks the versions first (after this instance's own commit). */
  public void invalidate() {
    generation.incrementAndGet();
  }

  /** Number of cached reads of a kind (for tests and figures). */
  public int size(ReferenceKind kind) {
    return entries.get(kind).size();
  }

  private void check() {
    synchronized (checkLock) {
      long now = nanoTime.getAsLong();
      if (fresh(now)) {
        return; // another thread has just checked
      }
      // taken before reading: an invalidation during the read makes the next read check again
      long seen = generation.get();
      Map<ReferenceKind, Long> read = source.read();
      for (Map.Entry<ReferenceKind, Long> moved : read.entrySet()) {
        if (!moved.getValue().equals(versions.get(moved.getKey()))) {
          entries.get(moved.getKey()).clear();
        }
      }
      versions = Map.copyOf(read);
      checkedAt = now;
      checkedGeneration = seen;
    }
  }

  private boolean fresh(long now) {
    return checkedGeneration == generation.get() && now - checkedAt < intervalNanos;
  }

  /**
   * A strong tag naming the kind, its version and the read: {@code "PAY-12-3fa2c9"}. The version
   * alone is not enough, since one version of the pay data gives a different page for each date.
   */
  static String etag(ReferenceKind kind, long version, String key) {
    return "\"" + kind.name() + "-" + version + "-" + Integer.toHexString(key.hashCode()) + "\"";
  }
}
