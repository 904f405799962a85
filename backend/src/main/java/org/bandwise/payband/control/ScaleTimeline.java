package org.bandwise.payband.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bandwise.payband.entity.ScaleStatus;

/**
 * Which scale is in force when. For a band and zone, the scale in force on a day is the one with
 * the latest effective date on or before that day, ignoring retired scales and, unless asked for,
 * proposed ones.
 */
public final class ScaleTimeline {

  /** The facts about a scale that decide when it applies. */
  public record ScaleFacts(
      String id, String zone, LocalDate effectiveFrom, ScaleStatus status, boolean retired) {}

  /** Where a scale sits against a day. */
  public enum Timing {
    PAST,
    CURRENT,
    FUTURE
  }

  private final List<ScaleFacts> scales;

  public ScaleTimeline(List<ScaleFacts> scalesOfOneBand) {
    this.scales = List.copyOf(scalesOfOneBand);
  }

  public Optional<ScaleFacts> inForce(String zone, LocalDate day, boolean includeProposed) {
    return scales.stream()
        .filter(s -> s.zone().equals(zone) && !s.retired() && !s.effectiveFrom().isAfter(day))
        .filter(s -> includeProposed || s.status() == ScaleStatus.AGREED)
        .max(Comparator.comparing(ScaleFacts::effectiveFrom));
  }

  /**
   * FUTURE when it starts after the day; PAST when an agreed scale for the same zone took over
   * after it, on or before the day; else CURRENT (a proposed scale that has started but not been
   * replaced is also CURRENT: it is the live proposal).
   */
  public Timing timing(ScaleFacts scale, LocalDate day) {
    if (scale.effectiveFrom().isAfter(day)) {
      return Timing.FUTURE;
    }
    boolean replaced =
        scales.stream()
            .anyMatch(
                other ->
                    !other.id().equals(scale.id())
                        && other.zone().equals(scale.zone())
                        && !other.retired()
                        && other.status() == ScaleStatus.AGREED
                        && other.effectiveFrom().isAfter(scale.effectiveFrom())
                        && !other.effectiveFrom().isAfter(day));
    return replaced ? Timing.PAST : Timing.CURRENT;
  }
}
