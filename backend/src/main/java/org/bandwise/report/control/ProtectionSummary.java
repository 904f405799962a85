package org.bandwise.report.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bandwise.workforce.control.FinancialYear;

/**
 * The totals of the protection report, added up protection by protection (memory does not grow with
 * the number of people): how many are protected on the day, what protection adds to the annual pay
 * bill that day, the cost per financial year ({@link ProtectionCost}) and the expiries by month —
 * the month of each last protected day, for the 24 months from the day's month.
 */
public final class ProtectionSummary {

  public static final int MONTHS = 24;

  public record YearCost(FinancialYear year, long costPence, int people) {}

  public record MonthCount(YearMonth month, int count) {}

  public record Result(
      int protectedCount, long annualCostPence, List<YearCost> years, List<MonthCount> expiries) {
    public Result {
      years = List.copyOf(years);
      expiries = List.copyOf(expiries);
    }
  }

  private final YearMonth firstMonth;
  private final int[] expiries = new int[MONTHS];
  private final TreeMap<Integer, long[]> years = new TreeMap<>();
  private int count;
  private long annualCost;

  public ProtectionSummary(LocalDate day) {
    this.firstMonth = YearMonth.from(day);
  }

  /**
   * @param allowancePence what protection adds to annual pay on the day, pro rata
   * @param costByYear the protection's {@link ProtectionCost#byFinancialYear}
   * @param lastDay its last protected day
   */
  public ProtectionSummary add(
      long allowancePence, Map<Integer, Long> costByYear, LocalDate lastDay) {
    count++;
    annualCost = Math.addExact(annualCost, allowancePence);
    for (Map.Entry<Integer, Long> e : costByYear.entrySet()) {
      long[] year = years.computeIfAbsent(e.getKey(), k -> new long[2]);
      year[0] = Math.addExact(year[0], e.getValue());
      year[1]++;
    }
    long months = firstMonth.until(YearMonth.from(lastDay), java.time.temporal.ChronoUnit.MONTHS);
    if (months >= 0 && months < MONTHS) {
      expiries[(int) months]++;
    }
    return this;
  }

  public Result result() {
    List<YearCost> costs = new ArrayList<>();
    years.forEach(
        (start, v) -> costs.add(new YearCost(new FinancialYear(start), v[0], (int) v[1])));
    List<MonthCount> months = new ArrayList<>();
    for (int i = 0; i < MONTHS; i++) {
      months.add(new MonthCount(firstMonth.plusMonths(i), expiries[i]));
    }
    return new Result(count, annualCost, costs, months);
  }
}
