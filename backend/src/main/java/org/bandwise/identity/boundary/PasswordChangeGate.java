package org.bandwise.identity.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;
import org.bandwise.identity.control.SignedInUser;
import org.bandwise.platform.error.ProblemException;
import org.bandwise.platform.error.ProblemResponses;

/**
 * A user who signed in with a password someone else chose (the bootstrap admin) may use nothing but
 * the operations marked {@link AllowedBeforePasswordChange} (and the open ones: signing in and out,
 * the service's own details) until they have chosen their own: a 403 problem of its own type says
 * so. It runs after the role rules, so a caller without a session still gets 401.
 */
@Provider
public class PasswordChangeGate implements DynamicFeature {

  static final String PROBLEM_TYPE = "password-change-required";

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    if (method.isAnnotationPresent(PermitAll.class)
        || method.isAnnotationPresent(AllowedBeforePasswordChange.class)) {
      return;
    }
    context.register(new Gate());
  }

  @Priority(Priorities.AUTHORIZATION + 10)
  static final class Gate implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
      if (request.getProperty(SessionAuthenticationMechanism.SIGNED_IN_USER)
              instanceof SignedInUser user
          && user.mustChangePassword()) {
        request.abortWith(
            ProblemResponses.of(
                new ProblemException(
                    403,
                    PROBLEM_TYPE,
                    "Change your password first",
                    "You signed in with a password someone else chose. Choose a new password"
                        + " before you do anything else.",
                    List.of(),
                    null),
                request.getUriInfo().getRequestUri().getRawPath()));
      }
    }
  }
}
