package org.bandwise.platform.http;

import jakarta.ws.rs.core.EntityTag;
import org.bandwise.platform.error.ProblemException;

/**
 * Optimistic concurrency over HTTP: a record's {@code ETag} is its version; a change must name the
 * version it was made against in {@code If-Match} (428 without it, 412 when the record has moved
 * on).
 */
public final class Preconditions {

  private Preconditions() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  public static String etagHeader(long version) {
    return "\"" + version + "\"";
  }

  public static void requireMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw ProblemException.preconditionRequired();
    }
    if (!matches(ifMatch, currentVersion)) {
      throw ProblemException.preconditionFailed();
    }
  }

  static boolean matches(String ifMatch, long currentVersion) {
    String expected = Long.toString(currentVersion);
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
        tag = tag.substring(1, tag.length() - 1);
      }
      if (tag.equals(expected)) {
        return true;
      }
    }
    return false;
  }
}
