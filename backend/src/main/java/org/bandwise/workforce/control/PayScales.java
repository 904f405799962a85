package org.bandwise.workforce.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RuleConflict;

/**
 * The agreed pay scales of a pay structure over time. The scale in force on a day for a band and
 * zone is the one with the latest effective date on or before that day, so a pay award takes effect
 * from its own date and stays in force until the next one.
 */
public final class PayScales {

  private final Map<String, Map<String, TreeMap<LocalDate, DatedScale>>> byBandAndZone =
      new HashMap<>();

  public PayScales(Collection<DatedScale> scales) {
    for (DatedScale scale : scales) {
      TreeMap<LocalDate, DatedScale> timeline =
          byBandAndZone
              .computeIfAbsent(scale.band().id(), k -> new HashMap<>())
              .computeIfAbsent(scale.zone(), k -> new TreeMap<>());
      if (timeline.putIfAbsent(scale.effectiveFrom(), scale) != null) {
        throw new IllegalArgumentException(
            scale.band().name()
                + " has two "
                + scale.zone()
                + " scales from "
                + scale.effectiveFrom());
      }
    }
  }

  private TreeMap<LocalDate, DatedScale> timeline(BandRef band, String zone) {
    Map<String, TreeMap<LocalDate, DatedScale>> zones = byBandAndZone.get(band.id());
    return zones == null ? null : zones.get(zone);
  }

  public Optional<DatedScale> inForce(BandRef band, String zone, LocalDate day) {
    TreeMap<LocalDate, DatedScale> timeline = timeline(band, zone);
    if (timeline == null) {
      return Optional.empty();
    }
    Map.Entry<LocalDate, DatedScale> entry = timeline.floorEntry(day);
    return entry == null ? Optional.empty() : Optional.of(entry.getValue());
  }

  /**
   * The scale in force for the band and zone on the day.
   *
   * @throws RuleConflict when the band has no scale in force for the zone that day
   */
  public DatedScale requireInForce(BandRef band, String zone, LocalDate day) {
    return inForce(band, zone, day)
        .orElseThrow(
            () ->
                new RuleConflict(
                    band.name()
                        + " has no pay scale for this pay zone in force on "
                        + DisplayDates.format(day)
                        + "."));
  }

  /**
   * The full-time annual salary of the position's point on the day.
   *
   * @throws RuleConflict when no scale is in force that day
   * @throws InvalidInput naming {@code payPoint} when the scale in force has no such point
   */
  public Money fullTimeSalary(PayPosition position, LocalDate day) {
    DatedScale scale = requireInForce(position.band(), position.zone(), day);
    return scale
        .point(position.point())
        .map(ScalePoint::fullTimeAnnual)
        .orElseThrow(
            () ->
                new InvalidInput(
                    "payPoint",
                    position.band().name()
                        + " has no pay point "
                        + position.point()
                        + " on its scale in force on "
                        + DisplayDates.format(day)
                        + "."));
  }

  /** The days after {@code after} and on or before {@code until} on which a new scale starts. */
  public NavigableSet<LocalDate> changesBetween(
      BandRef band, String zone, LocalDate after, LocalDate until) {
    TreeMap<LocalDate, DatedScale> timeline = timeline(band, zone);
    if (timeline == null || until.isBefore(after)) {
      return new TreeSet<>();
    }
    return new TreeSet<>(timeline.subMap(after, false, until, true).keySet());
  }
}
