package org.bandwise.platform.http;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.bandwise.platform.error.ProblemResponses;

/**
 * Every address under {@code /api} is either an operation of the contract or a 404 problem: {@code
 * /api}, {@code /api/v2/...}, a trailing slash, an empty segment or a matrix parameter never reach
 * the static files, the browser app or a resource that happens to tolerate them.
 */
@WebFilter(
    filterName = "apiAddresses",
    urlPatterns = {"/api", "/api/*"},
    asyncSupported = true)
public class ApiAddresses extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String API = "/api/v1/";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String uri = request.getRequestURI();
    String path = uri.substring(request.getContextPath().length());
    if (isApiAddress(path)) {
      chain.doFilter(request, response);
      return;
    }
    SecurityHeadersFilter.apply(request, response);
    byte[] body =
        Json.createObjectBuilder()
            .add("type", ProblemResponses.TYPE_BASE + "not-found")
            .add("title", "Not found")
            .add("status", 404)
            .add("detail", "There is nothing at this address.")
            .add("instance", uri.length() > 500 ? uri.substring(0, 500) : uri)
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(404);
    response.setContentType(ProblemResponses.PROBLEM_JSON.toString());
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }

  /** Under {@code /api/v1/}, with no empty segment, trailing slash or matrix parameter. */
  static boolean isApiAddress(String path) {
    return path.startsWith(API)
        && path.length() > API.length()
        && !path.endsWith("/")
        && !path.contains("//")
        && !path.contains(";");
  }
}
