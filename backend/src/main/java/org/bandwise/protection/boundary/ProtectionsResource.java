package org.bandwise.protection.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.bandwise.api.ProtectionsApi;
import org.bandwise.api.model.BandRef;
import org.bandwise.api.model.Protection;
import org.bandwise.api.model.ProtectionEnd;
import org.bandwise.api.model.ProtectionEndReason;
import org.bandwise.api.model.ProtectionPage;
import org.bandwise.api.model.ProtectionStatus;
import org.bandwise.api.model.ProtectionType;
import org.bandwise.platform.Roles;
import org.bandwise.platform.http.Preconditions;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.protection.control.EndReason;
import org.bandwise.protection.control.ProtectionStore;

/**
 * Pay protections for HR: the list (HR evaluators, HR admins, auditors) and ending one early (HR
 * admins only). A person sees their own protection on their record ({@code GET /me}), never here.
 */
@RequestScoped
public class ProtectionsResource implements ProtectionsApi {

  @Inject ProtectionStore store;
  @Inject Clock clock;

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response listProtections(
      ProtectionStatus status, Integer expiringWithinDays, Integer page, Integer size) {
    LocalDate today = LocalDate.now(clock);
    Page<ProtectionStore.Row> rows =
        store.list(
            status == null ? null : status == ProtectionStatus.ACTIVE,
            expiringWithinDays,
            today,
            PageRequest.of(page, size));
    return Response.ok(
            new ProtectionPage()
                .items(rows.items().stream().map(r -> protection(r, today)).toList())
                .page(rows.request().page())
                .size(rows.request().size())
                .totalItems(rows.totalItems()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response endProtection(
      UUID protectionId, ProtectionEnd end, String ifMatch, String xRequestedWith) {
    LocalDate today = LocalDate.now(clock);
    if (end == null) {
      throw new org.bandwise.platform.domain.InvalidInput(
          "reason", "Enter the reason for ending this protection.");
    }
    EndReason reason =
        end.getEndReason() == null
            ? EndReason.ENDED_BY_HR
            : EndReason.valueOf(end.getEndReason().value());
    ProtectionStore.Row row =
        store.end(
            protectionId.toString(),
            Preconditions.expected(ifMatch),
            reason,
            end.getEndedOn() == null ? today : end.getEndedOn(),
            end.getReason());
    return Response.ok(protection(row, today))
        .tag(Preconditions.etag(row.version()))
        .header("Cache-Control", "no-store")
        .build();
  }

  /** The API shape of a protection (also the one staff records carry). */
  public static Protection protection(ProtectionStore.Row row, LocalDate today) {
    var p = row.protection();
    boolean active = !p.isEnded() && !today.isAfter(p.lastProtectedDay());
    Protection result =
        new Protection()
            .id(UUID.fromString(row.id()))
            .staffNumber(row.staffNumber())
            .name(row.name())
            .type(ProtectionType.fromValue(p.type().name()))
            .status(active ? ProtectionStatus.ACTIVE : ProtectionStatus.ENDED)
            .from(p.start())
            .until(p.lastProtectedDay())
            .protectedSalaryPence(p.protectedFullTime().pence())
            .rebandingId(row.rebandingId() == null ? null : UUID.fromString(row.rebandingId()))
            .version(row.version());
    if (row.protectedBandId() != null) {
      result.protectedBand(
          new BandRef()
              .id(UUID.fromString(row.protectedBandId()))
              .code(row.protectedBandCode())
              .name(row.protectedBandName()));
    }
    if (p.isActiveOn(today)) {
      result.daysLeft((int) p.daysLeft(today));
    }
    p.ending()
        .ifPresent(
            e ->
                result
                    .endReason(ProtectionEndReason.fromValue(e.reason().name()))
                    .endedOn(e.endedOn())
                    .endNote(e.note()));
    return result;
  }
}
