package org.bandwise.scheme.control;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeSet;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.error.FieldProblem;

/**
 * Turns one level per factor into a total and a band. The rules: every factor must have a level
 * within 1..n; the band is the range holding the total (both ends inclusive), and a total inside no
 * range has no band rather than the nearest one; a total is near a boundary when it is within the
 * scheme's distance (default 10) of the first score of any band other than the lowest, on either
 * side, because a small change of one level could then move the role across it.
 */
public final class Scoring {

  private Scoring() {}

  /**
   * Scores a complete set of levels.
   *
   * @throws InvalidInput naming {@code levels.<factor>} for each missing, unknown or out-of-range
   *     factor
   */
  public static ScoreOutcome score(ScoringTable table, Map<String, Integer> levels) {
    var problems = new ArrayList<FieldProblem>();
    int total = 0;
    for (ScoringTable.Factor factor : table.factors()) {
      Integer level = levels == null ? null : levels.get(factor.code());
      String field = "levels." + factor.code();
      if (level == null) {
        problems.add(new FieldProblem(field, "Choose a level for " + factor.name() + "."));
      } else if (level < 1 || level > factor.levels()) {
        problems.add(
            new FieldProblem(
                field,
                factor.name() + " has levels 1 to " + factor.levels() + ", not " + level + "."));
      } else {
        total += factor.pointsAt(level);
      }
    }
    if (levels != null) {
      for (String code : new TreeSet<>(levels.keySet())) {
        if (table.factor(code).isEmpty()) {
          problems.add(
              new FieldProblem("levels." + code, "This scheme has no factor " + code + "."));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return outcomeOf(table, total);
  }

  /** The band, next boundary and near-boundary verdict for a total. */
  public static ScoreOutcome outcomeOf(ScoringTable table, int total) {
    var band = table.rangeHolding(total).orElse(null);
    var next = table.nextRangeAbove(total).orElse(null);
    return new ScoreOutcome(total, band, next, isNearBoundary(table, total));
  }

  static boolean isNearBoundary(ScoringTable table, int total) {
    return table.ranges().stream()
        .skip(1)
        .anyMatch(r -> Math.abs(total - r.minScore()) <= table.nearBoundaryPoints());
  }
}
