package org.bandwise.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One line per request: method, path (never the query string or body), status, duration and user.
 * Passwords and tokens travel only in bodies, cookies and headers, none of which are logged.
 */
@WebFilter(filterName = "accessLog", urlPatterns = "/*", asyncSupported = true)
public class AccessLogFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger("bandwise.access");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long start = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      if (LOG.isLoggable(Level.INFO)) {
        Principal user = request.getUserPrincipal();
        long micros = (System.nanoTime() - start) / 1_000;
        LOG.info(
            new StringBuilder(96)
                .append(request.getMethod())
                .append(' ')
                .append(request.getRequestURI())
                .append(' ')
                .append(response.getStatus())
                .append(' ')
                .append(micros / 1000)
                .append('.')
                .append(micros % 1000 / 100)
                .append("ms user=")
                .append(user == null ? "-" : user.getName())
                .toString());
      }
    }
  }
}
