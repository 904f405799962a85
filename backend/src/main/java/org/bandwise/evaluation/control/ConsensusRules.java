package org.bandwise.evaluation.control;

import java.util.Collection;

/**
 * Members' provisional levels for a factor need discussion when they are 2 or more levels apart.
 */
public final class ConsensusRules {

  public static final int DIFFERENCE_TO_DISCUSS = 2;

  private ConsensusRules() {}

  public static boolean differ(Collection<Integer> levels) {
    if (levels.isEmpty()) {
      return false;
    }
    int lowest = levels.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int highest = levels.stream().mapToInt(Integer::intValue).max().orElseThrow();
    return highest - lowest >= DIFFERENCE_TO_DISCUSS;
  }
}
