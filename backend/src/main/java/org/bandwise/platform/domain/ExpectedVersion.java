package org.bandwise.platform.domain;

import java.util.Set;

/**
 * The version of a record a change was made against. The boundary reads it from the request (HTTP
 * {@code If-Match}); control checks it against the record before changing anything, so a change
 * never silently overwrites someone else's.
 */
public record ExpectedVersion(Set<Long> versions) {

  public ExpectedVersion {
    versions = Set.copyOf(versions);
  }

  public static ExpectedVersion of(long version) {
    return new ExpectedVersion(Set.of(version));
  }

  public boolean matches(long current) {
    return versions.contains(current);
  }

  /** Refuses the change when the record has moved on. */
  public void check(long current) {
    if (!matches(current)) {
      throw new StaleRecord();
    }
  }
}
