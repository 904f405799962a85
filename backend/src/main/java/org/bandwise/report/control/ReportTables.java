package org.bandwise.report.control;

import java.math.BigDecimal;
import java.util.List;
import org.bandwise.payband.entity.Money;
import org.bandwise.report.control.ReportQueries.BandDistributionOutcome;
import org.bandwise.report.control.ReportQueries.GenderPayGapOutcome;
import org.bandwise.workforce.control.SmallGroups;

/**
 * The tables each report's downloads hold, with the same figures as the report itself: money in
 * pounds to the penny, percentages to one decimal place, suppressed or not applicable figures
 * empty.
 */
public final class ReportTables {

  private ReportTables() {}

  static BigDecimal pounds(long pence) {
    return BigDecimal.valueOf(pence, 2);
  }

  static BigDecimal pounds(Money money) {
    return money == null ? null : pounds(money.pence());
  }

  /**
   * The one row the government's gender pay gap reporting service asks for, with its own column
   * names.
   */
  public static ReportTable genderPayGapService(GenderPayGapOutcome o) {
    GenderPayGap.Result r = o.result();
    List<GenderPayGap.Quartile> q = r.quartiles();
    return new ReportTable.Builder(
            "Gender pay gap",
            "DiffMeanHourlyPercent",
            "DiffMedianHourlyPercent",
            "DiffMeanBonusPercent",
            "DiffMedianBonusPercent",
            "MaleBonusPercent",
            "FemaleBonusPercent",
            "MaleLowerQuartile",
            "FemaleLowerQuartile",
            "MaleLowerMiddleQuartile",
            "FemaleLowerMiddleQuartile",
            "MaleUpperMiddleQuartile",
            "FemaleUpperMiddleQuartile",
            "MaleTopQuartile",
            "FemaleTopQuartile",
            "SnapshotDate")
        .row(
            r.meanHourlyGapPercent(),
            r.medianHourlyGapPercent(),
            r.meanBonusGapPercent(),
            r.medianBonusGapPercent(),
            r.malesReceivingBonusPercent(),
            r.femalesReceivingBonusPercent(),
            q.get(0).malePercent(),
            q.get(0).femalePercent(),
            q.get(1).malePercent(),
            q.get(1).femalePercent(),
            q.get(2).malePercent(),
            q.get(2).femalePercent(),
            q.get(3).malePercent(),
            q.get(3).femalePercent(),
            o.scope().day().toString())
        .build();
  }

  public static ReportTable genderPayGapMeasures(GenderPayGapOutcome o) {
    GenderPayGap.Result r = o.result();
    GenderPayGap.SexFigures m = r.men();
    GenderPayGap.SexFigures w = r.women();
    return new ReportTable.Builder("Measures", "Measure", "Men", "Women", "Gap (%)")
        .row(
            "Mean hourly pay (£)",
            pounds(m.meanHourlyPay()),
            pounds(w.meanHourlyPay()),
            r.meanHourlyGapPercent())
        .row(
            "Median hourly pay (£)",
            pounds(m.medianHourlyPay()),
            pounds(w.medianHourlyPay()),
            r.medianHourlyGapPercent())
        .row(
            "Mean bonus pay (£)",
            pounds(m.meanBonus()),
            pounds(w.meanBonus()),
            r.meanBonusGapPercent())
        .row(
            "Median bonus pay (£)",
            pounds(m.medianBonus()),
            pounds(w.medianBonus()),
            r.medianBonusGapPercent())
        .row(
            "Received a bonus (%)",
            r.malesReceivingBonusPercent(), r.femalesReceivingBonusPercent(), null)
        .row("Relevant employees", m.relevant(), w.relevant(), null)
        .row("Full-pay relevant employees", m.fullPay(), w.fullPay(), null)
        .row("Received a bonus (people)", m.receivingBonus(), w.receivingBonus(), null)
        .build();
  }

  public static ReportTable genderPayGapQuartiles(GenderPayGapOutcome o) {
    ReportTable.Builder t =
        new ReportTable.Builder(
            "Quartiles", "Quartile", "People", "Men", "Women", "Men (%)", "Women (%)");
    for (GenderPayGap.Quartile q : o.result().quartiles()) {
      t.row(
          quartileName(q.quartile()),
          q.count(),
          q.men(),
          q.women(),
          q.malePercent(),
          q.femalePercent());
    }
    return t.build();
  }

  public static String quartileName(PayQuartile q) {
    return switch (q) {
      case LOWER -> "Lower";
      case LOWER_MIDDLE -> "Lower middle";
      case UPPER_MIDDLE -> "Upper middle";
      case UPPER -> "Upper";
    };
  }

  static String kindName(EqualPayAudit.WorkKind kind) {
    return kind == EqualPayAudit.WorkKind.EQUIVALENT_WORK
        ? "Work rated as equivalent (band)"
        : "Like work (job description)";
  }

  static String measureName(EqualPayAudit.Measure m) {
    return switch (m) {
      case MEAN_BASIC -> "Mean basic pay";
      case MEDIAN_BASIC -> "Median basic pay";
      case MEAN_TOTAL -> "Mean total pay";
      case MEDIAN_TOTAL -> "Median total pay";
    };
  }

  /**
   * The audit's comparisons, one row each; the result is passed already hidden as the caller may
   * see it.
   */
  public static ReportTable equalPayComparisons(EqualPayAudit.Result result) {
    ReportTable.Builder t =
        new ReportTable.Builder(
            "Comparisons",
            "Kind of equal work",
            "Work group",
            "Work group headcount",
            "Characteristic",
            "Group",
            "Comparator",
            "Group headcount",
            "Comparator headcount",
            "Group mean basic pay (£)",
            "Comparator mean basic pay (£)",
            "Mean basic pay gap (%)",
            "Group median basic pay (£)",
            "Comparator median basic pay (£)",
            "Median basic pay gap (%)",
            "Group mean total pay (£)",
            "Comparator mean total pay (£)",
            "Mean total pay gap (%)",
            "Group median total pay (£)",
            "Comparator median total pay (£)",
            "Median total pay gap (%)",
            "Flagged",
            "Part of a pattern",
            "Note");
    for (EqualPayAudit.GroupAudit g : result.groups()) {
      for (EqualPayAudit.Comparison c : g.comparisons()) {
        EqualPayAudit.Figures gf = c.groupFigures();
        EqualPayAudit.Figures cf = c.comparatorFigures();
        EqualPayAudit.Gaps gaps = c.gaps();
        t.row(
            kindName(g.workGroup().kind()),
            g.workGroup().label(),
            g.headcount(),
            c.characteristic().label(),
            c.group(),
            c.comparator(),
            gf == null ? null : gf.headcount(),
            cf == null ? null : cf.headcount(),
            gf == null ? null : pounds(gf.meanBasic()),
            cf == null ? null : pounds(cf.meanBasic()),
            gaps == null ? null : gaps.meanBasic(),
            gf == null ? null : pounds(gf.medianBasic()),
            cf == null ? null : pounds(cf.medianBasic()),
            gaps == null ? null : gaps.medianBasic(),
            gf == null ? null : pounds(gf.meanTotal()),
            cf == null ? null : pounds(cf.meanTotal()),
            gaps == null ? null : gaps.meanTotal(),
            gf == null ? null : pounds(gf.medianTotal()),
            cf == null ? null : pounds(cf.medianTotal()),
            gaps == null ? null : gaps.medianTotal(),
            c.flagged() ? "Yes" : "No",
            g.inPattern() ? "Yes" : "No",
            c.suppressed() ? SmallGroups.DEFAULT.label() : "");
      }
    }
    return t.build();
  }

  public static ReportTable equalPayPatterns(EqualPayAudit.Result result) {
    ReportTable.Builder t =
        new ReportTable.Builder(
            "Patterns", "Kind of equal work", "Group", "Measure", "Paid less", "Work groups");
    for (EqualPayAudit.Pattern p : result.patterns()) {
      t.row(
          kindName(p.kind()),
          p.group(),
          measureName(p.measure()),
          p.groupPaidLess() ? p.group() : "Their comparator",
          String.join("; ", p.workGroups().stream().map(EqualPayAudit.WorkGroup::label).toList()));
    }
    return t.build();
  }

  private static String structureName(ReportLabels labels, BandDistribution.Key k) {
    ReportLabels.Band b = k.bandId() == null ? null : labels.bands().get(k.bandId());
    return b == null ? "" : b.structureName();
  }

  private static String bandName(ReportLabels labels, BandDistribution.Key k) {
    ReportLabels.Band b = k.bandId() == null ? null : labels.bands().get(k.bandId());
    return b == null ? "No band" : b.name();
  }

  public static ReportTable bands(BandDistributionOutcome o) {
    ReportTable.Builder t =
        new ReportTable.Builder(
            "Bands",
            "Structure",
            "Band",
            "Headcount",
            "FTE",
            "Contractual pay bill (£)",
            "Protection (£)",
            "Paid pay bill (£)",
            "Protected people");
    for (BandDistribution.Row r : o.result().bands()) {
      t.row(
          structureName(o.labels(), r.key()),
          bandName(o.labels(), r.key()),
          r.headcount(),
          r.fte(),
          pounds(r.contractualPence()),
          pounds(r.protectionPence()),
          pounds(r.paidPence()),
          r.protectedHeadcount());
    }
    BandDistribution.Row total = o.result().total();
    t.row(
        "All",
        "All bands",
        total.headcount(),
        total.fte(),
        pounds(total.contractualPence()),
        pounds(total.protectionPence()),
        pounds(total.paidPence()),
        total.protectedHeadcount());
    return t.build();
  }

  public static ReportTable units(BandDistributionOutcome o) {
    ReportTable.Builder t =
        new ReportTable.Builder(
            "Units",
            "Unit",
            "Structure",
            "Band",
            "Headcount",
            "FTE",
            "Contractual pay bill (£)",
            "Protection (£)",
            "Paid pay bill (£)",
            "Protected people");
    for (BandDistribution.Row r : o.result().units()) {
      ReportLabels.Unit u =
          r.key().unitId() == null ? null : o.labels().units().get(r.key().unitId());
      t.row(
          u == null ? "No unit" : u.name(),
          structureName(o.labels(), r.key()),
          bandName(o.labels(), r.key()),
          r.headcount(),
          r.fte(),
          pounds(r.contractualPence()),
          pounds(r.protectionPence()),
          pounds(r.paidPence()),
          r.protectedHeadcount());
    }
    return t.build();
  }

  public static ReportTable representation(BandDistributionOutcome o) {
    ReportTable.Builder t =
        new ReportTable.Builder(
            "Representation",
            "Structure",
            "Band",
            "Characteristic",
            "Group",
            "Headcount",
            "Share of band (%)",
            "Workforce headcount",
            "Share of workforce (%)",
            "Note");
    for (BandDistribution.Share s : o.result().representation()) {
      t.row(
          structureName(o.labels(), s.band()),
          bandName(o.labels(), s.band()),
          s.characteristic().label(),
          s.group(),
          s.headcount(),
          s.percent(),
          s.workforceHeadcount(),
          s.workforcePercent(),
          s.suppressed() ? SmallGroups.DEFAULT.label() : "");
    }
    return t.build();
  }

  /** The protected people on the report's day, soonest ending first. */
  public static ReportTable protectedPeople(ReportQueries.ProtectionOutcome o) {
    ReportTable.Builder t =
        new ReportTable.Builder(
            "Protected people",
            "Staff number",
            "Name",
            "Unit",
            "Old band",
            "Protected pay (£)",
            "Current pay (£)",
            "Paid pay (£)",
            "Protection type",
            "Last day");
    for (ProtectionPass.Protected p : o.people()) {
      t.row(
          p.staffNumber(),
          p.name(),
          p.unit(),
          p.oldBand(),
          pounds(p.protection().protectedFullTime()),
          pounds(p.contractualPence()),
          pounds(p.paidPence()),
          protectionTypeLabel(p.protection().type()),
          org.bandwise.workforce.control.DisplayDates.format(p.protection().lastProtectedDay()));
    }
    return t.build();
  }

  static String protectionTypeLabel(org.bandwise.protection.control.ProtectionType type) {
    return type == org.bandwise.protection.control.ProtectionType.MARK_TIME
        ? "Mark time"
        : "Cash conserved with taper";
  }

  /** The cost of protection per financial year. */
  public static ReportTable protectionCosts(ReportQueries.ProtectionOutcome o) {
    ReportTable.Builder t =
        new ReportTable.Builder("Cost by year", "Financial year", "Cost (£)", "People");
    for (ProtectionSummary.YearCost y : o.result().years()) {
      t.row(y.year().label(), pounds(y.costPence()), y.people());
    }
    return t.build();
  }

  /** Protections running out, month by month. */
  public static ReportTable protectionExpiries(ReportQueries.ProtectionOutcome o) {
    ReportTable.Builder t = new ReportTable.Builder("Expiries", "Month", "Protections ending");
    java.time.format.DateTimeFormatter month =
        java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK);
    for (ProtectionSummary.MonthCount m : o.result().expiries()) {
      t.row(m.month().format(month), m.count());
    }
    return t.build();
  }

  /** Evaluation waits by directorate and quarter, then for all directorates. */
  public static ReportTable evaluationThroughput(EvaluationThroughput t) {
    ReportTable.Builder b =
        new ReportTable.Builder(
            "Evaluation throughput",
            "Directorate",
            "Quarter",
            "Published",
            "Median days to publication",
            "Mean days to publication",
            "Longest days to publication",
            "Still waiting",
            "Median days waiting",
            "Mean days waiting",
            "Longest days waiting");
    for (EvaluationThroughput.Row r : t.rows()) {
      b.row(waits(r.directorate(), r.quarter().label(), r.published(), r.waiting()));
    }
    b.row(waits("All directorates", "All quarters", t.totalPublished(), t.totalWaiting()));
    return b.build();
  }

  private static Object[] waits(
      String directorate, String quarter, WaitingTimes published, WaitingTimes waiting) {
    return new Object[] {
      directorate,
      quarter,
      published.count(),
      published.medianDays(),
      published.meanDays(),
      published.longestDays(),
      waiting.count(),
      waiting.medianDays(),
      waiting.meanDays(),
      waiting.longestDays()
    };
  }

  /** Appeals by kind and outcome, with time to decision in working days, then all kinds. */
  public static ReportTable appeals(AppealsSummary a) {
    ReportTable.Builder b =
        new ReportTable.Builder(
            "Appeals",
            "Kind",
            "Upheld",
            "Partly upheld",
            "Not upheld",
            "Withdrawn",
            "Open",
            "Total",
            "Overdue",
            "Decided",
            "Median working days to decision",
            "Mean working days to decision",
            "Longest working days to decision");
    for (AppealsSummary.Row r : a.rows()) {
      b.row(appealCells(appealKindLabel(r.kind()), r));
    }
    b.row(appealCells("All appeals", a.total()));
    return b.build();
  }

  static String appealKindLabel(org.bandwise.appeal.control.AppealKind kind) {
    return switch (kind) {
      case OUTCOME -> "Evaluation outcome";
      case JD_CONTENT -> "Job description content";
      case ASSIGNMENT -> "Assignment";
    };
  }

  private static Object[] appealCells(String label, AppealsSummary.Row r) {
    var o = r.outcomes();
    return new Object[] {
      label,
      o.get(AppealsSummary.Outcome.UPHELD),
      o.get(AppealsSummary.Outcome.PARTLY_UPHELD),
      o.get(AppealsSummary.Outcome.NOT_UPHELD),
      o.get(AppealsSummary.Outcome.WITHDRAWN),
      o.get(AppealsSummary.Outcome.OPEN),
      r.total(),
      r.overdue(),
      r.decisionDays().count(),
      r.decisionDays().medianDays(),
      r.decisionDays().meanDays(),
      r.decisionDays().longestDays()
    };
  }
}
