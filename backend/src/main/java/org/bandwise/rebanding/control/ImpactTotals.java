package org.bandwise.rebanding.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bandwise.payband.entity.Money;
import org.bandwise.workforce.control.FinancialYear;
import org.bandwise.workforce.control.MonthlyAmount;
import org.bandwise.workforce.control.PayTimeline;

/**
 * The totals of a re-banding, added up holder by holder (memory does not grow with the number of
 * holders).
 *
 * <p><b>The pay-bill projection.</b> For the effective date's financial year and the two after,
 * {@code changePence} is the change in paid pay earned by days inside that year from the effective
 * date on: for each holder and each calendar month, the difference between pay after the change
 * (protection included) and pay had nothing changed, earned day by day as arrears are (annual ÷ 12
 * ÷ days in the month) and rounded half up to the penny per holder per month, summed. Earned, not
 * paid: back pay counts in the year its days fall in, and is also reported on its own as {@code
 * arrearsPence}. So a mark-time downgrade costs nothing while protected and shows its saving only
 * in the year the protection runs out; a taper shows the saving stage by stage.
 *
 * <p>{@code annualChangePence} is the pay bill change now: the sum of each holder's annual paid pay
 * after the change minus their contractual pay before it, both on the effective date.
 */
public final class ImpactTotals {

  /** The change in the pay bill over one financial year ("2026-27"). */
  public record YearChange(String year, long changePence) {}

  /** The totals of a re-banding. */
  public record Totals(
      int up,
      int same,
      int down,
      long annualChangePence,
      List<YearChange> byFinancialYear,
      long arrearsPence) {
    public Totals {
      byFinancialYear = List.copyOf(byFinancialYear);
    }
  }

  private static final int YEARS = 3;

  private final LocalDate effectiveFrom;
  private final FinancialYear firstYear;
  private final long[] yearChange = new long[YEARS];
  private int up;
  private int same;
  private int down;
  private long annualChange;
  private long arrears;

  public ImpactTotals(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
    this.firstYear = FinancialYear.containing(effectiveFrom);
  }

  public ImpactTotals add(HolderImpact holder) {
    return add(holder.change(), holder.before(), holder.after(), holder.arrears().total());
  }

  /**
   * Adds one holder from their pay over time before and after the change.
   *
   * @param before pay had nothing changed, from the effective date
   * @param after pay after the change, from the effective date
   */
  public ImpactTotals add(Change change, PayTimeline before, PayTimeline after, Money arrearsOwed) {
    switch (change) {
      case UP:
        up++;
        break;
      case DOWN:
        down++;
        break;
      default:
        same++;
        break;
    }
    annualChange =
        Math.addExact(
            annualChange,
            after.annualOn(effectiveFrom).pence() - before.annualOn(effectiveFrom).pence());
    arrears = Math.addExact(arrears, arrearsOwed.pence());
    PayTimeline difference = after.minus(before);
    for (int i = 0; i < YEARS; i++) {
      FinancialYear year = firstYear.plusYears(i);
      LocalDate from = year.start().isBefore(effectiveFrom) ? effectiveFrom : year.start();
      for (MonthlyAmount month : difference.monthlyAmounts(from, year.end())) {
        yearChange[i] = Math.addExact(yearChange[i], month.amount().pence());
      }
    }
    return this;
  }

  public Totals result() {
    List<YearChange> years = new ArrayList<>();
    for (int i = 0; i < YEARS; i++) {
      years.add(new YearChange(firstYear.plusYears(i).label(), yearChange[i]));
    }
    return new Totals(up, same, down, annualChange, years, arrears);
  }
}
