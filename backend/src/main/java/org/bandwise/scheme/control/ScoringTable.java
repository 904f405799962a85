package org.bandwise.scheme.control;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What scoring needs from one scheme version, free of persistence: its factors with the points of
 * each level, its band ranges (lowest first) and how close to a band's first score counts as near a
 * boundary.
 */
public record ScoringTable(
    UUID schemeId, int nearBoundaryPoints, List<Factor> factors, List<Range> ranges) {

  public ScoringTable {
    factors = List.copyOf(factors);
    ranges = ranges.stream().sorted(Comparator.comparingInt(Range::minScore)).toList();
  }

  /** A factor and the points of its levels; {@code points.get(0)} is level 1. */
  public record Factor(String code, String name, List<Integer> points) {
    public Factor {
      points = List.copyOf(points);
    }

    public int levels() {
      return points.size();
    }

    public int pointsAt(int level) {
      return points.get(level - 1);
    }
  }

  /** A pay band's range of totals, both ends inclusive. */
  public record Range(UUID bandId, String band, String bandName, int minScore, int maxScore) {
    public boolean holds(int total) {
      return total >= minScore && total <= maxScore;
    }
  }

  public Optional<Factor> factor(String code) {
    return factors.stream().filter(f -> f.code().equals(code)).findFirst();
  }

  public Optional<Range> rangeHolding(int total) {
    return ranges.stream().filter(r -> r.holds(total)).findFirst();
  }

  /** The first range that starts above the total. */
  public Optional<Range> nextRangeAbove(int total) {
    return ranges.stream().filter(r -> r.minScore() > total).findFirst();
  }
}
