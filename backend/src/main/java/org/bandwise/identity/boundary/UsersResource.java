package org.bandwise.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.bandwise.api.UsersApi;
import org.bandwise.api.model.PasswordReset;
import org.bandwise.api.model.UserCreate;
import org.bandwise.api.model.UserUpdate;
import org.bandwise.identity.control.UserDirectory;
import org.bandwise.identity.entity.UserAccount;
import org.bandwise.platform.Roles;
import org.bandwise.platform.http.Preconditions;
import org.bandwise.platform.persistence.PageRequest;

/** User accounts: HR admins manage them; auditors may read them. */
@RequestScoped
public class UsersResource implements UsersApi {

  @Inject UserDirectory users;
  @Context SecurityContext security;
  @Context UriInfo uriInfo;

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
  public Response listUsers(String q, Integer page, Integer size) {
    return Response.ok(IdentityMapping.page(users.search(q, PageRequest.of(page, size)))).build();
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public Response createUser(UserCreate create, String xRequestedWith) {
    UserAccount user =
        users.create(
            create.getUsername(),
            create.getDisplayName(),
            create.getPassword(),
            IdentityMapping.roles(create.getRoles()),
            IdentityMapping.union(create.getUnion()));
    return Response.created(uriInfo.getBaseUriBuilder().path("users").path(user.id()).build())
        .header("ETag", Preconditions.etagHeader(user.version()))
        .entity(IdentityMapping.user(user))
        .build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
  public Response getUser(UUID userId) {
    UserAccount user = users.get(userId.toString());
    return withTag(Response.ok(IdentityMapping.user(user)), user);
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public Response updateUser(
      UUID userId, UserUpdate update, String ifMatch, String xRequestedWith) {
    UserAccount user =
        users.update(
            userId.toString(),
            Preconditions.expected(ifMatch),
            security.getUserPrincipal().getName(),
            update.getDisplayName(),
            IdentityMapping.roles(update.getRoles()),
            IdentityMapping.union(update.getUnion()),
            update.getEnabled());
    return withTag(Response.ok(IdentityMapping.user(user)), user);
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public Response resetUserPassword(
      UUID userId, PasswordReset reset, String ifMatch, String xRequestedWith) {
    UserAccount user =
        users.resetPassword(
            userId.toString(), Preconditions.expected(ifMatch), reset.getNewPassword());
    return withTag(Response.noContent(), user);
  }

  private static Response withTag(Response.ResponseBuilder builder, UserAccount user) {
    return builder.header("ETag", Preconditions.etagHeader(user.version())).build();
  }
}
