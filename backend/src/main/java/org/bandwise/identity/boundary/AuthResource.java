package org.bandwise.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.bandwise.api.AuthApi;
import org.bandwise.api.model.LoginRequest;
import org.bandwise.api.model.PasswordChange;
import org.bandwise.identity.control.IdentitySettings;
import org.bandwise.identity.control.OpenedSession;
import org.bandwise.identity.control.OwnPassword;
import org.bandwise.identity.control.SessionStore;
import org.bandwise.identity.control.SignIn;
import org.bandwise.identity.control.SignInThrottleRules;
import org.bandwise.identity.control.SignedInUser;
import org.bandwise.identity.control.UserDirectory;
import org.bandwise.identity.entity.UserAccount;
import org.bandwise.platform.Roles;
import org.bandwise.platform.domain.DomainException;
import org.bandwise.platform.error.ProblemMapper;
import org.bandwise.platform.http.RequestOrigin;

/** Signing in and out, and who is signed in. */
@RequestScoped
public class AuthResource implements AuthApi {

  @Inject SignIn signIn;
  @Inject SessionStore sessions;
  @Inject UserDirectory users;
  @Inject IdentitySettings settings;
  @Inject SignInThrottleRules throttleRules;
  @Inject OwnPassword ownPassword;
  @Inject Caller caller;
  @Context HttpServletRequest request;
  @Context SecurityContext security;

  @Override
  @PermitAll
  public Response login(LoginRequest login, String xRequestedWith) {
    try {
      OpenedSession session = signIn.signIn(login.getUsername(), login.getPassword());
      return Response.ok(IdentityMapping.profile(session.user()))
          .header("Set-Cookie", SessionCookie.issue(session.token(), session.lifetime(), secure()))
          .header("RateLimit-Policy", throttleRules.policyHeader())
          .build();
    } catch (DomainException refused) {
      throw ProblemMapper.fromRule(refused)
          .withHeader("RateLimit-Policy", throttleRules.policyHeader());
    }
  }

  @Override
  @PermitAll
  public Response logout(String xRequestedWith) {
    Object user = request.getAttribute(SessionAuthenticationMechanism.SIGNED_IN_USER);
    if (user instanceof SignedInUser signedIn) {
      sessions.end(signedIn.sessionId(), "SIGNED_OUT");
    }
    return Response.noContent().header("Set-Cookie", SessionCookie.clear(secure())).build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  @AllowedBeforePasswordChange
  public Response getCurrentUser() {
    return Response.ok(
            IdentityMapping.profile(users.byUsername(security.getUserPrincipal().getName())))
        .build();
  }

  /**
   * Anyone signed in changes their own password; the bootstrap admin must, before anything else.
   */
  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  @AllowedBeforePasswordChange
  @Transactional
  public Response changeOwnPassword(PasswordChange change, String xRequestedWith) {
    SignedInUser user = caller.user();
    UserAccount changed =
        ownPassword.change(
            user.userId(), user.sessionId(), change.getCurrentPassword(), change.getNewPassword());
    return Response.ok(IdentityMapping.profile(changed)).build();
  }

  private boolean secure() {
    return settings.secureCookies() || RequestOrigin.isSecure(request);
  }
}
