package org.bandwise.notification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.util.UUID;
import org.bandwise.api.NotificationsApi;
import org.bandwise.api.model.Attention;
import org.bandwise.api.model.AttentionItem;
import org.bandwise.api.model.AttentionItemKind;
import org.bandwise.api.model.Notification;
import org.bandwise.api.model.NotificationKind;
import org.bandwise.api.model.NotificationPage;
import org.bandwise.api.model.NotificationsReadAll;
import org.bandwise.appeal.boundary.AppealViewers;
import org.bandwise.appeal.control.AttentionItems;
import org.bandwise.appeal.control.AttentionStore;
import org.bandwise.identity.boundary.Caller;
import org.bandwise.notification.control.NotificationStore;
import org.bandwise.platform.Roles;
import org.bandwise.platform.persistence.PageRequest;

/**
 * Each person's own notifications (nobody reads or marks another's: 404, as if absent), and what
 * needs their attention now.
 */
@RequestScoped
public class NotificationsResource implements NotificationsApi {

  @Inject NotificationStore store;
  @Inject Caller caller;
  @Inject AttentionStore attention;
  @Inject AppealViewers viewers;

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

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response markAllNotificationsRead(String xRequestedWith) {
    String userId = caller.userId();
    int marked = store.markAllRead(userId);
    return Response.ok(
            new NotificationsReadAll().marked((long) marked).unread(store.unread(userId)))
        .header("Cache-Control", "no-store")
        .build();
  }

  /**
   * What needs the caller's attention: appeal steps due soon or overdue among the appeals they may
   * see (the appeals' own visibility rule), and their own protection ending soon.
   */
  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response getMyAttention() {
    AttentionItems.Attention found = attention.of(viewers.current());
    return Response.ok(
            new Attention()
                .items(found.items().stream().map(NotificationsResource::item).toList())
                .overdue(found.overdue())
                .dueSoon(found.dueSoon()))
        .header("Cache-Control", "no-store")
        .build();
  }

  private static AttentionItem item(AttentionItems.Item i) {
    return new AttentionItem()
        .kind(AttentionItemKind.valueOf(i.kind().name()))
        .overdue(i.overdue())
        .step(i.step() == null ? null : AttentionItem.StepEnum.valueOf(i.step().name()))
        .dueOn(i.dueOn())
        .text(i.text())
        .appealId(i.appealId() == null ? null : UUID.fromString(i.appealId()));
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
