package org.bandwise.rebanding.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bandwise.payband.entity.Money;
import org.bandwise.workforce.control.MonthlyAmount;
import org.bandwise.workforce.control.PayTimeline;

/**
 * Back pay for an upgrade whose effective date has passed, from the effective date to the day
 * before it is applied: for each day, (new annual − old annual salary in force that day) ÷ 12 ÷ the
 * days in that month, summed per calendar month and rounded half up to the penny per month. Scales
 * that change inside the period (a pay award) count from their own dates, because each timeline
 * carries them; pro rata for part-time staff, because each timeline is.
 *
 * <p>"Old" is what the person was paid, protection included: someone whose pay was protected at
 * more than the new salary is owed nothing for those months, and nothing is ever recovered (a month
 * in which they were paid more owes nothing, it is not set against other months).
 */
public final class Arrears {

  private Arrears() {}

  /** The arrears month by month, and their total (the sum of the rounded months). */
  public record Statement(List<MonthlyAmount> months, Money total) {
    public Statement {
      months = List.copyOf(months);
    }

    public static Statement none() {
      return new Statement(List.of(), Money.ofPence(0));
    }
  }

  /**
   * @param before pay as it was paid (the old position over the period, protection included)
   * @param after pay as it should have been (the new position over the period)
   * @param effectiveFrom the first day owed
   * @param appliedOn the day the change is made; the last day owed is the day before
   */
  public static Statement owed(
      PayTimeline before, PayTimeline after, LocalDate effectiveFrom, LocalDate appliedOn) {
    if (!appliedOn.isAfter(effectiveFrom)) {
      return Statement.none();
    }
    PayTimeline difference = after.minus(before);
    List<MonthlyAmount> months = new ArrayList<>();
    long total = 0;
    for (MonthlyAmount month : difference.monthlyAmounts(effectiveFrom, appliedOn.minusDays(1))) {
      if (month.amount().pence() > 0) {
        months.add(month);
        total = Math.addExact(total, month.amount().pence());
      }
    }
    return new Statement(months, Money.ofPence(total));
  }
}
