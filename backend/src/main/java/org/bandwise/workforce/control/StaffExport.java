package org.bandwise.workforce.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.bandwise.platform.persistence.DatabaseMigrations;

/**
 * Staff as the import template's columns ({@link StaffFileColumns}), for the export: the staff
 * search's filters, in staff-number order, read a thousand at a time from where the last batch
 * ended (keyset), so the whole workforce is streamed and never held. Values are written as an
 * import reads them back, so a file exported and imported again changes nothing.
 */
@ApplicationScoped
public class StaffExport {

  static final int BATCH = 1000;

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  DataSource dataSource;

  @jakarta.inject.Inject StaffDirectory directory;

  /**
   * Sends every matching staff member's row (template order, not yet neutralised) to {@code each}.
   */
  public void each(
      StaffDirectory.StaffFilter filter, LocalDate today, Consumer<List<String>> each) {
    StaffSearchSql search = directory.search(filter);
    if (search.matchesNobody()) {
      return;
    }
    StaffSearchSql.Sql matching = search.where();
    String where = " WHERE " + matching.text();
    List<Object> params = matching.params();
    String after = "";
    while (true) {
      String sql =
          "SELECT s.staff_number, s.first_name, s.last_name, s.work_email, au.username,"
              + " p.post_number, j.reference, u.name, a.zone_code, ps.code, b.code, a.pay_point,"
              + " a.weekly_hours, s.start_date, s.leaving_date, s.sex, s.ethnic_group, s.disability,"
              + " s.date_of_birth, s.union_code, s.allowances_pence, s.bonus_pence, s.full_pay"
              + " FROM staff_member s"
              + " LEFT JOIN staff_assignment a ON a.staff_id = s.id AND a.effective_from <= ?"
              + " AND (a.effective_to IS NULL OR a.effective_to >= ?)"
              + " LEFT JOIN post p ON p.id = a.post_id LEFT JOIN org_unit u ON u.id = p.unit_id"
              + " LEFT JOIN pay_band b ON b.id = a.band_id"
              + " LEFT JOIN job_description j ON j.id = p.jd_id"
              + " LEFT JOIN pay_structure ps ON ps.id = a.structure_id"
              + " LEFT JOIN app_user au ON au.id = s.user_id"
              + where
              + " AND s.staff_number > ? ORDER BY s.staff_number LIMIT "
              + BATCH;
      int rows = 0;
      try (Connection c = dataSource.getConnection();
          PreparedStatement s = c.prepareStatement(sql)) {
        int i = 1;
        s.setDate(i++, Date.valueOf(today));
        s.setDate(i++, Date.valueOf(today));
        for (Object p : params) {
          if (p instanceof LocalDate d) {
            s.setDate(i++, Date.valueOf(d));
          } else {
            s.setObject(i++, p);
          }
        }
        s.setString(i, after);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            rows++;
            after = r.getString(1);
            each.accept(row(r));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot read staff for the export", e);
      }
      if (rows < BATCH) {
        return;
      }
    }
  }

  private static List<String> row(ResultSet r) throws SQLException {
    List<String> cells = new ArrayList<>(StaffFileColumns.COLUMNS.size());
    for (int i = 1; i <= 11; i++) {
      cells.add(text(r.getString(i)));
    }
    Object point = r.getObject(12);
    cells.add(point == null ? "" : point.toString());
    BigDecimal hours = r.getBigDecimal(13);
    cells.add(hours == null ? "" : hours.stripTrailingZeros().toPlainString());
    cells.add(date(r.getDate(14)));
    cells.add(date(r.getDate(15)));
    cells.add(text(r.getString(16)));
    String ethnic = r.getString(17);
    cells.add(ethnic == null ? "" : EthnicGroup.valueOf(ethnic).label());
    String disability = r.getString(18);
    cells.add(disability == null ? "" : Disability.valueOf(disability).code());
    cells.add(date(r.getDate(19)));
    cells.add(text(r.getString(20)));
    cells.add(Long.toString(r.getLong(21)));
    cells.add(Long.toString(r.getLong(22)));
    cells.add(r.getBoolean(23) ? "Y" : "N");
    return cells;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String date(Date day) {
    return day == null ? "" : day.toLocalDate().toString();
  }
}
