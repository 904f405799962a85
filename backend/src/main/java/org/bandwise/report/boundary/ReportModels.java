package org.bandwise.report.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bandwise.api.model.BandDistributionReport;
import org.bandwise.api.model.BandDistributionRow;
import org.bandwise.api.model.BandRef;
import org.bandwise.api.model.EqualPayComparison;
import org.bandwise.api.model.EqualPayFigures;
import org.bandwise.api.model.EqualPayGaps;
import org.bandwise.api.model.EqualPayGroup;
import org.bandwise.api.model.EqualPayPattern;
import org.bandwise.api.model.EqualPayReport;
import org.bandwise.api.model.EqualPayWorkGroup;
import org.bandwise.api.model.GenderPayFigures;
import org.bandwise.api.model.GenderPayGapReport;
import org.bandwise.api.model.GenderPayQuartile;
import org.bandwise.api.model.PayStructureRef;
import org.bandwise.api.model.RepresentationRow;
import org.bandwise.api.model.UnitRef;
import org.bandwise.payband.entity.Money;
import org.bandwise.report.control.BandDistribution;
import org.bandwise.report.control.EqualPayAudit;
import org.bandwise.report.control.GenderPayGap;
import org.bandwise.report.control.ReportLabels;
import org.bandwise.report.control.ReportQueries.BandDistributionOutcome;
import org.bandwise.report.control.ReportQueries.GenderPayGapOutcome;
import org.bandwise.workforce.control.SmallGroups;

/** Maps report results to the contract's models. */
final class ReportModels {

  private ReportModels() {}

  private static Long pence(Money money) {
    return money == null ? null : money.pence();
  }

  static GenderPayGapReport genderPayGap(GenderPayGapOutcome o, boolean suppressed) {
    GenderPayGap.Result r = o.result();
    GenderPayGapReport body =
        new GenderPayGapReport()
            .snapshot(o.scope().day())
            .relevantEmployees(r.relevantEmployees())
            .fullPayRelevantEmployees(r.fullPayRelevantEmployees())
            .suppressed(suppressed)
            .sexNotRecorded(o.sexNotRecorded())
            .payNotKnown(o.payNotKnown());
    if (suppressed) {
      return body.note(SmallGroups.DEFAULT.label() + " men or women").quartiles(List.of());
    }
    List<GenderPayQuartile> quartiles = new ArrayList<>();
    for (GenderPayGap.Quartile q : r.quartiles()) {
      quartiles.add(
          new GenderPayQuartile()
              .quartile(GenderPayQuartile.QuartileEnum.fromValue(q.quartile().name()))
              .count(q.count())
              .men(q.men())
              .women(q.women())
              .malePercent(q.malePercent())
              .femalePercent(q.femalePercent()));
    }
    return body.meanHourlyGapPercent(r.meanHourlyGapPercent())
        .medianHourlyGapPercent(r.medianHourlyGapPercent())
        .meanBonusGapPercent(r.meanBonusGapPercent())
        .medianBonusGapPercent(r.medianBonusGapPercent())
        .malesReceivingBonusPercent(r.malesReceivingBonusPercent())
        .femalesReceivingBonusPercent(r.femalesReceivingBonusPercent())
        .quartiles(quartiles)
        .men(figures(r.men()))
        .women(figures(r.women()));
  }

  private static GenderPayFigures figures(GenderPayGap.SexFigures f) {
    return new GenderPayFigures()
        .relevantEmployees(f.relevant())
        .fullPayRelevantEmployees(f.fullPay())
        .receivingBonus(f.receivingBonus())
        .meanHourlyPayPence(pence(f.meanHourlyPay()))
        .medianHourlyPayPence(pence(f.medianHourlyPay()))
        .meanBonusPence(pence(f.meanBonus()))
        .medianBonusPence(pence(f.medianBonus()));
  }

  private static EqualPayWorkGroup workGroup(EqualPayAudit.WorkGroup g) {
    return new EqualPayWorkGroup()
        .kind(EqualPayWorkGroup.KindEnum.fromValue(g.kind().name()))
        .id(UUID.fromString(g.id()))
        .label(g.label());
  }

  private static EqualPayFigures figures(EqualPayAudit.Figures f) {
    return f == null
        ? null
        : new EqualPayFigures()
            .headcount(f.headcount())
            .meanBasicPence(pence(f.meanBasic()))
            .medianBasicPence(pence(f.medianBasic()))
            .meanTotalPence(pence(f.meanTotal()))
            .medianTotalPence(pence(f.medianTotal()));
  }

  static EqualPayReport equalPay(LocalDate day, EqualPayAudit.Result result) {
    List<EqualPayGroup> groups = new ArrayList<>();
    int flagged = 0;
    for (EqualPayAudit.GroupAudit g : result.groups()) {
      if (g.flagged()) {
        flagged++;
      }
      List<EqualPayComparison> comparisons = new ArrayList<>();
      for (EqualPayAudit.Comparison c : g.comparisons()) {
        EqualPayAudit.Gaps gaps = c.gaps();
        comparisons.add(
            new EqualPayComparison()
                .characteristic(
                    EqualPayComparison.CharacteristicEnum.fromValue(c.characteristic().name()))
                .group(c.group())
                .comparator(c.comparator())
                .suppressed(c.suppressed())
                .note(c.suppressed() ? SmallGroups.DEFAULT.label() : null)
                .flagged(c.flagged())
                .groupFigures(figures(c.groupFigures()))
                .comparatorFigures(figures(c.comparatorFigures()))
                .gaps(
                    gaps == null
                        ? null
                        : new EqualPayGaps()
                            .meanBasicPercent(gaps.meanBasic())
                            .medianBasicPercent(gaps.medianBasic())
                            .meanTotalPercent(gaps.meanTotal())
                            .medianTotalPercent(gaps.medianTotal())));
      }
      groups.add(
          new EqualPayGroup()
              .workGroup(workGroup(g.workGroup()))
              .headcount(g.headcount())
              .flagged(g.flagged())
              .inPattern(g.inPattern())
              .comparisons(comparisons)
              .jobDescriptions(g.jobDescriptions().stream().map(ReportModels::workGroup).toList()));
    }
    List<EqualPayPattern> patterns = new ArrayList<>();
    for (EqualPayAudit.Pattern p : result.patterns()) {
      patterns.add(
          new EqualPayPattern()
              .kind(EqualPayPattern.KindEnum.fromValue(p.kind().name()))
              .characteristic(
                  EqualPayPattern.CharacteristicEnum.fromValue(p.characteristic().name()))
              .group(p.group())
              .measure(EqualPayPattern.MeasureEnum.fromValue(p.measure().name()))
              .groupPaidLess(p.groupPaidLess())
              .workGroups(p.workGroups().stream().map(ReportModels::workGroup).toList()));
    }
    return new EqualPayReport().date(day).flaggedGroups(flagged).groups(groups).patterns(patterns);
  }

  private static PayStructureRef structure(ReportLabels.Band b) {
    return b == null
        ? null
        : new PayStructureRef()
            .id(UUID.fromString(b.structureId()))
            .code(b.structureCode())
            .name(b.structureName());
  }

  private static BandRef band(ReportLabels.Band b) {
    return b == null
        ? null
        : new BandRef().id(UUID.fromString(b.id())).code(b.code()).name(b.name());
  }

  private static BandDistributionRow row(ReportLabels labels, BandDistribution.Row r) {
    ReportLabels.Band b = r.key().bandId() == null ? null : labels.bands().get(r.key().bandId());
    ReportLabels.Unit u = r.key().unitId() == null ? null : labels.units().get(r.key().unitId());
    return new BandDistributionRow()
        .unit(u == null ? null : new UnitRef().id(UUID.fromString(u.id())).name(u.name()))
        .structure(structure(b))
        .band(band(b))
        .headcount(r.headcount())
        .fte(r.fte())
        .contractualPayBillPence(r.contractualPence())
        .protectionPence(r.protectionPence())
        .paidPayBillPence(r.paidPence())
        .protectedHeadcount(r.protectedHeadcount());
  }

  static BandDistributionReport bandDistribution(BandDistributionOutcome o) {
    ReportLabels labels = o.labels();
    BandDistribution.Result r = o.result();
    List<RepresentationRow> representation = new ArrayList<>();
    for (BandDistribution.Share s : r.representation()) {
      ReportLabels.Band b =
          s.band().bandId() == null ? null : labels.bands().get(s.band().bandId());
      representation.add(
          new RepresentationRow()
              .structure(structure(b))
              .band(band(b))
              .characteristic(
                  RepresentationRow.CharacteristicEnum.fromValue(s.characteristic().name()))
              .group(s.group())
              .suppressed(s.suppressed())
              .note(s.suppressed() ? SmallGroups.DEFAULT.label() : null)
              .headcount(s.headcount())
              .percent(s.percent())
              .workforceHeadcount(s.workforceHeadcount())
              .workforcePercent(s.workforcePercent()));
    }
    return new BandDistributionReport()
        .date(o.scope().day())
        .total(row(labels, r.total()))
        .bands(r.bands().stream().map(x -> row(labels, x)).toList())
        .units(r.units().stream().map(x -> row(labels, x)).toList())
        .representation(representation);
  }

  static org.bandwise.api.model.ProtectionReport protection(
      org.bandwise.report.control.ReportQueries.ProtectionOutcome o,
      org.bandwise.platform.persistence.PageRequest page) {
    var r = o.result();
    List<org.bandwise.api.model.ProtectedPerson> items = new ArrayList<>();
    for (var p : o.people()) {
      items.add(
          new org.bandwise.api.model.ProtectedPerson()
              .staffNumber(p.staffNumber())
              .name(p.name())
              .unit(p.unit())
              .oldBand(p.oldBand())
              .protectedPayPence(p.protection().protectedFullTime().pence())
              .currentPayPence(p.contractualPence())
              .paidPayPence(p.paidPence())
              .protectionType(
                  org.bandwise.api.model.ProtectionType.fromValue(p.protection().type().name()))
              .lastDay(p.protection().lastProtectedDay()));
    }
    return new org.bandwise.api.model.ProtectionReport()
        .date(o.scope().day())
        .protectedCount(r.protectedCount())
        .annualCostPence(r.annualCostPence())
        .costByFinancialYear(
            r.years().stream()
                .map(
                    y ->
                        new org.bandwise.api.model.ProtectionYearCost()
                            .year(y.year().label())
                            .costPence(y.costPence())
                            .people(y.people()))
                .toList())
        .expiriesByMonth(
            r.expiries().stream()
                .map(
                    m ->
                        new org.bandwise.api.model.ProtectionExpiryMonth()
                            .month(m.month().toString())
                            .count(m.count()))
                .toList())
        .people(
            new org.bandwise.api.model.ProtectedPersonPage()
                .items(items)
                .page(page.page())
                .size(page.size())
                .totalItems(o.total()));
  }

  private static org.bandwise.api.model.WaitingTimeFigures waits(
      org.bandwise.report.control.WaitingTimes w) {
    return new org.bandwise.api.model.WaitingTimeFigures()
        .count(w.count())
        .medianDays(w.medianDays())
        .meanDays(w.meanDays())
        .longestDays(w.longestDays());
  }

  static org.bandwise.api.model.EvaluationThroughputReport throughput(
      LocalDate from, LocalDate to, org.bandwise.report.control.EvaluationThroughput t) {
    return new org.bandwise.api.model.EvaluationThroughputReport()
        .from(from)
        .to(to)
        .published(waits(t.totalPublished()))
        .waiting(waits(t.totalWaiting()))
        .rows(
            t.rows().stream()
                .map(
                    r ->
                        new org.bandwise.api.model.EvaluationThroughputRow()
                            .directorate(r.directorate())
                            .quarter(r.quarter().label())
                            .published(waits(r.published()))
                            .waiting(waits(r.waiting())))
                .toList());
  }

  private static org.bandwise.api.model.AppealsReportRow appealsRow(
      org.bandwise.report.control.AppealsSummary.Row r) {
    var o = r.outcomes();
    return new org.bandwise.api.model.AppealsReportRow()
        .kind(
            r.kind() == null ? null : org.bandwise.api.model.AppealKind.fromValue(r.kind().name()))
        .upheld(o.get(org.bandwise.report.control.AppealsSummary.Outcome.UPHELD))
        .partlyUpheld(o.get(org.bandwise.report.control.AppealsSummary.Outcome.PARTLY_UPHELD))
        .notUpheld(o.get(org.bandwise.report.control.AppealsSummary.Outcome.NOT_UPHELD))
        .withdrawn(o.get(org.bandwise.report.control.AppealsSummary.Outcome.WITHDRAWN))
        .open(o.get(org.bandwise.report.control.AppealsSummary.Outcome.OPEN))
        .total(r.total())
        .overdue(r.overdue())
        .decisionWorkingDays(waits(r.decisionDays()));
  }

  static org.bandwise.api.model.AppealsReport appeals(
      LocalDate from, LocalDate to, org.bandwise.report.control.AppealsSummary a) {
    return new org.bandwise.api.model.AppealsReport()
        .from(from)
        .to(to)
        .rows(a.rows().stream().map(ReportModels::appealsRow).toList())
        .total(appealsRow(a.total()));
  }
}
