package org.bandwise.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bandwise.platform.error.ProblemException;
import org.bandwise.platform.error.ServletProblems;
import org.bandwise.platform.lifecycle.ServiceLifecycle;

/**
 * The first filter of every request (mapped first in {@code web.xml}): until the application is
 * ready (database reached, schema migrated), and once it is draining for shutdown, every path
 * answers 503 problem+json with Retry-After; a request whose session could not be checked because
 * the database is down gets the same 503 rather than a 401. Requests let through are counted, so a
 * shutdown can wait for them.
 */
public class ServiceGate extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Request attribute: the database could not be reached while authenticating. */
  public static final String DATABASE_UNAVAILABLE = "bandwise.databaseUnavailable";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!ServiceLifecycle.enter()) {
      refuse(request, response);
      return;
    }
    try {
      if (Boolean.TRUE.equals(request.getAttribute(DATABASE_UNAVAILABLE))) {
        SecurityHeadersFilter.apply(request, response);
        ServletProblems.write(request, response, ProblemException.databaseUnavailable());
        return;
      }
      chain.doFilter(request, response);
    } finally {
      ServiceLifecycle.leave();
    }
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SecurityHeadersFilter.apply(request, response);
    switch (ServiceLifecycle.phase()) {
      case STARTING ->
          ServletProblems.write(
              request,
              response,
              ProblemException.unavailable(
                  "Bandwise is starting and cannot answer yet. Try again in a few seconds."));
      default -> {
        response.setHeader("Connection", "close");
        ServletProblems.write(
            request,
            response,
            ProblemException.unavailable(
                "Bandwise is restarting and cannot answer this request. Try again in a few"
                    + " seconds."));
      }
    }
  }
}
