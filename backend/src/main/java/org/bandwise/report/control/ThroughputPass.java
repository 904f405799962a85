package org.bandwise.report.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.bandwise.evaluation.control.WaitingTargets;
import org.bandwise.evaluation.entity.EvaluationStatus;
import org.bandwise.platform.persistence.DatabaseMigrations;

/**
 * Reads the evaluations requested in a period — one SQL statement, streamed — into {@link
 * EvaluationThroughput}: each request's directorate (its JD version's), request day, publication
 * day and status.
 */
@ApplicationScoped
public class ThroughputPass {

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  DataSource dataSource;

  /** Requests made from {@code from} to {@code to}, both included. */
  public EvaluationThroughput run(LocalDate from, LocalDate to, LocalDate today) {
    EvaluationThroughput throughput = new EvaluationThroughput(today);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT v.directorate, e.requested_at, e.published_at, e.status"
                    + " FROM evaluation e JOIN jd_version v ON v.id = e.jd_version_id"
                    + " WHERE e.requested_at >= ? AND e.requested_at < ?",
                ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
      ps.setFetchSize(Integer.MIN_VALUE);
      ps.setQueryTimeout(WorkforcePass.QUERY_TIMEOUT_SECONDS);
      ps.setTimestamp(1, Timestamp.valueOf(from.atStartOfDay()));
      ps.setTimestamp(2, Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Timestamp published = rs.getTimestamp(3);
          throughput.add(
              rs.getString(1),
              rs.getTimestamp(2).toLocalDateTime().toLocalDate(),
              published == null ? null : published.toLocalDateTime().toLocalDate(),
              WaitingTargets.open(EvaluationStatus.valueOf(rs.getString(4))));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return throughput;
  }
}
