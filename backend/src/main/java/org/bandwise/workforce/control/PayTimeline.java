package org.bandwise.workforce.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import org.bandwise.payband.entity.Money;

/**
 * An annual rate of pay that changes on given days (a pay award, a new point, protection ending)
 * and holds in between; nothing before its first step. Held exactly: a pro-rata amount is kept as
 * full-time salary × weekly hours over the structure's full-time hours and divided only when a
 * figure is rounded, so no penny is lost or invented on the way.
 *
 * <p>What a period earns follows the arrears rule of the pay policy: each day earns the annual rate
 * in force that day ÷ 12 ÷ the days in its month, summed per calendar month and rounded half up to
 * the penny per month. A whole month therefore earns a twelfth of the annual rate, whatever the
 * month's length, rounded to the penny as payroll pays it.
 */
public final class PayTimeline {

  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  /** Numerators (annual pence × divisor) from each step's day. */
  private final TreeMap<LocalDate, BigDecimal> steps;

  private final BigDecimal divisor;

  private PayTimeline(TreeMap<LocalDate, BigDecimal> steps, BigDecimal divisor) {
    this.steps = steps;
    this.divisor = divisor;
  }

  /** A timeline of pay pro rata to hours over the given full-time week. */
  public static Builder proRata(WeeklyHours fullTimeHours) {
    return new Builder(fullTimeHours.value());
  }

  /** No pay at any time. */
  public static PayTimeline none() {
    return new PayTimeline(new TreeMap<>(), BigDecimal.ONE);
  }

  /** Builds a timeline step by step; a later step on the same day replaces an earlier one. */
  public static final class Builder {
    private final BigDecimal divisor;
    private final TreeMap<LocalDate, BigDecimal> steps = new TreeMap<>();

    private Builder(BigDecimal divisor) {
      this.divisor = divisor;
    }

    /** From this day on: the full-time annual amount pro rata to the hours. */
    public Builder from(LocalDate day, BigDecimal fullTimeAnnualPence, WeeklyHours hours) {
      steps.put(Objects.requireNonNull(day), fullTimeAnnualPence.multiply(hours.value()));
      return this;
    }

    public Builder from(LocalDate day, Money fullTimeAnnual, WeeklyHours hours) {
      return from(day, BigDecimal.valueOf(fullTimeAnnual.pence()), hours);
    }

    /** From this day on nothing is paid (employment or an allowance ended). */
    public Builder nothingFrom(LocalDate day) {
      steps.put(Objects.requireNonNull(day), BigDecimal.ZERO);
      return this;
    }

    public PayTimeline build() {
      return new PayTimeline(new TreeMap<>(steps), divisor);
    }
  }

  /** The annual rate on the day, rounded half up to the penny. */
  public Money annualOn(LocalDate day) {
    return Money.ofPence(
        numeratorOn(day).divide(divisor, 0, RoundingMode.HALF_UP).longValueExact());
  }

  private BigDecimal numeratorOn(LocalDate day) {
    Map.Entry<LocalDate, BigDecimal> entry = steps.floorEntry(day);
    return entry == null ? BigDecimal.ZERO : entry.getValue();
  }

  /** The days on which the rate may change. */
  public NavigableSet<LocalDate> changeDates() {
    return Collections.unmodifiableNavigableSet(new TreeSet<>(steps.keySet()));
  }

  public PayTimeline plus(PayTimeline other) {
    return combine(other, BigDecimal::add);
  }

  public PayTimeline minus(PayTimeline other) {
    return combine(other, BigDecimal::subtract);
  }

  private PayTimeline combine(PayTimeline other, BinaryOperator<BigDecimal> op) {
    boolean same = divisor.compareTo(other.divisor) == 0;
    BigDecimal mine = same ? BigDecimal.ONE : other.divisor;
    BigDecimal theirs = same ? BigDecimal.ONE : divisor;
    TreeMap<LocalDate, BigDecimal> merged = new TreeMap<>();
    TreeSet<LocalDate> days = new TreeSet<>(steps.keySet());
    days.addAll(other.steps.keySet());
    for (LocalDate day : days) {
      merged.put(
          day, op.apply(numeratorOn(day).multiply(mine), other.numeratorOn(day).multiply(theirs)));
    }
    return new PayTimeline(merged, same ? divisor : divisor.multiply(other.divisor));
  }

  /**
   * What the days from {@code from} to {@code until} (both included) earn, month by month: each
   * calendar month's part rounded half up to the penny. Empty when {@code until} is before {@code
   * from}.
   */
  public List<MonthlyAmount> monthlyAmounts(LocalDate from, LocalDate until) {
    List<MonthlyAmount> months = new ArrayList<>();
    LocalDate start = from;
    while (!start.isAfter(until)) {
      YearMonth month = YearMonth.from(start);
      LocalDate monthEnd = month.atEndOfMonth();
      LocalDate end = monthEnd.isAfter(until) ? until : monthEnd;
      months.add(new MonthlyAmount(month, Money.ofPence(earnedWithinMonth(start, end))));
      start = end.plusDays(1);
    }
    return months;
  }

  /** The sum of {@link #monthlyAmounts} over the period. */
  public Money earned(LocalDate from, LocalDate until) {
    long total = 0;
    for (MonthlyAmount month : monthlyAmounts(from, until)) {
      total = Math.addExact(total, month.amount().pence());
    }
    return Money.ofPence(total);
  }

  private long earnedWithinMonth(LocalDate start, LocalDate end) {
    BigDecimal dayNumerators = BigDecimal.ZERO;
    LocalDate segmentStart = start;
    BigDecimal value = numeratorOn(start);
    for (Map.Entry<LocalDate, BigDecimal> change :
        steps.subMap(start, false, end, true).entrySet()) {
      long days = change.getKey().toEpochDay() - segmentStart.toEpochDay();
      dayNumerators = dayNumerators.add(value.multiply(BigDecimal.valueOf(days)));
      segmentStart = change.getKey();
      value = change.getValue();
    }
    long days = end.toEpochDay() - segmentStart.toEpochDay() + 1;
    dayNumerators = dayNumerators.add(value.multiply(BigDecimal.valueOf(days)));
    BigDecimal perDay =
        divisor.multiply(TWELVE).multiply(BigDecimal.valueOf(start.lengthOfMonth()));
    return dayNumerators.divide(perDay, 0, RoundingMode.HALF_UP).longValueExact();
  }
}
