package org.bandwise.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The browser app's addresses (such as {@code /pay-bands/3fa8...}) are not files: a reload or a
 * shared link must still load the app, so such GET requests get {@code index.html} and the app's
 * router takes over.
 */
@WebFilter(filterName = "spaRouting", urlPatterns = "/*", asyncSupported = true)
public class SpaRoutingFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final List<String> SERVER_PREFIXES =
      List.of("/api/", "/health", "/info", "/openapi", "/assets/");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (isAppRoute(request.getMethod(), path)) {
      request.getRequestDispatcher("/index.html").forward(request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean isAppRoute(String method, String path) {
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return false;
    }
    if (path.equals("/api") || SERVER_PREFIXES.stream().anyMatch(path::startsWith)) {
      return false;
    }
    String lastSegment = path.substring(path.lastIndexOf('/') + 1);
    return !lastSegment.contains(".");
  }
}
