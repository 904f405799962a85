package org.bandwise.payband.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.bandwise.platform.error.FieldProblem;

/**
 * A percentage pay award applied to a scale: every salary is multiplied by (1 + percent / 100) and
 * rounded to the nearest penny, halves rounded up (£100.005 becomes £100.01). Rounding each point
 * on its own is how pay awards are published (each point's new salary is stated), and rounding half
 * up never pays anyone less than the award. The uplift is 0–100 % with at most two decimal places.
 */
public final class PayUplift {

  public static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(100);

  private PayUplift() {}

  /** What is wrong with the percentage, if anything (an empty list when it can be applied). */
  public static List<FieldProblem> check(BigDecimal percent) {
    List<FieldProblem> problems = new ArrayList<>();
    if (percent == null) {
      problems.add(
          new FieldProblem("upliftPercent", "Enter the uplift as a percentage, like 3.5."));
    } else if (percent.signum() < 0 || percent.compareTo(MAX_PERCENT) > 0) {
      problems.add(new FieldProblem("upliftPercent", "The uplift must be between 0% and 100%."));
    } else if (percent.stripTrailingZeros().scale() > 2) {
      problems.add(
          new FieldProblem(
              "upliftPercent", "Enter the uplift with no more than 2 decimal places, like 3.25."));
    }
    return problems;
  }

  /** The salary after the uplift, in whole pence (half a penny or more rounds up). */
  public static long apply(long pence, BigDecimal percent) {
    BigDecimal factor = BigDecimal.ONE.add(percent.movePointLeft(2));
    return BigDecimal.valueOf(pence)
        .multiply(factor)
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }
}
