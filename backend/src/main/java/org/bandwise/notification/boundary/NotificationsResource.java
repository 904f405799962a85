package org.bandwise.notification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.util.UUID;
import org.bandwise.api.NotificationsApi;
import org.bandwise.api.model.Notification;
import org.bandwise.api.model.NotificationKind;
import org.bandwise.api.model.NotificationPage;
import org.bandwise.identity.boundary.Caller;
import org.bandwise.notification.control.NotificationStore;
import org.bandwise.platform.Roles;
import org.bandwise.platform.persistence.PageRequest;

/** Each person's own notifications: nobody reads or marks another's (404, as if absent). */
@RequestScoped
public class NotificationsResource implements NotificationsApi {

  @Inject NotificationStore store;
  @Inject Caller caller;

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response listMyNotifications(Boolean unread, Integer page, Integer size) {
    String userId = caller.userId();
    var found = store.list(userId, Boolean.TRUE.equals(unread), PageRequest.of(page, size));
    return Response.ok(
            new NotificationPage()
                .items(found.items().stream().map(NotificationsResource::notification).toList())
                .page(found.request().page())
                .size(found.request().size())
                .totalItems(found.totalItems())
                .unread(store.unread(userId)))
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response markNotificationRead(UUID notificationId, String xRequestedWith) {
    return Response.ok(notification(store.markRead(caller.userId(), notificationId.toString())))
        .header("Cache-Control", "no-store")
        .build();
  }

  private static Notification notification(NotificationStore.Notification n) {
    return new Notification()
        .id(UUID.fromString(n.id()))
        .kind(NotificationKind.valueOf(n.kind()))
        .text(n.text())
        .appealId(n.appealId() == null ? null : UUID.fromString(n.appealId()))
        .createdAt(n.createdAt().atOffset(ZoneOffset.UTC))
        .read(n.readAt() != null);
  }
}
