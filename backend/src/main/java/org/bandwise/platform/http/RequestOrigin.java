package org.bandwise.platform.http;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a request came in: its scheme and host as the browser saw them (honouring a TLS-terminating
 * proxy).
 */
public final class RequestOrigin {

  private RequestOrigin() {}

  public static boolean isSecure(HttpServletRequest request) {
    return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
  }
}
