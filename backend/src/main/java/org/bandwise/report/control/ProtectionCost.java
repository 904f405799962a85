package org.bandwise.report.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.bandwise.payband.entity.Money;
import org.bandwise.protection.control.Protection;
import org.bandwise.workforce.control.FinancialYear;
import org.bandwise.workforce.control.MonthlyAmount;
import org.bandwise.workforce.control.PayTimeline;
import org.bandwise.workforce.control.WeeklyHours;

/**
 * The cost of one protection from a day to its last protected day, per financial year: what
 * protection adds to contractual pay ({@link Protection#paidFullTimeOn} less the full-time salary
 * of the person's point on the day, pro rata to their hours), earned as arrears are ({@link
 * PayTimeline#monthlyAmounts}: annual ÷ 12 ÷ days in the month, rounded to the penny per month),
 * each month counted in the financial year it falls in. The contractual salary is the day's: pay
 * awards not yet made are not guessed.
 */
public final class ProtectionCost {

  private ProtectionCost() {}

  /**
   * @return pence by the financial year's first calendar year ("2026" for 2026-27), in order; empty
   *     when the protection is not active on the day
   */
  public static Map<Integer, Long> byFinancialYear(
      Protection protection,
      LocalDate day,
      Money contractualFullTime,
      WeeklyHours hours,
      WeeklyHours fullTimeHours) {
    TreeMap<Integer, Long> years = new TreeMap<>();
    if (!protection.isActiveOn(day)) {
      return years;
    }
    BigDecimal contractual = BigDecimal.valueOf(contractualFullTime.pence());
    PayTimeline.Builder allowance = PayTimeline.proRata(fullTimeHours);
    allowance.from(
        day, protection.paidFullTimeOn(day, contractualFullTime).subtract(contractual), hours);
    for (LocalDate change : protection.changeDates().tailSet(day, false)) {
      allowance.from(
          change,
          protection.paidFullTimeOn(change, contractualFullTime).subtract(contractual),
          hours);
    }
    for (MonthlyAmount month :
        allowance.build().monthlyAmounts(day, protection.lastProtectedDay())) {
      years.merge(
          FinancialYear.containing(month.month().atDay(1)).startYear(),
          month.amount().pence(),
          Math::addExact);
    }
    return years;
  }
}
