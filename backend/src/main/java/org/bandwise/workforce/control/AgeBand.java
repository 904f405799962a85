package org.bandwise.workforce.control;

import java.time.LocalDate;
import java.time.Period;

/** The age bands of equality reports, by age in whole years on a given day. */
public enum AgeBand {
  UNDER_25("Under 25", 0, 24),
  FROM_25_TO_34("25 to 34", 25, 34),
  FROM_35_TO_44("35 to 44", 35, 44),
  FROM_45_TO_54("45 to 54", 45, 54),
  FROM_55_TO_64("55 to 64", 55, 64),
  FROM_65("65 and over", 65, Integer.MAX_VALUE);

  private final String label;
  private final int lowest;
  private final int highest;

  AgeBand(String label, int lowest, int highest) {
    this.label = label;
    this.lowest = lowest;
    this.highest = highest;
  }

  public String label() {
    return label;
  }

  /**
   * Age in whole years on the day (a birthday counts from the day itself; 29 February from 1 March
   * in other years).
   */
  public static int age(LocalDate dateOfBirth, LocalDate on) {
    return Period.between(dateOfBirth, on).getYears();
  }

  /** The youngest age, in whole years, in the band. */
  public int lowest() {
    return lowest;
  }

  /** The oldest age, in whole years, in the band. */
  public int highest() {
    return highest;
  }

  /**
   * The latest date of birth of someone aged at least {@code years} on the day, by {@link #age}
   * itself (so 29 February is handled as there): everyone born on or before it is that old. Lets a
   * query put people in age bands by comparing dates of birth.
   */
  public static LocalDate latestBirthDateAged(int years, LocalDate on) {
    LocalDate d = on.minusYears(years);
    while (age(d, on) < years) {
      d = d.minusDays(1);
    }
    while (age(d.plusDays(1), on) >= years) {
      d = d.plusDays(1);
    }
    return d;
  }

  public static AgeBand of(LocalDate dateOfBirth, LocalDate on) {
    int age = age(dateOfBirth, on);
    for (AgeBand band : values()) {
      if (age >= band.lowest && age <= band.highest) {
        return band;
      }
    }
    return UNDER_25;
  }
}
