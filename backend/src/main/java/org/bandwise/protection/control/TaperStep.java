package org.bandwise.protection.control;

import java.time.Period;
import java.util.Objects;

/** One stage of a cash-conserved taper: for this long, this percentage of the difference. */
public record TaperStep(Period length, int percent) {

  public TaperStep {
    Objects.requireNonNull(length, "length");
    if (length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException("a taper step lasts some time: " + length);
    }
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("a taper pays 0 to 100 per cent: " + percent);
    }
  }

  public static TaperStep years(int years, int percent) {
    return new TaperStep(Period.ofYears(years), percent);
  }
}
