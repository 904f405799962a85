package org.bandwise.report.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import org.bandwise.evaluation.control.ConsistencyRules;

/**
 * Count, median, mean and longest of a set of waits in days. The median is the evaluation queue's
 * ({@link ConsistencyRules#median}: of an even count, the mean of the middle two), kept to one
 * decimal place here as the mean is; both are null when there are no waits.
 */
public record WaitingTimes(
    int count, BigDecimal medianDays, BigDecimal meanDays, Integer longestDays) {

  public static WaitingTimes of(Collection<Integer> days) {
    if (days.isEmpty()) {
      return new WaitingTimes(0, null, null, null);
    }
    long sum = 0;
    int longest = 0;
    for (int d : days) {
      sum += d;
      longest = Math.max(longest, d);
    }
    BigDecimal median =
        BigDecimal.valueOf(ConsistencyRules.median(days).getAsDouble())
            .setScale(1, RoundingMode.HALF_UP);
    BigDecimal mean =
        BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(days.size()), 1, RoundingMode.HALF_UP);
    return new WaitingTimes(days.size(), median, mean, longest);
  }
}
