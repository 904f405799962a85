package org.bandwise.report.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bandwise.report.control.WorkforcePass.Detail;
import org.bandwise.report.control.WorkforcePass.Reading;
import org.bandwise.workforce.control.AgeBand;

/**
 * The SQL of {@link WorkforcePass} (its reading of one day in one statement or two, kept apart from
 * running it): for a reading, its protected people and its groups, and where each column of their
 * rows is. Every value from outside (the day, the split point) is a placeholder; numbers and dates
 * worked out here (unit keys, age-band cut-offs) are written in.
 */
final class PassStatements {

  private PassStatements() {}

  private static final String EMPLOYED =
      " f.effective_from <= ? AND (f.effective_to IS NULL OR f.effective_to >= ?)"
          + " AND (f.start_date IS NULL OR f.start_date <= ?)"
          + " AND (f.leaving_date IS NULL OR f.leaving_date >= ?)";

  private static final String PROTECTION_COLUMNS =
      "pp.type, pp.starts_on, pp.last_day, pp.protected_pence, pp.difference_pence,"
          + " pp.taper_json, pp.ended_on, pp.end_reason";

  private static final String NO_PROTECTION = "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL";

  // the columns of a row: the details, the pay inputs, the protection, the count, the part (0: a
  // protected person, 1: a group), the protected person's staff id, the age bands counted
  static final int SEX = 1;
  static final int ETHNIC_GROUP = 2;
  static final int DISABILITY = 3;
  static final int AGE_BAND = 4;
  static final int ALLOWANCES = 5;
  static final int BONUS = 6;
  static final int FULL_PAY = 7;
  static final int STRUCTURE = 8;
  static final int UNIT = 9;
  static final int JD = 10;
  static final int BAND = 11;
  static final int ZONE = 12;
  static final int POINT = 13;
  static final int HOURS = 14;
  static final int PROTECTION = 15;
  static final int COUNT = 23;
  static final int PART = 24;
  static final int STAFF = 25;
  static final int AGES = 26;

  /**
   * Which people a statement reads: everyone, or those whose staff id is below {@code split} (or
   * from it on). Any id is in exactly one half whatever the split point, which only decides how
   * even the halves are.
   */
  record People(String split, boolean below) {
    static final People EVERYONE = new People(null, false);

    /** The condition on the staff id in {@code column}, its placeholder bound to the split. */
    String condition(String column) {
      return split == null ? "" : " AND " + column + (below ? " < ?" : " >= ?");
    }
  }

  /**
   * Whether the reading counts age bands beside each group (one column a band) rather than grouping
   * by them: when it reads no pay, so that the database can group in the order of an index.
   */
  static boolean countsAgeBands(Reading reading) {
    return reading.details().contains(Detail.AGE_BAND) && !reading.pay();
  }

  /**
   * The SQL of a reading's protected people over {@code people}: one row a person and protection
   * active on the day, in order of person, latest protection first. The day (or the split) is added
   * to {@code params} for each of its placeholders.
   */
  static String protectedSql(
      Reading reading,
      ReportScope scope,
      List<Integer> unitKeys,
      People people,
      List<Object> params) {
    days(params, 4);
    split(params, people);
    days(params, 3);
    return "SELECT "
        + select(reading, scope.day())
        + PROTECTION_COLUMNS
        + ", 1 AS people, 0 AS part, pp.staff_id AS staff"
        + " FROM pay_protection pp JOIN report_fact f ON f.staff_id = pp.staff_id"
        + " WHERE"
        + EMPLOYED
        + inUnit(scope, unitKeys)
        + people.condition("pp.staff_id")
        + " AND pp.starts_on <= ? AND pp.last_day >= ?"
        + " AND (pp.ended_on IS NULL OR pp.ended_on > ?)"
        + " ORDER BY pp.staff_id, pp.starts_on DESC";
  }

  /**
   * The SQL of a reading's groups over {@code people}: everyone employed on the day, grouped by
   * what the reading reads, with their number. The groups are listed in the order of {@code
   * report_fact}'s indexes (V28: band, structure, unit, zone, point, hours; band, structure, sex,
   * ethnic group, disability), so that a reading those indexes hold is counted in index order, with
   * no table of groups; a reading of age bands without pay counts them beside each group ({@link
   * #countsAgeBands}). Text columns are binary (V28), so grouped as bytes. The day (or the split)
   * is added to {@code params} for each of its placeholders.
   */
  static String groupsSql(
      Reading reading,
      ReportScope scope,
      List<Integer> unitKeys,
      People people,
      List<Object> params) {
    days(params, 4);
    split(params, people);
    return "SELECT "
        + select(reading, scope.day())
        + NO_PROTECTION
        + ", COUNT(*) AS people, 1 AS part, NULL AS staff"
        + (countsAgeBands(reading) ? ageBandCounts(scope.day()) : "")
        + " FROM report_fact f"
        + " WHERE"
        + EMPLOYED
        + inUnit(scope, unitKeys)
        + people.condition("f.staff_id")
        + " GROUP BY "
        + String.join(", ", groupKeys(reading));
  }

  /** The columns a reading's rows are grouped by, in the order of the indexes, by column alias. */
  private static List<String> groupKeys(Reading reading) {
    List<String> keys = new ArrayList<>();
    columns(reading, LocalDate.EPOCH, keys);
    return keys;
  }

  /** The first columns of every row: the details and pay inputs, NULL where not read. */
  private static String select(Reading reading, LocalDate day) {
    String[] columns = columns(reading, day, new ArrayList<>());
    StringBuilder select = new StringBuilder();
    for (int i = 1; i <= HOURS; i++) {
      select.append(columns[i] == null ? "NULL" : columns[i]).append(", ");
    }
    return select.toString();
  }

  private static String[] columns(Reading reading, LocalDate day, List<String> keys) {
    Set<Detail> d = reading.details();
    String[] columns = new String[HOURS + 1];
    group(columns, keys, BAND, true, "f.band_key");
    group(columns, keys, STRUCTURE, d.contains(Detail.STRUCTURE), "f.structure_key");
    group(columns, keys, UNIT, d.contains(Detail.UNIT), "f.unit_key");
    group(columns, keys, ZONE, reading.pay(), "f.zone_key");
    group(columns, keys, POINT, reading.pay(), "f.pay_point");
    group(columns, keys, HOURS, reading.pay(), "f.weekly_hours");
    group(columns, keys, SEX, d.contains(Detail.SEX), "f.sex");
    group(columns, keys, ETHNIC_GROUP, d.contains(Detail.ETHNIC_GROUP), "f.ethnic_group");
    group(columns, keys, DISABILITY, d.contains(Detail.DISABILITY), "f.disability");
    group(
        columns,
        keys,
        AGE_BAND,
        d.contains(Detail.AGE_BAND) && !countsAgeBands(reading),
        ageBand(day));
    group(columns, keys, FULL_PAY, d.contains(Detail.FULL_PAY), "f.full_pay");
    group(columns, keys, ALLOWANCES, d.contains(Detail.ALLOWANCES), "f.allowances_pence");
    group(columns, keys, BONUS, d.contains(Detail.BONUS), "f.bonus_pence");
    group(columns, keys, JD, d.contains(Detail.JD), "f.jd_key");
    return columns;
  }

  /** The scope's units (numbers read from the database, never from a request), as SQL. */
  private static String inUnit(ReportScope scope, List<Integer> unitKeys) {
    return scope.wholeOrganisation()
        ? ""
        : unitKeys.stream()
            .map(String::valueOf)
            .collect(java.util.stream.Collectors.joining(", ", " AND f.unit_key IN (", ")"));
  }

  private static void group(
      String[] columns, List<String> keys, int column, boolean used, String expr) {
    if (used) {
      String alias = "k" + column;
      columns[column] = expr + " AS " + alias;
      keys.add(alias);
    }
  }

  private static void split(List<Object> params, People people) {
    if (people.split() != null) {
      params.add(people.split());
    }
  }

  private static void days(List<Object> params, int placeholders) {
    for (int k = 0; k < placeholders; k++) {
      params.add(Boolean.TRUE);
    }
  }

  /**
   * The position in {@link AgeBand} of the age band on the day, -1 when no date of birth is
   * recorded: the date of birth against each band's latest date of birth ({@link
   * AgeBand#latestBirthDateAged}), so the database groups by the rule's own age bands. The dates
   * are computed here, never taken from a request, so they are written into the SQL.
   */
  static String ageBand(LocalDate day) {
    AgeBand[] bands = AgeBand.values();
    StringBuilder sql = new StringBuilder("CASE WHEN f.date_of_birth IS NULL THEN -1");
    int youngest = 0;
    for (int b = bands.length - 1; b >= 0; b--) {
      if (bands[b].lowest() <= 0) {
        youngest = b;
        continue;
      }
      sql.append(" WHEN f.date_of_birth <= '")
          .append(AgeBand.latestBirthDateAged(bands[b].lowest(), day))
          .append("' THEN ")
          .append(b);
    }
    return sql.append(" ELSE ").append(youngest).append(" END").toString();
  }

  /**
   * The age bands counted beside each group, as columns: how many have a date of birth recorded,
   * then, for each band from the second youngest on, how many are at least its youngest age on the
   * day (born on or before {@link AgeBand#latestBirthDateAged}); a band's number is its column less
   * the next one's. The dates are computed here, never taken from a request.
   */
  static String ageBandCounts(LocalDate day) {
    StringBuilder sql = new StringBuilder(", COUNT(f.date_of_birth)");
    AgeBand[] bands = AgeBand.values();
    for (int b = 1; b < bands.length; b++) {
      sql.append(", SUM(f.date_of_birth <= '")
          .append(AgeBand.latestBirthDateAged(bands[b].lowest(), day))
          .append("')");
    }
    return sql.toString();
  }
}
