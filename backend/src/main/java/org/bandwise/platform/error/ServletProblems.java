package org.bandwise.platform.error;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a problem+json answer straight to a servlet response, for the places that answer before
 * (or outside) JAX-RS: the service gate, the idempotency filter and the container's error pages.
 * Same shape as {@link ProblemResponses}; never a stack trace, an exception name or server
 * internals.
 */
public final class ServletProblems {

  private ServletProblems() {}

  public static void write(
      HttpServletRequest request, HttpServletResponse response, ProblemException problem)
      throws IOException {
    String uri = request == null ? null : request.getRequestURI();
    write(request, response, problem, uri);
  }

  public static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      ProblemException problem,
      String instance)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("type", ProblemResponses.TYPE_BASE + problem.slug())
            .add("title", problem.title())
            .add("status", problem.status())
            .add("detail", Sentences.of(problem.getMessage()));
    if (instance != null) {
      json.add("instance", instance.length() > 500 ? instance.substring(0, 500) : instance);
    }
    byte[] body = json.build().toString().getBytes(StandardCharsets.UTF_8);
    response.setStatus(problem.status());
    response.setContentType(ProblemResponses.PROBLEM_JSON.toString());
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    if (problem.retryAfterSeconds() != null) {
      response.setHeader("Retry-After", Integer.toString(problem.retryAfterSeconds()));
    }
    problem.headers().forEach(response::setHeader);
    response.setContentLength(body.length);
    if (request == null || !"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
    response.flushBuffer();
  }
}
