package org.bandwise.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLNonTransientConnectionException;
import org.bandwise.platform.error.ProblemException;
import org.junit.jupiter.api.Test;

class ErrorPageServletTest {

  @Test
  void everyStatusKeepsItsCodeAndSaysItInASentence() {
    for (int status : new int[] {400, 401, 403, 404, 405, 408, 413, 414, 431, 501, 503}) {
      ProblemException problem = ErrorPageServlet.problemFor(status, null);
      assertEquals(status, problem.status());
      assertTrue(problem.getMessage().endsWith("."), problem.getMessage());
    }
    assertEquals(5, ErrorPageServlet.problemFor(503, null).retryAfterSeconds());
  }

  @Test
  void anExceptionRevealsNothingButAnIncident() {
    ProblemException problem =
        ErrorPageServlet.problemFor(500, new IllegalStateException("ServiceLocatorImpl shut down"));
    assertEquals(500, problem.status());
    assertFalse(problem.getMessage().contains("ServiceLocator"));
    assertTrue(problem.getMessage().contains("Incident"));
  }

  @Test
  void anOutageIsA503() {
    assertEquals(
        503,
        ErrorPageServlet.problemFor(500, new SQLNonTransientConnectionException("gone")).status());
  }
}
