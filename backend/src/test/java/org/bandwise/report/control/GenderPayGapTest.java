package org.bandwise.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.report.control.GenderPayGap.Quartile;
import org.bandwise.report.control.GenderPayGap.Result;
import org.bandwise.workforce.control.Sex;
import org.bandwise.workforce.control.WeeklyHours;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GenderPayGapTest {

  private static final WeeklyHours THIRTY_FIVE = WeeklyHours.of(35);
  private static final WeeklyHours FULL_TIME = WeeklyHours.of(37);

  /**
   * The annual pay that gives exactly this hourly pay at 35 hours a week: hourly = annual × 7 ÷
   * 365.28 ÷ 35 = annual ÷ 1,826.4.
   */
  static long annualFor(long hourlyPence) {
    if (hourlyPence % 5 != 0) {
      throw new IllegalArgumentException("a multiple of 5p gives whole pence a year");
    }
    return hourlyPence * 18_264 / 10;
  }

  static void add(GenderPayGap gap, Sex sex, int people, long hourlyPence) {
    for (int i = 0; i < people; i++) {
      gap.add(sex, true, annualFor(hourlyPence), 0, THIRTY_FIVE, 0);
    }
  }

  static BigDecimal percent(String value) {
    return new BigDecimal(value);
  }

  static Quartile quartile(
      PayQuartile q, int count, int men, int women, String malePercent, String femalePercent) {
    return new Quartile(q, count, men, women, percent(malePercent), percent(femalePercent));
  }

  /**
   * GOV.UK "Making your calculations", the Acme Ltd example, as one workforce: 4,445 full-pay
   * relevant employees (1,345 men, 3,100 women) ranked so the quartiles hold 187/925, 110/1,001,
   * 298/813 and 750/361, with 40 people (4 men, 36 women) on the same rate straddling the lower /
   * lower-middle boundary, 10 below it and 30 above; hourly pay summing to £23,550 for the men and
   * £46,900 for the women; 30 men and 25 women not on full pay; 1,300 men with bonuses of mean
   * £1,650 and median £2,300 and 2,000 women with mean £1,490 and median £2,225.
   */
  static Result acme() {
    long[] menBonuses = new long[1300];
    int m = 0;
    menBonuses[m++] = 99_600;
    for (int i = 0; i < 648; i++) {
      menBonuses[m++] = 99_800;
    }
    for (int i = 0; i < 651; i++) {
      menBonuses[m++] = 230_000;
    }
    long[] womenBonuses = new long[2000];
    int w = 0;
    for (int i = 0; i < 998; i++) {
      womenBonuses[w++] = 72_800;
    }
    womenBonuses[w++] = 125_600;
    womenBonuses[w++] = 220_000;
    for (int i = 0; i < 1000; i++) {
      womenBonuses[w++] = 225_000;
    }
    GenderPayGap gap = new GenderPayGap();
    int[] next = {0, 0};
    Adder adder =
        (sex, fullPay, annual) -> {
          long bonus = 0;
          if (sex == Sex.M && next[1] < menBonuses.length) {
            bonus = menBonuses[next[1]++];
          } else if (sex == Sex.F && next[0] < womenBonuses.length) {
            bonus = womenBonuses[next[0]++];
          }
          gap.add(sex, fullPay, annual, 0, THIRTY_FIVE, bonus);
        };
    // the two sexes interleaved and out of rank order: the order of the input does not matter
    adder.add(Sex.M, 749, 2100);
    adder.add(Sex.M, 186, 1000);
    adder.add(Sex.F, 916, 1000);
    adder.add(Sex.F, 36, 1100);
    adder.add(Sex.M, 4, 1100);
    adder.add(Sex.M, 107, 1200);
    adder.add(Sex.F, 974, 1200);
    adder.add(Sex.F, 813, 1500);
    adder.add(Sex.M, 298, 1500);
    adder.add(Sex.M, 1, 16_300);
    adder.add(Sex.F, 360, 3700);
    adder.add(Sex.F, 1, 14_100);
    for (int i = 0; i < 30; i++) {
      adder.person(Sex.M, false, 900_000);
    }
    for (int i = 0; i < 25; i++) {
      adder.person(Sex.F, false, 900_000);
    }
    return gap.result();
  }

  @FunctionalInterface
  interface Adder {
    void person(Sex sex, boolean fullPay, long annualPence);

    default void add(Sex sex, int people, long hourlyPence) {
      for (int i = 0; i < people; i++) {
        person(sex, true, annualFor(hourlyPence));
      }
    }
  }

  @Nested
  class TheAcmeExample {

    private final Result acme = acme();

    @Test
    void countsRelevantAndFullPayRelevantEmployees() {
      assertEquals(4_500, acme.relevantEmployees());
      assertEquals(4_445, acme.fullPayRelevantEmployees());
      assertEquals(1_375, acme.men().relevant());
      assertEquals(3_100, acme.women().fullPay());
    }

    @Test
    void quartilesOf1112_1111_1111_1111WithTheirPercentages() {
      assertEquals(
          List.of(
              quartile(PayQuartile.LOWER, 1112, 187, 925, "16.8", "83.2"),
              quartile(PayQuartile.LOWER_MIDDLE, 1111, 110, 1001, "9.9", "90.1"),
              quartile(PayQuartile.UPPER_MIDDLE, 1111, 298, 813, "26.8", "73.2"),
              quartile(PayQuartile.UPPER, 1111, 750, 361, "67.5", "32.5")),
          acme.quartiles());
    }

    @Test
    void meanHourlyGapIs13Point6() {
      // £23,550 over 1,345 men = £17.51; £46,900 over 3,100 women = £15.13; 13.59 %
      assertEquals(percent("13.6"), acme.meanHourlyGapPercent());
      assertEquals(Money.ofPence(1751), acme.men().meanHourlyPay());
      assertEquals(Money.ofPence(1513), acme.women().meanHourlyPay());
    }

    @Test
    void bonusProportions94Point5And64() {
      assertEquals(percent("94.5"), acme.malesReceivingBonusPercent());
      assertEquals(percent("64.0"), acme.femalesReceivingBonusPercent());
      assertEquals(1_300, acme.men().receivingBonus());
      assertEquals(2_000, acme.women().receivingBonus());
    }

    @Test
    void bonusGaps9Point7And3Point3() {
      assertEquals(percent("9.7"), acme.meanBonusGapPercent());
      assertEquals(percent("3.3"), acme.medianBonusGapPercent());
      assertEquals(Money.ofPence(165_000), acme.men().meanBonus());
      assertEquals(Money.ofPence(149_000), acme.women().meanBonus());
      assertEquals(Money.ofPence(230_000), acme.men().medianBonus());
      assertEquals(Money.ofPence(222_500), acme.women().medianBonus());
    }
  }

  @Test
  void theAcmeTieOf40IsSplit9Women1ManBelowAnd27Women3MenAbove() {
    // only the tie and enough people around it: 1,102 women below, the 40, then 1,081 + 2,222
    GenderPayGap gap = new GenderPayGap();
    add(gap, Sex.F, 1102, 1000);
    add(gap, Sex.F, 36, 1100);
    add(gap, Sex.M, 4, 1100);
    add(gap, Sex.F, 1081, 1200);
    add(gap, Sex.F, 2222, 1500);
    List<Quartile> quartiles = gap.result().quartiles();
    assertEquals(1112, quartiles.get(0).count());
    assertEquals(1, quartiles.get(0).men(), "1 man among the 10 of the tie below the boundary");
    assertEquals(1111, quartiles.get(0).women());
    assertEquals(3, quartiles.get(1).men(), "3 men among the 30 above it");
    assertEquals(1108, quartiles.get(1).women());
  }

  @Test
  void theAcmeMedianGapIs6Point7() {
    // men's median £15; women's £14, the mean of £13 and £15 (the middle two of 3,100)
    GenderPayGap gap = new GenderPayGap();
    add(gap, Sex.M, 672, 1000);
    add(gap, Sex.M, 673, 1500);
    add(gap, Sex.F, 1550, 1300);
    add(gap, Sex.F, 1550, 1500);
    Result result = gap.result();
    assertEquals(percent("6.7"), result.medianHourlyGapPercent());
    assertEquals(Money.ofPence(1500), result.men().medianHourlyPay());
    assertEquals(Money.ofPence(1400), result.women().medianHourlyPay());
  }

  @Nested
  class SmallHandCheckedSets {

    /**
     * Two women on £31,000 a year, one full time and one at 18.5 of 37 hours on half; a protected
     * man paid £37,550 (contractual £31,000 plus protection); a man on £26,800 with £1,200 of
     * allowances; a man and a woman on reduced pay because of leave, the man with a £500 bonus.
     */
    Result mixed() {
      return new GenderPayGap()
          .add(Sex.F, true, 3_100_000, 0, FULL_TIME, 0)
          .add(Sex.F, true, 1_550_000, 0, WeeklyHours.of("18.5"), 0)
          .add(Sex.M, true, 3_755_000, 0, FULL_TIME, 0)
          .add(Sex.M, true, 2_680_000, 120_000, FULL_TIME, 0)
          .add(Sex.M, false, 500_000, 0, FULL_TIME, 50_000)
          .add(Sex.F, false, 0, 0, FULL_TIME, 0)
          .result();
    }

    @Test
    void hourlyPayIsOrdinaryPayOverTwelveTimesSevenOver30Point44OverHours() {
      // £31,000 ÷ 12 × 7 ÷ 30.44 ÷ 37 = £16.0558…
      assertEquals(Money.ofPence(1606), GenderPayGap.hourlyPay(3_100_000, WeeklyHours.of(37)));
      assertEquals(
          GenderPayGap.hourlyPayUnits(3_100_000, WeeklyHours.of(37)),
          GenderPayGap.hourlyPayUnits(1_550_000, WeeklyHours.of("18.5")),
          "the same rate pro rata is exactly the same hourly pay");
      assertEquals(Money.ofPence(1500), GenderPayGap.hourlyPay(annualFor(1500), THIRTY_FIVE));
    }

    @Test
    void theFastHourlyArithmeticAgreesWithBigIntegerArithmetic() {
      java.util.Random random = new java.util.Random(42);
      String[] hours = {"37", "18.5", "22.25", "0.01", "168", "35", "7.5", "36.52"};
      for (int i = 0; i < 20_000; i++) {
        long annual = i < 10 ? 10_000_000_000L - i : (long) (random.nextDouble() * 30_000_000);
        WeeklyHours h = WeeklyHours.of(hours[i % hours.length]);
        assertEquals(
            GenderPayGap.hourlyPayUnitsExact(annual, h),
            GenderPayGap.hourlyPayUnits(annual, h),
            annual + " at " + h);
      }
      assertEquals(
          GenderPayGap.hourlyPayUnitsExact(3_100_000, WeeklyHours.of("18.125")),
          GenderPayGap.hourlyPayUnits(3_100_000, WeeklyHours.of("18.125")));
    }

    @Test
    void partTimeProtectedAllowancesAndReducedPay() {
      Result result = mixed();
      assertEquals(6, result.relevantEmployees());
      assertEquals(4, result.fullPayRelevantEmployees());
      // men £19.4482 (protected) and £14.5020 (with allowances): mean £16.9751; women £16.0558
      assertEquals(percent("5.4"), result.meanHourlyGapPercent());
      assertEquals(percent("5.4"), result.medianHourlyGapPercent(), "two men: their mean");
      assertEquals(Money.ofPence(1698), result.men().meanHourlyPay());
      assertEquals(Money.ofPence(1606), result.women().medianHourlyPay());
      assertEquals(percent("33.3"), result.malesReceivingBonusPercent());
      assertEquals(percent("0.0"), result.femalesReceivingBonusPercent());
      assertNull(result.meanBonusGapPercent(), "no woman received a bonus");
      assertNull(result.medianBonusGapPercent());
      assertNull(result.women().meanBonus());
      assertEquals(Money.ofPence(50_000), result.men().meanBonus());
    }

    @Test
    void quartilesOfFourPeopleOneEach() {
      assertEquals(
          List.of(
              quartile(PayQuartile.LOWER, 1, 1, 0, "100.0", "0.0"),
              quartile(PayQuartile.LOWER_MIDDLE, 1, 0, 1, "0.0", "100.0"),
              quartile(PayQuartile.UPPER_MIDDLE, 1, 0, 1, "0.0", "100.0"),
              quartile(PayQuartile.UPPER, 1, 1, 0, "100.0", "0.0")),
          mixed().quartiles(),
          "a £14.50 man; two women tied on £16.06 across a boundary; a £19.45 man");
    }

    @Test
    void anEvenCountMedianIsTheMeanOfTheMiddleTwo() {
      GenderPayGap gap = new GenderPayGap();
      add(gap, Sex.F, 1, 1000);
      add(gap, Sex.F, 1, 1200);
      add(gap, Sex.F, 1, 1400);
      add(gap, Sex.F, 1, 1600);
      add(gap, Sex.M, 1, 1000);
      add(gap, Sex.M, 1, 1500);
      add(gap, Sex.M, 1, 2000);
      Result result = gap.result();
      assertEquals(Money.ofPence(1300), result.women().medianHourlyPay());
      assertEquals(Money.ofPence(1500), result.men().medianHourlyPay());
      assertEquals(percent("13.3"), result.medianHourlyGapPercent());
      assertEquals(percent("13.3"), result.meanHourlyGapPercent(), "£13.00 against £15.00");
    }

    @Test
    void aTieStraddlingABoundaryIsSplitInProportion() {
      // 8 people in quartiles of 2: two women, then a tie of 2 men and 2 women, then two men
      GenderPayGap gap = new GenderPayGap();
      add(gap, Sex.F, 2, 1000);
      add(gap, Sex.M, 2, 1200);
      add(gap, Sex.F, 2, 1200);
      add(gap, Sex.M, 2, 1500);
      List<Quartile> quartiles = gap.result().quartiles();
      assertEquals(0, quartiles.get(0).men());
      assertEquals(1, quartiles.get(1).men(), "not both women on one side and men on the other");
      assertEquals(1, quartiles.get(2).men());
      assertEquals(2, quartiles.get(3).men());
      assertEquals(percent("50.0"), quartiles.get(1).malePercent());
    }

    @Test
    void aTieAcrossSeveralBoundariesIsSplitAtEachAsFarAsWholePeopleAllow() {
      // 8 people on one rate, 3 men: men below each boundary 0.75 → 1, 1.5 → 2, 2.25 → 2, 3
      GenderPayGap gap = new GenderPayGap();
      add(gap, Sex.M, 3, 1000);
      add(gap, Sex.F, 5, 1000);
      assertEquals(
          List.of(1, 1, 0, 1), gap.result().quartiles().stream().map(Quartile::men).toList());
    }

    @Test
    void leftoversGoToLowerThenUpperMiddleThenLowerMiddle() {
      assertEquals(List.of(1, 0, 0, 0), sizes(1));
      assertEquals(List.of(1, 0, 1, 0), sizes(2));
      assertEquals(List.of(1, 1, 1, 0), sizes(3));
      assertEquals(List.of(1, 1, 1, 1), sizes(4));
      assertEquals(List.of(2, 1, 1, 1), sizes(5));
      assertEquals(List.of(2, 1, 2, 1), sizes(6));
      assertEquals(List.of(2, 2, 2, 1), sizes(7));
      assertEquals(List.of(1112, 1111, 1111, 1111), sizes(4445));
    }

    private List<Integer> sizes(int n) {
      GenderPayGap gap = new GenderPayGap();
      for (int i = 0; i < n; i++) {
        gap.add(i % 2 == 0 ? Sex.F : Sex.M, true, 2_000_000 + i, 0, FULL_TIME, 0);
      }
      return gap.result().quartiles().stream().map(Quartile::count).toList();
    }

    @Test
    void noBonusesAtAllLeavesTheBonusGapsNotApplicable() {
      GenderPayGap gap = new GenderPayGap();
      add(gap, Sex.F, 3, 1000);
      add(gap, Sex.M, 3, 1100);
      Result result = gap.result();
      assertNull(result.meanBonusGapPercent());
      assertNull(result.medianBonusGapPercent());
      assertEquals(percent("0.0"), result.malesReceivingBonusPercent());
      assertEquals(percent("0.0"), result.femalesReceivingBonusPercent());
      assertEquals(percent("9.1"), result.meanHourlyGapPercent());
    }

    @Test
    void noMenLeavesEveryGapNotApplicable() {
      GenderPayGap gap = new GenderPayGap();
      gap.add(Sex.F, true, 2_000_000, 0, FULL_TIME, 10_000);
      Result result = gap.result();
      assertNull(result.meanHourlyGapPercent());
      assertNull(result.medianHourlyGapPercent());
      assertNull(result.meanBonusGapPercent());
      assertNull(result.malesReceivingBonusPercent());
      assertEquals(percent("100.0"), result.femalesReceivingBonusPercent());
      assertNull(result.men().meanHourlyPay());
      assertEquals(quartile(PayQuartile.LOWER, 1, 0, 1, "0.0", "100.0"), result.quartiles().get(0));
      assertEquals(new Quartile(PayQuartile.UPPER, 0, 0, 0, null, null), result.quartiles().get(3));
    }

    @Test
    void nobodyAtAllIsNotApplicableEverywhere() {
      Result result = new GenderPayGap().result();
      assertEquals(0, result.relevantEmployees());
      assertNull(result.meanHourlyGapPercent());
      assertNull(result.femalesReceivingBonusPercent());
      assertEquals(4, result.quartiles().size());
    }

    @Test
    void menWithNoPayCannotBeDividedBy() {
      Result result =
          new GenderPayGap()
              .add(Sex.M, true, 0, 0, FULL_TIME, 0)
              .add(Sex.F, true, 1_000_000, 0, FULL_TIME, 0)
              .result();
      assertNull(result.meanHourlyGapPercent());
      assertNull(result.medianHourlyGapPercent());
    }

    @Test
    void womenPaidMoreGiveANegativeGap() {
      GenderPayGap gap = new GenderPayGap();
      add(gap, Sex.M, 1, 1000);
      add(gap, Sex.F, 1, 1100);
      assertEquals(percent("-10.0"), gap.result().meanHourlyGapPercent());
    }

    @Test
    void withoutTiesTheQuartilesAndMediansAreThoseOfThePlainRanking() {
      java.util.Random random = new java.util.Random(11);
      GenderPayGap gap = new GenderPayGap();
      java.util.List<long[]> ranked = new java.util.ArrayList<>();
      for (int i = 0; i < 1_003; i++) {
        Sex sex = random.nextInt(3) == 0 ? Sex.M : Sex.F;
        long annual = 1_500_000 + 1_000L * i + random.nextInt(1_000);
        gap.add(sex, true, annual, 0, FULL_TIME, 0);
        ranked.add(new long[] {annual, sex == Sex.M ? 1 : 0});
      }
      ranked.sort(java.util.Comparator.comparingLong(p -> p[0]));
      Result result = gap.result();
      int[] sizes = {251, 251, 251, 250};
      int start = 0;
      for (int q = 0; q < 4; q++) {
        long men = ranked.subList(start, start + sizes[q]).stream().filter(p -> p[1] == 1).count();
        assertEquals(sizes[q], result.quartiles().get(q).count());
        assertEquals(men, result.quartiles().get(q).men());
        start += sizes[q];
      }
      long[] women = ranked.stream().filter(p -> p[1] == 0).mapToLong(p -> p[0]).toArray();
      long twice =
          women.length % 2 == 1
              ? 2 * women[women.length / 2]
              : women[women.length / 2 - 1] + women[women.length / 2];
      assertEquals(
          Money.ofPence(
              new BigDecimal(twice * 7)
                  .divide(
                      new BigDecimal("365.28").multiply(BigDecimal.valueOf(2 * 37)),
                      0,
                      java.math.RoundingMode.HALF_UP)
                  .longValueExact()),
          result.women().medianHourlyPay());
    }

    @Test
    void impossibleAmountsNameTheirField() {
      InvalidInput e =
          assertThrows(
              InvalidInput.class, () -> new GenderPayGap().add(Sex.F, true, -1, 0, FULL_TIME, 0));
      assertEquals("paidAnnualPence", e.fieldProblems().get(0).field());
      assertThrows(
          InvalidInput.class,
          () -> new GenderPayGap().add(Sex.F, true, 0, 0, FULL_TIME, 10_000_000_001L));
    }
  }
}
