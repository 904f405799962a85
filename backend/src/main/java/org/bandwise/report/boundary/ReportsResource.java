package org.bandwise.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bandwise.api.ReportsApi;
import org.bandwise.api.model.BandDistributionReport;
import org.bandwise.api.model.EqualPayReport;
import org.bandwise.api.model.GenderPayGapReport;
import org.bandwise.api.model.UnitRef;
import org.bandwise.calendar.control.BankHolidayCalendar;
import org.bandwise.identity.boundary.Caller;
import org.bandwise.identity.entity.Role;
import org.bandwise.platform.Roles;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.NotPermitted;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.report.control.AppealsPass;
import org.bandwise.report.control.AppealsSummary;
import org.bandwise.report.control.EqualPayAudit;
import org.bandwise.report.control.EvaluationThroughput;
import org.bandwise.report.control.ReportFiles;
import org.bandwise.report.control.ReportQueries;
import org.bandwise.report.control.ReportQueries.BandDistributionOutcome;
import org.bandwise.report.control.ReportQueries.EqualPayOutcome;
import org.bandwise.report.control.ReportQueries.GenderPayGapOutcome;
import org.bandwise.report.control.ReportQueries.ProtectionOutcome;
import org.bandwise.report.control.ReportScope;
import org.bandwise.report.control.ReportTable;
import org.bandwise.report.control.ReportTables;
import org.bandwise.report.control.ThroughputPass;

/**
 * The reports. Everyone signed in sees the organisation-wide gender pay gap (staff and union reps
 * included: it is published anyway); narrowing it to a unit, and every other report, is for HR
 * evaluators, HR admins and auditors. Equality data leaves only in aggregate: equal-pay comparisons
 * with fewer than 5 people on either side lose their figures for anyone but HR admins, as does a
 * unit's gender pay gap with fewer than 5 men or women; representation groups of fewer than 5 are
 * suppressed for everyone. Reads only, so no transaction; answers are never cached.
 */
@RequestScoped
public class ReportsResource implements ReportsApi {

  @Inject ReportQueries queries;
  @Inject Caller caller;
  @Inject Clock clock;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private ReportScope genderPayGapScope(LocalDate snapshot, String unit) {
    if (unit != null && !caller.hasAny(Role.HR_EVALUATOR, Role.HR_ADMIN, Role.AUDITOR)) {
      throw new NotPermitted(
          "Only HR and auditors can see the gender pay gap of one unit. You can see the"
              + " organisation's.");
    }
    return queries.scope(
        snapshot == null ? ReportScope.latestThirtyFirstMarch(today()) : snapshot, unit);
  }

  /** A unit's figures with fewer than 5 men or women are withheld from anyone but HR admins. */
  private boolean suppressed(GenderPayGapOutcome o) {
    return !o.scope().wholeOrganisation()
        && !caller.hasAny(Role.HR_ADMIN)
        && (o.result().men().relevant() < 5 || o.result().women().relevant() < 5);
  }

  @Override
  @RolesAllowed({Roles.STAFF, Roles.UNION_REP, Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response getGenderPayGap(LocalDate snapshot, String unit) {
    GenderPayGapOutcome o = queries.genderPayGap(genderPayGapScope(snapshot, unit));
    GenderPayGapReport body = ReportModels.genderPayGap(o, suppressed(o));
    body.setUnit(unitRef(o.scope()));
    return ok(body);
  }

  @Override
  @RolesAllowed({Roles.STAFF, Roles.UNION_REP, Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response exportGenderPayGap(LocalDate snapshot, String unit, String format, String table) {
    String f = choice("format", format, "csv", List.of("service", "csv", "xlsx"));
    String t = choice("table", table, "measures", List.of("measures", "quartiles"));
    GenderPayGapOutcome o = queries.genderPayGap(genderPayGapScope(snapshot, unit));
    if (suppressed(o)) {
      throw new NotPermitted(
          "This unit has fewer than 5 men or fewer than 5 women, so its figures cannot be"
              + " downloaded.");
    }
    String name = "gender-pay-gap-" + o.scope().day();
    if (f.equals("service")) {
      return csv(ReportTables.genderPayGapService(o), name + "-service.csv");
    }
    List<ReportTable> tables =
        List.of(ReportTables.genderPayGapMeasures(o), ReportTables.genderPayGapQuartiles(o));
    if (f.equals("xlsx")) {
      return xlsx(tables, name + ".xlsx");
    }
    return csv(t.equals("quartiles") ? tables.get(1) : tables.get(0), name + "-" + t + ".csv");
  }

  private EqualPayAudit.Result visible(EqualPayOutcome o) {
    return caller.hasAny(Role.HR_ADMIN) ? o.result() : o.result().hideSmallGroups();
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response getEqualPayAudit(LocalDate date, String unit) {
    EqualPayOutcome o = queries.equalPay(queries.scope(date == null ? today() : date, unit));
    EqualPayReport body = ReportModels.equalPay(o.scope().day(), visible(o));
    body.setUnit(unitRef(o.scope()));
    return ok(body);
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response exportEqualPayAudit(LocalDate date, String unit, String format) {
    String f = choice("format", format, "csv", List.of("csv", "xlsx"));
    EqualPayOutcome o = queries.equalPay(queries.scope(date == null ? today() : date, unit));
    EqualPayAudit.Result result = visible(o);
    String name = "equal-pay-audit-" + o.scope().day();
    if (f.equals("xlsx")) {
      return xlsx(
          List.of(ReportTables.equalPayComparisons(result), ReportTables.equalPayPatterns(result)),
          name + ".xlsx");
    }
    return csv(ReportTables.equalPayComparisons(result), name + ".csv");
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response getBandDistribution(LocalDate date, String unit) {
    BandDistributionOutcome o =
        queries.bandDistribution(queries.scope(date == null ? today() : date, unit));
    BandDistributionReport body = ReportModels.bandDistribution(o);
    body.setUnit(unitRef(o.scope()));
    return ok(body);
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response exportBandDistribution(LocalDate date, String unit, String format, String table) {
    String f = choice("format", format, "csv", List.of("csv", "xlsx"));
    String t = choice("table", table, "bands", List.of("bands", "units", "representation"));
    BandDistributionOutcome o =
        queries.bandDistribution(queries.scope(date == null ? today() : date, unit));
    String name = "band-distribution-" + o.scope().day();
    List<ReportTable> tables =
        List.of(ReportTables.bands(o), ReportTables.units(o), ReportTables.representation(o));
    if (f.equals("xlsx")) {
      return xlsx(tables, name + ".xlsx");
    }
    int i = t.equals("units") ? 1 : t.equals("representation") ? 2 : 0;
    return csv(tables.get(i), name + "-" + t + ".csv");
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response getProtectionReport(LocalDate date, String unit, Integer page, Integer size) {
    PageRequest request = PageRequest.of(page, size);
    ProtectionOutcome o =
        queries.protection(
            queries.scope(date == null ? today() : date, unit), request.offset(), request.size());
    org.bandwise.api.model.ProtectionReport body = ReportModels.protection(o, request);
    body.setUnit(unitRef(o.scope()));
    return ok(body);
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response exportProtectionReport(LocalDate date, String unit, String format, String table) {
    String f = choice("format", format, "csv", List.of("csv", "xlsx"));
    String t = choice("table", table, "people", List.of("people", "costs", "expiries"));
    ProtectionOutcome o =
        queries.protection(
            queries.scope(date == null ? today() : date, unit), 0, Integer.MAX_VALUE);
    String name = "protection-" + o.scope().day();
    List<ReportTable> tables =
        List.of(
            ReportTables.protectedPeople(o),
            ReportTables.protectionCosts(o),
            ReportTables.protectionExpiries(o));
    if (f.equals("xlsx")) {
      return xlsx(tables, name + ".xlsx");
    }
    int i = t.equals("costs") ? 1 : t.equals("expiries") ? 2 : 0;
    return csv(tables.get(i), name + "-" + t + ".csv");
  }

  @Inject ThroughputPass throughputPass;

  private LocalDate[] period(LocalDate from, LocalDate to) {
    LocalDate last = to == null ? today() : to;
    LocalDate first = from == null ? last.minusYears(1).plusDays(1) : from;
    if (first.isAfter(last)) {
      throw new InvalidInput("from", "The start of the period must be on or before its end.");
    }
    return new LocalDate[] {first, last};
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response getEvaluationThroughput(LocalDate from, LocalDate to) {
    LocalDate[] p = period(from, to);
    EvaluationThroughput t = throughputPass.run(p[0], p[1], today());
    return ok(ReportModels.throughput(p[0], p[1], t));
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response exportEvaluationThroughput(LocalDate from, LocalDate to, String format) {
    String f = choice("format", format, "csv", List.of("csv", "xlsx"));
    LocalDate[] p = period(from, to);
    ReportTable table = ReportTables.evaluationThroughput(throughputPass.run(p[0], p[1], today()));
    String name = "evaluation-throughput-" + p[0] + "-to-" + p[1];
    return f.equals("xlsx") ? xlsx(List.of(table), name + ".xlsx") : csv(table, name + ".csv");
  }

  @Inject AppealsPass appealsPass;
  @Inject BankHolidayCalendar calendar;

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response getAppealsReport(LocalDate from, LocalDate to) {
    LocalDate[] p = period(from, to);
    AppealsSummary a = appealsPass.run(p[0], p[1], today(), calendar.workingDays());
    return ok(ReportModels.appeals(p[0], p[1], a));
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response exportAppealsReport(LocalDate from, LocalDate to, String format) {
    String f = choice("format", format, "csv", List.of("csv", "xlsx"));
    LocalDate[] p = period(from, to);
    ReportTable table =
        ReportTables.appeals(appealsPass.run(p[0], p[1], today(), calendar.workingDays()));
    String name = "appeals-" + p[0] + "-to-" + p[1];
    return f.equals("xlsx") ? xlsx(List.of(table), name + ".xlsx") : csv(table, name + ".csv");
  }

  private static String choice(String field, String value, String fallback, List<String> allowed) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    String v = value.trim().toLowerCase(java.util.Locale.ROOT);
    if (!allowed.contains(v)) {
      throw new InvalidInput(
          field,
          "Choose "
              + String.join(", ", allowed.subList(0, allowed.size() - 1))
              + " or "
              + allowed.get(allowed.size() - 1)
              + ".");
    }
    return v;
  }

  private static UnitRef unitRef(ReportScope scope) {
    return scope.wholeOrganisation()
        ? null
        : new UnitRef().id(UUID.fromString(scope.unitId())).name(scope.unitName());
  }

  private static Response ok(Object body) {
    return Response.ok(body).header("Cache-Control", "no-store").build();
  }

  private static Response csv(ReportTable table, String fileName) {
    StreamingOutput body = out -> ReportFiles.csv(table, out);
    return Response.ok(body, ReportFiles.CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  private static Response xlsx(List<ReportTable> tables, String fileName) {
    StreamingOutput body = out -> ReportFiles.xlsx(tables, out);
    return Response.ok(body, ReportFiles.XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
