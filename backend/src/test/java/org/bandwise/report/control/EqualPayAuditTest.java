package org.bandwise.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.report.control.EqualPayAudit.Comparison;
import org.bandwise.report.control.EqualPayAudit.GroupAudit;
import org.bandwise.report.control.EqualPayAudit.Measure;
import org.bandwise.report.control.EqualPayAudit.Pattern;
import org.bandwise.report.control.EqualPayAudit.Result;
import org.bandwise.report.control.EqualPayAudit.WorkGroup;
import org.bandwise.report.control.EqualPayAudit.WorkKind;
import org.bandwise.workforce.control.Disability;
import org.bandwise.workforce.control.EqualityCharacteristic;
import org.bandwise.workforce.control.EthnicGroup;
import org.bandwise.workforce.control.Sex;
import org.bandwise.workforce.control.SmallGroups;
import org.bandwise.workforce.control.WeeklyHours;
import org.junit.jupiter.api.Test;

class EqualPayAuditTest {

  static final WorkGroup BAND_3 = new WorkGroup(WorkKind.EQUIVALENT_WORK, "b3", "Band 3");
  static final WorkGroup BAND_4 = new WorkGroup(WorkKind.EQUIVALENT_WORK, "b4", "Band 4");
  static final WorkGroup BAND_5 = new WorkGroup(WorkKind.EQUIVALENT_WORK, "b5", "Band 5");
  static final WorkGroup PSO =
      new WorkGroup(WorkKind.LIKE_WORK, "jd-pso", "Probation services officer");
  static final WorkGroup PO = new WorkGroup(WorkKind.LIKE_WORK, "jd-po", "Probation officer");
  static final WorkGroup TM = new WorkGroup(WorkKind.LIKE_WORK, "jd-tm", "Treatment manager");
  static final WorkGroup SPO =
      new WorkGroup(WorkKind.LIKE_WORK, "jd-spo", "Senior probation officer");

  static void add(
      EqualPayAudit audit,
      int people,
      WorkGroup band,
      WorkGroup jd,
      Sex sex,
      EthnicGroup ethnicGroup,
      long basic,
      long total) {
    for (int i = 0; i < people; i++) {
      audit.add(band, jd, sex, ethnicGroup, Disability.N, basic, total);
    }
  }

  /**
   * Band 3 (PSOs): 5 women on £29,000 and 5 men on £30,000 — a 3.3 % gap. Band 4: 6 women probation
   * officers on £34,000 (two of them Black) and 6 men on £36,000 basic and £38,000 total (3 POs, 3
   * treatment managers) — 5.6 % and 10.5 %. Band 5 (SPOs): 6 White women on £40,000 and 5 Asian
   * women on £37,000.
   */
  static Result audit() {
    EqualPayAudit audit = new EqualPayAudit(EqualPayAudit.Options.DEFAULT);
    add(audit, 5, BAND_3, PSO, Sex.F, EthnicGroup.WHITE, 2_900_000, 2_900_000);
    add(audit, 5, BAND_3, PSO, Sex.M, EthnicGroup.WHITE, 3_000_000, 3_000_000);
    add(audit, 4, BAND_4, PO, Sex.F, EthnicGroup.WHITE, 3_400_000, 3_400_000);
    add(audit, 2, BAND_4, PO, Sex.F, EthnicGroup.BLACK, 3_400_000, 3_400_000);
    add(audit, 3, BAND_4, PO, Sex.M, EthnicGroup.WHITE, 3_600_000, 3_800_000);
    add(audit, 3, BAND_4, TM, Sex.M, EthnicGroup.WHITE, 3_600_000, 3_800_000);
    add(audit, 6, BAND_5, SPO, Sex.F, EthnicGroup.WHITE, 4_000_000, 4_000_000);
    add(audit, 5, BAND_5, SPO, Sex.F, EthnicGroup.ASIAN, 3_700_000, 3_700_000);
    return audit.result();
  }

  static GroupAudit group(Result result, WorkGroup workGroup) {
    return result.groups().stream()
        .filter(g -> g.workGroup().equals(workGroup))
        .findFirst()
        .orElseThrow();
  }

  static Comparison comparison(GroupAudit group, EqualityCharacteristic c, String name) {
    return group.comparisons().stream()
        .filter(x -> x.characteristic() == c && x.group().equals(name))
        .findFirst()
        .orElseThrow();
  }

  static BigDecimal percent(String value) {
    return new BigDecimal(value);
  }

  @Test
  void everyBandAndEveryJdIsAGroupBandsFirst() {
    assertEquals(
        List.of(BAND_3, BAND_4, BAND_5, PO, PSO, SPO, TM),
        audit().groups().stream().map(GroupAudit::workGroup).toList());
    assertEquals(12, group(audit(), BAND_4).headcount());
    assertEquals(List.of(PO, TM), group(audit(), BAND_4).jobDescriptions());
    assertEquals(List.of(), group(audit(), PO).jobDescriptions());
  }

  @Test
  void womenAgainstMenWithMeansMediansAndGaps() {
    Comparison sex = comparison(group(audit(), BAND_4), EqualityCharacteristic.SEX, "Women");
    assertEquals("Men", sex.comparator());
    assertFalse(sex.suppressed());
    assertEquals(6, sex.groupFigures().headcount());
    assertEquals(Money.ofPence(3_400_000), sex.groupFigures().meanBasic());
    assertEquals(Money.ofPence(3_600_000), sex.comparatorFigures().medianBasic());
    assertEquals(Money.ofPence(3_800_000), sex.comparatorFigures().meanTotal());
    assertEquals(percent("5.6"), sex.gaps().meanBasic());
    assertEquals(percent("5.6"), sex.gaps().medianBasic());
    assertEquals(percent("10.5"), sex.gaps().meanTotal());
    assertEquals(percent("10.5"), sex.gaps().medianTotal());
    assertTrue(sex.flagged(), "5 % or more");
    assertTrue(group(audit(), BAND_4).flagged());
  }

  @Test
  void aGapUnderFivePerCentIsNotFlagged() {
    Comparison sex = comparison(group(audit(), BAND_3), EqualityCharacteristic.SEX, "Women");
    assertEquals(percent("3.3"), sex.gaps().meanBasic());
    assertFalse(sex.flagged());
    assertFalse(group(audit(), BAND_3).flagged());
  }

  @Test
  void threePerCentRecurringAcrossBandsIsAPattern() {
    Result result = audit();
    List<Pattern> patterns = result.patterns();
    assertEquals(4, patterns.size(), "one per measure");
    Pattern meanBasic = patterns.get(0);
    assertEquals(WorkKind.EQUIVALENT_WORK, meanBasic.kind());
    assertEquals(EqualityCharacteristic.SEX, meanBasic.characteristic());
    assertEquals("Women", meanBasic.group());
    assertEquals(Measure.MEAN_BASIC, meanBasic.measure());
    assertTrue(meanBasic.groupPaidLess());
    assertEquals(List.of(BAND_3, BAND_4), meanBasic.workGroups());
    assertTrue(group(result, BAND_3).inPattern());
    assertFalse(group(result, PSO).inPattern(), "one JD alone is no pattern");
    assertFalse(group(result, BAND_5).inPattern());
  }

  @Test
  void eachEthnicGroupAgainstEveryoneElseEitherWay() {
    GroupAudit band5 = group(audit(), BAND_5);
    Comparison asian = comparison(band5, EqualityCharacteristic.ETHNIC_GROUP, "Asian");
    assertEquals("Everyone else", asian.comparator());
    assertEquals(percent("7.5"), asian.gaps().meanBasic());
    assertTrue(asian.flagged());
    Comparison white = comparison(band5, EqualityCharacteristic.ETHNIC_GROUP, "White");
    assertEquals(percent("-8.1"), white.gaps().meanBasic(), "White staff are paid more");
    assertTrue(white.flagged());
    assertTrue(
        comparison(band5, EqualityCharacteristic.SEX, "Women").suppressed(), "no men at all");
  }

  @Test
  void groupsUnderFiveOnEitherSideAreSuppressedAndNeverFlagged() {
    Result result = audit();
    Comparison black =
        comparison(group(result, BAND_4), EqualityCharacteristic.ETHNIC_GROUP, "Black");
    assertTrue(black.suppressed());
    assertFalse(black.flagged());
    assertNotNull(black.groupFigures(), "HR admins still see the figures");
    assertTrue(
        comparison(group(result, PO), EqualityCharacteristic.SEX, "Women").suppressed(), "3 men");
    assertTrue(
        comparison(group(result, BAND_4), EqualityCharacteristic.DISABILITY, "Disabled")
            .suppressed());
    assertTrue(
        comparison(group(result, BAND_4), EqualityCharacteristic.DISABILITY, "Not disabled")
            .suppressed(),
        "nobody else to compare with");
  }

  @Test
  void everyoneButHrAdminsSeesFewerThanFiveWithNoFigures() {
    Result hidden = audit().hideSmallGroups();
    Comparison black =
        comparison(group(hidden, BAND_4), EqualityCharacteristic.ETHNIC_GROUP, "Black");
    assertTrue(black.suppressed());
    assertNull(black.groupFigures());
    assertNull(black.comparatorFigures());
    assertNull(black.gaps());
    Comparison women = comparison(group(hidden, BAND_4), EqualityCharacteristic.SEX, "Women");
    assertEquals(percent("5.6"), women.gaps().meanBasic());
    assertEquals(audit().patterns(), hidden.patterns());
  }

  @Test
  void partTimePayIsComparedFullTime() {
    EqualPayAudit audit = new EqualPayAudit(EqualPayAudit.Options.DEFAULT);
    WeeklyHours full = WeeklyHours.of(37);
    for (int i = 0; i < 5; i++) {
      audit.add(
          BAND_3, null, Sex.F, null, null, 1_500_000, 1_500_000, WeeklyHours.of("18.5"), full);
      audit.add(BAND_3, null, Sex.M, null, null, 3_000_000, 3_000_000, full, full);
    }
    Comparison sex = comparison(group(audit.result(), BAND_3), EqualityCharacteristic.SEX, "Women");
    assertEquals(Money.ofPence(3_000_000), sex.groupFigures().meanBasic());
    assertEquals(percent("0.0"), sex.gaps().meanBasic());
    assertEquals(
        3_100_000, EqualPayAudit.fullTimeEquivalent(1_550_000, WeeklyHours.of("18.5"), full));
  }

  @Test
  void anEvenCountMedianIsTheMeanOfTheMiddleTwo() {
    EqualPayAudit audit = new EqualPayAudit(EqualPayAudit.Options.DEFAULT);
    long[] women = {2_000_000, 2_100_000, 2_300_000, 2_400_000, 2_500_000, 2_600_000};
    for (long pay : women) {
      audit.add(BAND_3, null, Sex.F, null, null, pay, pay);
    }
    for (int i = 0; i < 5; i++) {
      audit.add(BAND_3, null, Sex.M, null, null, 2_500_000, 2_500_000);
    }
    Comparison sex = comparison(group(audit.result(), BAND_3), EqualityCharacteristic.SEX, "Women");
    assertEquals(Money.ofPence(2_350_000), sex.groupFigures().medianBasic());
    assertEquals(percent("6.0"), sex.gaps().medianBasic());
    assertEquals(percent("7.3"), sex.gaps().meanBasic(), "£23,166.67 against £25,000");
  }

  @Test
  void thresholdsAreConfigurable() {
    EqualPayAudit.Options strict =
        new EqualPayAudit.Options(
            new SmallGroups(3), BigDecimal.valueOf(3), BigDecimal.valueOf(2), 2);
    EqualPayAudit audit = new EqualPayAudit(strict);
    add(audit, 3, BAND_3, PSO, Sex.F, EthnicGroup.WHITE, 2_900_000, 2_900_000);
    add(audit, 3, BAND_3, PSO, Sex.M, EthnicGroup.WHITE, 3_000_000, 3_000_000);
    Result oneBand = audit.result();
    Comparison sex = comparison(group(oneBand, BAND_3), EqualityCharacteristic.SEX, "Women");
    assertFalse(sex.suppressed(), "3 on each side is enough at a minimum of 3");
    assertTrue(sex.flagged(), "3.3 % is flagged at a 3 % threshold");
    assertEquals(List.of(), oneBand.patterns(), "a band and a JD are different kinds of group");

    add(audit, 3, BAND_4, PO, Sex.F, EthnicGroup.WHITE, 3_900_000, 3_900_000);
    add(audit, 3, BAND_4, PO, Sex.M, EthnicGroup.WHITE, 4_000_000, 4_000_000);
    Result twoBands = audit.result();
    assertFalse(
        comparison(group(twoBands, BAND_4), EqualityCharacteristic.SEX, "Women").flagged(),
        "2.5 %");
    assertEquals(8, twoBands.patterns().size(), "2 % or more in two bands and in two JDs");
    assertEquals(
        List.of(PO, PSO),
        twoBands.patterns().stream()
            .filter(p -> p.kind() == WorkKind.LIKE_WORK)
            .findFirst()
            .orElseThrow()
            .workGroups());
  }

  @Test
  void everySidesFiguresAgreeWithAPlainCalculation() {
    java.util.Random random = new java.util.Random(7);
    EqualPayAudit audit =
        new EqualPayAudit(
            new EqualPayAudit.Options(
                new SmallGroups(1), BigDecimal.valueOf(5), BigDecimal.valueOf(3), 2));
    List<long[]> people = new java.util.ArrayList<>();
    for (int i = 0; i < 501; i++) {
      int sex = random.nextInt(3);
      int ethnic = random.nextInt(7);
      int disability = random.nextInt(4);
      long basic = 2_000_000 + random.nextInt(300) * 1_000;
      long total = basic + random.nextInt(5) * 25_000;
      people.add(new long[] {sex, ethnic, disability, basic, total});
      audit.add(
          BAND_3,
          null,
          sex == 2 ? null : Sex.values()[sex],
          ethnic == 6 ? null : EthnicGroup.values()[ethnic],
          disability == 3 ? null : Disability.values()[disability],
          basic,
          total);
    }
    GroupAudit band = group(audit.result(), BAND_3);
    for (EthnicGroup e : EthnicGroup.values()) {
      Comparison c = comparison(band, EqualityCharacteristic.ETHNIC_GROUP, e.label());
      assertFigures(people, p -> p[1] == e.ordinal(), c.groupFigures());
      assertFigures(people, p -> p[1] != e.ordinal(), c.comparatorFigures());
    }
    for (Disability d : Disability.values()) {
      Comparison c = comparison(band, EqualityCharacteristic.DISABILITY, d.label());
      assertFigures(people, p -> p[2] == d.ordinal(), c.groupFigures());
      assertFigures(people, p -> p[2] != d.ordinal(), c.comparatorFigures());
    }
    Comparison sex = comparison(band, EqualityCharacteristic.SEX, "Women");
    assertFigures(people, p -> p[0] == 0, sex.groupFigures());
    assertFigures(people, p -> p[0] == 1, sex.comparatorFigures());
  }

  private static void assertFigures(
      List<long[]> people, java.util.function.Predicate<long[]> side, EqualPayAudit.Figures f) {
    long[] basic = people.stream().filter(side).mapToLong(p -> p[3]).sorted().toArray();
    long[] total = people.stream().filter(side).mapToLong(p -> p[4]).sorted().toArray();
    assertEquals(basic.length, f.headcount());
    assertEquals(
        Money.ofPence(Math.round(java.util.Arrays.stream(basic).average().orElseThrow())),
        f.meanBasic());
    assertEquals(
        Money.ofPence(Math.round(java.util.Arrays.stream(total).average().orElseThrow())),
        f.meanTotal());
    assertEquals(Money.ofPence(plainMedian(basic)), f.medianBasic());
    assertEquals(Money.ofPence(plainMedian(total)), f.medianTotal());
  }

  private static long plainMedian(long[] sorted) {
    int n = sorted.length;
    long twice = n % 2 == 1 ? 2 * sorted[n / 2] : sorted[n / 2 - 1] + sorted[n / 2];
    return (twice + 1) / 2;
  }

  @Test
  void impossiblePayIsRefused() {
    InvalidInput e =
        assertThrows(
            InvalidInput.class,
            () ->
                new EqualPayAudit(EqualPayAudit.Options.DEFAULT)
                    .add(BAND_3, null, Sex.F, null, null, -1, 0));
    assertEquals("basicPence", e.fieldProblems().get(0).field());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new EqualPayAudit(EqualPayAudit.Options.DEFAULT)
                .add(PSO, BAND_3, Sex.F, null, null, 1, 1));
  }
}
