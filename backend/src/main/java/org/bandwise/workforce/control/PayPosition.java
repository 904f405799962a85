package org.bandwise.workforce.control;

import java.util.Objects;

/** Where someone sits on the pay scales: band, pay zone, pay point and contracted weekly hours. */
public record PayPosition(BandRef band, String zone, int point, WeeklyHours hours) {

  public PayPosition {
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(hours, "hours");
  }

  public PayPosition atPoint(BandRef newBand, int newPoint) {
    return new PayPosition(newBand, zone, newPoint, hours);
  }
}
