package org.bandwise.workforce.control;

import java.util.Objects;
import org.bandwise.payband.entity.Money;

/** A pay point of a scale: its number and its full-time annual salary. */
public record ScalePoint(int number, Money fullTimeAnnual) {

  public ScalePoint {
    Objects.requireNonNull(fullTimeAnnual, "fullTimeAnnual");
    if (number < 1) {
      throw new IllegalArgumentException("a pay point number is 1 or more: " + number);
    }
    if (!fullTimeAnnual.isPositive()) {
      throw new IllegalArgumentException("a pay point's salary is positive: " + fullTimeAnnual);
    }
  }

  public static ScalePoint of(int number, long fullTimeAnnualPence) {
    return new ScalePoint(number, Money.ofPence(fullTimeAnnualPence));
  }
}
