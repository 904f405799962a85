package org.bandwise.rebanding.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * The equality impact of a re-banding: for sex, ethnic group, disability and age band (age on the
 * effective date), each group's headcount in scope and the share of it downgraded, beside the same
 * for everyone else in scope.
 *
 * <p>A group is suppressed ("Fewer than 5", no figures) when it or everyone else has fewer people
 * than the minimum: everyone else's figures and the re-banding's totals together would give the
 * small group's away by subtraction. Every category of each characteristic is listed, even when
 * empty (so an absent row reveals nothing); "Not recorded" only when someone's data is missing.
 * Added person by person; memory does not grow with the headcount.
 */
public final class EqualityImpact {

  /** The label of people whose data is missing. */
  public static final String NOT_RECORDED = "Not recorded";

  /**
   * One group's row. Figures are null when suppressed.
   *
   * @param downgradedPercent the share of the group downgraded, to one decimal place
   * @param othersDowngradedPercent the share of everyone else in scope downgraded
   */
  public record GroupShare(
      String group,
      boolean suppressed,
      Integer headcount,
      Integer downgraded,
      BigDecimal downgradedPercent,
      Integer othersHeadcount,
      Integer othersDowngraded,
      BigDecimal othersDowngradedPercent) {}

  /** The groups of one characteristic. */
  public record Breakdown(EqualityCharacteristic characteristic, List<GroupShare> groups) {
    public Breakdown {
      groups = List.copyOf(groups);
    }
  }

  private final LocalDate effectiveFrom;
  private final SmallGroups smallGroups;
  private final Map<EqualityCharacteristic, Map<String, int[]>> counts = new LinkedHashMap<>();
  private int total;
  private int totalDown;

  public EqualityImpact(LocalDate effectiveFrom, SmallGroups smallGroups) {
    this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
    this.smallGroups = Objects.requireNonNull(smallGroups);
    Map<String, int[]> sex = new LinkedHashMap<>();
    for (Sex s : Sex.values()) {
      sex.put(s.label(), new int[2]);
    }
    Map<String, int[]> ethnic = new LinkedHashMap<>();
    for (EthnicGroup e : EthnicGroup.values()) {
      ethnic.put(e.label(), new int[2]);
    }
    Map<String, int[]> disability = new LinkedHashMap<>();
    for (Disability d : Disability.values()) {
      disability.put(d.label(), new int[2]);
    }
    Map<String, int[]> age = new LinkedHashMap<>();
    for (AgeBand a : AgeBand.values()) {
      age.put(a.label(), new int[2]);
    }
    counts.put(EqualityCharacteristic.SEX, sex);
    counts.put(EqualityCharacteristic.ETHNIC_GROUP, ethnic);
    counts.put(EqualityCharacteristic.DISABILITY, disability);
    counts.put(EqualityCharacteristic.AGE_BAND, age);
  }

  /** Adds one person in scope; any of their equality data may be missing (null). */
  public EqualityImpact add(
      Sex sex,
      EthnicGroup ethnicGroup,
      Disability disability,
      LocalDate dateOfBirth,
      Change change) {
    boolean downgraded = change == Change.DOWN;
    total++;
    if (downgraded) {
      totalDown++;
    }
    count(EqualityCharacteristic.SEX, sex == null ? null : sex.label(), downgraded);
    count(
        EqualityCharacteristic.ETHNIC_GROUP,
        ethnicGroup == null ? null : ethnicGroup.label(),
        downgraded);
    count(
        EqualityCharacteristic.DISABILITY,
        disability == null ? null : disability.label(),
        downgraded);
    count(
        EqualityCharacteristic.AGE_BAND,
        dateOfBirth == null ? null : AgeBand.of(dateOfBirth, effectiveFrom).label(),
        downgraded);
    return this;
  }

  private void count(EqualityCharacteristic characteristic, String group, boolean downgraded) {
    int[] c =
        counts
            .get(characteristic)
            .computeIfAbsent(group == null ? NOT_RECORDED : group, g -> new int[2]);
    c[0]++;
    if (downgraded) {
      c[1]++;
    }
  }

  public List<Breakdown> result() {
    List<Breakdown> breakdowns = new ArrayList<>();
    for (Map.Entry<EqualityCharacteristic, Map<String, int[]>> characteristic : counts.entrySet()) {
      List<GroupShare> groups = new ArrayList<>();
      for (Map.Entry<String, int[]> group : characteristic.getValue().entrySet()) {
        int headcount = group.getValue()[0];
        int down = group.getValue()[1];
        int others = total - headcount;
        int othersDown = totalDown - down;
        if (smallGroups.suppresses(headcount) || smallGroups.suppresses(others)) {
          groups.add(new GroupShare(group.getKey(), true, null, null, null, null, null, null));
        } else {
          groups.add(
              new GroupShare(
                  group.getKey(),
                  false,
                  headcount,
                  down,
                  Percentages.share(down, headcount),
                  others,
                  othersDown,
                  Percentages.share(othersDown, others)));
        }
      }
      breakdowns.add(new Breakdown(characteristic.getKey(), groups));
    }
    return breakdowns;
  }
}
