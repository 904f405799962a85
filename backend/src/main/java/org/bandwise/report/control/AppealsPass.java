package org.bandwise.report.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.bandwise.appeal.control.AppealKind;
import org.bandwise.appeal.control.AppealStatus;
import org.bandwise.calendar.control.WorkingDays;
import org.bandwise.platform.persistence.DatabaseMigrations;

/**
 * Reads the appeals lodged in a period — one SQL statement, streamed, each appeal's first decision
 * day from its steps by index — into {@link AppealsSummary}.
 */
@ApplicationScoped
public class AppealsPass {

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  DataSource dataSource;

  /** Appeals first lodged from {@code from} to {@code to}, both included. */
  public AppealsSummary run(LocalDate from, LocalDate to, LocalDate today, WorkingDays days) {
    AppealsSummary summary = new AppealsSummary(days, today);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT a.kind, a.status, a.decision, COALESCE(a.first_lodged_on, a.lodged_on),"
                    + " a.decide_by, (SELECT MIN(s.taken_at) FROM appeal_step s"
                    + " WHERE s.appeal_id = a.id AND s.status = 'DECIDED')"
                    + " FROM appeal a WHERE COALESCE(a.first_lodged_on, a.lodged_on) BETWEEN ? AND ?",
                ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
      ps.setFetchSize(Integer.MIN_VALUE);
      ps.setQueryTimeout(WorkforcePass.QUERY_TIMEOUT_SECONDS);
      ps.setDate(1, Date.valueOf(from));
      ps.setDate(2, Date.valueOf(to));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Date decideBy = rs.getDate(5);
          Timestamp decided = rs.getTimestamp(6);
          summary.add(
              AppealKind.valueOf(rs.getString(1)),
              AppealStatus.valueOf(rs.getString(2)),
              rs.getString(3),
              rs.getDate(4).toLocalDate(),
              decided == null ? null : decided.toLocalDateTime().toLocalDate(),
              decideBy == null ? null : decideBy.toLocalDate());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return summary;
  }
}
