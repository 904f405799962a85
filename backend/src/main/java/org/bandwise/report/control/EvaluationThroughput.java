package org.bandwise.report.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.bandwise.evaluation.control.WaitingTargets;
import org.bandwise.workforce.control.FinancialYear;

/**
 * Evaluation throughput: for the evaluations requested in a period, by directorate and by the
 * financial-year quarter of the request (Q1 April to June … Q4 January to March), the waits of
 * those published (request to publication) and of those still waiting (request to today), in days
 * as the evaluation queue counts them ({@link WaitingTargets#daysWaiting}). Rejected requests are
 * in neither.
 */
public final class EvaluationThroughput {

  /** A financial-year quarter: {@code year} its financial year, {@code number} 1 to 4. */
  public record Quarter(FinancialYear year, int number) implements Comparable<Quarter> {

    public static Quarter of(LocalDate day) {
      FinancialYear year = FinancialYear.containing(day);
      int monthsIn = (day.getMonthValue() + 12 - 4) % 12;
      return new Quarter(year, monthsIn / 3 + 1);
    }

    /** "2026-27 Q1". */
    public String label() {
      return year.label() + " Q" + number;
    }

    @Override
    public int compareTo(Quarter o) {
      return Comparator.comparingInt((Quarter q) -> q.year().startYear())
          .thenComparingInt(Quarter::number)
          .compare(this, o);
    }
  }

  public record Row(
      String directorate, Quarter quarter, WaitingTimes published, WaitingTimes waiting) {}

  private record Key(String directorate, Quarter quarter) {}

  private static final Comparator<Key> ORDER =
      Comparator.comparing(Key::directorate).thenComparing(Key::quarter);

  private final LocalDate today;
  private final Map<Key, List<List<Integer>>> groups = new TreeMap<>(ORDER);
  private final List<Integer> allPublished = new ArrayList<>();
  private final List<Integer> allWaiting = new ArrayList<>();

  public EvaluationThroughput(LocalDate today) {
    this.today = Objects.requireNonNull(today);
  }

  /**
   * @param publishedOn the day it was published, or null
   * @param stillOpen true while it waits (requested, accepted or in panel)
   */
  public EvaluationThroughput add(
      String directorate, LocalDate requestedOn, LocalDate publishedOn, boolean stillOpen) {
    if (publishedOn == null && !stillOpen) {
      return this;
    }
    List<List<Integer>> g =
        groups.computeIfAbsent(
            new Key(directorate == null ? "" : directorate, Quarter.of(requestedOn)),
            k -> List.of(new ArrayList<>(), new ArrayList<>()));
    int days = WaitingTargets.daysWaiting(requestedOn, publishedOn, today);
    if (publishedOn != null) {
      g.get(0).add(days);
      allPublished.add(days);
    } else {
      g.get(1).add(days);
      allWaiting.add(days);
    }
    return this;
  }

  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    groups.forEach(
        (k, v) ->
            rows.add(
                new Row(
                    k.directorate(),
                    k.quarter(),
                    WaitingTimes.of(v.get(0)),
                    WaitingTimes.of(v.get(1)))));
    return rows;
  }

  public WaitingTimes totalPublished() {
    return WaitingTimes.of(allPublished);
  }

  public WaitingTimes totalWaiting() {
    return WaitingTimes.of(allWaiting);
  }
}
