package org.bandwise.platform.persistence;

/**
 * The database could not be reached (refused, timed out, connection lost). Answered as a 503 with
 * Retry-After: the request may be repeated once the database is back, and nothing was changed
 * unless the client was told otherwise.
 */
public class DatabaseUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DatabaseUnavailable(Throwable cause) {
    super("The database cannot be reached", cause);
  }
}
