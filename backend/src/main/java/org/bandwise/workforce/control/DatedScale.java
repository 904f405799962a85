package org.bandwise.workforce.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A band's pay scale for one pay zone from its effective date: its points, in point order. Only
 * agreed, unretired scales belong here; a proposed scale never pays anyone.
 */
public record DatedScale(
    BandRef band, String zone, LocalDate effectiveFrom, List<ScalePoint> points) {

  public DatedScale {
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    points = points.stream().sorted(Comparator.comparingInt(ScalePoint::number)).toList();
    if (points.isEmpty()) {
      throw new IllegalArgumentException("a scale has at least one point: " + band.name());
    }
    for (int i = 1; i < points.size(); i++) {
      if (points.get(i).number() == points.get(i - 1).number()) {
        throw new IllegalArgumentException(
            band.name() + " lists point " + points.get(i).number() + " twice");
      }
    }
  }

  public Optional<ScalePoint> point(int number) {
    return points.stream().filter(p -> p.number() == number).findFirst();
  }

  public ScalePoint first() {
    return points.get(0);
  }

  public ScalePoint top() {
    return points.get(points.size() - 1);
  }
}
