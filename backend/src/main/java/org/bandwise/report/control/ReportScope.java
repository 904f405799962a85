package org.bandwise.report.control;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * What a report covers: the day, and optionally one unit with every unit under it.
 *
 * @param unitId the unit's id, or null for the whole organisation
 * @param unitName its name, or null
 */
public record ReportScope(LocalDate day, String unitId, String unitName) {

  public ReportScope {
    Objects.requireNonNull(day, "day");
  }

  public boolean wholeOrganisation() {
    return unitId == null;
  }

  /**
   * The gender pay gap's default snapshot: the latest 31 March on or before today (the public
   * sector's snapshot date under SI 2017/353).
   */
  public static LocalDate latestThirtyFirstMarch(LocalDate today) {
    LocalDate thisYear = LocalDate.of(today.getYear(), Month.MARCH, 31);
    return today.isBefore(thisYear) ? thisYear.minusYears(1) : thisYear;
  }
}
