package org.bandwise.report.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.workforce.control.Percentages;
import org.bandwise.workforce.control.Sex;
import org.bandwise.workforce.control.WeeklyHours;

/**
 * The six gender pay gap measures of the Equality Act 2010 (Gender Pay Gap Information) Regulations
 * 2017 (public sector: SI 2017/353), as the GOV.UK guidance computes them.
 *
 * <ul>
 *   <li><b>Relevant employees</b> are those employed on the snapshot date (the caller passes
 *       exactly them); <b>full-pay relevant employees</b> are those not on reduced or nil pay
 *       because of leave. Hourly pay and quartiles use full-pay relevant employees; the bonus
 *       measures all relevant employees.
 *   <li><b>Hourly pay</b>: ordinary pay for the pay period holding the snapshot, a calendar month =
 *       (paid annual salary on the snapshot date, contractual pro rata plus protection, plus annual
 *       allowances) ÷ 12; weekly = that × 7 ÷ 30.44; hourly = weekly ÷ weekly contracted hours.
 *   <li><b>Gap</b> = (men's figure − women's figure) ÷ men's figure × 100, published to one decimal
 *       place (half up). Means and medians of hourly pay; of bonus pay over the men and the women
 *       who received one. A median of an even count is the mean of the middle two. With no men, no
 *       women or no bonuses to compare, a measure is not applicable (null), never a division by
 *       zero.
 *   <li><b>Quartiles</b>: ranked by hourly pay into four groups as equal as possible; one left over
 *       goes to the lower quartile, two to the lower and upper middle, three to the lower, lower
 *       middle and upper middle. People on the same hourly pay who straddle a boundary are split so
 *       that each side has, as far as whole people allow, the same proportion of men and women as
 *       the tie: the number of men placed below each boundary is the tie's share of men times the
 *       places below it, rounded half up. Each quartile's male percentage is rounded to one decimal
 *       place and the female percentage is 100 minus it, so the two always add up to 100.
 * </ul>
 *
 * <p><b>Streaming.</b> People are added one at a time, in any order, straight from a query, or many
 * at once when the query has grouped people who share every input (adding a group of n is the same
 * as adding its n people); the measure keeps one primitive long per full-pay employee (hourly pay
 * with the sex in its lowest bit) and one per bonus receiver, nothing else per person. Hourly pay
 * is held as an integer number of 10⁻⁸ pence, exact to well below any difference between two real
 * rates, and two people on the same rate (for example pro rata to different hours) get exactly the
 * same value, so ties are exact.
 */
public final class GenderPayGap {

  /** Hourly pay is held in units of 10⁻⁸ pence. */
  static final long UNITS_PER_PENNY = 100_000_000L;

  private static final BigInteger HOURLY_NUMERATOR = BigInteger.valueOf(7L * UNITS_PER_PENNY * 100);
  private static final BigInteger DAYS_IN_YEAR_HUNDREDTHS = BigInteger.valueOf(36_528);
  private static final long MAX_PENCE = 10_000_000_000L;

  /** One quartile: its headcount, how many men and women, and their percentages. */
  public record Quartile(
      PayQuartile quartile,
      int count,
      int men,
      int women,
      BigDecimal malePercent,
      BigDecimal femalePercent) {}

  /**
   * The headcounts and figures behind one sex's measures; a figure is null when there is nobody to
   * average.
   */
  public record SexFigures(
      int relevant,
      int fullPay,
      int receivingBonus,
      Money meanHourlyPay,
      Money medianHourlyPay,
      Money meanBonus,
      Money medianBonus) {}

  /** The six measures with the headcounts behind them; each percentage null when not applicable. */
  public record Result(
      int relevantEmployees,
      int fullPayRelevantEmployees,
      BigDecimal meanHourlyGapPercent,
      BigDecimal medianHourlyGapPercent,
      BigDecimal meanBonusGapPercent,
      BigDecimal medianBonusGapPercent,
      BigDecimal malesReceivingBonusPercent,
      BigDecimal femalesReceivingBonusPercent,
      List<Quartile> quartiles,
      SexFigures men,
      SexFigures women) {
    public Result {
      quartiles = List.copyOf(quartiles);
    }
  }

  private final LongList hourly = new LongList();
  private final LongList bonuses = new LongList();
  private final ExactSum[] hourlySum = {new ExactSum(), new ExactSum()};
  private final ExactSum[] bonusSum = {new ExactSum(), new ExactSum()};
  private final int[] relevant = new int[2];
  private final int[] fullPay = new int[2];
  private final int[] receivingBonus = new int[2];

  private static int index(Sex sex) {
    return sex == Sex.M ? 1 : 0;
  }

  /**
   * Adds one relevant employee.
   *
   * @param fullPay not on reduced or nil pay because of leave in the pay period
   * @param paidAnnualPence paid annual salary on the snapshot date (contractual pro rata plus
   *     protection)
   * @param annualAllowancesPence allowances counted as ordinary pay, a year's worth
   * @param weeklyHours contracted weekly hours
   * @param bonusPence bonus pay in the 12 months to the snapshot date (0 for none)
   * @throws InvalidInput naming the field when an amount is negative or beyond £100,000,000
   */
  public GenderPayGap add(
      Sex sex,
      boolean fullPay,
      long paidAnnualPence,
      long annualAllowancesPence,
      WeeklyHours weeklyHours,
      long bonusPence) {
    return add(sex, fullPay, paidAnnualPence, annualAllowancesPence, weeklyHours, bonusPence, 1);
  }

  /**
   * Adds {@code people} relevant employees who share every input above (a report's query groups
   * people on the same pay, hours, allowances and bonus): the same as adding each of them.
   */
  public GenderPayGap add(
      Sex sex,
      boolean fullPay,
      long paidAnnualPence,
      long annualAllowancesPence,
      WeeklyHours weeklyHours,
      long bonusPence,
      int people) {
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(weeklyHours, "weeklyHours");
    check("paidAnnualPence", paidAnnualPence);
    check("allowancesPence", annualAllowancesPence);
    check("bonusPence", bonusPence);
    if (people < 1) {
      throw new IllegalArgumentException("at least one person");
    }
    int s = index(sex);
    relevant[s] += people;
    if (fullPay) {
      long units = hourlyPayUnits(paidAnnualPence + annualAllowancesPence, weeklyHours);
      this.fullPay[s] += people;
      hourlySum[s].add(units, people);
      hourly.add(units << 1 | s, people);
    }
    if (bonusPence > 0) {
      receivingBonus[s] += people;
      bonusSum[s].add(bonusPence, people);
      bonuses.add(bonusPence << 1 | s, people);
    }
    return this;
  }

  private static void check(String field, long pence) {
    if (pence < 0 || pence > MAX_PENCE) {
      throw new InvalidInput(field, "Amounts must be between £0 and £100,000,000.");
    }
  }

  /**
   * Hourly pay in 10⁻⁸ pence: ordinary annual pay ÷ 12 × 7 ÷ 30.44 ÷ weekly hours, that is annual ×
   * 7 ÷ 365.28 ÷ hours, rounded half up.
   */
  static long hourlyPayUnits(long ordinaryAnnualPence, WeeklyHours weeklyHours) {
    BigDecimal hours = weeklyHours.value();
    if (hours.scale() <= 2 && hours.precision() - hours.scale() <= 3) {
      // hours in hundredths: units = annual × 7·10¹² ÷ (36,528 × hundredths), in long arithmetic
      long hundredths =
          hours.unscaledValue().longValueExact()
              * (hours.scale() == 2 ? 1 : hours.scale() == 1 ? 10 : 100);
      long divisor = 36_528L * hundredths;
      long whole = ordinaryAnnualPence / divisor;
      long rest = ordinaryAnnualPence % divisor;
      long scaled = rest * 7_000_000L;
      long middle = scaled / divisor;
      long remainder = (scaled % divisor) * 1_000_000L;
      return Math.addExact(
          Math.multiplyExact(whole, 7_000_000_000_000L),
          middle * 1_000_000L + (2 * remainder + divisor) / (2 * divisor));
    }
    return hourlyPayUnitsExact(ordinaryAnnualPence, weeklyHours);
  }

  /** The same with BigInteger arithmetic, for hours with more than two decimals. */
  static long hourlyPayUnitsExact(long ordinaryAnnualPence, WeeklyHours weeklyHours) {
    BigDecimal hours = weeklyHours.value();
    BigInteger numerator =
        BigInteger.valueOf(ordinaryAnnualPence)
            .multiply(HOURLY_NUMERATOR)
            .multiply(BigInteger.TEN.pow(Math.max(hours.scale(), 0)));
    BigInteger denominator = DAYS_IN_YEAR_HUNDREDTHS.multiply(hours.unscaledValue());
    return numerator
        .shiftLeft(1)
        .add(denominator)
        .divide(denominator.shiftLeft(1))
        .longValueExact();
  }

  /**
   * Hourly pay as the guidance defines it, rounded half up to the penny (for one person's view).
   */
  public static Money hourlyPay(long ordinaryAnnualPence, WeeklyHours weeklyHours) {
    return toPence(BigInteger.valueOf(hourlyPayUnits(ordinaryAnnualPence, weeklyHours)), 1);
  }

  private static Money toPence(BigInteger units, long count) {
    return Money.ofPence(
        new BigDecimal(units)
            .divide(
                BigDecimal.valueOf(UNITS_PER_PENNY).multiply(BigDecimal.valueOf(count)),
                0,
                RoundingMode.HALF_UP)
            .longValueExact());
  }

  public Result result() {
    int n = hourly.size();
    long[] ranked = hourly.sorted();
    long[] medianHourly2 = medianTimesTwo(ranked, n, fullPay);
    List<Quartile> quartiles = quartiles(ranked, n);

    long[] rankedBonus = bonuses.sorted();
    long[] medianBonus2 = medianTimesTwo(rankedBonus, bonuses.size(), receivingBonus);

    BigDecimal meanHourlyGap =
        Percentages.gap(
            hourlySum[1].value(),
            BigInteger.valueOf(fullPay[1]),
            hourlySum[0].value(),
            BigInteger.valueOf(fullPay[0]));
    BigDecimal medianHourlyGap = medianGap(medianHourly2, fullPay);
    BigDecimal meanBonusGap =
        Percentages.gap(
            bonusSum[1].value(),
            BigInteger.valueOf(receivingBonus[1]),
            bonusSum[0].value(),
            BigInteger.valueOf(receivingBonus[0]));
    BigDecimal medianBonusGap = medianGap(medianBonus2, receivingBonus);

    return new Result(
        relevant[0] + relevant[1],
        fullPay[0] + fullPay[1],
        meanHourlyGap,
        medianHourlyGap,
        meanBonusGap,
        medianBonusGap,
        Percentages.share(receivingBonus[1], relevant[1]),
        Percentages.share(receivingBonus[0], relevant[0]),
        quartiles,
        figures(1, medianHourly2, medianBonus2),
        figures(0, medianHourly2, medianBonus2));
  }

  private SexFigures figures(int s, long[] medianHourly2, long[] medianBonus2) {
    return new SexFigures(
        relevant[s],
        fullPay[s],
        receivingBonus[s],
        fullPay[s] == 0 ? null : toPence(hourlySum[s].value(), fullPay[s]),
        fullPay[s] == 0 ? null : toPence(BigInteger.valueOf(medianHourly2[s]), 2),
        receivingBonus[s] == 0
            ? null
            : Money.ofPence(
                new BigDecimal(bonusSum[s].value())
                    .divide(BigDecimal.valueOf(receivingBonus[s]), 0, RoundingMode.HALF_UP)
                    .longValueExact()),
        receivingBonus[s] == 0
            ? null
            : Money.ofPence(
                BigDecimal.valueOf(medianBonus2[s])
                    .divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP)
                    .longValueExact()));
  }

  private static BigDecimal medianGap(long[] median2, int[] counts) {
    if (counts[0] == 0 || counts[1] == 0) {
      return null;
    }
    return Percentages.gap(median2[1], median2[0]);
  }

  /**
   * Twice the median value of each sex (women at 0, men at 1) in a ranked packed array: the sum of
   * the middle two, or twice the middle one, so an even count's median stays exact.
   */
  private static long[] medianTimesTwo(long[] ranked, int n, int[] counts) {
    long[] result = new long[2];
    int[] seen = new int[2];
    for (int i = 0; i < n; i++) {
      int s = (int) (ranked[i] & 1);
      long value = ranked[i] >>> 1;
      int position = seen[s]++;
      int lowMiddle = (counts[s] - 1) / 2;
      int highMiddle = counts[s] / 2;
      if (position == lowMiddle) {
        result[s] += value;
      }
      if (position == highMiddle) {
        result[s] += value;
      }
    }
    return result;
  }

  /** The sizes of the four quartiles of n people, lower first. */
  static int[] quartileSizes(int n) {
    int q = n / 4;
    int r = n % 4;
    return new int[] {q + (r >= 1 ? 1 : 0), q + (r >= 3 ? 1 : 0), q + (r >= 2 ? 1 : 0), q};
  }

  private static List<Quartile> quartiles(long[] ranked, int n) {
    int[] sizes = quartileSizes(n);
    int[] ends = new int[4];
    int end = 0;
    for (int q = 0; q < 4; q++) {
      end += sizes[q];
      ends[q] = end;
    }
    long[] men = new long[4];
    int i = 0;
    while (i < n) {
      long value = ranked[i] >>> 1;
      int j = i;
      long tieMen = 0;
      while (j < n && ranked[j] >>> 1 == value) {
        tieMen += ranked[j] & 1;
        j++;
      }
      long tie = j - i;
      long menPlaced = 0;
      for (int q = 0; q < 4; q++) {
        int start = q == 0 ? 0 : ends[q - 1];
        int low = Math.max(i, start);
        int high = Math.min(j, ends[q]);
        if (low >= high) {
          continue;
        }
        long places = high - i;
        long menBelow = (2 * places * tieMen + tie) / (2 * tie);
        men[q] += menBelow - menPlaced;
        menPlaced = menBelow;
      }
      i = j;
    }
    List<Quartile> result = new ArrayList<>();
    PayQuartile[] names = PayQuartile.values();
    for (int q = 0; q < 4; q++) {
      int count = sizes[q];
      int m = (int) men[q];
      BigDecimal malePercent = Percentages.share(m, count);
      BigDecimal femalePercent =
          malePercent == null ? null : BigDecimal.valueOf(100).setScale(1).subtract(malePercent);
      result.add(new Quartile(names[q], count, m, count - m, malePercent, femalePercent));
    }
    return result;
  }
}
