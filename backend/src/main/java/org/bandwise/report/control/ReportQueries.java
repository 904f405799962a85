package org.bandwise.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.bandwise.report.control.WorkforcePass.Detail;
import org.bandwise.workforce.control.EqualityCharacteristic;
import org.bandwise.workforce.control.WeeklyHours;

/**
 * Runs each report as one streaming pass ({@link WorkforcePass}), reading only what the report
 * needs with people who share it grouped by the database, into its rule: {@link GenderPayGap},
 * {@link EqualPayAudit}, {@link BandDistribution}.
 */
@ApplicationScoped
public class ReportQueries {

  @Inject WorkforcePass pass;
  @Inject ProtectionPass protectionPass;

  /**
   * The protection report: its totals, and the protected people from {@code offset} on, at most
   * {@code limit} of them (soonest ending first), of {@code total}.
   */
  public record ProtectionOutcome(
      ReportScope scope,
      ProtectionSummary.Result result,
      java.util.List<ProtectionPass.Protected> people,
      long total) {}

  /** The protection report, keeping only the people in the window asked for. */
  public ProtectionOutcome protection(ReportScope scope, int offset, int limit) {
    ProtectionSummary summary = new ProtectionSummary(scope.day());
    java.util.List<ProtectionPass.Protected> people = new java.util.ArrayList<>();
    long[] seen = new long[1];
    protectionPass.run(
        scope,
        p -> {
          summary.add(p.allowancePence(), p.costByYear(), p.protection().lastProtectedDay());
          if (seen[0] >= offset && people.size() < limit) {
            people.add(p);
          }
          seen[0]++;
        });
    return new ProtectionOutcome(scope, summary.result(), people, seen[0]);
  }

  /**
   * The gender pay gap with the people left out: those whose sex is not recorded, and those whose
   * pay cannot be worked out (no band, pay point or scale in force).
   */
  public record GenderPayGapOutcome(
      ReportScope scope, GenderPayGap.Result result, int sexNotRecorded, int payNotKnown) {}

  public record EqualPayOutcome(
      ReportScope scope, ReportLabels labels, EqualPayAudit.Result result) {}

  public record BandDistributionOutcome(
      ReportScope scope, ReportLabels labels, BandDistribution.Result result) {}

  public ReportScope scope(java.time.LocalDate day, String unit) {
    return pass.scope(day, unit);
  }

  public GenderPayGapOutcome genderPayGap(ReportScope scope) {
    GenderPayGap gap = new GenderPayGap();
    int[] left = new int[2];
    pass.run(
        scope,
        pass.labels(),
        new WorkforcePass.Reading(
            EnumSet.of(Detail.SEX, Detail.FULL_PAY, Detail.ALLOWANCES, Detail.BONUS),
            true,
            (p, people) -> {
              if (p.sex() == null) {
                left[0] += people;
              } else if (!p.payKnown()) {
                left[1] += people;
              } else {
                gap.add(
                    p.sex(),
                    p.fullPay(),
                    p.paidPence(),
                    p.allowancesPence(),
                    p.hours(),
                    p.bonusPence(),
                    people);
              }
            }));
    return new GenderPayGapOutcome(scope, gap.result(), left[0], left[1]);
  }

  public EqualPayOutcome equalPay(ReportScope scope) {
    ReportLabels labels = pass.labels();
    EqualPayAudit audit = new EqualPayAudit(EqualPayAudit.Options.DEFAULT);
    Map<String, EqualPayAudit.WorkGroup> workGroups = new HashMap<>();
    pass.run(
        scope,
        labels,
        new WorkforcePass.Reading(
            EnumSet.of(
                Detail.SEX,
                Detail.ETHNIC_GROUP,
                Detail.DISABILITY,
                Detail.ALLOWANCES,
                Detail.BONUS,
                Detail.JD),
            true,
            (p, people) -> {
              if (!p.payKnown()) {
                return;
              }
              EqualPayAudit.WorkGroup band =
                  workGroups.computeIfAbsent(
                      "band " + p.bandId(),
                      k -> {
                        ReportLabels.Band b = labels.bands().get(p.bandId());
                        return new EqualPayAudit.WorkGroup(
                            EqualPayAudit.WorkKind.EQUIVALENT_WORK, b.id(), b.label());
                      });
              ReportLabels.Jd jd = p.jdId() == null ? null : labels.jobDescriptions().get(p.jdId());
              EqualPayAudit.WorkGroup likeWork =
                  jd == null
                      ? null
                      : workGroups.computeIfAbsent(
                          "jd " + jd.id(),
                          k ->
                              new EqualPayAudit.WorkGroup(
                                  EqualPayAudit.WorkKind.LIKE_WORK, jd.id(), jd.label()));
              audit.add(
                  band,
                  likeWork,
                  p.sex(),
                  p.ethnicGroup(),
                  p.disability(),
                  p.contractualPence(),
                  p.paidPence() + p.allowancesPence() + p.bonusPence(),
                  p.hours(),
                  WeeklyHours.DEFAULT_FULL_TIME,
                  people);
            }));
    return new EqualPayOutcome(scope, labels, audit.result());
  }

  /**
   * The band distribution: pay by unit and band (grouped by the pay inputs, the protected one by
   * one) and the characteristics by band, read in one statement.
   */
  public BandDistributionOutcome bandDistribution(ReportScope scope) {
    ReportLabels labels = pass.labels();
    BandDistribution distribution = new BandDistribution();
    pass.run(scope, labels, bandDistributionReadings(distribution));
    Comparator<BandDistribution.Key> order =
        Comparator.comparing(
                (BandDistribution.Key k) -> {
                  ReportLabels.Band b = k.bandId() == null ? null : labels.bands().get(k.bandId());
                  return b == null ? "~" : b.structureName();
                })
            .thenComparing(
                k -> {
                  ReportLabels.Band b = k.bandId() == null ? null : labels.bands().get(k.bandId());
                  return b == null ? Integer.MAX_VALUE : b.rank();
                });
    return new BandDistributionOutcome(scope, labels, distribution.result(order));
  }

  /**
   * The band distribution's two readings: pay by unit and band (with the protected one by one), and
   * the characteristics by band (V28 indexes each in this grouping).
   */
  static WorkforcePass.Reading[] bandDistributionReadings(BandDistribution distribution) {
    return new WorkforcePass.Reading[] {
      new WorkforcePass.Reading(
          EnumSet.of(Detail.STRUCTURE, Detail.UNIT), true, distribution::addPay),
      new WorkforcePass.Reading(
          EnumSet.of(
              Detail.STRUCTURE,
              Detail.SEX,
              Detail.ETHNIC_GROUP,
              Detail.DISABILITY,
              Detail.AGE_BAND),
          false,
          distribution::addPeople)
    };
  }

  /** The characteristics representation is broken down by, in order. */
  public static EqualityCharacteristic[] characteristics() {
    return EqualityCharacteristic.values();
  }
}
