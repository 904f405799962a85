package org.bandwise.workforce.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the staff search, on the staff record alone: the position each record keeps ({@link
 * CurrentPositions}) holds its unit, band and protection, so no filter joins and every count is one
 * index range. Written for the indexes (measured by {@code bench/staff-search.sh} over 100,000
 * staff):
 *
 * <ul>
 *   <li>unit, band and protection compare a column that leads an index ordered by name, so a page
 *       is read in order and stops after its rows;
 *   <li>the search words match in any of several ways (staff number, last name, first name, e-mail,
 *       "first last", the post's number), each with an index of its own. A page takes, from each
 *       way, its first rows in name order (enough for the page), and merges them; a count counts
 *       the union of the ways' matches.
 * </ul>
 *
 * @param unitIds the units the unit filter names (by id or exact name), or null for any
 * @param bandIds the bands the band filter names (by code, in any structure), or null for any
 */
record StaffSearchSql(
    StaffDirectory.StaffFilter filter, List<String> unitIds, List<String> bandIds) {

  /** SQL text and its positional parameters, in order. */
  record Sql(String text, List<Object> params) {}

  private static final String BY_NAME = " ORDER BY s.last_name, s.first_name, s.staff_number";

  /** Whether the filters name a unit or band that does not exist: nobody matches. */
  boolean matchesNobody() {
    return (unitIds != null && unitIds.isEmpty()) || (bandIds != null && bandIds.isEmpty());
  }

  /** The ids of one page of matches, in name order. */
  Sql pageOfIds(int offset, int size) {
    List<Object> params = new ArrayList<>();
    List<Way> ways = ways();
    String text;
    if (ways.isEmpty()) {
      text =
          "SELECT s.id FROM staff_member s WHERE "
              + filters(params)
              + BY_NAME
              + " LIMIT ? OFFSET ?";
    } else {
      List<String> parts = new ArrayList<>();
      for (Way way : ways) {
        params.addAll(way.params());
        parts.add(
            "(SELECT s.id, s.last_name, s.first_name, s.staff_number FROM staff_member s WHERE "
                + way.condition()
                + " AND "
                + filters(params)
                + BY_NAME
                + " LIMIT "
                + (offset + size)
                + ")");
      }
      text =
          "SELECT t.id FROM ("
              + String.join(" UNION ", parts)
              + ") t ORDER BY t.last_name, t.first_name, t.staff_number LIMIT ? OFFSET ?";
    }
    params.add(size);
    params.add(offset);
    return new Sql(text, params);
  }

  /** How many match. */
  Sql count() {
    List<Object> params = new ArrayList<>();
    List<Way> ways = ways();
    if (ways.isEmpty()) {
      return new Sql("SELECT COUNT(*) FROM staff_member s WHERE " + filters(params), params);
    }
    return new Sql("SELECT COUNT(*) FROM (" + union(ways, params) + ") t", params);
  }

  /**
   * A condition on {@code s} for every match, for a read that takes its own order (the export): the
   * filters, and the union of the ways the words match.
   */
  Sql where() {
    List<Object> params = new ArrayList<>();
    String text = filters(params);
    List<Way> ways = ways();
    if (!ways.isEmpty()) {
      text += " AND s.id IN (SELECT t.id FROM (" + union(ways, params) + ") t)";
    }
    return new Sql(text, params);
  }

  private String union(List<Way> ways, List<Object> params) {
    List<String> parts = new ArrayList<>();
    for (Way way : ways) {
      params.addAll(way.params());
      parts.add(
          "SELECT s.id FROM staff_member s WHERE " + way.condition() + " AND " + filters(params));
    }
    return String.join(" UNION ", parts);
  }

  /** The filters other than the words, as a condition on {@code s}. */
  private String filters(List<Object> params) {
    StringBuilder where = new StringBuilder("1 = 1");
    in(where, "s.current_unit_id", unitIds, params);
    in(where, "s.current_band_id", bandIds, params);
    for (Boolean flag : new Boolean[] {filter.atRisk(), filter.protectedPay()}) {
      if (flag != null) {
        where.append(" AND s.protected_now = ?");
        params.add(flag);
      }
    }
    return where.toString();
  }

  private static void in(
      StringBuilder where, String column, List<String> ids, List<Object> params) {
    if (ids == null) {
      return;
    }
    where.append(" AND ").append(column);
    where.append(ids.size() == 1 ? " = ?" : " IN (" + "?,".repeat(ids.size() - 1) + "?)");
    params.addAll(ids);
  }

  /** One way the words match, as a condition on {@code s}. */
  private record Way(String condition, List<Object> params) {}

  private List<Way> ways() {
    String words = filter.words() == null ? "" : filter.words().trim();
    if (words.isEmpty()) {
      return List.of();
    }
    String prefix = StaffDirectory.escapeLike(words) + "%";
    List<Way> ways = new ArrayList<>();
    ways.add(new Way("s.staff_number = ?", List.of(words)));
    ways.add(new Way("s.last_name LIKE ?", List.of(prefix)));
    ways.add(new Way("s.first_name LIKE ?", List.of(prefix)));
    ways.add(new Way("s.work_email LIKE ?", List.of(prefix)));
    int space = words.indexOf(' ');
    if (space > 0) {
      // "first last": the first name starts with the first word, so its index finds them
      ways.add(
          new Way(
              "s.first_name LIKE ? AND CONCAT(s.first_name, ' ', s.last_name) LIKE ?",
              List.of(StaffDirectory.escapeLike(words.substring(0, space)) + "%", prefix)));
    }
    ways.add(
        new Way(
            "s.current_post_id IN (SELECT wp.id FROM post wp WHERE wp.post_number = ?)",
            List.of(words)));
    return ways;
  }
}
