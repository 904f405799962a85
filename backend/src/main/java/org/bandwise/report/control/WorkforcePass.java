package org.bandwise.report.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.persistence.DatabaseMigrations;
import org.bandwise.protection.control.EndReason;
import org.bandwise.protection.control.PaidPay;
import org.bandwise.protection.control.Protection;
import org.bandwise.protection.control.ProtectionRules;
import org.bandwise.protection.control.ProtectionType;
import org.bandwise.workforce.control.BandRef;
import org.bandwise.workforce.control.ContractualPay;
import org.bandwise.workforce.control.Disability;
import org.bandwise.workforce.control.EthnicGroup;
import org.bandwise.workforce.control.PayPosition;
import org.bandwise.workforce.control.PayScales;
import org.bandwise.workforce.control.Sex;
import org.bandwise.workforce.control.StaffDirectory;
import org.bandwise.workforce.control.WeeklyHours;
import org.bandwise.workforce.control.WorkforceScales;

/**
 * The one streaming pass every workforce report makes: everyone employed on the day (started on or
 * before it, not left before it) with the assignment covering it, the unit and JD of its post, and
 * the protection active that day — one SQL statement, read row by row (the driver streams), each
 * row turned into a {@link PersonOnDay} whose pay comes from the pay rules ({@link ContractualPay}
 * and {@link ProtectionRules}) and handed on at once. Nothing per person is kept here, so the pass
 * runs in the same memory for 20,000 staff or 1.4 million.
 *
 * <p>A unit scope covers the unit and every unit under it (a recursive query over the unit tree),
 * joined through the posts' unit index.
 */
@ApplicationScoped
public class WorkforcePass {

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  DataSource dataSource;

  @Inject WorkforceScales workforceScales;

  private static final String SELECT =
      "SELECT s.sex, s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence,"
          + " s.bonus_pence, s.full_pay, a.structure_id, a.band_id, a.zone_code, a.pay_point,"
          + " a.weekly_hours, p.unit_id, p.jd_id, pp.type, pp.starts_on, pp.last_day,"
          + " pp.protected_pence, pp.difference_pence, pp.taper_json, pp.ended_on, pp.end_reason"
          + " FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id"
          + " LEFT JOIN post p ON p.id = a.post_id"
          + " LEFT JOIN pay_protection pp ON pp.id = (SELECT p2.id FROM pay_protection p2"
          + " WHERE p2.staff_id = a.staff_id AND p2.starts_on <= ? AND p2.last_day >= ?"
          + " AND (p2.ended_on IS NULL OR p2.ended_on > ?) ORDER BY p2.starts_on DESC LIMIT 1)"
          + " WHERE a.effective_from <= ? AND (a.effective_to IS NULL OR a.effective_to >= ?)"
          + " AND (s.start_date IS NULL OR s.start_date <= ?)"
          + " AND (s.leaving_date IS NULL OR s.leaving_date >= ?)";

  static final int QUERY_TIMEOUT_SECONDS = 120;

  static final String UNIT_TREE =
      "WITH RECURSIVE sub (id) AS (SELECT id FROM org_unit WHERE id = ?"
          + " UNION ALL SELECT u.id FROM org_unit u JOIN sub ON u.parent_id = sub.id) ";

  /**
   * The scope of a report: the day and, when {@code unit} is given, that unit (its id or exact
   * name).
   *
   * @throws InvalidInput naming {@code unit} when there is no such unit
   */
  public ReportScope scope(LocalDate day, String unit) {
    if (unit == null || unit.isBlank()) {
      return new ReportScope(day, null, null);
    }
    String wanted = unit.trim();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, name FROM org_unit WHERE id = ? OR name = ? ORDER BY id = ? DESC")) {
      ps.setString(1, wanted);
      ps.setString(2, wanted);
      ps.setString(3, wanted);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return new ReportScope(day, rs.getString(1), rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    throw new InvalidInput("unit", "There is no unit called " + wanted + ".");
  }

  /** The names of bands (with their structures), units and JDs. */
  public ReportLabels labels() {
    Map<String, ReportLabels.Band> bands = new HashMap<>();
    Map<String, ReportLabels.Unit> units = new HashMap<>();
    Map<String, ReportLabels.Jd> jds = new HashMap<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT b.id, b.code, b.name, b.band_rank, s.id, s.code, s.name"
                      + " FROM pay_band b JOIN pay_structure s ON s.id = b.structure_id");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          bands.put(
              rs.getString(1),
              new ReportLabels.Band(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getInt(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7)));
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM org_unit");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          units.put(rs.getString(1), new ReportLabels.Unit(rs.getString(1), rs.getString(2)));
        }
      }
      try (PreparedStatement ps =
              c.prepareStatement("SELECT id, reference, title FROM job_description");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          jds.put(
              rs.getString(1),
              new ReportLabels.Jd(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new ReportLabels(bands, units, jds);
  }

  /** Hands everyone employed on the scope's day, in the scope, to the consumer, one at a time. */
  public void run(ReportScope scope, ReportLabels labels, Consumer<PersonOnDay> consumer) {
    ContractualPay pay = new ContractualPay(scales(labels));
    LocalDate day = scope.day();
    String sql =
        scope.wholeOrganisation()
            ? SELECT
            : UNIT_TREE + SELECT + " AND p.unit_id IN (SELECT id FROM sub)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      ps.setFetchSize(Integer.MIN_VALUE);
      // one pass over 1.4 million people may outlast the pool's 10 s statement limit
      ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      int i = 1;
      if (!scope.wholeOrganisation()) {
        ps.setString(i++, scope.unitId());
      }
      Date d = Date.valueOf(day);
      for (int k = 0; k < 7; k++) {
        ps.setDate(i++, d);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          consumer.accept(person(rs, day, pay, labels));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  PayScales scales(ReportLabels labels) {
    return workforceScales.forBands(labels.bands().keySet());
  }

  private static PersonOnDay person(
      ResultSet rs, LocalDate day, ContractualPay pay, ReportLabels labels) throws SQLException {
    String sex = rs.getString(1);
    String ethnic = rs.getString(2);
    String disability = rs.getString(3);
    Date dob = rs.getDate(4);
    long allowances = rs.getLong(5);
    long bonus = rs.getLong(6);
    boolean fullPay = rs.getBoolean(7);
    String structureId = rs.getString(8);
    String bandId = rs.getString(9);
    String zone = rs.getString(10);
    int point = rs.getInt(11);
    boolean hasPoint = !rs.wasNull();
    BigDecimal hoursValue = rs.getBigDecimal(12);
    WeeklyHours hours = new WeeklyHours(hoursValue);
    String unitId = rs.getString(13);
    String jdId = rs.getString(14);
    ReportLabels.Band band = bandId == null ? null : labels.bands().get(bandId);
    if (structureId == null && band != null) {
      structureId = band.structureId();
    }
    boolean payKnown = false;
    long contractual = 0;
    long protection = 0;
    if (band != null && hasPoint) {
      PayPosition position =
          new PayPosition(new BandRef(band.id(), band.name(), band.rank()), zone, point, hours);
      if (pay.scales().inForce(position.band(), zone, day).isPresent()) {
        Money fullTime = null;
        try {
          fullTime = pay.fullTimeOn(position, day);
        } catch (InvalidInput noSuchPoint) {
          fullTime = null;
        }
        if (fullTime != null) {
          PaidPay paid =
              ProtectionRules.payOn(protection(rs), day, fullTime, hours, pay.fullTimeHours());
          payKnown = true;
          contractual = paid.contractual().pence();
          protection = paid.protectionAllowance().pence();
        }
      }
    }
    return new PersonOnDay(
        sex(sex),
        known(EthnicGroup.class, ethnic),
        known(Disability.class, disability),
        PersonOnDay.ageBand(dob == null ? null : dob.toLocalDate(), day),
        fullPay,
        allowances,
        bonus,
        structureId,
        bandId,
        unitId,
        jdId,
        hours,
        payKnown,
        contractual,
        protection);
  }

  /** A recorded sex, or null when none (or none the report can use) is recorded. */
  private static Sex sex(String code) {
    if (code == null) {
      return null;
    }
    String c = code.trim().toUpperCase(java.util.Locale.ROOT);
    return c.equals("F") ? Sex.F : c.equals("M") ? Sex.M : null;
  }

  /** A recorded value, or null (counted as not recorded) when it is none of the enum's. */
  private static <E extends Enum<E>> E known(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  static Protection protection(ResultSet rs) throws SQLException {
    return protection(rs, 15);
  }

  /**
   * The protection read from the columns from {@code first} on (type, starts, last day, protected,
   * difference, taper, ended, reason).
   */
  static Protection protection(ResultSet rs, int first) throws SQLException {
    String type = rs.getString(first);
    if (type == null) {
      return null;
    }
    Date endedOn = rs.getDate(first + 6);
    Optional<Protection.Ending> ending =
        endedOn == null || rs.getString(first + 7) == null
            ? Optional.empty()
            : Optional.of(
                new Protection.Ending(
                    EndReason.valueOf(rs.getString(first + 7)), endedOn.toLocalDate(), null));
    return new Protection(
        ProtectionType.valueOf(type),
        rs.getDate(first + 1).toLocalDate(),
        rs.getDate(first + 2).toLocalDate(),
        Money.ofPence(rs.getLong(first + 3)),
        Money.ofPence(rs.getLong(first + 4)),
        StaffDirectory.taper(rs.getString(first + 5)),
        ending);
  }
}
