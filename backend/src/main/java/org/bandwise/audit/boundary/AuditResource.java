package org.bandwise.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.bandwise.api.AuditApi;
import org.bandwise.api.model.AuditChange;
import org.bandwise.api.model.AuditEventPage;
import org.bandwise.api.model.EntityType;
import org.bandwise.audit.control.AuditCsv;
import org.bandwise.audit.control.AuditEntry;
import org.bandwise.audit.control.AuditFilter;
import org.bandwise.audit.control.AuditLog;
import org.bandwise.audit.control.AuditPresenter;
import org.bandwise.audit.entity.AuditEvent;
import org.bandwise.payband.control.PayBandStore;
import org.bandwise.platform.Roles;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;

/**
 * The audit trail: HR admins and auditors read it, filter it and download it as CSV; nothing writes
 * to it through the API. Reads only, so no transaction: each query sees committed events, and the
 * CSV export streams batch by batch after this method returns.
 */
@RequestScoped
public class AuditResource implements AuditApi {

  @Inject AuditLog log;
  @Inject AuditPresenter presenter;
  @Inject AuditCsv csv;
  @Inject PayBandStore bands;

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
  public Response listAuditEvents(
      String actor,
      EntityType entityType,
      UUID entityId,
      LocalDate from,
      LocalDate to,
      Integer page,
      Integer size) {
    AuditFilter filter = filter(actor, entityType, entityId, from, to);
    return Response.ok(page(log.events(filter, PageRequest.of(page, size)))).build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
  public Response exportAuditEvents(
      String actor, EntityType entityType, UUID entityId, LocalDate from, LocalDate to) {
    AuditFilter filter = filter(actor, entityType, entityId, from, to);
    StreamingOutput body = out -> csv.write(filter, out);
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
  public Response getPayBandHistory(UUID bandId, Integer page, Integer size) {
    bands.get(bandId.toString());
    return Response.ok(page(log.history(bandId.toString(), PageRequest.of(page, size)))).build();
  }

  private static AuditFilter filter(
      String actor, EntityType entityType, UUID entityId, LocalDate from, LocalDate to) {
    return new AuditFilter(
        actor,
        entityType == null ? null : entityType.name(),
        entityId == null ? null : entityId.toString(),
        from,
        to);
  }

  private AuditEventPage page(Page<AuditEvent> events) {
    List<AuditEntry> entries = presenter.present(events.items());
    return new AuditEventPage()
        .items(entries.stream().map(AuditResource::event).toList())
        .page(events.request().page())
        .size(events.request().size())
        .totalItems(events.totalItems());
  }

  private static org.bandwise.api.model.AuditEvent event(AuditEntry entry) {
    AuditEvent e = entry.event();
    return new org.bandwise.api.model.AuditEvent()
        .id(UUID.fromString(e.id()))
        .occurredAt(e.occurredAt().atOffset(ZoneOffset.UTC))
        .actor(e.actor())
        .actorName(entry.actorName())
        .entityType(EntityType.fromValue(e.entityType()))
        .recordKind(entry.recordKind())
        .entityId(UUID.fromString(e.entityId()))
        .parentId(e.parentId() == null ? null : UUID.fromString(e.parentId()))
        .recordName(entry.recordName())
        .action(e.action())
        .actionLabel(entry.actionLabel())
        .summary(entry.summary())
        .changes(
            entry.changes().stream()
                .map(
                    c ->
                        new AuditChange()
                            .field(c.field())
                            .label(c.label())
                            .oldValue(c.oldValue())
                            .newValue(c.newValue())
                            .oldText(c.oldText())
                            .newText(c.newText()))
                .toList());
  }
}
