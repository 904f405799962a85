package org.bandwise.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bandwise.report.control.WorkforcePass.Detail;
import org.bandwise.workforce.control.AgeBand;
import org.bandwise.workforce.control.Disability;
import org.bandwise.workforce.control.EthnicGroup;
import org.bandwise.workforce.control.Sex;
import org.bandwise.workforce.control.WeeklyHours;
import org.junit.jupiter.api.Test;

/**
 * The reports' queries hand the rules groups of people who share every input, with their number:
 * adding a group of n must give exactly what adding its n people one by one gives.
 */
class GroupedPeopleTest {

  private static final WeeklyHours[] HOURS = {
    WeeklyHours.of("37"), WeeklyHours.of("18.5"), WeeklyHours.of("22.5"), WeeklyHours.of("30")
  };

  /**
   * 997 people on a few pay rates (many ties), part-timers, bonuses, reduced pay and protection.
   */
  private static List<PersonOnDay> people() {
    List<PersonOnDay> people = new ArrayList<>();
    for (int i = 0; i < 997; i++) {
      int n = i % 60; // at most 60 different people, so groups are large
      Sex sex = n % 7 < 4 ? Sex.F : Sex.M;
      long contractual = 2_500_000 + (n % 5) * 150_000;
      WeeklyHours hours = HOURS[n % 4 == 3 ? 1 : n % 11 == 0 ? 2 : 0];
      long protection = n % 37 == 0 ? 200_000 : 0;
      people.add(
          new PersonOnDay(
              sex,
              EthnicGroup.values()[n % 3 == 0 ? 1 : 0],
              n % 9 == 0 ? Disability.Y : Disability.N,
              AgeBand.values()[n % 4],
              n % 23 != 0,
              n % 10 == 0 ? 120_000 : 0,
              n % 6 == 0 ? 50_000 + (n % 3) * 10_000 : 0,
              "S",
              n % 2 == 0 ? "B3" : "B4",
              n % 3 == 0 ? "U1" : "U2",
              n % 2 == 0 ? "JD3" : "JD4",
              hours,
              true,
              contractual,
              protection));
    }
    return people;
  }

  /** The people grouped by everything the rules read, in first-seen order, with their number. */
  private static Map<PersonOnDay, Integer> grouped(List<PersonOnDay> people) {
    Map<PersonOnDay, Integer> groups = new LinkedHashMap<>();
    for (PersonOnDay p : people) {
      groups.merge(p, 1, Integer::sum);
    }
    return groups;
  }

  @Test
  void aGroupOfPeopleCountsAsEachOfThemInTheGenderPayGap() {
    List<PersonOnDay> people = people();
    GenderPayGap one = new GenderPayGap();
    for (PersonOnDay p : people) {
      one.add(p.sex(), p.fullPay(), p.paidPence(), p.allowancesPence(), p.hours(), p.bonusPence());
    }
    GenderPayGap many = new GenderPayGap();
    Map<PersonOnDay, Integer> groups = grouped(people);
    assertTrue(groups.size() < people.size() / 2, "the set has groups worth the name");
    groups.forEach(
        (p, n) ->
            many.add(
                p.sex(),
                p.fullPay(),
                p.paidPence(),
                p.allowancesPence(),
                p.hours(),
                p.bonusPence(),
                n));
    assertEquals(one.result(), many.result());
  }

  @Test
  void aGroupOfPeopleCountsAsEachOfThemInTheEqualPayAudit() {
    List<PersonOnDay> people = people();
    EqualPayAudit one = new EqualPayAudit(EqualPayAudit.Options.DEFAULT);
    EqualPayAudit many = new EqualPayAudit(EqualPayAudit.Options.DEFAULT);
    for (PersonOnDay p : people) {
      one.add(
          band(p),
          jd(p),
          p.sex(),
          p.ethnicGroup(),
          p.disability(),
          p.contractualPence(),
          p.paidPence() + p.allowancesPence() + p.bonusPence(),
          p.hours(),
          WeeklyHours.DEFAULT_FULL_TIME);
    }
    grouped(people)
        .forEach(
            (p, n) ->
                many.add(
                    band(p),
                    jd(p),
                    p.sex(),
                    p.ethnicGroup(),
                    p.disability(),
                    p.contractualPence(),
                    p.paidPence() + p.allowancesPence() + p.bonusPence(),
                    p.hours(),
                    WeeklyHours.DEFAULT_FULL_TIME,
                    n));
    EqualPayAudit.Result expected = one.result();
    assertFalse(expected.groups().isEmpty());
    assertEquals(expected, many.result());
  }

  private static EqualPayAudit.WorkGroup band(PersonOnDay p) {
    return new EqualPayAudit.WorkGroup(
        EqualPayAudit.WorkKind.EQUIVALENT_WORK, p.bandId(), "Band " + p.bandId());
  }

  private static EqualPayAudit.WorkGroup jd(PersonOnDay p) {
    return new EqualPayAudit.WorkGroup(EqualPayAudit.WorkKind.LIKE_WORK, p.jdId(), p.jdId());
  }

  @Test
  void payAndCharacteristicsAddedAsGroupsGiveTheSameBandDistribution() {
    List<PersonOnDay> people = people();
    BandDistribution one = new BandDistribution();
    people.forEach(one::add);
    BandDistribution many = new BandDistribution();
    // as the pass reads them: pay by unit, band and pay; characteristics by band
    Map<List<Object>, Integer> pay = new LinkedHashMap<>();
    Map<List<Object>, Integer> characteristics = new LinkedHashMap<>();
    Map<List<Object>, PersonOnDay> first = new LinkedHashMap<>();
    for (PersonOnDay p : people) {
      List<Object> payKey =
          List.of(
              "pay", p.unitId(), p.bandId(), p.hours(), p.contractualPence(), p.protectionPence());
      List<Object> peopleKey =
          List.of("people", p.bandId(), p.sex(), p.ethnicGroup(), p.disability(), p.ageBand());
      pay.merge(payKey, 1, Integer::sum);
      characteristics.merge(peopleKey, 1, Integer::sum);
      first.putIfAbsent(payKey, p);
      first.putIfAbsent(peopleKey, p);
    }
    pay.forEach((k, n) -> many.addPay(first.get(k), n));
    characteristics.forEach((k, n) -> many.addPeople(first.get(k), n));
    Comparator<BandDistribution.Key> byBand = Comparator.comparing(BandDistribution.Key::bandId);
    assertEquals(one.result(byBand), many.result(byBand));
  }

  @Test
  void theLatestBirthDateOfAnAgeAgreesWithTheAgeRuleLeapDaysIncluded() {
    LocalDate[] days = {
      LocalDate.of(2026, 3, 31),
      LocalDate.of(2028, 2, 29),
      LocalDate.of(2027, 2, 28),
      LocalDate.of(2027, 3, 1),
      LocalDate.of(2025, 1, 1)
    };
    for (LocalDate day : days) {
      for (int years = 1; years <= 70; years++) {
        LocalDate latest = AgeBand.latestBirthDateAged(years, day);
        assertTrue(AgeBand.age(latest, day) >= years, day + " aged " + years);
        assertTrue(AgeBand.age(latest.plusDays(1), day) < years, day + " aged " + years);
      }
    }
    // born on 29 February 2000: 25 only from 1 March 2025
    assertEquals(
        LocalDate.of(2000, 2, 28), AgeBand.latestBirthDateAged(25, LocalDate.of(2025, 2, 28)));
  }

  @Test
  void theAgeBandInSqlSortsDatesOfBirthAsTheRuleDoes() {
    LocalDate day = LocalDate.of(2026, 3, 31);
    String sql = PassStatements.ageBand(day);
    // the 65-and-over cut-off comes first, then each younger band; no date of birth is -1
    assertTrue(
        sql.startsWith(
            "CASE WHEN f.date_of_birth IS NULL THEN -1 WHEN f.date_of_birth <= '1961-03-31' THEN 5"),
        sql);
    assertTrue(sql.endsWith("WHEN f.date_of_birth <= '2001-03-31' THEN 1 ELSE 0 END"), sql);
  }

  @Test
  void everyPlaceholderOfThePassHasItsValue() {
    LocalDate day = LocalDate.of(2026, 3, 31);
    PassStatements.People everyone = PassStatements.People.EVERYONE;
    for (ReportScope scope :
        List.of(new ReportScope(day, null, null), new ReportScope(day, "u-1", "Unit"))) {
      for (PassStatements.People people :
          List.of(
              everyone,
              new PassStatements.People("5e0f", true),
              new PassStatements.People("5e0f", false))) {
        WorkforcePass.Reading reading =
            new WorkforcePass.Reading(EnumSet.of(Detail.SEX, Detail.UNIT), true, (p, n) -> {});
        List<Integer> unitKeys = scope.wholeOrganisation() ? List.of() : List.of(7, 12);
        List<Object> protectedParams = new ArrayList<>();
        String protectedSql =
            PassStatements.protectedSql(reading, scope, unitKeys, people, protectedParams);
        List<Object> groupParams = new ArrayList<>();
        String groupsSql = PassStatements.groupsSql(reading, scope, unitKeys, people, groupParams);
        for (String sql : List.of(protectedSql, groupsSql)) {
          List<Object> params = sql == protectedSql ? protectedParams : groupParams;
          assertEquals(sql.chars().filter(c -> c == '?').count(), params.size(), sql);
          // text is binary in report_fact (V28), so grouped as it is, as an index can serve
          assertTrue(sql.contains("f.sex AS k1"), sql);
          assertFalse(sql.contains("AS BINARY"), sql);
          // ids are grouped by their small numbers (V27), never as CHAR(36) text
          assertTrue(sql.contains("f.unit_key AS k9"), sql);
          assertTrue(sql.contains("f.band_key AS k11"), sql);
          // each statement reads only its half, split at the same id
          long parts = people == everyone ? 0 : 1;
          String range = people.below() ? "staff_id < ?" : "staff_id >= ?";
          long ranges = sql.split("staff_id < \\?|staff_id >= \\?", -1).length - 1L;
          assertEquals(parts, ranges, sql);
          assertEquals(parts, sql.split(java.util.regex.Pattern.quote(range), -1).length - 1, sql);
          assertEquals(parts, params.stream().filter("5e0f"::equals).count(), sql);
          assertEquals(!scope.wholeOrganisation(), sql.contains("AND f.unit_key IN (7, 12)"), sql);
        }
        assertTrue(
            protectedSql.contains("FROM pay_protection pp JOIN report_fact f"), protectedSql);
        // the protected come by person, latest protection first
        assertTrue(protectedSql.endsWith(" ORDER BY pp.staff_id, pp.starts_on DESC"), protectedSql);
        assertTrue(groupsSql.contains(" FROM report_fact f WHERE"), groupsSql);
        assertFalse(groupsSql.contains("ORDER BY"), groupsSql);
      }
    }
  }

  @Test
  void theBandDistributionGroupsInTheOrderOfItsIndexes() {
    LocalDate day = LocalDate.of(2026, 3, 31);
    ReportScope scope = new ReportScope(day, null, null);
    WorkforcePass.Reading[] readings =
        ReportQueries.bandDistributionReadings(new BandDistribution());
    // ix_report_fact_pay (V28): band, structure, unit, zone, pay point, hours
    String pay =
        PassStatements.groupsSql(
            readings[0], scope, List.of(), PassStatements.People.EVERYONE, new ArrayList<>());
    assertTrue(pay.endsWith("GROUP BY k11, k8, k9, k12, k13, k14"), pay);
    // ix_report_fact_people (V28): band, structure, sex, ethnic group, disability; the age bands
    // counted beside each group, not grouped by
    String people =
        PassStatements.groupsSql(
            readings[1], scope, List.of(), PassStatements.People.EVERYONE, new ArrayList<>());
    assertTrue(people.endsWith("GROUP BY k11, k8, k1, k2, k3"), people);
    assertFalse(people.contains("CASE WHEN"), people);
    assertTrue(people.contains(PassStatements.ageBandCounts(day) + " FROM report_fact f"), people);
  }

  @Test
  void theAgeBandsCountedBesideAGroupAreTheRulesBands() {
    // the counts are of people at least each band's youngest age, from the second youngest band on,
    // so the bands must run from the youngest (from birth) up, each starting where the last ended
    AgeBand[] bands = AgeBand.values();
    assertEquals(0, bands[0].lowest());
    for (int b = 1; b < bands.length; b++) {
      assertEquals(bands[b - 1].highest() + 1, bands[b].lowest(), bands[b].name());
    }
    LocalDate day = LocalDate.of(2026, 3, 31);
    assertEquals(
        ", COUNT(f.date_of_birth), SUM(f.date_of_birth <= '2001-03-31'),"
            + " SUM(f.date_of_birth <= '1991-03-31'), SUM(f.date_of_birth <= '1981-03-31'),"
            + " SUM(f.date_of_birth <= '1971-03-31'), SUM(f.date_of_birth <= '1961-03-31')",
        PassStatements.ageBandCounts(day));
  }

  @Test
  void theSplitPointIsFoundWhateverTheNumberOfRows() {
    // InnoDB's estimate below a point past the middle, capped at half the rows rounded down
    assertTrue(WorkforcePass.atLeastHalf(686_207, 1_372_415));
    assertTrue(WorkforcePass.atLeastHalf(686_207, 1_372_414));
    assertFalse(WorkforcePass.atLeastHalf(686_206, 1_372_414));
    assertFalse(WorkforcePass.atLeastHalf(1_558, 1_372_415));
  }
}
