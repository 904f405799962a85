package org.bandwise.platform.http;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.bandwise.platform.error.ProblemException;
import org.bandwise.platform.error.ProblemResponses;

/**
 * Enforces each endpoint's role rule: {@code @PermitAll} lets anyone in; {@code @RolesAllowed}
 * answers 401 to a caller who is not signed in and 403 to one without any of the roles;
 * {@code @DenyAll}, or no rule at all, refuses everyone, so a forgotten rule fails closed.
 */
@Provider
public class RoleRules implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    if (method.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
    List<String> roles =
        allowed == null || method.isAnnotationPresent(DenyAll.class)
            ? List.of()
            : Arrays.asList(allowed.value());
    context.register(new RoleFilter(roles));
  }

  @Priority(Priorities.AUTHORIZATION)
  static final class RoleFilter implements ContainerRequestFilter {

    private final List<String> roles;

    RoleFilter(List<String> roles) {
      this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      String instance = request.getUriInfo().getRequestUri().getRawPath();
      if (request.getSecurityContext().getUserPrincipal() == null) {
        request.abortWith(
            ProblemResponses.of(
                ProblemException.unauthorized(
                    "Sign in to use Bandwise. Your session may have ended."),
                instance));
        return;
      }
      if (roles.stream().noneMatch(request.getSecurityContext()::isUserInRole)) {
        request.abortWith(
            ProblemResponses.of(
                ProblemException.forbidden("Your role does not allow this."), instance));
      }
    }
  }
}
