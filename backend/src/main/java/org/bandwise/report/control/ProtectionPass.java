package org.bandwise.report.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.persistence.DatabaseMigrations;
import org.bandwise.protection.control.PaidPay;
import org.bandwise.protection.control.Protection;
import org.bandwise.protection.control.ProtectionRules;
import org.bandwise.workforce.control.BandRef;
import org.bandwise.workforce.control.ContractualPay;
import org.bandwise.workforce.control.PayPosition;
import org.bandwise.workforce.control.WeeklyHours;

/**
 * The protection report's pass: every protection active on the day with its holder's assignment
 * that day, unit and old band — one SQL statement, streamed row by row, soonest ending first; each
 * row's pay from the pay rules ({@link ProtectionRules#payOn}) and cost from {@link
 * ProtectionCost}, handed on at once.
 */
@ApplicationScoped
public class ProtectionPass {

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  DataSource dataSource;

  @Inject WorkforcePass workforce;

  /** One protected person on the day. Pay is annual, pro rata; 0 when not known. */
  public record Protected(
      String staffNumber,
      String name,
      String unit,
      String oldBand,
      Protection protection,
      long contractualPence,
      long paidPence,
      Map<Integer, Long> costByYear) {
    public long allowancePence() {
      return paidPence - contractualPence;
    }
  }

  private static final String SELECT =
      "SELECT s.staff_number, s.first_name, s.last_name, u.name, ob.name,"
          + " a.band_id, a.zone_code, a.pay_point, a.weekly_hours,"
          + " pp.type, pp.starts_on, pp.last_day, pp.protected_pence, pp.difference_pence,"
          + " pp.taper_json, pp.ended_on, pp.end_reason"
          + " FROM pay_protection pp JOIN staff_member s ON s.id = pp.staff_id"
          + " JOIN staff_assignment a ON a.staff_id = pp.staff_id AND a.effective_from <= ?"
          + " AND (a.effective_to IS NULL OR a.effective_to >= ?)"
          + " LEFT JOIN post p ON p.id = a.post_id LEFT JOIN org_unit u ON u.id = p.unit_id"
          + " LEFT JOIN pay_band ob ON ob.id = pp.protected_band_id"
          + " WHERE pp.starts_on <= ? AND pp.last_day >= ?"
          + " AND (pp.ended_on IS NULL OR pp.ended_on > ?)"
          + " AND (s.leaving_date IS NULL OR s.leaving_date >= ?)";

  private static final String ORDER = " ORDER BY pp.last_day, s.staff_number, pp.id";

  /** Hands every protection active on the scope's day, in the scope, to the consumer. */
  public void run(ReportScope scope, Consumer<Protected> consumer) {
    ReportLabels labels = workforce.labels();
    ContractualPay pay = new ContractualPay(workforce.scales(labels));
    LocalDate day = scope.day();
    String sql =
        scope.wholeOrganisation()
            ? SELECT + ORDER
            : WorkforcePass.UNIT_TREE + SELECT + " AND p.unit_id IN (SELECT id FROM sub)" + ORDER;
    try (Connection c = dataSource.getConnection();
        WorkforcePass.LongStatement longStatement = new WorkforcePass.LongStatement(c);
        PreparedStatement ps =
            c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      ps.setFetchSize(Integer.MIN_VALUE);
      ps.setQueryTimeout(WorkforcePass.QUERY_TIMEOUT_SECONDS);
      int i = 1;
      if (!scope.wholeOrganisation()) {
        ps.setString(i++, scope.unitId());
      }
      Date d = Date.valueOf(day);
      for (int k = 0; k < 6; k++) {
        ps.setDate(i++, d);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          consumer.accept(row(rs, day, pay, labels));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Protected row(ResultSet rs, LocalDate day, ContractualPay pay, ReportLabels labels)
      throws SQLException {
    String last = rs.getString(3);
    String name = last == null || last.isEmpty() ? rs.getString(2) : rs.getString(2) + " " + last;
    Protection protection = WorkforcePass.protection(rs, 10);
    ReportLabels.Band band = rs.getString(6) == null ? null : labels.bands().get(rs.getString(6));
    int point = rs.getInt(8);
    boolean hasPoint = !rs.wasNull();
    WeeklyHours hours = new WeeklyHours(rs.getBigDecimal(9));
    long contractual = 0;
    long paid = 0;
    Map<Integer, Long> cost = Map.of();
    if (band != null && hasPoint) {
      PayPosition position =
          new PayPosition(
              new BandRef(band.id(), band.name(), band.rank()), rs.getString(7), point, hours);
      if (pay.scales().inForce(position.band(), position.zone(), day).isPresent()) {
        Money fullTime;
        try {
          fullTime = pay.fullTimeOn(position, day);
        } catch (InvalidInput noSuchPoint) {
          fullTime = null;
        }
        if (fullTime != null) {
          PaidPay p = ProtectionRules.payOn(protection, day, fullTime, hours, pay.fullTimeHours());
          contractual = p.contractual().pence();
          paid = p.paid().pence();
          cost =
              ProtectionCost.byFinancialYear(protection, day, fullTime, hours, pay.fullTimeHours());
        }
      }
    }
    return new Protected(
        rs.getString(1),
        name,
        rs.getString(4),
        rs.getString(5),
        protection,
        contractual,
        paid,
        cost);
  }
}
