package org.bandwise.platform.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;
import org.bandwise.platform.error.ProblemException;
import org.bandwise.platform.error.ProblemResponses;

/**
 * Refuses state-changing requests that could come from another site. Besides the SameSite=Strict
 * cookie, every such request must carry {@code X-Requested-With: bandwise} (a header a cross-site
 * form cannot send and a cross-site script cannot send without a CORS pre-flight, which Bandwise
 * never grants), and an {@code Origin}, when present, must be this server's own.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CrossSiteRequestFilter implements ContainerRequestFilter {

  static final String HEADER = "X-Requested-With";
  static final String EXPECTED = "bandwise";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  public void filter(ContainerRequestContext request) {
    if (SAFE_METHODS.contains(request.getMethod())) {
      return;
    }
    String refusal =
        refusal(
            request.getHeaderString(HEADER),
            request.getHeaderString("Origin"),
            request.getHeaderString("Host"));
    if (refusal != null) {
      request.abortWith(
          ProblemResponses.of(
              ProblemException.forbidden(refusal),
              request.getUriInfo().getRequestUri().getRawPath()));
    }
  }

  static String refusal(String requestedWith, String origin, String host) {
    if (!EXPECTED.equals(requestedWith)) {
      return "Cross-site request refused: state-changing requests must send the header X-Requested-With: bandwise.";
    }
    if (origin != null && !origin.isBlank() && !"null".equals(origin)) {
      try {
        String originHost = URI.create(origin).getAuthority();
        if (host == null || !host.equalsIgnoreCase(originHost)) {
          return "Cross-site request refused: the request came from another site (" + origin + ").";
        }
      } catch (IllegalArgumentException e) {
        return "Cross-site request refused: the Origin header is not valid.";
      }
    } else if ("null".equals(origin)) {
      return "Cross-site request refused: the request came from an opaque origin.";
    }
    return null;
  }
}
