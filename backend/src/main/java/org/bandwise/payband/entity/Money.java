package org.bandwise.payband.entity;

import java.text.NumberFormat;
import java.util.Locale;

/** An exact amount of money in whole pence; never a floating-point number. */
public record Money(long pence) implements Comparable<Money> {

  public static Money ofPence(long pence) {
    return new Money(pence);
  }

  /**
   * Reads pounds as people write them ("37909", "£37,909.50"). Rejects fractions of a penny rather
   * than rounding them: a salary is a whole number of pence.
   */
  public static Money parsePounds(String text) {
    String cleaned = text.trim().replace("£", "").replace(",", "");
    if (!cleaned.matches("-?\\d+(\\.\\d{1,2})?")) {
      throw new IllegalArgumentException("not an amount in pounds and pence: " + text);
    }
    boolean negative = cleaned.startsWith("-");
    String unsigned = negative ? cleaned.substring(1) : cleaned;
    String[] parts = unsigned.split("\\.");
    long pounds = Long.parseLong(parts[0]);
    long pence = parts.length == 1 ? 0 : Long.parseLong((parts[1] + "0").substring(0, 2));
    long total = Math.addExact(Math.multiplyExact(pounds, 100), pence);
    return new Money(negative ? -total : total);
  }

  public boolean isPositive() {
    return pence > 0;
  }

  /** "£37,909" for whole pounds, "£37,909.50" otherwise. */
  public String format() {
    NumberFormat pounds = NumberFormat.getIntegerInstance(Locale.UK);
    long whole = Math.abs(pence) / 100;
    long rest = Math.abs(pence) % 100;
    String sign = pence < 0 ? "-" : "";
    return sign + "£" + pounds.format(whole) + (rest == 0 ? "" : String.format(".%02d", rest));
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(pence, other.pence);
  }
}
