package org.bandwise.platform.http;

import jakarta.ws.rs.core.EntityTag;
import java.util.HashSet;
import java.util.Set;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.error.ProblemException;

/**
 * Optimistic concurrency over HTTP: a record's {@code ETag} is its version; a change must name the
 * version it was made against in {@code If-Match} (428 without it, 412 when the record has moved
 * on). {@code If-Match} uses the strong comparison (RFC 9110, 13.1.1): a weak tag ({@code W/"3"})
 * never matches, and neither does {@code *}: a change names the version the person actually saw.
 */
public final class Preconditions {

  private Preconditions() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  public static String etagHeader(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The version a change is made against, read from {@code If-Match}: 428 when the header is
   * missing; a header naming no usable strong tag can match nothing, so the change is refused with
   * 412 by the control that checks it.
   */
  public static ExpectedVersion expected(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw ProblemException.preconditionRequired();
    }
    Set<Long> versions = new HashSet<>();
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
        continue; // weak (W/"n"), "*" or malformed: never a strong match
      }
      try {
        versions.add(Long.parseLong(tag.substring(1, tag.length() - 1)));
      } catch (NumberFormatException notOurs) {
        // a tag we never issued matches nothing
      }
    }
    return new ExpectedVersion(versions);
  }

  /** Checks {@code If-Match} against a version the boundary already holds. */
  public static void requireMatch(String ifMatch, long currentVersion) {
    if (!expected(ifMatch).matches(currentVersion)) {
      throw ProblemException.preconditionFailed();
    }
  }

  static boolean matches(String ifMatch, long currentVersion) {
    return expected(ifMatch).matches(currentVersion);
  }
}
