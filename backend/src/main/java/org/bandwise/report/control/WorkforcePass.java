package org.bandwise.report.control;

import static org.bandwise.report.control.PassStatements.AGES;
import static org.bandwise.report.control.PassStatements.AGE_BAND;
import static org.bandwise.report.control.PassStatements.ALLOWANCES;
import static org.bandwise.report.control.PassStatements.BAND;
import static org.bandwise.report.control.PassStatements.BONUS;
import static org.bandwise.report.control.PassStatements.COUNT;
import static org.bandwise.report.control.PassStatements.DISABILITY;
import static org.bandwise.report.control.PassStatements.ETHNIC_GROUP;
import static org.bandwise.report.control.PassStatements.FULL_PAY;
import static org.bandwise.report.control.PassStatements.HOURS;
import static org.bandwise.report.control.PassStatements.JD;
import static org.bandwise.report.control.PassStatements.POINT;
import static org.bandwise.report.control.PassStatements.PROTECTION;
import static org.bandwise.report.control.PassStatements.SEX;
import static org.bandwise.report.control.PassStatements.STAFF;
import static org.bandwise.report.control.PassStatements.STRUCTURE;
import static org.bandwise.report.control.PassStatements.UNIT;
import static org.bandwise.report.control.PassStatements.ZONE;
import static org.bandwise.report.control.PassStatements.countsAgeBands;
import static org.bandwise.report.control.PassStatements.groupsSql;
import static org.bandwise.report.control.PassStatements.protectedSql;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.ObjIntConsumer;
import javax.sql.DataSource;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.persistence.DatabaseMigrations;
import org.bandwise.protection.control.EndReason;
import org.bandwise.protection.control.PaidPay;
import org.bandwise.protection.control.Protection;
import org.bandwise.protection.control.ProtectionRules;
import org.bandwise.protection.control.ProtectionType;
import org.bandwise.workforce.control.AgeBand;
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
 * The one pass every workforce report makes over everyone employed on the day (started on or before
 * it, not left before it) with the assignment covering it — read from {@code report_fact} (V26: one
 * narrow row per assignment with the person's and the post's columns the reports read, kept in step
 * by triggers; V27: bands, structures, zones, units and JDs as their small {@code report_key}
 * numbers, which group several times faster than their ids; V28: binary text and two indexes in the
 * band distribution's grouping order), two statements at once (one a reading, or one a half of the
 * people for a report of one reading), each read row by row (the driver streams). The database does
 * the counting: people who share everything a report reads about them (its {@link Detail}s and,
 * when it needs pay, their band, zone, pay point and hours) are one row with their number, so the
 * pay rules ({@link ContractualPay}, {@link ProtectionRules}) run once per group rather than once
 * per person, and only the columns a report needs leave the database. People with a protection
 * active on the day are also read one by one, with the latest active protection, and taken out of
 * their group in Java. Each row becomes a {@link PersonOnDay} handed on with its count; nothing per
 * person is kept here, so the pass runs in the same memory for 20,000 staff or 1.4 million.
 *
 * <p>Indexes: the band distribution's pay by unit and band is read from {@code ix_report_fact_pay}
 * and its representation from {@code ix_report_fact_people}, each in index order, from end to end
 * (each index holds every column its reading filters on and groups by); the other reports read
 * {@code report_fact}'s primary key (staff id, effective from), each half as a range of it. The
 * primary key also finds a protected person's assignments; {@code ix_pay_protection_staff} finds
 * protections. A unit scope covers the unit and every unit under it (a recursive query over the
 * unit tree, run once before the statements), matched by number against the fact's unit.
 */
@ApplicationScoped
public class WorkforcePass {

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  DataSource dataSource;

  @Inject WorkforceScales workforceScales;

  /** Runs the second half of a pass beside the first; none: both halves one after the other. */
  @Resource ManagedExecutorService executor;

  /** What a report reads about each person besides their band; people are grouped by these. */
  public enum Detail {
    SEX,
    ETHNIC_GROUP,
    DISABILITY,
    AGE_BAND,
    ALLOWANCES,
    BONUS,
    FULL_PAY,
    STRUCTURE,
    UNIT,
    JD
  }

  /**
   * One reading of the pass: the details it needs, whether it needs pay (then people are grouped by
   * band, zone, pay point and hours too, and the protected ones come one by one), and who takes
   * each group with its number of people.
   */
  public record Reading(Set<Detail> details, boolean pay, ObjIntConsumer<PersonOnDay> consumer) {
    public Reading {
      details = details.isEmpty() ? EnumSet.noneOf(Detail.class) : EnumSet.copyOf(details);
      Objects.requireNonNull(consumer, "consumer");
    }
  }

  static final int QUERY_TIMEOUT_SECONDS = 120;

  /**
   * Where the people are split in two when no better point is known (an empty table): each half of
   * a single reading is read on its own connection, so that the database groups both at once on two
   * cores.
   */
  static final String SPLIT = "8";

  /** How long a split point is used before it is looked up again. */
  static final long SPLIT_KEPT_NANOS = TimeUnit.MINUTES.toNanos(10);

  private volatile String splitAt;
  private volatile long splitLookedUp;

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

  /**
   * The names of bands (with their structures), units and JDs, and the ids of their numbers in
   * {@code report_fact}.
   */
  public ReportLabels labels() {
    Map<String, ReportLabels.Band> bands = new HashMap<>();
    Map<String, ReportLabels.Unit> units = new HashMap<>();
    Map<String, ReportLabels.Jd> jds = new HashMap<>();
    Map<Integer, String> structureKeys = new HashMap<>();
    Map<Integer, String> bandKeys = new HashMap<>();
    Map<Integer, String> zoneKeys = new HashMap<>();
    Map<Integer, String> unitKeys = new HashMap<>();
    Map<Integer, String> jdKeys = new HashMap<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT b.id, b.code, b.name, b.band_rank, s.id, s.code, s.name, b.report_key"
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
          bandKeys.put(rs.getInt(8), rs.getString(1));
        }
      }
      keys(c, "SELECT report_key, id FROM pay_structure", structureKeys);
      keys(c, "SELECT report_key, code FROM pay_zone", zoneKeys);
      try (PreparedStatement ps = c.prepareStatement("SELECT id, name, report_key FROM org_unit");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          units.put(rs.getString(1), new ReportLabels.Unit(rs.getString(1), rs.getString(2)));
          unitKeys.put(rs.getInt(3), rs.getString(1));
        }
      }
      try (PreparedStatement ps =
              c.prepareStatement("SELECT id, reference, title, report_key FROM job_description");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          jds.put(
              rs.getString(1),
              new ReportLabels.Jd(rs.getString(1), rs.getString(2), rs.getString(3)));
          jdKeys.put(rs.getInt(4), rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new ReportLabels(
        bands,
        units,
        jds,
        new ReportLabels.Keys(structureKeys, bandKeys, zoneKeys, unitKeys, jdKeys));
  }

  private static void keys(Connection c, String sql, Map<Integer, String> keys)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        keys.put(rs.getInt(1), rs.getString(2));
      }
    }
  }

  /**
   * Runs the readings and hands each group of people employed on the scope's day, in the scope, to
   * its reading's consumer with its size. Two statements run at once, each on its own connection,
   * so that the database works on two cores: one for each reading when there are several, or, for
   * one reading, one for each half of the people by staff id ({@link #split}). Each statement sees
   * the data as it was when it started: a write committed between the two starts can be seen by one
   * and not the other (each reading's own figures always agree with each other).
   *
   * <p>A reading with pay reads its protected people first (one row each), then its groups, which
   * count everyone: a group is handed on less the protected people read with the same values, so
   * each person is added once, with or without their protection. (Leaving the protected out of the
   * groups in SQL, by an anti-join, cost more than the whole join here.) The two are separate
   * statements in one snapshot ({@link OneSnapshot}): as one {@code UNION ALL} in that order, the
   * database copied both into a table of its own to sort them, which cost more than the protected
   * themselves.
   */
  public void run(ReportScope scope, ReportLabels labels, Reading... readings) {
    PayScales scales = scales(labels);
    List<Integer> unitKeys = unitKeys(scope);
    Object lock = new Object();
    List<Runnable> statements = new ArrayList<>();
    if (readings.length == 1) {
      String split = split();
      for (PassStatements.People half :
          List.of(
              new PassStatements.People(split, true), new PassStatements.People(split, false))) {
        statements.add(
            () -> runStatement(scope, unitKeys, labels, scales, lock, readings[0], half));
      }
    } else {
      for (Reading reading : readings) {
        statements.add(
            () ->
                runStatement(
                    scope,
                    unitKeys,
                    labels,
                    scales,
                    lock,
                    reading,
                    PassStatements.People.EVERYONE));
      }
    }
    runAtOnce(statements);
  }

  /**
   * Runs the first statement on this thread and the others on the executor at the same time (on
   * this thread after the first when the executor has no thread to spare).
   */
  private void runAtOnce(List<Runnable> statements) {
    List<Future<?>> others = new ArrayList<>();
    List<Runnable> here = new ArrayList<>(List.of(statements.get(0)));
    for (Runnable statement : statements.subList(1, statements.size())) {
      try {
        if (executor == null) {
          here.add(statement);
        } else {
          others.add(executor.submit(statement));
        }
      } catch (RejectedExecutionException busy) {
        here.add(statement);
      }
    }
    boolean done = false;
    try {
      here.forEach(Runnable::run);
      for (Future<?> other : others) {
        other.get();
      }
      done = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      if (!done) {
        others.forEach(other -> other.cancel(true));
      }
    }
  }

  /**
   * One statement: one reading over {@code people}, on its own connection. It holds its people's
   * protections and groups alike, so it subtracts its own protected people from its own groups;
   * groups are handed on one at a time (under {@code lock}), and every rule adds groups up exactly,
   * in any order.
   */
  private void runStatement(
      ReportScope scope,
      List<Integer> unitKeys,
      ReportLabels labels,
      PayScales scales,
      Object lock,
      Reading reading,
      PassStatements.People people) {
    ContractualPay pay = new ContractualPay(scales);
    LocalDate day = scope.day();
    Map<String, long[]> payMemo = new HashMap<>();
    Map<String, Integer> protectedPeople = new HashMap<>();
    AgeBand[] ageBands = AgeBand.values();
    String[] lastProtected = new String[1];
    try (Connection c = dataSource.getConnection();
        LongStatement longStatement = new LongStatement(c);
        OneSnapshot snapshot = new OneSnapshot(c)) {
      if (reading.pay()) {
        List<Object> params = new ArrayList<>();
        String sql = protectedSql(reading, scope, unitKeys, people, params);
        read(
            c,
            sql,
            params,
            day,
            rs -> {
              // by person, latest protection first: the others are not in force on the day
              String staffId = rs.getString(STAFF);
              if (!staffId.equals(lastProtected[0])) {
                lastProtected[0] = staffId;
                protectedPeople.merge(key(rs), 1, Integer::sum);
                hand(reading, person(rs, reading, day, pay, labels, payMemo, null), 1, lock);
              }
            });
      }
      List<Object> params = new ArrayList<>();
      String sql = groupsSql(reading, scope, unitKeys, people, params);
      read(
          c,
          sql,
          params,
          day,
          rs -> {
            long count = rs.getLong(COUNT);
            if (!protectedPeople.isEmpty()) {
              Integer read = protectedPeople.remove(key(rs));
              count -= read == null ? 0 : read;
            }
            if (count <= 0) {
              return;
            }
            if (!countsAgeBands(reading)) {
              hand(reading, person(rs, reading, day, pay, labels, payMemo, null), count, lock);
              return;
            }
            // age bands counted beside the group: the number at least each band's youngest age
            long recorded = rs.getLong(AGES);
            hand(
                reading,
                person(rs, reading, day, pay, labels, payMemo, null),
                count - recorded,
                lock);
            for (int b = 0; b < ageBands.length; b++) {
              long atLeast = b == 0 ? recorded : rs.getLong(AGES + b);
              long older = b + 1 < ageBands.length ? rs.getLong(AGES + b + 1) : 0;
              hand(
                  reading,
                  person(rs, reading, day, pay, labels, payMemo, ageBands[b]),
                  atLeast - older,
                  lock);
            }
          });
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What is done with each row of a statement. */
  private interface Row {
    void take(ResultSet rs) throws SQLException;
  }

  /**
   * Runs one statement, row by row as the driver streams them; its placeholders take the day, or
   * the split (a string) where {@code params} holds one.
   */
  private static void read(Connection c, String sql, List<Object> params, LocalDate day, Row row)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      ps.setFetchSize(Integer.MIN_VALUE);
      // one pass over 1.4 million people may outlast the pool's 10 s statement limit
      ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      Date d = Date.valueOf(day);
      for (int i = 0; i < params.size(); i++) {
        if (params.get(i) instanceof String text) {
          ps.setString(i + 1, text);
        } else {
          ps.setDate(i + 1, d);
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          row.take(rs);
        }
      }
    }
  }

  /**
   * Reads a reading's protected people and its groups in one transaction, so that both see the same
   * data (InnoDB's repeatable read: one snapshot, taken at the first read); reads only, so ended by
   * a rollback, and the connection is given back as it came.
   */
  static final class OneSnapshot implements AutoCloseable {
    private final Connection connection;
    private final boolean autoCommit;

    OneSnapshot(Connection connection) throws SQLException {
      this.connection = connection;
      this.autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
    }

    @Override
    public void close() throws SQLException {
      try {
        connection.rollback();
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  private static void hand(Reading reading, PersonOnDay person, long people, Object lock) {
    if (people > 0) {
      synchronized (lock) {
        reading.consumer().accept(person, Math.toIntExact(people));
      }
    }
  }

  /**
   * The {@code report_key}s of the scope's unit and every unit under it; none for the whole
   * organisation. Looked up once, before the halves, whose statements then match plain numbers (the
   * same tree as a subquery of each statement took the optimiser to a plan three times slower).
   */
  List<Integer> unitKeys(ReportScope scope) {
    if (scope.wholeOrganisation()) {
      return List.of();
    }
    List<Integer> keys = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                UNIT_TREE + "SELECT u.report_key FROM sub JOIN org_unit u ON u.id = sub.id")) {
      ps.setString(1, scope.unitId());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          keys.add(rs.getInt(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return keys;
  }

  /**
   * The staff id that splits the assignments in two halves of about the same size, found from the
   * optimiser's own estimates (index dives, a millisecond each, never a scan): a binary search over
   * 8-hex-digit prefixes for the first one below which InnoDB estimates half of {@code report_fact}
   * (InnoDB caps a range's estimate at half the table's rows, rounded down, which is what is looked
   * for: an odd number of rows never reaches half of it exactly, and the split fell back to {@link
   * #SPLIT}). Looked up at most every {@link #SPLIT_KEPT_NANOS}; a rough or old point only makes
   * the halves less even, never the answer different.
   */
  String split() {
    String at = splitAt;
    if (at != null && System.nanoTime() - splitLookedUp < SPLIT_KEPT_NANOS) {
      return at;
    }
    at = SPLIT;
    try (Connection c = dataSource.getConnection();
        PreparedStatement rows =
            c.prepareStatement(
                "SELECT table_rows FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_name = 'report_fact'");
        PreparedStatement below =
            c.prepareStatement("EXPLAIN SELECT 1 FROM report_fact WHERE staff_id < ?")) {
      long total = 0;
      try (ResultSet rs = rows.executeQuery()) {
        if (rs.next()) {
          total = rs.getLong(1);
        }
      }
      if (total > 1) {
        long lo = 0;
        long hi = 1L << 32;
        while (lo < hi) {
          long mid = (lo + hi) >>> 1;
          below.setString(1, String.format("%08x", mid));
          long estimate = 0;
          try (ResultSet rs = below.executeQuery()) {
            if (rs.next()) {
              estimate = rs.getLong("rows");
            }
          }
          if (atLeastHalf(estimate, total)) {
            hi = mid;
          } else {
            lo = mid + 1;
          }
        }
        if (lo > 0 && lo < 1L << 32) {
          at = String.format("%08x", lo);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    splitAt = at;
    splitLookedUp = System.nanoTime();
    return at;
  }

  /**
   * Whether InnoDB's estimate of the rows below a point is half the table: it caps a range's
   * estimate at half of {@code total} rounded down, so an odd total is never reached by doubling.
   */
  static boolean atLeastHalf(long estimate, long total) {
    return estimate >= total / 2;
  }

  /**
   * Lets one statement run for up to {@link #QUERY_TIMEOUT_SECONDS} without the connection's read
   * timeout (15 s by default, so that a lost database is noticed) cutting it off: a grouped pass
   * sends nothing until the database has counted everyone. The timeout is put back on close.
   */
  static final class LongStatement implements AutoCloseable {
    private final Connection connection;
    private final int before;

    LongStatement(Connection connection) throws SQLException {
      this.connection = connection;
      this.before = connection.getNetworkTimeout();
      connection.setNetworkTimeout(Runnable::run, (QUERY_TIMEOUT_SECONDS + 5) * 1000);
    }

    @Override
    public void close() throws SQLException {
      connection.setNetworkTimeout(Runnable::run, before);
    }
  }

  /** The values a row was grouped by, as one string. */
  private static String key(ResultSet rs) throws SQLException {
    StringBuilder key = new StringBuilder();
    for (int i = SEX; i <= HOURS; i++) {
      key.append('\u0000').append(rs.getString(i));
    }
    return key.toString();
  }

  PayScales scales(ReportLabels labels) {
    return workforceScales.forBands(labels.bands().keySet());
  }

  private PersonOnDay person(
      ResultSet rs,
      Reading reading,
      LocalDate day,
      ContractualPay pay,
      ReportLabels labels,
      Map<String, long[]> payMemo,
      AgeBand countedAgeBand)
      throws SQLException {
    Set<Detail> d = reading.details();
    ReportLabels.Keys keys = labels.keys();
    String bandId = id(rs, BAND, keys.bands(), "pay_band", "id");
    ReportLabels.Band band = bandId == null ? null : labels.bands().get(bandId);
    String structureId =
        d.contains(Detail.STRUCTURE)
            ? id(rs, STRUCTURE, keys.structures(), "pay_structure", "id")
            : null;
    if (structureId == null && band != null) {
      structureId = band.structureId();
    }
    WeeklyHours hours = WeeklyHours.DEFAULT_FULL_TIME;
    long[] paid = null;
    if (reading.pay()) {
      hours = new WeeklyHours(rs.getBigDecimal(HOURS));
      String zone = id(rs, ZONE, keys.zones(), "pay_zone", "code");
      int point = rs.getInt(POINT);
      boolean hasPoint = !rs.wasNull();
      Protection protection = protection(rs, PROTECTION);
      if (band != null && hasPoint) {
        WeeklyHours h = hours;
        paid =
            protection == null
                ? payMemo.computeIfAbsent(
                    bandId + '|' + zone + '|' + point + '|' + hours,
                    k -> payOn(band, zone, point, h, null, day, pay))
                : payOn(band, zone, point, hours, protection, day, pay);
      }
    }
    return new PersonOnDay(
        d.contains(Detail.SEX) ? sex(text(rs, SEX)) : null,
        d.contains(Detail.ETHNIC_GROUP) ? known(EthnicGroup.class, text(rs, ETHNIC_GROUP)) : null,
        d.contains(Detail.DISABILITY) ? known(Disability.class, text(rs, DISABILITY)) : null,
        countsAgeBands(reading)
            ? countedAgeBand
            : d.contains(Detail.AGE_BAND) ? ageBand(rs.getInt(AGE_BAND)) : null,
        !d.contains(Detail.FULL_PAY) || rs.getBoolean(FULL_PAY),
        d.contains(Detail.ALLOWANCES) ? rs.getLong(ALLOWANCES) : 0,
        d.contains(Detail.BONUS) ? rs.getLong(BONUS) : 0,
        structureId,
        bandId,
        d.contains(Detail.UNIT) ? id(rs, UNIT, keys.units(), "org_unit", "id") : null,
        d.contains(Detail.JD) ? id(rs, JD, keys.jobDescriptions(), "job_description", "id") : null,
        hours,
        paid != null && paid.length == 2,
        paid == null || paid.length < 2 ? 0 : paid[0],
        paid == null || paid.length < 2 ? 0 : paid[1]);
  }

  /** A text column read as bytes (grouped with {@code CAST(… AS BINARY)}), as UTF-8. */
  private static String text(ResultSet rs, int column) throws SQLException {
    byte[] bytes = rs.getBytes(column);
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * The id (a zone's code) of the row of {@code table} whose {@code report_key} is in the column,
   * null when none. A number the labels do not know is a row added after they were read: it is
   * looked up in its table (once per pass), so its people are counted under the right id.
   */
  private String id(
      ResultSet rs, int column, Map<Integer, String> known, String table, String idColumn)
      throws SQLException {
    int key = rs.getInt(column);
    if (rs.wasNull()) {
      return null;
    }
    String id = known.get(key);
    return id != null
        ? id
        : addedSinceLabels.computeIfAbsent(table + ' ' + key, k -> addedRow(table, idColumn, key));
  }

  /** Rows added since the labels were read, by table and number; rare and few. */
  private final Map<String, String> addedSinceLabels =
      new java.util.concurrent.ConcurrentHashMap<>();

  private String addedRow(String table, String idColumn, int key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT " + idColumn + " FROM " + table + " WHERE report_key = ?")) {
      ps.setInt(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return rs.getString(1);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException(table + " has no row numbered " + key);
  }

  private static AgeBand ageBand(int position) {
    return position < 0 ? null : AgeBand.values()[position];
  }

  private static final long[] UNKNOWN = new long[0];

  /**
   * Annual contractual pay, pro rata, and what protection adds to it, by the pay rules; {@link
   * #UNKNOWN} when the band has no scale in force for the zone that day or no such point.
   */
  private static long[] payOn(
      ReportLabels.Band band,
      String zone,
      int point,
      WeeklyHours hours,
      Protection protection,
      LocalDate day,
      ContractualPay pay) {
    PayPosition position =
        new PayPosition(new BandRef(band.id(), band.name(), band.rank()), zone, point, hours);
    if (pay.scales().inForce(position.band(), zone, day).isEmpty()) {
      return UNKNOWN;
    }
    Money fullTime;
    try {
      fullTime = pay.fullTimeOn(position, day);
    } catch (InvalidInput noSuchPoint) {
      return UNKNOWN;
    }
    PaidPay paid = ProtectionRules.payOn(protection, day, fullTime, hours, pay.fullTimeHours());
    return new long[] {paid.contractual().pence(), paid.protectionAllowance().pence()};
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

  /**
   * The protection read from the columns from {@code first} on (type, starts, last day, protected,
   * difference, taper, ended, reason).
   */
  static Protection protection(ResultSet rs, int first) throws SQLException {
    String type = rs.getString(first);
    if (type == null) {
      return null;
    }
    // read as LocalDate: through java.sql.Date each date cost a calendar of its own
    LocalDate endedOn = rs.getObject(first + 6, LocalDate.class);
    Optional<Protection.Ending> ending =
        endedOn == null || rs.getString(first + 7) == null
            ? Optional.empty()
            : Optional.of(
                new Protection.Ending(EndReason.valueOf(rs.getString(first + 7)), endedOn, null));
    return new Protection(
        ProtectionType.valueOf(type),
        rs.getObject(first + 1, LocalDate.class),
        rs.getObject(first + 2, LocalDate.class),
        Money.ofPence(rs.getLong(first + 3)),
        Money.ofPence(rs.getLong(first + 4)),
        StaffDirectory.taper(rs.getString(first + 5)),
        ending);
  }
}
