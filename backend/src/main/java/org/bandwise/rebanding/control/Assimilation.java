package org.bandwise.rebanding.control;

import java.util.Objects;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.workforce.control.BandRef;
import org.bandwise.workforce.control.DatedScale;
import org.bandwise.workforce.control.PayPosition;
import org.bandwise.workforce.control.ScalePoint;

/**
 * Places someone on the new band's scale when their role is re-banded. Salaries are compared
 * full-time, on the effective date, so part-time staff land on the same point as full-time
 * colleagues on the same point. Whether the move is up or down is the bands' rank, not the
 * salaries: bands can overlap. The same band changes nothing.
 */
public final class Assimilation {

  private Assimilation() {}

  /** The outcome: the direction, and the new point with its full-time salary on the day. */
  public record Result(Change change, ScalePoint point) {
    public Result {
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(point, "point");
    }
  }

  /**
   * @param current the position held the day before the effective date
   * @param currentFullTime the full-time salary of the current point on the effective date
   * @param newScale the new band's scale in force on the effective date for the person's zone
   *     (ignored when the band does not change)
   * @throws InvalidInput naming {@code band} when the new band is a different band at the same
   *     rank, so neither up nor down
   */
  public static Result assimilate(
      PayPosition current,
      Money currentFullTime,
      BandRef newBand,
      DatedScale newScale,
      AssimilationPolicy policy) {
    if (newBand.id().equals(current.band().id())) {
      return new Result(Change.SAME, new ScalePoint(current.point(), currentFullTime));
    }
    if (!newScale.band().id().equals(newBand.id())) {
      throw new IllegalArgumentException("the scale given is not " + newBand.name() + "'s");
    }
    if (newBand.rank() == current.band().rank()) {
      throw new InvalidInput(
          "band",
          newBand.name()
              + " and "
              + current.band().name()
              + " are at the same level, so a re-banding cannot move anyone between them.");
    }
    return newBand.rank() > current.band().rank()
        ? new Result(Change.UP, up(currentFullTime, newScale, policy.up()))
        : new Result(Change.DOWN, down(currentFullTime, newScale, policy.down()));
  }

  /**
   * Moving up someone whose pay is protected from an earlier downgrade (an upheld appeal restoring
   * their band, say): they are placed from the salary they are protected at, on the lowest point
   * paying at least that (the top point when none does), so a restored band gives them back the pay
   * they had, not the lower point their downgraded salary would reach. Moving down, or when their
   * own salary is the higher, the structure's rules apply as for anyone.
   */
  public static Result restoring(
      PayPosition current,
      Money currentFullTime,
      Money protectedFullTime,
      BandRef newBand,
      DatedScale newScale,
      AssimilationPolicy policy) {
    Result usual = assimilate(current, currentFullTime, newBand, newScale, policy);
    if (usual.change() != Change.UP || protectedFullTime.compareTo(currentFullTime) <= 0) {
      return usual;
    }
    ScalePoint restored =
        up(protectedFullTime, newScale, AssimilationPolicy.UpRule.LOWEST_POINT_NOT_BELOW);
    return restored.fullTimeAnnual().compareTo(usual.point().fullTimeAnnual()) > 0
        ? new Result(Change.UP, restored)
        : usual;
  }

  static ScalePoint up(Money current, DatedScale scale, AssimilationPolicy.UpRule rule) {
    switch (rule) {
      case FIRST_POINT:
        return scale.first();
      case LOWEST_POINT_NOT_BELOW:
        return scale.points().stream()
            .filter(p -> p.fullTimeAnnual().compareTo(current) >= 0)
            .findFirst()
            .orElse(scale.top());
      case LOWEST_POINT_ABOVE:
      default:
        return scale.points().stream()
            .filter(p -> p.fullTimeAnnual().compareTo(current) > 0)
            .findFirst()
            .orElse(scale.top());
    }
  }

  static ScalePoint down(Money current, DatedScale scale, AssimilationPolicy.DownRule rule) {
    switch (rule) {
      case FIRST_POINT:
        return scale.first();
      case TOP_POINT:
        return scale.top();
      case HIGHEST_POINT_NOT_ABOVE:
      default:
        ScalePoint chosen = scale.first();
        for (ScalePoint point : scale.points()) {
          if (point.fullTimeAnnual().compareTo(current) <= 0) {
            chosen = point;
          }
        }
        return chosen;
    }
  }
}
