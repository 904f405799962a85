package org.bandwise.platform.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bandwise.platform.error.ProblemException;
import org.junit.jupiter.api.Test;

class PreconditionsTest {

  @Test
  void aMissingIfMatchIs428() {
    assertEquals(
        428,
        assertThrows(ProblemException.class, () -> Preconditions.requireMatch(null, 3)).status());
    assertEquals(
        428,
        assertThrows(ProblemException.class, () -> Preconditions.requireMatch(" ", 3)).status());
  }

  @Test
  void aStaleIfMatchIs412() {
    assertEquals(
        412,
        assertThrows(ProblemException.class, () -> Preconditions.requireMatch("\"2\"", 3))
            .status());
  }

  @Test
  void aWildcardDoesNotBypassTheCheck() {
    assertEquals(
        412,
        assertThrows(ProblemException.class, () -> Preconditions.requireMatch("*", 3)).status());
  }

  @Test
  void aWeakTagNeverMatchesBecauseIfMatchComparesStrongly() {
    assertEquals(
        412,
        assertThrows(ProblemException.class, () -> Preconditions.requireMatch("W/\"3\"", 3))
            .status());
  }

  @Test
  void theCurrentVersionMatchesInAnyOfItsForms() {
    assertDoesNotThrow(() -> Preconditions.requireMatch("\"3\"", 3));
    assertDoesNotThrow(() -> Preconditions.requireMatch("\"1\", \"3\"", 3));
    assertEquals("\"3\"", Preconditions.etagHeader(3));
  }
}
