package org.bandwise.rebanding.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.bandwise.api.RebandingsApi;
import org.bandwise.api.model.BandRef;
import org.bandwise.api.model.EqualityBreakdown;
import org.bandwise.api.model.EqualityGroupShare;
import org.bandwise.api.model.FinancialYearChange;
import org.bandwise.api.model.JdRef;
import org.bandwise.api.model.OutcomeRef;
import org.bandwise.api.model.ProtectionType;
import org.bandwise.api.model.Rebanding;
import org.bandwise.api.model.RebandingChange;
import org.bandwise.api.model.RebandingCreate;
import org.bandwise.api.model.RebandingPage;
import org.bandwise.api.model.RebandingPeoplePage;
import org.bandwise.api.model.RebandingPerson;
import org.bandwise.api.model.RebandingProtection;
import org.bandwise.api.model.RebandingStatus;
import org.bandwise.api.model.RebandingSummary;
import org.bandwise.api.model.RebandingTotals;
import org.bandwise.identity.boundary.Caller;
import org.bandwise.platform.Roles;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.http.Preconditions;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.rebanding.control.EqualityImpact;
import org.bandwise.rebanding.control.RebandingStore;
import org.bandwise.rebanding.control.RebandingStore.Header;
import org.bandwise.workforce.control.SmallGroups;

/**
 * Re-bandings: HR evaluators and HR admins model, recalculate and discard drafts; only HR admins
 * apply one; auditors read. Staff, union reps and anyone else get 403 (a re-banding lists people's
 * pay). The impact is computed when the draft is modelled, so a read is a few indexed queries.
 */
@RequestScoped
public class RebandingsResource implements RebandingsApi {

  @Inject RebandingStore store;
  @Inject Caller caller;
  @jakarta.ws.rs.core.Context UriInfo uriInfo;

  private String by() {
    return caller.user().username();
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response listRebandings(Integer page, Integer size) {
    Page<Header> headers = store.list(PageRequest.of(page, size));
    return Response.ok(
            new RebandingPage()
                .items(headers.items().stream().map(RebandingsResource::summary).toList())
                .page(headers.request().page())
                .size(headers.request().size())
                .totalItems(headers.totalItems()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN})
  public Response createRebanding(RebandingCreate create, String xRequestedWith) {
    if (create == null || create.getEvaluationId() == null) {
      throw new InvalidInput("evaluationId", "Choose the published outcome to re-band.");
    }
    List<String> replaces =
        create.getReplacesJobDescriptionIds() == null
            ? List.of()
            : create.getReplacesJobDescriptionIds().stream().map(UUID::toString).toList();
    String id =
        store.create(
            create.getEvaluationId().toString(), replaces, create.getEffectiveFrom(), by());
    Header header = store.header(id);
    return Response.created(uriInfo.getBaseUriBuilder().path("rebandings").path(id).build())
        .tag(Preconditions.etag(header.version()))
        .entity(full(header, RebandingStore.Sort.NAME, PageRequest.of(null, null)))
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response getRebanding(UUID rebandingId, String sort, Integer page, Integer size) {
    Header header = store.header(rebandingId.toString());
    return Response.ok(full(header, sort(sort), PageRequest.of(page, size)))
        .tag(Preconditions.etag(header.version()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN})
  public Response discardRebanding(UUID rebandingId, String ifMatch, String xRequestedWith) {
    store.discard(rebandingId.toString(), Preconditions.expected(ifMatch));
    return Response.noContent().build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN})
  public Response recalculateRebanding(UUID rebandingId, String ifMatch, String xRequestedWith) {
    store.recalculate(rebandingId.toString(), Preconditions.expected(ifMatch));
    return current(rebandingId);
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response applyRebanding(UUID rebandingId, String ifMatch, String xRequestedWith) {
    store.apply(rebandingId.toString(), Preconditions.expected(ifMatch), by());
    return current(rebandingId);
  }

  private Response current(UUID rebandingId) {
    Header header = store.header(rebandingId.toString());
    return Response.ok(full(header, RebandingStore.Sort.NAME, PageRequest.of(null, null)))
        .tag(Preconditions.etag(header.version()))
        .header("Cache-Control", "no-store")
        .build();
  }

  private static RebandingStore.Sort sort(String sort) {
    if (sort == null || sort.isBlank()) {
      return RebandingStore.Sort.NAME;
    }
    return switch (sort) {
      case "name" -> RebandingStore.Sort.NAME;
      case "staffNumber" -> RebandingStore.Sort.STAFF_NUMBER;
      case "change" -> RebandingStore.Sort.CHANGE;
      case "annualChange" -> RebandingStore.Sort.ANNUAL_CHANGE;
      case "arrears" -> RebandingStore.Sort.ARREARS;
      default ->
          throw new InvalidInput(
              "sort", "Sort by name, staff number, change, annual change or arrears.");
    };
  }

  private static JdRef jd(RebandingStore.JdRef jd) {
    return new JdRef().id(UUID.fromString(jd.id())).reference(jd.reference()).title(jd.title());
  }

  private static OutcomeRef outcome(Header h) {
    return new OutcomeRef()
        .evaluationId(UUID.fromString(h.evaluationId()))
        .total(h.total())
        .band(new BandRef().id(UUID.fromString(h.bandId())).code(h.bandCode()).name(h.bandName()))
        .effectiveFrom(
            h.outcomeEffectiveFrom() == null ? h.effectiveFrom() : h.outcomeEffectiveFrom())
        .schemeName(h.schemeName() == null ? "" : h.schemeName())
        .schemeVersion(h.schemeVersion());
  }

  private static OffsetDateTime instant(java.time.LocalDateTime t) {
    return t == null ? null : t.atOffset(ZoneOffset.UTC);
  }

  private static RebandingSummary summary(Header h) {
    return new RebandingSummary()
        .id(UUID.fromString(h.id()))
        .status(RebandingStatus.fromValue(h.status()))
        .effectiveFrom(h.effectiveFrom())
        .outcome(outcome(h))
        .jobDescription(jd(h.jd()))
        .replaces(h.replaces().stream().map(RebandingsResource::jd).toList())
        .headcount(h.headcount())
        .createdAt(instant(h.createdAt()))
        .appliedAt(instant(h.appliedAt()));
  }

  private Rebanding full(Header h, RebandingStore.Sort sort, PageRequest page) {
    Page<RebandingStore.PersonRow> people = store.people(h.id(), sort, page);
    RebandingStore.Totals totals = store.totals(h);
    List<EqualityImpact.Breakdown> equality = store.equality(h);
    return new Rebanding()
        .id(UUID.fromString(h.id()))
        .status(RebandingStatus.fromValue(h.status()))
        .effectiveFrom(h.effectiveFrom())
        .outcome(outcome(h))
        .jobDescription(jd(h.jd()))
        .replaces(h.replaces().stream().map(RebandingsResource::jd).toList())
        .headcount(h.headcount())
        .createdAt(instant(h.createdAt()))
        .calculatedAt(instant(h.calculatedAt()))
        .appliedAt(instant(h.appliedAt()))
        .people(
            new RebandingPeoplePage()
                .items(people.items().stream().map(RebandingsResource::person).toList())
                .page(people.request().page())
                .size(people.request().size())
                .totalItems(people.totalItems()))
        .totals(
            new RebandingTotals()
                .up(totals.up())
                .same(totals.same())
                .down(totals.down())
                .annualChangePence(totals.annualChangePence())
                .byFinancialYear(
                    totals.byYear().stream()
                        .map(
                            y ->
                                new FinancialYearChange()
                                    .year(y.year())
                                    .changePence(y.changePence()))
                        .toList())
                .arrearsPence(totals.arrearsPence()))
        .equalityImpact(equality.stream().map(RebandingsResource::breakdown).toList());
  }

  private static RebandingPerson person(RebandingStore.PersonRow p) {
    RebandingPerson person =
        new RebandingPerson()
            .staffNumber(p.staffNumber())
            .name(p.name())
            .from(position(p.from()))
            .to(position(p.to()))
            .change(RebandingChange.fromValue(p.change().name()))
            .arrearsPence(p.arrearsPence())
            .annualChangePence(p.annualChangePence());
    if (p.protectionType() != null) {
      person.protection(
          new RebandingProtection()
              .type(ProtectionType.fromValue(p.protectionType()))
              .until(p.protectionUntil())
              .protectedSalaryPence(p.protectedPence()));
    }
    return person;
  }

  private static org.bandwise.api.model.PayPosition position(RebandingStore.Position p) {
    return new org.bandwise.api.model.PayPosition()
        .band(p.bandCode())
        .bandName(p.bandName())
        .payPoint(p.point())
        .salaryPence(p.salary());
  }

  private static EqualityBreakdown breakdown(EqualityImpact.Breakdown b) {
    return new EqualityBreakdown()
        .characteristic(EqualityBreakdown.CharacteristicEnum.fromValue(b.characteristic().name()))
        .label(b.characteristic().label())
        .groups(
            b.groups().stream()
                .map(
                    g ->
                        new EqualityGroupShare()
                            .group(g.group())
                            .suppressed(g.suppressed())
                            .note(g.suppressed() ? SmallGroups.DEFAULT.label() : null)
                            .headcount(g.headcount())
                            .downgraded(g.downgraded())
                            .downgradedPercent(g.downgradedPercent())
                            .othersHeadcount(g.othersHeadcount())
                            .othersDowngraded(g.othersDowngraded())
                            .othersDowngradedPercent(g.othersDowngradedPercent()))
                .toList());
  }
}
