package org.bandwise.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.util.UUID;
import org.bandwise.api.AuditApi;
import org.bandwise.api.model.AuditChange;
import org.bandwise.api.model.AuditEventPage;
import org.bandwise.api.model.EntityType;
import org.bandwise.audit.control.AuditChanges;
import org.bandwise.audit.control.AuditLog;
import org.bandwise.audit.entity.AuditEvent;
import org.bandwise.payband.control.PayBandStore;
import org.bandwise.platform.Roles;
import org.bandwise.platform.http.PageRequest;
import org.bandwise.platform.persistence.Page;

/** The audit trail: HR admins and auditors read it; nothing writes to it through the API. */
@RequestScoped
public class AuditResource implements AuditApi {

  @Inject AuditLog log;
  @Inject PayBandStore bands;

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
  public Response listAuditEvents(
      EntityType entityType, UUID entityId, Integer page, Integer size) {
    Page<AuditEvent> events =
        log.events(
            entityType == null ? null : entityType.name(),
            entityId == null ? null : entityId.toString(),
            PageRequest.of(page, size));
    return Response.ok(page(events)).build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
  public Response getPayBandHistory(UUID bandId, Integer page, Integer size) {
    bands.get(bandId.toString());
    return Response.ok(page(log.history(bandId.toString(), PageRequest.of(page, size)))).build();
  }

  private static AuditEventPage page(Page<AuditEvent> events) {
    return new AuditEventPage()
        .items(events.items().stream().map(AuditResource::event).toList())
        .page(events.request().page())
        .size(events.request().size())
        .totalItems(events.totalItems());
  }

  private static org.bandwise.api.model.AuditEvent event(AuditEvent e) {
    return new org.bandwise.api.model.AuditEvent()
        .id(UUID.fromString(e.id()))
        .occurredAt(e.occurredAt().atOffset(ZoneOffset.UTC))
        .actor(e.actor())
        .entityType(EntityType.valueOf(e.entityType()))
        .entityId(UUID.fromString(e.entityId()))
        .action(org.bandwise.api.model.AuditEvent.ActionEnum.fromValue(e.action()))
        .summary(e.summary())
        .changes(
            AuditChanges.between(e.beforeJson(), e.afterJson()).stream()
                .map(
                    c ->
                        new AuditChange()
                            .field(c.field())
                            .oldValue(c.oldValue())
                            .newValue(c.newValue()))
                .toList());
  }
}
