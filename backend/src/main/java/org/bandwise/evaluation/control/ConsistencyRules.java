package org.bandwise.evaluation.control;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * A factor is flagged when its level is 2 or more from the median level the same role family's
 * other published JDs got for it. A check is required before publishing when any factor is flagged
 * or the total is near a band boundary, where one level either way changes someone's pay.
 */
public final class ConsistencyRules {

  public static final double FLAG_DISTANCE = 2.0;

  private ConsistencyRules() {}

  public static OptionalDouble median(Collection<Integer> levels) {
    if (levels.isEmpty()) {
      return OptionalDouble.empty();
    }
    int[] sorted = levels.stream().mapToInt(Integer::intValue).sorted().toArray();
    int middle = sorted.length / 2;
    return OptionalDouble.of(
        sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0);
  }

  public static boolean flagged(int level, OptionalDouble familyMedian) {
    return familyMedian.isPresent()
        && Math.abs(level - familyMedian.getAsDouble()) >= FLAG_DISTANCE;
  }

  public static boolean checkRequired(boolean nearBoundary, long flaggedFactors) {
    return nearBoundary || flaggedFactors > 0;
  }
}
