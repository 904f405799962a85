package org.bandwise.workforce.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bandwise.api.PeopleApi;
import org.bandwise.api.model.BandRef;
import org.bandwise.api.model.EqualityData;
import org.bandwise.api.model.JdRef;
import org.bandwise.api.model.OutcomeRef;
import org.bandwise.api.model.PayChangeReason;
import org.bandwise.api.model.PayHistoryEntry;
import org.bandwise.api.model.PayStructureRef;
import org.bandwise.api.model.Post;
import org.bandwise.api.model.PostHolder;
import org.bandwise.api.model.PostPage;
import org.bandwise.api.model.Protection;
import org.bandwise.api.model.ProtectionEndReason;
import org.bandwise.api.model.ProtectionStatus;
import org.bandwise.api.model.ProtectionType;
import org.bandwise.api.model.StaffJobDescription;
import org.bandwise.api.model.StaffMember;
import org.bandwise.api.model.StaffPage;
import org.bandwise.api.model.StaffPost;
import org.bandwise.api.model.StaffSummary;
import org.bandwise.api.model.Unit;
import org.bandwise.api.model.UnitKind;
import org.bandwise.api.model.UnitList;
import org.bandwise.api.model.UnitRef;
import org.bandwise.identity.boundary.Caller;
import org.bandwise.identity.entity.Role;
import org.bandwise.job.control.JobDescriptionSearch;
import org.bandwise.platform.Roles;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.workforce.control.CurrentPositions;
import org.bandwise.workforce.control.DisplayDates;
import org.bandwise.workforce.control.StaffDirectory;
import org.bandwise.workforce.control.StaffDirectory.HistoryEntry;
import org.bandwise.workforce.control.StaffDirectory.ProtectionRow;
import org.bandwise.workforce.control.StaffDirectory.StaffRecord;

/**
 * Units, posts and staff records. HR evaluators, HR admins and auditors read everyone; a person
 * reads their own record only, at {@code GET /me}. Equality-monitoring data is special category: it
 * goes only to the person themself and to HR admins. Reads only, so no transaction (the staff
 * search first has {@link CurrentPositions} work out, in transactions of their own, any position
 * that does not hold today).
 */
@RequestScoped
public class PeopleResource implements PeopleApi {

  @Inject StaffDirectory directory;
  @Inject CurrentPositions positions;
  @Inject org.bandwise.workforce.control.StaffExport export;
  @Inject JobDescriptionSearch jds;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject org.bandwise.rebanding.control.RebandingNotices rebandingNotices;
  @PersistenceContext EntityManager em;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The positions the staff search reads, worked out for the day first where they do not hold. */
  private void positionsOn(LocalDate day) {
    if (positions.anyDue(day)) {
      positions.workOutDue(day);
    }
  }

  @Override
  @RolesAllowed({Roles.STAFF, Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.UNION_REP, Roles.AUDITOR})
  public Response getMyRecord() {
    StaffRecord record =
        directory
            .byUser(caller.userId(), today())
            .orElseThrow(
                () -> new RecordNotFound("Your sign-in account is not linked to a staff record."));
    return Response.ok(member(record, true)).header("Cache-Control", "no-store").build();
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response listUnits() {
    List<Unit> units =
        directory.units().stream()
            .map(
                u ->
                    new Unit()
                        .id(UUID.fromString(u.id()))
                        .name(u.name())
                        .kind(UnitKind.fromValue(u.kind()))
                        .parentId(u.parentId() == null ? null : UUID.fromString(u.parentId())))
            .toList();
    return Response.ok(new UnitList().items(units)).build();
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response listPosts(String q, String unit, Boolean vacant, Integer page, Integer size) {
    Page<StaffDirectory.PostRow> posts =
        directory.posts(q, unit, vacant, today(), PageRequest.of(page, size));
    List<Post> items =
        posts.items().stream()
            .map(
                p ->
                    new Post()
                        .id(UUID.fromString(p.id()))
                        .postNumber(p.postNumber())
                        .jobDescription(
                            p.jdId() == null
                                ? null
                                : new JdRef()
                                    .id(UUID.fromString(p.jdId()))
                                    .reference(p.jdReference())
                                    .title(p.jdTitle()))
                        .unit(new UnitRef().id(UUID.fromString(p.unitId())).name(p.unitName()))
                        .payZone(p.zone())
                        .weeklyHours(p.weeklyHours().stripTrailingZeros())
                        .filled(!p.holders().isEmpty())
                        .holders(
                            p.holders().stream()
                                .map(
                                    h ->
                                        new PostHolder()
                                            .staffNumber(h.staffNumber())
                                            .name(h.name()))
                                .toList()))
            .toList();
    return Response.ok(
            new PostPage()
                .items(items)
                .page(posts.request().page())
                .size(posts.request().size())
                .totalItems(posts.totalItems()))
        .build();
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response listStaff(
      String q,
      String unit,
      String band,
      Boolean atRisk,
      Boolean _protected,
      Integer page,
      Integer size) {
    PageRequest pageRequest = PageRequest.of(page, size);
    LocalDate today = today();
    positionsOn(today);
    Page<StaffDirectory.StaffRow> staff =
        directory.staff(
            new StaffDirectory.StaffFilter(q, unit, band, atRisk, _protected), today, pageRequest);
    List<StaffSummary> items =
        staff.items().stream()
            .map(
                s ->
                    new StaffSummary()
                        .staffNumber(s.staffNumber())
                        .name(s.name())
                        .unit(s.unit())
                        .band(s.bandCode())
                        .post(s.postNumber())
                        .jdReference(s.jdReference())
                        .atRisk(s.protectedToday())
                        ._protected(s.protectedToday())
                        .leavingDate(s.leavingDate()))
            .toList();
    return Response.ok(
            new StaffPage()
                .items(items)
                .page(staff.request().page())
                .size(staff.request().size())
                .totalItems(staff.totalItems()))
        .header("Cache-Control", "no-store")
        .build();
  }

  /**
   * Every matching staff member in the template's columns, streamed as CSV or XLSX. Includes
   * equality data, so HR admins only; cells a spreadsheet would run as a formula are neutralised.
   */
  @Override
  @RolesAllowed({Roles.HR_ADMIN})
  public Response exportStaff(
      String format, String q, String unit, String band, Boolean atRisk, Boolean _protected) {
    String chosen = format == null ? "csv" : format.toLowerCase(java.util.Locale.ROOT);
    if (!chosen.equals("csv") && !chosen.equals("xlsx")) {
      throw new org.bandwise.platform.domain.InvalidInput(
          "format", "Choose the format csv or xlsx.");
    }
    StaffDirectory.StaffFilter filter =
        new StaffDirectory.StaffFilter(q, unit, band, atRisk, _protected);
    LocalDate today = today();
    positionsOn(today);
    boolean xlsx = chosen.equals("xlsx");
    return Response.ok(
            StaffFiles.export(export, filter, today, xlsx),
            xlsx ? StaffImportsResource.XLSX_TYPE : "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition", "attachment; filename=\"staff." + (xlsx ? "xlsx" : "csv") + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response getStaffMember(String staffNumber) {
    StaffRecord record = directory.byStaffNumber(staffNumber, today());
    boolean equality =
        caller.hasAny(Role.HR_ADMIN) || caller.userId().equals(userIdOf(record.id()));
    return Response.ok(member(record, equality)).header("Cache-Control", "no-store").build();
  }

  private String userIdOf(String staffId) {
    List<?> rows =
        em.createNativeQuery("SELECT user_id FROM staff_member WHERE id = ?")
            .setParameter(1, staffId)
            .getResultList();
    return rows.isEmpty() || rows.get(0) == null ? "" : rows.get(0).toString();
  }

  private StaffMember member(StaffRecord r, boolean withEquality) {
    LocalDate today = r.today();
    StaffMember m =
        new StaffMember()
            .staffNumber(r.staffNumber())
            .firstName(r.firstName())
            .lastName(r.lastName())
            .name(r.lastName().isEmpty() ? r.firstName() : r.firstName() + " " + r.lastName())
            .workEmail(r.workEmail())
            .username(r.username())
            .union(r.union() == null ? null : org.bandwise.api.model.Union.fromValue(r.union()))
            .startDate(r.startDate())
            .leavingDate(r.leavingDate())
            .employed(r.employedOn(today))
            .allowancesPence(r.allowancesPence())
            .bonusPence(r.bonusPence())
            .fullPay(r.fullPay())
            .atRisk(r.atRisk());
    r.current()
        .ifPresent(
            c -> {
              m.payZone(c.zone()).weeklyHours(c.hours().value().stripTrailingZeros());
              if (c.band() != null) {
                m.band(band(c)).payPoint(c.point());
              }
              if (c.postNumber() != null && r.unitId() != null) {
                m.post(
                    new StaffPost()
                        .postNumber(c.postNumber())
                        .unit(new UnitRef().id(UUID.fromString(r.unitId())).name(r.unitName()))
                        .payZone(c.zone()));
              }
            });
    if (r.structureId() != null) {
      m.payStructure(
          new PayStructureRef()
              .id(UUID.fromString(r.structureId()))
              .code(r.structureCode())
              .name(r.structureName()));
    }
    if (r.jd() != null) {
      StaffJobDescription jd =
          new StaffJobDescription()
              .id(UUID.fromString(r.jd().id()))
              .reference(r.jd().reference())
              .title(r.jd().title());
      outcome(r.jd().id()).ifPresent(jd::outcome);
      m.jobDescription(jd);
    }
    r.fullTimeSalary().ifPresent(s -> m.fullTimeSalaryPence(s.pence()));
    r.pay()
        .ifPresent(
            p ->
                m.contractualSalaryPence(p.contractual().pence())
                    .paidSalaryPence(p.paid().pence()));
    r.protection().ifPresent(p -> m.protection(protection(p, r, today)));
    if (withEquality) {
      var e = r.equality();
      m.equality(
          new EqualityData()
              .sex(e.sex() == null ? null : EqualityData.SexEnum.fromValue(e.sex().name()))
              .ethnicity(e.ethnicGroup() == null ? null : e.ethnicGroup().label())
              .disability(e.disability() == null ? null : e.disability().code())
              .dateOfBirth(e.dateOfBirth()));
    }
    m.payHistory(r.history().stream().map(PeopleResource::entry).toList());
    m.protections(r.protections().stream().map(p -> protection(p, r, today)).toList());
    var rebanded = rebandingNotices.of(r.id(), r.protections(), r.pay(), today);
    List<String> notices = new java.util.ArrayList<>(rebanded.sentences());
    notices.addAll(
        notices(
            r.protections().stream()
                .filter(p -> !rebanded.rebandingIds().contains(p.rebandingId()))
                .toList(),
            today));
    m.notices(notices);
    return m;
  }

  private Optional<OutcomeRef> outcome(String jdId) {
    List<?> rows =
        em.createNativeQuery("SELECT in_force_version_id FROM job_description WHERE id = ?")
            .setParameter(1, jdId)
            .getResultList();
    if (rows.isEmpty() || rows.get(0) == null) {
      return Optional.empty();
    }
    String versionId = rows.get(0).toString();
    JobDescriptionSearch.OutcomeRef o = jds.outcomesOf(List.of(versionId)).get(versionId);
    if (o == null) {
      return Optional.empty();
    }
    return Optional.of(
        new OutcomeRef()
            .evaluationId(UUID.fromString(o.evaluationId()))
            .total(o.total())
            .band(
                new BandRef().id(UUID.fromString(o.bandId())).code(o.bandCode()).name(o.bandName()))
            .effectiveFrom(o.effectiveFrom())
            .schemeName(o.schemeName())
            .schemeVersion(o.schemeVersion()));
  }

  private static BandRef band(HistoryEntry h) {
    return new BandRef()
        .id(UUID.fromString(h.band().id()))
        .code(h.bandCode())
        .name(h.band().name());
  }

  private static PayHistoryEntry entry(HistoryEntry h) {
    PayHistoryEntry e =
        new PayHistoryEntry()
            .effectiveFrom(h.from())
            .effectiveTo(h.to())
            .postNumber(h.postNumber())
            .payPoint(h.point())
            .payZone(h.zone())
            .weeklyHours(h.hours().value().stripTrailingZeros())
            .reason(PayChangeReason.fromValue(h.reason()))
            .reasonText(reasonText(h));
    if (h.band() != null) {
      e.band(band(h));
    }
    if (h.contractual() != null) {
      e.contractualSalaryPence(h.contractual().pence());
    }
    return e;
  }

  private static String reasonText(HistoryEntry h) {
    if (h.note() != null && !h.note().isBlank()) {
      return h.note();
    }
    return switch (h.reason()) {
      case "IMPORT" -> "Recorded by a staff import.";
      case "REBANDING" -> "Re-banded.";
      case "PROTECTION_ENDED" -> "Pay protection ended.";
      case "APPOINTMENT" -> "Appointed to a new post.";
      case "MIGRATED" -> "Carried over from the list of post holders.";
      default -> "Corrected.";
    };
  }

  private static Protection protection(ProtectionRow row, StaffRecord r, LocalDate today) {
    var p = row.protection();
    Protection result =
        new Protection()
            .id(UUID.fromString(row.id()))
            .staffNumber(r.staffNumber())
            .name(r.lastName().isEmpty() ? r.firstName() : r.firstName() + " " + r.lastName())
            .type(ProtectionType.fromValue(p.type().name()))
            .from(p.start())
            .until(p.lastProtectedDay())
            .protectedSalaryPence(p.protectedFullTime().pence())
            .rebandingId(row.rebandingId() == null ? null : UUID.fromString(row.rebandingId()))
            .status(
                p.isEnded() || today.isAfter(p.lastProtectedDay())
                    ? ProtectionStatus.ENDED
                    : ProtectionStatus.ACTIVE);
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

  /** Protections in plain English, newest first. */
  private static List<String> notices(List<ProtectionRow> protections, LocalDate today) {
    return protections.stream()
        .map(
            row -> {
              var p = row.protection();
              String amount = p.protectedFullTime().format();
              if (p.isActiveOn(today)) {
                return "Your pay is protected at "
                    + amount
                    + " (full time) until "
                    + DisplayDates.format(p.lastProtectedDay())
                    + ".";
              }
              if (p.start().isAfter(today)) {
                return "Your pay will be protected at "
                    + amount
                    + " (full time) from "
                    + DisplayDates.format(p.start())
                    + " until "
                    + DisplayDates.format(p.lastProtectedDay())
                    + ".";
              }
              return "Your pay protection at "
                  + amount
                  + " (full time) ended on "
                  + DisplayDates.format(p.lastProtectedDay())
                  + ".";
            })
        .toList();
  }
}
