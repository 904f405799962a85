package org.bandwise.workforce.control;

import java.math.BigDecimal;
import java.util.Objects;
import org.bandwise.platform.domain.InvalidInput;

/**
 * Contracted hours a week, exactly (18.5 is 18.5, never a binary fraction). More than 0 and at most
 * 168, the hours in a week; an import may hold a tighter limit of its own.
 */
public record WeeklyHours(BigDecimal value) implements Comparable<WeeklyHours> {

  private static final BigDecimal MAX = BigDecimal.valueOf(168);

  /** The full-time week of a pay structure unless it says otherwise. */
  public static final WeeklyHours DEFAULT_FULL_TIME = WeeklyHours.of("37");

  public WeeklyHours {
    Objects.requireNonNull(value, "value");
    if (value.signum() <= 0 || value.compareTo(MAX) > 0) {
      throw new InvalidInput(
          "weeklyHours", "Weekly hours must be more than 0 and no more than 168.");
    }
    value = value.stripTrailingZeros();
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
  }

  public static WeeklyHours of(String hours) {
    try {
      return new WeeklyHours(new BigDecimal(hours.trim()));
    } catch (NumberFormatException e) {
      throw new InvalidInput("weeklyHours", "Enter weekly hours as a number, like 37 or 18.5.");
    }
  }

  public static WeeklyHours of(long hours) {
    return new WeeklyHours(BigDecimal.valueOf(hours));
  }

  @Override
  public int compareTo(WeeklyHours other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toPlainString();
  }
}
