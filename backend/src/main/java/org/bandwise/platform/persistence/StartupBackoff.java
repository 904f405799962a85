package org.bandwise.platform.persistence;

/**
 * The wait before each new attempt to reach a database that is not there yet: 1 s, doubling, at
 * most 8 s — so the application is ready within seconds of the database appearing.
 */
final class StartupBackoff {

  static final long FIRST_MILLIS = 1000;
  static final long MAX_MILLIS = 8000;

  /** The wait after failed attempt {@code attempt} (counted from 1). */
  long delayMillis(int attempt) {
    int doublings = Math.max(0, Math.min(attempt - 1, 10));
    return Math.min(MAX_MILLIS, FIRST_MILLIS << doublings);
  }
}
