package org.bandwise.report.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bandwise.workforce.control.AgeBand;
import org.bandwise.workforce.control.Disability;
import org.bandwise.workforce.control.EqualityCharacteristic;
import org.bandwise.workforce.control.EthnicGroup;
import org.bandwise.workforce.control.Percentages;
import org.bandwise.workforce.control.Sex;
import org.bandwise.workforce.control.SmallGroups;
import org.bandwise.workforce.control.WeeklyHours;

/**
 * The workforce by band on a day: headcount, full-time equivalents and pay bill (contractual, what
 * protection adds, and paid), by structure and band and by unit, structure and band; and
 * representation — the share of each sex, ethnic group, disability status and age band at each band
 * beside the whole workforce's share, so claims such as "our diverse staff are concentrated in the
 * lower grades" can be checked.
 *
 * <p><b>FTE</b> is weekly hours over the full-time week (37 by default), summed exactly in
 * hundredths of an hour and rounded half up to two decimal places at the end. People without a band
 * are counted under no band. <b>Representation</b>: a group of fewer than 5 people (configurable)
 * at a band, or in the whole workforce, is suppressed — no headcount or share is given for it; "Not
 * recorded" is a group of its own, so shares add up to 100 % of the band.
 *
 * <p>Aggregates only: a few counters per band and group, nothing per person. People may be added
 * one at a time ({@link #add}) or, as a report's query groups them, many at once: their pay by unit
 * and band ({@link #addPay}) and their characteristics by band ({@link #addPeople}).
 */
public final class BandDistribution {

  /** A row's key: unit (or null), structure and band (null when none). */
  public record Key(String unitId, String structureId, String bandId) {}

  /** One row: headcount, FTE and pay bill. */
  public record Row(
      Key key,
      int headcount,
      BigDecimal fte,
      long contractualPence,
      long protectionPence,
      long paidPence,
      int protectedHeadcount) {}

  /** One group's share at a band (or, with a null band key, of the whole workforce). */
  public record Share(
      Key band,
      EqualityCharacteristic characteristic,
      String group,
      boolean suppressed,
      Integer headcount,
      BigDecimal percent,
      Integer workforceHeadcount,
      BigDecimal workforcePercent) {}

  public record Result(Row total, List<Row> bands, List<Row> units, List<Share> representation) {
    public Result {
      bands = List.copyOf(bands);
      units = List.copyOf(units);
      representation = List.copyOf(representation);
    }
  }

  static final String NOT_RECORDED = "Not recorded";

  private static final class Totals {
    int headcount;
    long hoursHundredths;
    long contractual;
    long protection;
    long paid;
    int protectedHeadcount;

    void add(long hoursHundredths, long contractual, long protection, int people) {
      headcount += people;
      this.hoursHundredths += hoursHundredths * people;
      this.contractual += contractual * people;
      this.protection += protection * people;
      this.paid += (contractual + protection) * people;
      if (protection > 0) {
        protectedHeadcount += people;
      }
    }
  }

  private final SmallGroups smallGroups;
  private final long fullTimeHundredths;
  private final Totals total = new Totals();
  private final Map<Key, Totals> bands = new LinkedHashMap<>();
  private final Map<Key, Totals> units = new LinkedHashMap<>();
  // band key → characteristic → group label → count
  private final Map<Key, Map<EqualityCharacteristic, Map<String, Integer>>> groups =
      new LinkedHashMap<>();
  private final Map<EqualityCharacteristic, Map<String, Integer>> workforce = new LinkedHashMap<>();

  public BandDistribution(SmallGroups smallGroups, WeeklyHours fullTimeHours) {
    this.smallGroups = Objects.requireNonNull(smallGroups);
    this.fullTimeHundredths = hundredths(fullTimeHours);
  }

  public BandDistribution() {
    this(SmallGroups.DEFAULT, WeeklyHours.DEFAULT_FULL_TIME);
  }

  private static long hundredths(WeeklyHours hours) {
    return hours.value().movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** Adds one person employed on the day. */
  public BandDistribution add(PersonOnDay p) {
    addPay(p, 1);
    addPeople(p, 1);
    return this;
  }

  /**
   * Adds the headcount, hours and pay of {@code people} people who share the unit, band, hours and
   * pay of {@code p} (a report's query groups them); their characteristics are added by {@link
   * #addPeople}. Together the two are the same as adding each person.
   */
  public BandDistribution addPay(PersonOnDay p, int people) {
    long h = hundredths(p.hours());
    total.add(h, p.contractualPence(), p.protectionPence(), people);
    Key band = new Key(null, p.structureId(), p.bandId());
    bands
        .computeIfAbsent(band, k -> new Totals())
        .add(h, p.contractualPence(), p.protectionPence(), people);
    units
        .computeIfAbsent(new Key(p.unitId(), p.structureId(), p.bandId()), k -> new Totals())
        .add(h, p.contractualPence(), p.protectionPence(), people);
    return this;
  }

  /**
   * Adds {@code people} people who share the band, sex, ethnic group, disability status and age
   * band of {@code p} to the representation (their pay is added by {@link #addPay}).
   */
  public BandDistribution addPeople(PersonOnDay p, int people) {
    Key band = new Key(null, p.structureId(), p.bandId());
    count(
        band,
        EqualityCharacteristic.SEX,
        p.sex() == null ? NOT_RECORDED : p.sex().plural(),
        people);
    count(
        band,
        EqualityCharacteristic.ETHNIC_GROUP,
        p.ethnicGroup() == null ? NOT_RECORDED : p.ethnicGroup().label(),
        people);
    count(
        band,
        EqualityCharacteristic.DISABILITY,
        p.disability() == null ? NOT_RECORDED : p.disability().label(),
        people);
    count(
        band,
        EqualityCharacteristic.AGE_BAND,
        p.ageBand() == null ? NOT_RECORDED : p.ageBand().label(),
        people);
    return this;
  }

  private void count(Key band, EqualityCharacteristic c, String group, int people) {
    groups
        .computeIfAbsent(band, k -> new LinkedHashMap<>())
        .computeIfAbsent(c, k -> new LinkedHashMap<>())
        .merge(group, people, Integer::sum);
    workforce.computeIfAbsent(c, k -> new LinkedHashMap<>()).merge(group, people, Integer::sum);
  }

  private Row row(Key key, Totals t) {
    BigDecimal fte =
        BigDecimal.valueOf(t.hoursHundredths)
            .divide(BigDecimal.valueOf(fullTimeHundredths), 2, RoundingMode.HALF_UP);
    return new Row(
        key, t.headcount, fte, t.contractual, t.protection, t.paid, t.protectedHeadcount);
  }

  /** The groups of a characteristic in the order reports list them. */
  static List<String> groupOrder(EqualityCharacteristic c) {
    List<String> order = new ArrayList<>();
    switch (c) {
      case SEX -> {
        for (Sex s : Sex.values()) {
          order.add(s.plural());
        }
      }
      case ETHNIC_GROUP -> {
        for (EthnicGroup e : EthnicGroup.values()) {
          order.add(e.label());
        }
      }
      case DISABILITY -> {
        for (Disability d : Disability.values()) {
          order.add(d.label());
        }
      }
      default -> {
        for (AgeBand a : AgeBand.values()) {
          order.add(a.label());
        }
      }
    }
    order.add(NOT_RECORDED);
    return order;
  }

  /** The result; {@code bandOrder} sorts the band rows (for example by structure and rank). */
  public Result result(Comparator<Key> bandOrder) {
    List<Key> bandKeys = new ArrayList<>(bands.keySet());
    bandKeys.sort(bandOrder);
    List<Row> bandRows = new ArrayList<>();
    List<Share> shares = new ArrayList<>();
    for (Key k : bandKeys) {
      Totals t = bands.get(k);
      bandRows.add(row(k, t));
      Map<EqualityCharacteristic, Map<String, Integer>> byCharacteristic =
          groups.getOrDefault(k, Map.of());
      for (EqualityCharacteristic c : EqualityCharacteristic.values()) {
        Map<String, Integer> counts = byCharacteristic.getOrDefault(c, Map.of());
        Map<String, Integer> all = workforce.getOrDefault(c, Map.of());
        // shares of the people counted by characteristic (everyone at the band and in the
        // workforce, when pay and characteristics were read from the same data)
        int atBand = sum(counts);
        int inWorkforce = sum(all);
        for (String group : groupOrder(c)) {
          int n = counts.getOrDefault(group, 0);
          int w = all.getOrDefault(group, 0);
          if (w == 0) {
            continue;
          }
          shares.add(share(k, c, group, n, atBand, w, inWorkforce));
        }
      }
    }
    List<Key> unitKeys = new ArrayList<>(units.keySet());
    unitKeys.sort(
        Comparator.comparing((Key k) -> k.unitId() == null ? "" : k.unitId())
            .thenComparing(
                (a, b) ->
                    bandOrder.compare(
                        new Key(null, a.structureId(), a.bandId()),
                        new Key(null, b.structureId(), b.bandId()))));
    List<Row> unitRows = new ArrayList<>();
    for (Key k : unitKeys) {
      unitRows.add(row(k, units.get(k)));
    }
    return new Result(row(new Key(null, null, null), total), bandRows, unitRows, shares);
  }

  private static int sum(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  private Share share(
      Key band,
      EqualityCharacteristic c,
      String group,
      int n,
      int bandCount,
      int w,
      int workforceCount) {
    boolean suppressed = n > 0 && smallGroups.suppresses(n) || smallGroups.suppresses(w);
    if (suppressed) {
      return new Share(band, c, group, true, null, null, null, null);
    }
    return new Share(
        band,
        c,
        group,
        false,
        n,
        Percentages.share(n, bandCount),
        w,
        Percentages.share(w, workforceCount));
  }
}
