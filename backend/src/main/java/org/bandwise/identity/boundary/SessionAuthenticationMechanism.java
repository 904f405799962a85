package org.bandwise.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bandwise.identity.control.SessionStore;
import org.bandwise.identity.control.SignedInUser;
import org.bandwise.platform.http.ServiceGate;
import org.bandwise.platform.persistence.DatabaseUnavailable;

/**
 * Establishes who is calling the API from the session token (cookie or bearer). A request without a
 * valid, open session proceeds anonymously, and the endpoint's role rule answers 401; roles are
 * read from the database on each request, so a role change or a disabled account takes effect at
 * once.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String SIGNED_IN_USER = "bandwise.signedInUser";

  /** Set when the session could not be checked because the database cannot be reached. */
  public static final String DATABASE_UNAVAILABLE = ServiceGate.DATABASE_UNAVAILABLE;

  @Inject SessionStore sessions;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/")) {
      return context.doNothing();
    }
    Optional<SignedInUser> user;
    try {
      user = SessionCookie.tokenOf(request).flatMap(sessions::check);
    } catch (DatabaseUnavailable e) {
      // the service gate answers 503: "not signed in" would be untrue
      request.setAttribute(DATABASE_UNAVAILABLE, Boolean.TRUE);
      return context.doNothing();
    }
    if (user.isEmpty()) {
      return context.doNothing();
    }
    request.setAttribute(SIGNED_IN_USER, user.get());
    return context.notifyContainerAboutLogin(
        new CallerPrincipal(user.get().username()),
        user.get().roles().stream().map(Enum::name).collect(Collectors.toSet()));
  }
}
