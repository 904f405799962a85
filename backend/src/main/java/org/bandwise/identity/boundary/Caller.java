package org.bandwise.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.bandwise.identity.control.SignedInUser;
import org.bandwise.identity.entity.Role;
import org.bandwise.platform.error.ProblemException;

/** Who is making the current request, for object-level checks in the boundaries. */
@RequestScoped
public class Caller {

  @Inject HttpServletRequest request;

  public SignedInUser user() {
    if (request.getAttribute(SessionAuthenticationMechanism.SIGNED_IN_USER)
        instanceof SignedInUser user) {
      return user;
    }
    throw ProblemException.unauthorized("Sign in first.");
  }

  public String userId() {
    return user().userId();
  }

  public boolean hasAny(Role... roles) {
    return Arrays.stream(roles).anyMatch(user().roles()::contains);
  }

  /** HR evaluators, HR admins and auditors see work in progress; others see published work. */
  public boolean seesWorkInProgress() {
    return hasAny(Role.HR_ADMIN, Role.HR_EVALUATOR, Role.AUDITOR);
  }

  public boolean isHr() {
    return hasAny(Role.HR_ADMIN, Role.HR_EVALUATOR);
  }
}
