package org.bandwise.report.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bandwise.appeal.control.AppealKind;
import org.bandwise.appeal.control.AppealStatus;
import org.bandwise.calendar.control.WorkingDays;

/**
 * Appeals by kind and outcome — upheld, partly upheld, not upheld (the decision), withdrawn, or
 * open (no decision yet) — with the time from lodging to decision in working days (the appeal
 * deadlines' calendar: weekends and bank holidays do not count; {@link WorkingDays#between}) and
 * how many open appeals are past their decide-by date (overdue the day after it, as the deadlines
 * say).
 */
public final class AppealsSummary {

  public enum Outcome {
    UPHELD,
    PARTLY_UPHELD,
    NOT_UPHELD,
    WITHDRAWN,
    OPEN
  }

  public record Row(
      AppealKind kind, Map<Outcome, Integer> outcomes, int overdue, WaitingTimes decisionDays) {
    public int total() {
      return outcomes.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private final WorkingDays workingDays;
  private final LocalDate today;
  private final Map<AppealKind, int[]> counts = new EnumMap<>(AppealKind.class);
  private final Map<AppealKind, List<Integer>> days = new EnumMap<>(AppealKind.class);

  public AppealsSummary(WorkingDays workingDays, LocalDate today) {
    this.workingDays = Objects.requireNonNull(workingDays);
    this.today = Objects.requireNonNull(today);
  }

  /** The outcome of an appeal from its status and decision. */
  public static Outcome outcome(AppealStatus status, String decision) {
    if (status == AppealStatus.WITHDRAWN) {
      return Outcome.WITHDRAWN;
    }
    if (decision == null) {
      return Outcome.OPEN;
    }
    return Outcome.valueOf(decision);
  }

  /**
   * @param decidedOn the day it was decided, or null
   * @param decideBy the day it should be decided by, or null
   */
  public AppealsSummary add(
      AppealKind kind,
      AppealStatus status,
      String decision,
      LocalDate lodgedOn,
      LocalDate decidedOn,
      LocalDate decideBy) {
    Outcome outcome = outcome(status, decision);
    int[] c = counts.computeIfAbsent(kind, k -> new int[Outcome.values().length + 1]);
    c[outcome.ordinal()]++;
    if (outcome == Outcome.OPEN && decideBy != null && today.isAfter(decideBy)) {
      c[Outcome.values().length]++;
    }
    if (decidedOn != null && lodgedOn != null && outcome != Outcome.WITHDRAWN) {
      days.computeIfAbsent(kind, k -> new ArrayList<>())
          .add(Math.max(0, workingDays.between(lodgedOn, decidedOn)));
    }
    return this;
  }

  /** One row per kind with any appeal, in the kinds' order. */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    counts.forEach((kind, c) -> rows.add(row(kind, c, days.getOrDefault(kind, List.of()))));
    return rows;
  }

  /** All kinds together. */
  public Row total() {
    int[] all = new int[Outcome.values().length + 1];
    List<Integer> allDays = new ArrayList<>();
    counts
        .values()
        .forEach(
            c -> {
              for (int i = 0; i < all.length; i++) {
                all[i] += c[i];
              }
            });
    days.values().forEach(allDays::addAll);
    return row(null, all, allDays);
  }

  private static Row row(AppealKind kind, int[] c, List<Integer> d) {
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      outcomes.put(o, c[o.ordinal()]);
    }
    return new Row(kind, outcomes, c[Outcome.values().length], WaitingTimes.of(d));
  }
}
