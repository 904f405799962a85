package org.bandwise.workforce.control;

import java.util.List;

/**
 * The columns of the staff file, as published in the import template and written by the export, in
 * this order; and the CSV-injection rule both sides share: a cell that starts with {@code =},
 * {@code +}, {@code -} or {@code @} is written with a leading {@code '} so a spreadsheet never runs
 * it as a formula, and an import reads that marker back as written.
 */
public final class StaffFileColumns {

  public static final List<String> COLUMNS =
      List.of(
          "staff_number",
          "first_name",
          "last_name",
          "work_email",
          "username",
          "post_number",
          "jd_reference",
          "unit",
          "pay_zone",
          "pay_structure",
          "band",
          "pay_point",
          "weekly_hours",
          "start_date",
          "leaving_date",
          "sex",
          "ethnicity",
          "disability",
          "date_of_birth",
          "union",
          "allowances_pence",
          "bonus_pence",
          "full_pay");

  /** Required in every file: the columns without which a row cannot be matched or recorded. */
  public static final List<String> REQUIRED =
      List.of("staff_number", "first_name", "last_name", "band", "pay_point", "weekly_hours");

  private StaffFileColumns() {}

  /** The template: the header row, CRLF-terminated. */
  public static String headerRow() {
    return String.join(",", COLUMNS) + "\r\n";
  }

  /** A cell as exported: prefixed with {@code '} when a spreadsheet would read it as a formula. */
  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell == null ? "" : cell;
    }
    char first = cell.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' ? "'" + cell : cell;
  }

  /** A cell as imported: the export's {@code '} marker before a formula character is removed. */
  public static String restore(String cell) {
    if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'') {
      char next = cell.charAt(1);
      if (next == '=' || next == '+' || next == '-' || next == '@') {
        return cell.substring(1);
      }
    }
    return cell;
  }
}
