package org.bandwise.workforce.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Percentages as reports publish them: exact until the one rounding, half up to one decimal place;
 * null ("not applicable") where the figure would divide by zero.
 */
public final class Percentages {

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  private Percentages() {}

  /** {@code part} as a percentage of {@code whole} to one decimal place; null when whole is 0. */
  public static BigDecimal share(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return ratio(BigInteger.valueOf(part).multiply(HUNDRED), BigInteger.valueOf(whole));
  }

  /**
   * A gap: (reference − other) ÷ reference × 100, to one decimal place, where each figure is {@code
   * numerator ÷ denominator} exactly (a mean is a sum over a count); null when the reference figure
   * is zero or either count is zero.
   */
  public static BigDecimal gap(
      BigInteger referenceNumerator,
      BigInteger referenceDenominator,
      BigInteger otherNumerator,
      BigInteger otherDenominator) {
    if (referenceDenominator.signum() == 0
        || otherDenominator.signum() == 0
        || referenceNumerator.signum() == 0) {
      return null;
    }
    // (r/rd − o/od) / (r/rd) = (r·od − o·rd) / (r·od)
    BigInteger top = referenceNumerator.multiply(otherDenominator);
    BigInteger difference = top.subtract(otherNumerator.multiply(referenceDenominator));
    return ratio(difference.multiply(HUNDRED), top);
  }

  /** A gap between two exact figures each over a count of 1. */
  public static BigDecimal gap(long reference, long other) {
    return gap(
        BigInteger.valueOf(reference), BigInteger.ONE, BigInteger.valueOf(other), BigInteger.ONE);
  }

  private static BigDecimal ratio(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), 1, RoundingMode.HALF_UP);
  }
}
