package org.bandwise.rebanding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bandwise.rebanding.control.EqualityImpact.Breakdown;
import org.bandwise.rebanding.control.EqualityImpact.GroupShare;
import org.bandwise.workforce.control.Disability;
import org.bandwise.workforce.control.EqualityCharacteristic;
import org.bandwise.workforce.control.EthnicGroup;
import org.bandwise.workforce.control.Sex;
import org.bandwise.workforce.control.SmallGroups;
import org.junit.jupiter.api.Test;

class EqualityImpactTest {

  static final LocalDate EFFECTIVE = LocalDate.of(2026, 8, 1);

  static GroupShare group(List<Breakdown> result, EqualityCharacteristic c, String name) {
    return result.stream()
        .filter(b -> b.characteristic() == c)
        .flatMap(b -> b.groups().stream())
        .filter(g -> g.group().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** Six women (four downgraded) and six men (one downgraded); ten White, two Black. */
  static List<Breakdown> twelvePeople(SmallGroups rule) {
    EqualityImpact impact = new EqualityImpact(EFFECTIVE, rule);
    for (int i = 0; i < 6; i++) {
      impact.add(
          Sex.F,
          i < 5 ? EthnicGroup.WHITE : EthnicGroup.BLACK,
          Disability.N,
          LocalDate.of(1990, 1, 1),
          i < 4 ? Change.DOWN : Change.SAME);
    }
    for (int i = 0; i < 6; i++) {
      impact.add(
          Sex.M,
          i < 5 ? EthnicGroup.WHITE : EthnicGroup.BLACK,
          i < 3 ? Disability.Y : Disability.N,
          i < 5 ? LocalDate.of(1990, 1, 1) : LocalDate.of(2002, 8, 2),
          i < 1 ? Change.DOWN : Change.UP);
    }
    return impact.result();
  }

  @Test
  void eachGroupsShareDowngradedBesideEveryoneElses() {
    GroupShare women =
        group(twelvePeople(SmallGroups.DEFAULT), EqualityCharacteristic.SEX, "Female");
    assertFalse(women.suppressed());
    assertEquals(6, women.headcount());
    assertEquals(4, women.downgraded());
    assertEquals(new BigDecimal("66.7"), women.downgradedPercent());
    assertEquals(6, women.othersHeadcount());
    assertEquals(1, women.othersDowngraded());
    assertEquals(new BigDecimal("16.7"), women.othersDowngradedPercent());
  }

  @Test
  void aGroupUnderFiveShowsNoFigures() {
    List<Breakdown> result = twelvePeople(SmallGroups.DEFAULT);
    GroupShare black = group(result, EqualityCharacteristic.ETHNIC_GROUP, "Black");
    assertTrue(black.suppressed());
    assertNull(black.headcount());
    assertNull(black.downgraded());
    assertNull(black.downgradedPercent());
    assertNull(black.othersHeadcount());
    assertNull(black.othersDowngradedPercent());
    assertTrue(group(result, EqualityCharacteristic.DISABILITY, "Disabled").suppressed());
    assertTrue(
        group(result, EqualityCharacteristic.ETHNIC_GROUP, "Asian").suppressed(),
        "nobody is fewer than 5 too");
  }

  @Test
  void aGroupWhoseEveryoneElseIsUnderFiveShowsNoFiguresEither() {
    // ten White and two others: White's figures and the totals would give the two away
    GroupShare white =
        group(twelvePeople(SmallGroups.DEFAULT), EqualityCharacteristic.ETHNIC_GROUP, "White");
    assertTrue(white.suppressed());
    assertNull(white.headcount());
  }

  @Test
  void theMinimumIsConfigurable() {
    List<Breakdown> result = twelvePeople(new SmallGroups(2));
    GroupShare black = group(result, EqualityCharacteristic.ETHNIC_GROUP, "Black");
    assertFalse(black.suppressed());
    assertEquals(2, black.headcount());
    assertEquals(new BigDecimal("0.0"), black.downgradedPercent());
    assertEquals(new BigDecimal("50.0"), black.othersDowngradedPercent());
    assertTrue(group(result, EqualityCharacteristic.ETHNIC_GROUP, "Asian").suppressed());
  }

  @Test
  void ageBandsAreTakenOnTheEffectiveDate() {
    List<Breakdown> result = twelvePeople(new SmallGroups(1));
    // born 2 August 2002: 23 on 1 August 2026
    assertEquals(1, group(result, EqualityCharacteristic.AGE_BAND, "Under 25").headcount());
    assertEquals(11, group(result, EqualityCharacteristic.AGE_BAND, "35 to 44").headcount());
  }

  @Test
  void everyCategoryIsListedAndMissingDataIsNotRecorded() {
    EqualityImpact impact = new EqualityImpact(EFFECTIVE, SmallGroups.DEFAULT);
    impact.add(null, null, null, null, Change.DOWN);
    List<Breakdown> result = impact.result();
    assertEquals(
        List.of("Female", "Male", EqualityImpact.NOT_RECORDED),
        result.get(0).groups().stream().map(GroupShare::group).toList());
    assertEquals(7, result.get(1).groups().size());
    assertEquals(EqualityCharacteristic.AGE_BAND, result.get(3).characteristic());
    assertEquals(7, result.get(3).groups().size());
    assertTrue(result.get(0).groups().stream().allMatch(GroupShare::suppressed));
    assertEquals(
        List.of("Female", "Male"),
        new EqualityImpact(EFFECTIVE, SmallGroups.DEFAULT)
            .result().get(0).groups().stream().map(GroupShare::group).toList());
  }
}
