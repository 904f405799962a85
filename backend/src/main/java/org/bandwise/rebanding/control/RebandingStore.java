package org.bandwise.rebanding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.persistence.InList;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.platform.persistence.SqlValues;
import org.bandwise.protection.control.Protection;
import org.bandwise.protection.control.TaperStep;
import org.bandwise.workforce.control.BandRef;
import org.bandwise.workforce.control.ContractualPay;
import org.bandwise.workforce.control.CurrentPositions;
import org.bandwise.workforce.control.Disability;
import org.bandwise.workforce.control.DisplayDates;
import org.bandwise.workforce.control.EthnicGroup;
import org.bandwise.workforce.control.FinancialYear;
import org.bandwise.workforce.control.MonthlyAmount;
import org.bandwise.workforce.control.PayPosition;
import org.bandwise.workforce.control.Sex;
import org.bandwise.workforce.control.SmallGroups;
import org.bandwise.workforce.control.StaffDirectory;
import org.bandwise.workforce.control.WeeklyHours;
import org.bandwise.workforce.control.WorkforceScales;

/**
 * Re-bandings: modelling a draft, reading it, recalculating, discarding and applying it.
 *
 * <p>The holders in scope are the staff whose assignment in force on the day the model looks at
 * (today, or the day before the effective date when that is later) is to a post for the evaluated
 * JD or for one of the JDs it replaces. They are read in one query, their pay scales in one more,
 * and each is modelled by {@link ImpactModel}; the result is kept one row per person so the people
 * table pages and sorts in SQL, and the totals and equality impact are aggregated from those rows.
 *
 * <p>Applying models the draft once more as of today (so arrears run to yesterday) and then, in the
 * same transaction and set-based: closes each moved holder's assignment the day before the
 * effective date and opens the new one (reason {@code REBANDING}); an assignment that itself starts
 * on or after the effective date is re-banded in place; protection records for downgrades (the
 * person is at risk while one is active); arrears lines month by month; and the posts of the
 * replaced JDs move to the evaluated JD. Applying twice is refused.
 */
@ApplicationScoped
public class RebandingStore {

  public static final String ENTITY = "REBANDING";
  private static final int INSERT_BATCH = 500;

  @PersistenceContext EntityManager em;
  @Inject WorkforceScales scales;
  @Inject PayPolicies policies;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Event<Applied> applied;
  @Inject CurrentPositions positions;

  /**
   * A re-banding has been applied (fired in the applying transaction, so observers that change
   * records for it change them in the same transaction).
   */
  public record Applied(String rebandingId, LocalDate effectiveFrom, String by) {}

  /** A re-banding's header, with what it refers to. */
  public record Header(
      String id,
      String status,
      LocalDate effectiveFrom,
      String evaluationId,
      int total,
      LocalDate outcomeEffectiveFrom,
      String bandId,
      String bandCode,
      String bandName,
      int bandRank,
      String schemeName,
      int schemeVersion,
      JdRef jd,
      List<JdRef> replaces,
      int headcount,
      long[] yearChanges,
      LocalDateTime createdAt,
      LocalDateTime calculatedAt,
      LocalDateTime appliedAt,
      long version) {

    public boolean applied() {
      return "APPLIED".equals(status);
    }
  }

  public record JdRef(String id, String reference, String title) {}

  public record Position(String bandId, String bandCode, String bandName, int point, long salary) {}

  public record PersonRow(
      String staffNumber,
      String name,
      Position from,
      Position to,
      Change change,
      String protectionType,
      LocalDate protectionUntil,
      Long protectedPence,
      long arrearsPence,
      long annualChangePence) {}

  public record Totals(
      int up,
      int same,
      int down,
      long annualChangePence,
      List<ImpactTotals.YearChange> byYear,
      long arrearsPence) {}

  /** A holder as read for modelling. */
  record Holder(
      String staffId,
      String staffNumber,
      String firstName,
      String lastName,
      LocalDate assignmentFrom,
      PayPosition position) {}

  /** One modelled holder. */
  record Modelled(Holder holder, HolderImpact impact) {}

  /** The sort orders the people table offers. */
  public enum Sort {
    NAME("rp.sort_name, rp.staff_number"),
    STAFF_NUMBER("rp.staff_number"),
    CHANGE("rp.change_rank, rp.sort_name, rp.staff_number"),
    ANNUAL_CHANGE("rp.annual_change_pence, rp.sort_name, rp.staff_number"),
    ARREARS("rp.arrears_pence DESC, rp.sort_name, rp.staff_number");

    final String orderBy;

    Sort(String orderBy) {
      this.orderBy = orderBy;
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  // ---------------------------------------------------------------- create and model

  /**
   * Models a re-banding as a draft.
   *
   * @param effectiveFrom null for the outcome's effective date
   * @throws RecordNotFound when the evaluation does not exist
   * @throws RuleConflict when its outcome is not published
   * @throws InvalidInput naming {@code replacesJobDescriptionIds} for an unknown JD or the
   *     evaluated JD itself
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String create(
      String evaluationId, List<String> replaces, LocalDate effectiveFrom, String by) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT jd_id, band_id, effective_from, status FROM evaluation WHERE id = ?")
            .setParameter(1, evaluationId)
            .getResultList();
    if (rows.isEmpty()) {
      throw new RecordNotFound("There is no evaluation with that id.");
    }
    Object[] e = rows.get(0);
    if (!"PUBLISHED".equals(e[3].toString()) || e[1] == null) {
      throw new RuleConflict(
          "evaluationId", "Only a published outcome can be re-banded. This one is not published.");
    }
    String jdId = e[0].toString();
    List<String> replaced = replaces == null ? List.of() : replaces.stream().distinct().toList();
    if (replaced.contains(jdId)) {
      throw new InvalidInput(
          "replacesJobDescriptionIds",
          "A job description cannot replace itself. Remove the evaluated job description from"
              + " the list.");
    }
    if (!replaced.isEmpty()) {
      long found =
          ((Number)
                  InList.bind(
                          em.createNativeQuery(
                              "SELECT COUNT(*) FROM job_description WHERE id IN "
                                  + InList.placeholders(1, replaced.size())),
                          1,
                          replaced)
                      .getSingleResult())
              .longValue();
      if (found != replaced.size()) {
        throw new InvalidInput(
            "replacesJobDescriptionIds",
            "One of the job descriptions to replace does not exist. Choose them again.");
      }
    }
    LocalDate effective = effectiveFrom != null ? effectiveFrom : SqlValues.date(e[2]);
    if (effective == null) {
      throw new InvalidInput("effectiveFrom", "Enter the date the re-banding takes effect.");
    }
    String id = UUID.randomUUID().toString();
    LocalDateTime now = LocalDateTime.now(clock);
    em.createNativeQuery(
            "INSERT INTO rebanding (id, evaluation_id, jd_id, band_id, effective_from, status,"
                + " created_at, created_by, calculated_at) VALUES (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?)")
        .setParameter(1, id)
        .setParameter(2, evaluationId)
        .setParameter(3, jdId)
        .setParameter(4, e[1].toString())
        .setParameter(5, effective)
        .setParameter(6, now)
        .setParameter(7, by)
        .setParameter(8, now)
        .executeUpdate();
    for (String r : replaced) {
      em.createNativeQuery("INSERT INTO rebanding_replaces (rebanding_id, jd_id) VALUES (?, ?)")
          .setParameter(1, id)
          .setParameter(2, r)
          .executeUpdate();
    }
    Header header = header(id);
    List<Modelled> modelled = model(header, today());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("evaluationId", evaluationId);
    after.put("effectiveFrom", effective.toString());
    after.put(
        "replaces", String.join(", ", header.replaces().stream().map(JdRef::reference).toList()));
    after.put("headcount", modelled.size());
    audit.record(
        ENTITY,
        id,
        jdId,
        "CREATED",
        "Re-banding of " + header.jd().reference() + " to " + header.bandName() + " modelled",
        null,
        after);
    return id;
  }

  /**
   * Models the holders again and brings the draft's people rows and projections up to date. Only
   * the rows that differ are written: recalculating a draft nothing has changed for reads its rows
   * and writes none (see {@link #writePeople}).
   */
  List<Modelled> model(Header header, LocalDate appliedOn) {
    LocalDate effective = header.effectiveFrom();
    LocalDate asOf = effective.minusDays(1).isAfter(appliedOn) ? effective.minusDays(1) : appliedOn;
    List<String> jdIds = new ArrayList<>();
    jdIds.add(header.jd().id());
    header.replaces().forEach(r -> jdIds.add(r.id()));
    List<Holder> holders = holders(jdIds, asOf);
    BandRef newBand = new BandRef(header.bandId(), header.bandName(), header.bandRank());
    Set<String> bandIds = new HashSet<>();
    bandIds.add(newBand.id());
    holders.forEach(h -> bandIds.add(h.position().band().id()));
    ContractualPay pay = new ContractualPay(scales.forBands(bandIds));
    PayPolicies.Policy policy = policies.ofBand(newBand.id());
    ImpactModel impactModel = new ImpactModel(pay, policy.assimilation(), policy.protection());
    ImpactTotals totals = new ImpactTotals(effective);
    List<Modelled> modelled = new ArrayList<>(holders.size());
    Map<String, Protection> protectedNow = protectionsOnTheDay(jdIds, asOf, effective, header.id());
    for (Holder holder : holders) {
      HolderImpact impact =
          impactModel.model(
              holder.position(), protectedNow.get(holder.staffId()), newBand, effective, appliedOn);
      totals.add(impact);
      modelled.add(new Modelled(holder, impact));
    }
    List<ImpactTotals.YearChange> years = totals.result().byFinancialYear();
    em.createNativeQuery(
            "UPDATE rebanding SET headcount = ?, year1_change_pence = ?, year2_change_pence = ?,"
                + " year3_change_pence = ?, calculated_at = ? WHERE id = ?")
        .setParameter(1, modelled.size())
        .setParameter(2, years.get(0).changePence())
        .setParameter(3, years.get(1).changePence())
        .setParameter(4, years.get(2).changePence())
        .setParameter(5, LocalDateTime.now(clock))
        .setParameter(6, header.id())
        .executeUpdate();
    writePeople(header.id(), modelled);
    return modelled;
  }

  /**
   * The protections from earlier downgrades that holders in scope are paid under on the effective
   * date (one query), by staff id: what they were paid is what a move up is measured from.
   */
  private Map<String, Protection> protectionsOnTheDay(
      List<String> jdIds, LocalDate asOf, LocalDate effective, String rebandingId) {
    Query q =
        em.createNativeQuery(
            "SELECT pp.staff_id, pp.type, pp.starts_on, pp.last_day, pp.protected_pence,"
                + " pp.difference_pence, pp.taper_json FROM pay_protection pp"
                + " WHERE pp.staff_id IN (SELECT a.staff_id FROM post p"
                + " JOIN staff_assignment a ON a.post_id = p.id WHERE p.jd_id IN "
                + InList.placeholders(7, jdIds.size())
                + " AND a.effective_from <= ?1 AND (a.effective_to IS NULL OR a.effective_to >= ?2))"
                + " AND pp.starts_on <= ?3 AND pp.last_day >= ?4"
                + " AND (pp.ended_on IS NULL OR pp.ended_on > ?5)"
                + " AND (pp.rebanding_id IS NULL OR pp.rebanding_id <> ?6)"
                + " ORDER BY pp.staff_id, pp.starts_on");
    InList.bind(q, 7, jdIds);
    q.setParameter(1, asOf);
    q.setParameter(2, asOf);
    q.setParameter(3, effective);
    q.setParameter(4, effective);
    q.setParameter(5, effective);
    q.setParameter(6, rebandingId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    Map<String, Protection> byStaff = new HashMap<>();
    for (Object[] r : rows) {
      byStaff.put( // the latest to start wins: rows come oldest first
          r[0].toString(), StaffDirectory.protection(r, 1, Optional.empty()));
    }
    return byStaff;
  }

  /** The holders in scope on the day, with their position (one query). */
  private List<Holder> holders(List<String> jdIds, LocalDate asOf) {
    Query q =
        em.createNativeQuery(
            "SELECT s.id, s.staff_number, s.first_name, s.last_name, a.effective_from, b.id, b.name,"
                + " b.band_rank, a.zone_code, a.pay_point, a.weekly_hours"
                + " FROM post p JOIN staff_assignment a ON a.post_id = p.id"
                + " JOIN staff_member s ON s.id = a.staff_id JOIN pay_band b ON b.id = a.band_id"
                + " WHERE p.jd_id IN "
                + InList.placeholders(4, jdIds.size())
                + " AND a.effective_from <= ?1 AND (a.effective_to IS NULL OR a.effective_to >= ?2)"
                + " AND a.pay_point IS NOT NULL"
                + " AND (s.leaving_date IS NULL OR s.leaving_date >= ?3)"
                + " ORDER BY s.staff_number");
    InList.bind(q, 4, jdIds);
    int next = 1;
    q.setParameter(next, asOf);
    q.setParameter(next + 1, asOf);
    q.setParameter(next + 2, asOf);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    List<Holder> holders = new ArrayList<>(rows.size());
    Set<String> seen = new HashSet<>();
    for (Object[] r : rows) {
      if (!seen.add(r[0].toString())) {
        continue;
      }
      holders.add(
          new Holder(
              r[0].toString(),
              r[1].toString(),
              r[2].toString(),
              SqlValues.text(r[3]) == null ? "" : r[3].toString(),
              SqlValues.date(r[4]),
              new PayPosition(
                  new BandRef(r[5].toString(), r[6].toString(), ((Number) r[7]).intValue()),
                  r[8].toString(),
                  ((Number) r[9]).intValue(),
                  new WeeklyHours((BigDecimal) r[10]))));
    }
    return holders;
  }

  /** The columns of a people row after its key (rebanding_id, staff_id), in insert order. */
  private static final String PERSON_COLUMNS =
      "staff_number, name, sort_name, assignment_from, from_band_id, from_point,"
          + " from_salary_pence, to_band_id, to_point, to_salary_pence, change_kind, change_rank,"
          + " protection_type, protection_until, protected_pence, protected_full_pence,"
          + " difference_full_pence, taper, arrears_pence, annual_change_pence";

  /** A people row's values after its key, as text (as JDBC's getString reads them back). */
  static List<String> personValues(Holder h, HolderImpact impact) {
    Protection protection = impact.protection().orElse(null);
    List<String> values = new ArrayList<>(20);
    values.add(h.staffNumber());
    values.add(h.lastName().isEmpty() ? h.firstName() : h.firstName() + " " + h.lastName());
    values.add(h.lastName() + " " + h.firstName());
    values.add(h.assignmentFrom().toString());
    values.add(impact.from().band().id());
    values.add(Integer.toString(impact.from().point()));
    values.add(Long.toString(impact.fromSalary().pence()));
    values.add(impact.to().band().id());
    values.add(Integer.toString(impact.to().point()));
    values.add(Long.toString(impact.toSalary().pence()));
    values.add(impact.change().name());
    values.add(
        Integer.toString(
            impact.change() == Change.DOWN ? 0 : impact.change() == Change.SAME ? 1 : 2));
    values.add(protection == null ? null : protection.type().name());
    values.add(protection == null ? null : protection.until().toString());
    values.add(
        protection == null ? null : Long.toString(impact.protectedSalary().orElseThrow().pence()));
    values.add(protection == null ? null : Long.toString(protection.protectedFullTime().pence()));
    values.add(protection == null ? null : Long.toString(protection.differenceFullTime().pence()));
    values.add(protection == null ? null : taper(protection.taper()));
    values.add(Long.toString(impact.arrears().total().pence()));
    values.add(Long.toString(impact.annualChange().pence()));
    return values;
  }

  /**
   * Brings the stored people rows in line with the model: reads the stored ones (one query), then
   * deletes the rows of people no longer in scope or whose figures changed and inserts the new and
   * changed ones, as JDBC batches with every value a parameter (the driver's {@code
   * rewriteBatchedStatements} sends multi-row statements). It runs on the connection of the
   * transaction (the UPDATE before it started it), so it is written or rolled back with the rest.
   * Profiling the 2,000-holder benchmark showed deleting and re-inserting every row (six indexes
   * each) was most of a recalculation; an unchanged draft now writes nothing.
   */
  private void writePeople(String rebandingId, List<Modelled> modelled) {
    Connection c = transactionConnection();
    try {
      Map<String, List<String>> stored = new HashMap<>();
      try (PreparedStatement read =
          c.prepareStatement(
              "SELECT staff_id, "
                  + PERSON_COLUMNS
                  + " FROM rebanding_person WHERE rebanding_id = ?")) {
        read.setString(1, rebandingId);
        try (java.sql.ResultSet r = read.executeQuery()) {
          while (r.next()) {
            List<String> values = new ArrayList<>(20);
            for (int i = 2; i <= 21; i++) {
              values.add(r.getString(i));
            }
            stored.put(r.getString(1), values);
          }
        }
      }
      List<String> remove = new ArrayList<>();
      List<List<String>> insert = new ArrayList<>();
      Set<String> inScope = new HashSet<>();
      for (Modelled m : modelled) {
        String staffId = m.holder().staffId();
        inScope.add(staffId);
        List<String> values = personValues(m.holder(), m.impact());
        List<String> before = stored.get(staffId);
        if (values.equals(before)) {
          continue;
        }
        if (before != null) {
          remove.add(staffId);
        }
        List<String> row = new ArrayList<>(22);
        row.add(staffId);
        row.addAll(values);
        insert.add(row);
      }
      for (String staffId : stored.keySet()) {
        if (!inScope.contains(staffId)) {
          remove.add(staffId);
        }
      }
      batch(
          c,
          "DELETE FROM rebanding_person WHERE rebanding_id = ? AND staff_id = ?",
          remove.stream().map(staffId -> List.of(rebandingId, staffId)).toList());
      batch(
          c,
          "INSERT INTO rebanding_person (rebanding_id, staff_id, "
              + PERSON_COLUMNS
              + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          insert.stream()
              .map(
                  row -> {
                    List<String> all = new ArrayList<>(22);
                    all.add(rebandingId);
                    all.addAll(row);
                    return all;
                  })
              .toList());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write the people of re-banding " + rebandingId, e);
    }
  }

  /**
   * Runs one statement for each row of values, in batches. Values are bound as text (MySQL converts
   * them to the column's type exactly, dates and numbers included); null is SQL NULL.
   */
  private static void batch(Connection c, String sql, List<List<String>> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      int pending = 0;
      for (List<String> row : rows) {
        for (int i = 0; i < row.size(); i++) {
          if (row.get(i) == null) {
            statement.setNull(i + 1, Types.VARCHAR);
          } else {
            statement.setString(i + 1, row.get(i));
          }
        }
        statement.addBatch();
        if (++pending == INSERT_BATCH) {
          statement.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        statement.executeBatch();
      }
    }
  }

  /**
   * The JDBC connection of the current transaction, as EclipseLink holds it once a statement has
   * run in the transaction (every caller has written before).
   */
  private Connection transactionConnection() {
    Connection connection = em.unwrap(Connection.class);
    if (connection == null) {
      throw new IllegalStateException("No database connection in this transaction");
    }
    return connection;
  }

  /** A taper as {@code pay_protection.taper_json} keeps it ({@code 1:100,1:50}). */
  static String taper(List<TaperStep> steps) {
    if (steps.isEmpty()) {
      return null;
    }
    return steps.stream()
        .map(s -> s.length().getYears() + ":" + s.percent())
        .collect(Collectors.joining(","));
  }

  // ---------------------------------------------------------------- read

  private static final String HEADER =
      "SELECT r.id, r.status, r.effective_from, e.id, e.total, e.effective_from, b.id, b.code,"
          + " b.name, b.band_rank, sc.name, sc.scheme_version, j.id, j.reference, j.title,"
          + " r.headcount, r.year1_change_pence, r.year2_change_pence, r.year3_change_pence,"
          + " r.created_at, r.calculated_at, r.applied_at, r.version"
          + " FROM rebanding r JOIN evaluation e ON e.id = r.evaluation_id"
          + " JOIN pay_band b ON b.id = r.band_id JOIN job_description j ON j.id = r.jd_id"
          + " LEFT JOIN scheme sc ON sc.id = e.scheme_id";

  /** The re-banding's header. */
  public Header header(String id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(HEADER + " WHERE r.id = ?").setParameter(1, id).getResultList();
    if (rows.isEmpty()) {
      throw new RecordNotFound("There is no re-banding with that id.");
    }
    return headers(rows).get(0);
  }

  /** Newest first. */
  public Page<Header> list(PageRequest page) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(HEADER + " ORDER BY r.created_at DESC, r.id LIMIT ? OFFSET ?")
            .setParameter(1, page.size())
            .setParameter(2, page.offset())
            .getResultList();
    long total =
        ((Number) em.createNativeQuery("SELECT COUNT(*) FROM rebanding").getSingleResult())
            .longValue();
    return new Page<>(headers(rows), total, page);
  }

  private List<Header> headers(List<Object[]> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> ids = rows.stream().map(r -> r[0].toString()).toList();
    @SuppressWarnings("unchecked")
    List<Object[]> replacedRows =
        InList.bind(
                em.createNativeQuery(
                    "SELECT rr.rebanding_id, j.id, j.reference, j.title FROM rebanding_replaces rr"
                        + " JOIN job_description j ON j.id = rr.jd_id WHERE rr.rebanding_id IN "
                        + InList.placeholders(1, ids.size())
                        + " ORDER BY j.reference"),
                1,
                ids)
            .getResultList();
    Map<String, List<JdRef>> replaced = new HashMap<>();
    for (Object[] r : replacedRows) {
      replaced
          .computeIfAbsent(r[0].toString(), k -> new ArrayList<>())
          .add(new JdRef(r[1].toString(), r[2].toString(), r[3].toString()));
    }
    List<Header> headers = new ArrayList<>();
    for (Object[] r : rows) {
      headers.add(
          new Header(
              r[0].toString(),
              r[1].toString(),
              SqlValues.date(r[2]),
              r[3].toString(),
              r[4] == null ? 0 : ((Number) r[4]).intValue(),
              SqlValues.date(r[5]),
              r[6].toString(),
              r[7].toString(),
              r[8].toString(),
              ((Number) r[9]).intValue(),
              SqlValues.text(r[10]),
              r[11] == null ? 1 : ((Number) r[11]).intValue(),
              new JdRef(r[12].toString(), r[13].toString(), r[14].toString()),
              replaced.getOrDefault(r[0].toString(), List.of()),
              ((Number) r[15]).intValue(),
              new long[] {
                ((Number) r[16]).longValue(),
                ((Number) r[17]).longValue(),
                ((Number) r[18]).longValue()
              },
              SqlValues.timestamp(r[19]),
              SqlValues.timestamp(r[20]),
              SqlValues.timestamp(r[21]),
              ((Number) r[22]).longValue()));
    }
    return headers;
  }

  /** A page of the people in scope. */
  public Page<PersonRow> people(String id, Sort sort, PageRequest page) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT rp.staff_number, rp.name, fb.id, fb.code, fb.name, rp.from_point,"
                    + " rp.from_salary_pence, tb.id, tb.code, tb.name, rp.to_point,"
                    + " rp.to_salary_pence, rp.change_kind, rp.protection_type,"
                    + " rp.protection_until, rp.protected_pence, rp.arrears_pence,"
                    + " rp.annual_change_pence FROM rebanding_person rp"
                    + " JOIN pay_band fb ON fb.id = rp.from_band_id"
                    + " JOIN pay_band tb ON tb.id = rp.to_band_id WHERE rp.rebanding_id = ?"
                    + " ORDER BY "
                    + sort.orderBy
                    + " LIMIT ? OFFSET ?")
            .setParameter(1, id)
            .setParameter(2, page.size())
            .setParameter(3, page.offset())
            .getResultList();
    List<PersonRow> items = new ArrayList<>();
    for (Object[] r : rows) {
      items.add(
          new PersonRow(
              r[0].toString(),
              r[1].toString(),
              new Position(
                  r[2].toString(),
                  r[3].toString(),
                  r[4].toString(),
                  ((Number) r[5]).intValue(),
                  ((Number) r[6]).longValue()),
              new Position(
                  r[7].toString(),
                  r[8].toString(),
                  r[9].toString(),
                  ((Number) r[10]).intValue(),
                  ((Number) r[11]).longValue()),
              Change.valueOf(r[12].toString()),
              SqlValues.text(r[13]),
              SqlValues.date(r[14]),
              r[15] == null ? null : ((Number) r[15]).longValue(),
              ((Number) r[16]).longValue(),
              ((Number) r[17]).longValue()));
    }
    long total =
        ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM rebanding_person WHERE rebanding_id = ?")
                    .setParameter(1, id)
                    .getSingleResult())
            .longValue();
    return new Page<>(items, total, page);
  }

  /** The totals, aggregated from the people rows and the stored projection. */
  public Totals totals(Header header) {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "SELECT COALESCE(SUM(CASE WHEN change_kind = 'UP' THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN change_kind = 'SAME' THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN change_kind = 'DOWN' THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(annual_change_pence), 0), COALESCE(SUM(arrears_pence), 0)"
                        + " FROM rebanding_person WHERE rebanding_id = ?")
                .setParameter(1, header.id())
                .getSingleResult();
    FinancialYear first = FinancialYear.containing(header.effectiveFrom());
    List<ImpactTotals.YearChange> years = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      years.add(new ImpactTotals.YearChange(first.plusYears(i).label(), header.yearChanges()[i]));
    }
    return new Totals(
        ((Number) r[0]).intValue(),
        ((Number) r[1]).intValue(),
        ((Number) r[2]).intValue(),
        ((Number) r[3]).longValue(),
        years,
        ((Number) r[4]).longValue());
  }

  /** The equality impact, small groups suppressed (one query over the people in scope). */
  public List<EqualityImpact.Breakdown> equality(Header header) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT s.sex, s.ethnic_group, s.disability, s.date_of_birth, rp.change_kind"
                    + " FROM rebanding_person rp JOIN staff_member s ON s.id = rp.staff_id"
                    + " WHERE rp.rebanding_id = ?")
            .setParameter(1, header.id())
            .getResultList();
    EqualityImpact impact = new EqualityImpact(header.effectiveFrom(), SmallGroups.DEFAULT);
    for (Object[] r : rows) {
      impact.add(
          r[0] == null ? null : Sex.fromCode(r[0].toString()),
          r[1] == null ? null : EthnicGroup.valueOf(r[1].toString()),
          r[2] == null ? null : Disability.valueOf(r[2].toString()),
          SqlValues.date(r[3]),
          Change.valueOf(r[4].toString()));
    }
    return impact.result();
  }

  // ---------------------------------------------------------------- change

  private Header lockDraft(String id, ExpectedVersion expected, String doing) {
    @SuppressWarnings("unchecked")
    List<Object[]> locked =
        em.createNativeQuery("SELECT status, version FROM rebanding WHERE id = ? FOR UPDATE")
            .setParameter(1, id)
            .getResultList();
    if (locked.isEmpty()) {
      throw new RecordNotFound("There is no re-banding with that id.");
    }
    if ("APPLIED".equals(locked.get(0)[0].toString())) {
      throw new RuleConflict(
          "This re-banding has already been applied, so it cannot be " + doing + ".");
    }
    expected.check(((Number) locked.get(0)[1]).longValue());
    return header(id);
  }

  /** Models a draft again from today's records and scales. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recalculate(String id, ExpectedVersion expected) {
    Header header = lockDraft(id, expected, "recalculated");
    List<Modelled> modelled = model(header, today());
    bump(id);
    audit.record(
        ENTITY,
        id,
        header.jd().id(),
        "RECALCULATED",
        "Re-banding of " + header.jd().reference() + " recalculated",
        Map.of("headcount", header.headcount()),
        Map.of("headcount", modelled.size()));
  }

  /** Discards a draft. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void discard(String id, ExpectedVersion expected) {
    Header header = lockDraft(id, expected, "discarded");
    em.createNativeQuery("DELETE FROM rebanding WHERE id = ?").setParameter(1, id).executeUpdate();
    audit.record(
        ENTITY,
        id,
        header.jd().id(),
        "DISCARDED",
        "Draft re-banding of " + header.jd().reference() + " discarded",
        Map.of("status", "DRAFT"),
        null);
  }

  private void bump(String id) {
    em.createNativeQuery("UPDATE rebanding SET version = version + 1 WHERE id = ?")
        .setParameter(1, id)
        .executeUpdate();
  }

  /**
   * Applies a draft in one transaction (see the class comment).
   *
   * @throws RuleConflict when it has been applied already
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(String id, ExpectedVersion expected, String by) {
    Header header = lockDraft(id, expected, "applied again");
    LocalDate today = today();
    LocalDate effective = header.effectiveFrom();
    List<Modelled> modelled = model(header, today);
    LocalDateTime now = LocalDateTime.now(clock);

    // new assignments from the effective date for those whose assignment started before it
    em.createNativeQuery(
            "INSERT INTO staff_assignment (id, staff_id, effective_from, effective_to, post_id,"
                + " structure_id, band_id, zone_code, pay_point, weekly_hours, reason, note,"
                + " rebanding_id, created_at, created_by)"
                + " SELECT UUID(), a.staff_id, ?, a.effective_to, a.post_id, tb.structure_id,"
                + " rp.to_band_id, a.zone_code, rp.to_point, a.weekly_hours, 'REBANDING',"
                + " CONCAT('Re-banded from ', fb.name, ' to ', tb.name, '.'), rp.rebanding_id, ?, ?"
                + " FROM rebanding_person rp JOIN staff_assignment a ON a.staff_id = rp.staff_id"
                + " AND a.effective_from = rp.assignment_from"
                + " JOIN pay_band fb ON fb.id = rp.from_band_id"
                + " JOIN pay_band tb ON tb.id = rp.to_band_id"
                + " WHERE rp.rebanding_id = ? AND rp.change_kind <> 'SAME'"
                + " AND rp.assignment_from < ?")
        .setParameter(1, effective)
        .setParameter(2, now)
        .setParameter(3, by)
        .setParameter(4, id)
        .setParameter(5, effective)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE staff_assignment a JOIN rebanding_person rp ON rp.staff_id = a.staff_id"
                + " AND rp.assignment_from = a.effective_from"
                + " SET a.effective_to = ? WHERE rp.rebanding_id = ? AND rp.change_kind <> 'SAME'"
                + " AND rp.assignment_from < ?")
        .setParameter(1, effective.minusDays(1))
        .setParameter(2, id)
        .setParameter(3, effective)
        .executeUpdate();
    // an assignment starting on or after the effective date is re-banded where it stands
    em.createNativeQuery(
            "UPDATE staff_assignment a JOIN rebanding_person rp ON rp.staff_id = a.staff_id"
                + " AND rp.assignment_from = a.effective_from"
                + " JOIN pay_band fb ON fb.id = rp.from_band_id"
                + " JOIN pay_band tb ON tb.id = rp.to_band_id"
                + " SET a.band_id = rp.to_band_id, a.structure_id = tb.structure_id,"
                + " a.pay_point = rp.to_point, a.reason = 'REBANDING',"
                + " a.note = CONCAT('Re-banded from ', fb.name, ' to ', tb.name, ' from ', ?, '.'),"
                + " a.rebanding_id = rp.rebanding_id"
                + " WHERE rp.rebanding_id = ? AND rp.change_kind <> 'SAME'"
                + " AND rp.assignment_from >= ?")
        .setParameter(1, DisplayDates.format(effective))
        .setParameter(2, id)
        .setParameter(3, effective)
        .executeUpdate();

    // protection for downgrades that cut pay; the person is at risk while it is active
    @SuppressWarnings("unchecked")
    List<Object[]> protectedPeople =
        em.createNativeQuery(
                "SELECT staff_id, staff_number, protection_type, protection_until,"
                    + " protected_full_pence FROM rebanding_person WHERE rebanding_id = ?"
                    + " AND protection_type IS NOT NULL ORDER BY staff_number")
            .setParameter(1, id)
            .getResultList();
    em.createNativeQuery(
            "INSERT INTO pay_protection (id, staff_id, type, starts_on, last_day, protected_pence,"
                + " difference_pence, protected_band_id, taper_json, rebanding_id, created_at,"
                + " updated_at) SELECT UUID(), staff_id, protection_type, ?, protection_until,"
                + " protected_full_pence, difference_full_pence, from_band_id, taper, rebanding_id,"
                + " ?, ? FROM rebanding_person WHERE rebanding_id = ?"
                + " AND protection_type IS NOT NULL")
        .setParameter(1, effective)
        .setParameter(2, now)
        .setParameter(3, now)
        .setParameter(4, id)
        .executeUpdate();
    @SuppressWarnings("unchecked")
    List<Object[]> protectionIds =
        em.createNativeQuery("SELECT id, staff_id FROM pay_protection WHERE rebanding_id = ?")
            .setParameter(1, id)
            .getResultList();
    Map<String, String> protectionOf = new HashMap<>();
    protectionIds.forEach(r -> protectionOf.put(r[1].toString(), r[0].toString()));
    for (Object[] p : protectedPeople) {
      Map<String, Object> after = new LinkedHashMap<>();
      after.put("staffNumber", p[1].toString());
      after.put("type", p[2].toString());
      after.put("from", effective.toString());
      after.put("until", SqlValues.date(p[3]).toString());
      after.put("protectedSalaryPence", ((Number) p[4]).longValue());
      audit.record(
          "PROTECTION",
          protectionOf.get(p[0].toString()),
          id,
          "CREATED",
          "Pay of " + p[1] + " protected until " + DisplayDates.format(SqlValues.date(p[3])),
          null,
          after);
    }

    // arrears lines, month by month
    List<Object[]> lines = new ArrayList<>();
    for (Modelled m : modelled) {
      for (MonthlyAmount month : m.impact().arrears().months()) {
        if (month.amount().pence() != 0) {
          lines.add(
              new Object[] {m.holder().staffId(), month.month().atDay(1), month.amount().pence()});
        }
      }
    }
    try (PreparedStatement insert =
        transactionConnection()
            .prepareStatement(
                "INSERT INTO arrears_line (rebanding_id, staff_id, month_start, amount_pence,"
                    + " created_at) VALUES (?, ?, ?, ?, NOW(3))")) {
      int pending = 0;
      for (Object[] line : lines) {
        insert.setString(1, id);
        insert.setString(2, line[0].toString());
        insert.setDate(3, java.sql.Date.valueOf((LocalDate) line[1]));
        insert.setLong(4, ((Number) line[2]).longValue());
        insert.addBatch();
        if (++pending == INSERT_BATCH) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write the arrears of re-banding " + id, e);
    }

    // the replaced JDs' posts are now for the evaluated JD
    if (!header.replaces().isEmpty()) {
      List<String> replaced = header.replaces().stream().map(JdRef::id).toList();
      Query q =
          em.createNativeQuery(
              "UPDATE post SET jd_id = ?1, updated_at = ?2, version = version + 1 WHERE jd_id IN "
                  + InList.placeholders(3, replaced.size()));
      q.setParameter(1, header.jd().id());
      q.setParameter(2, now);
      InList.bind(q, 3, replaced);
      q.executeUpdate();
    }

    em.createNativeQuery(
            "UPDATE rebanding SET status = 'APPLIED', applied_at = ?, applied_by = ?,"
                + " version = version + 1 WHERE id = ?")
        .setParameter(1, now)
        .setParameter(2, by)
        .setParameter(3, id)
        .executeUpdate();
    Totals totals = totals(header);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("status", "APPLIED");
    after.put("up", totals.up());
    after.put("same", totals.same());
    after.put("down", totals.down());
    after.put("protections", protectedPeople.size());
    after.put("arrearsPence", totals.arrearsPence());
    audit.record(
        ENTITY,
        id,
        header.jd().id(),
        "APPLIED",
        "Re-banding of "
            + header.jd().reference()
            + " to "
            + header.bandName()
            + " applied from "
            + DisplayDates.format(effective),
        Map.of("status", "DRAFT"),
        after);
    positions.workOut(
        today,
        "s.id IN (SELECT rp.staff_id FROM rebanding_person rp WHERE rp.rebanding_id = ?)",
        id);
    applied.fire(new Applied(id, effective, by));
  }
}
