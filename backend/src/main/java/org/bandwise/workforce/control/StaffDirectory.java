package org.bandwise.workforce.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.platform.persistence.SqlValues;
import org.bandwise.protection.control.EndReason;
import org.bandwise.protection.control.PaidPay;
import org.bandwise.protection.control.Protection;
import org.bandwise.protection.control.ProtectionRules;
import org.bandwise.protection.control.ProtectionType;
import org.bandwise.protection.control.TaperStep;

/**
 * Reading units, posts and staff records. Lists are one query each on indexed columns (plus one
 * count), never a query per row; a person's position on a day is the assignment whose dates cover
 * it, and their pay is worked out by {@link ContractualPay} and {@link ProtectionRules}.
 */
@ApplicationScoped
public class StaffDirectory {

  public record Unit(String id, String name, String kind, String parentId) {}

  public record Holder(String staffNumber, String name) {}

  public record PostRow(
      String id,
      String postNumber,
      String jdId,
      String jdReference,
      String jdTitle,
      String unitId,
      String unitName,
      String zone,
      BigDecimal weeklyHours,
      List<Holder> holders) {}

  /** What the staff search filters on; null means any. {@code unit} is an id or an exact name. */
  public record StaffFilter(
      String words, String unit, String bandCode, Boolean atRisk, Boolean protectedPay) {}

  public record StaffRow(
      String staffNumber,
      String name,
      String unit,
      String bandCode,
      String postNumber,
      String jdReference,
      boolean protectedToday,
      LocalDate leavingDate) {}

  /** One entry of pay history as stored. */
  public record HistoryEntry(
      LocalDate from,
      LocalDate to,
      String postNumber,
      String structureId,
      BandRef band,
      String bandCode,
      String zone,
      Integer point,
      WeeklyHours hours,
      String reason,
      String note,
      Money contractual) {}

  /** A protection as stored, with its rule object. */
  public record ProtectionRow(
      String id, String protectedBandId, String rebandingId, Protection protection) {}

  public record Equality(
      Sex sex, EthnicGroup ethnicGroup, Disability disability, LocalDate dateOfBirth) {}

  public record JdLink(String id, String reference, String title) {}

  /** A person's record with their pay on {@code today}. */
  public record StaffRecord(
      String id,
      String staffNumber,
      String firstName,
      String lastName,
      String workEmail,
      String username,
      String union,
      LocalDate startDate,
      LocalDate leavingDate,
      Equality equality,
      long allowancesPence,
      long bonusPence,
      boolean fullPay,
      Optional<HistoryEntry> current,
      String unitId,
      String unitName,
      JdLink jd,
      String structureId,
      String structureCode,
      String structureName,
      Optional<Money> fullTimeSalary,
      Optional<PaidPay> pay,
      Optional<ProtectionRow> protection,
      List<HistoryEntry> history,
      List<ProtectionRow> protections,
      LocalDate today) {

    public boolean employedOn(LocalDate day) {
      return (startDate == null || !startDate.isAfter(day))
          && (leavingDate == null || !leavingDate.isBefore(day));
    }

    public boolean atRisk() {
      return protection.isPresent();
    }
  }

  @PersistenceContext EntityManager em;

  private final WorkforceScales scales;
  private final StaffCounts counts;

  @jakarta.inject.Inject
  public StaffDirectory(WorkforceScales scales, StaffCounts counts) {
    this.scales = scales;
    this.counts = counts;
  }

  /** For CDI proxies. */
  protected StaffDirectory() {
    this.scales = null;
    this.counts = null;
  }

  public List<Unit> units() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT id, name, kind, parent_id FROM org_unit ORDER BY name")
            .getResultList();
    return rows.stream()
        .map(r -> new Unit(r[0].toString(), r[1].toString(), r[2].toString(), SqlValues.text(r[3])))
        .toList();
  }

  public Page<PostRow> posts(
      String words, String unit, Boolean vacant, LocalDate today, PageRequest page) {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (words != null && !words.isBlank()) {
      String like = escapeLike(words.trim()) + "%";
      where.append(" AND (p.post_number LIKE ? OR j.reference LIKE ? OR j.title LIKE ?)");
      params.add(like);
      params.add(like);
      params.add("%" + like);
    }
    if (unit != null) {
      where.append(" AND (u.id = ? OR u.name = ?)");
      params.add(unit);
      params.add(unit);
    }
    String filled =
        "EXISTS (SELECT 1 FROM staff_assignment fa WHERE fa.post_id = p.id AND fa.effective_from <= ?"
            + " AND (fa.effective_to IS NULL OR fa.effective_to >= ?))";
    if (vacant != null) {
      where.append(vacant ? " AND NOT " : " AND ").append(filled);
      params.add(today);
      params.add(today);
    }
    String from =
        " FROM post p JOIN org_unit u ON u.id = p.unit_id"
            + " LEFT JOIN job_description j ON j.id = p.jd_id";
    Query list =
        em.createNativeQuery(
            "SELECT p.id, p.post_number, j.id, j.reference, j.title, u.id, u.name, p.zone_code,"
                + " p.weekly_hours"
                + from
                + where
                + " ORDER BY p.post_number LIMIT ? OFFSET ?");
    Query count = em.createNativeQuery("SELECT COUNT(*)" + from + where);
    bind(list, count, params, page);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = list.getResultList();
    List<String> ids = rows.stream().map(r -> r[0].toString()).toList();
    var holders = holdersOf(ids, today);
    List<PostRow> items = new ArrayList<>();
    for (Object[] r : rows) {
      items.add(
          new PostRow(
              r[0].toString(),
              r[1].toString(),
              SqlValues.text(r[2]),
              SqlValues.text(r[3]),
              SqlValues.text(r[4]),
              r[5].toString(),
              r[6].toString(),
              r[7].toString(),
              (BigDecimal) r[8],
              holders.getOrDefault(r[0].toString(), List.of())));
    }
    return new Page<>(items, ((Number) count.getSingleResult()).longValue(), page);
  }

  private java.util.Map<String, List<Holder>> holdersOf(List<String> postIds, LocalDate today) {
    java.util.Map<String, List<Holder>> holders = new java.util.HashMap<>();
    if (postIds.isEmpty()) {
      return holders;
    }
    Query q =
        em.createNativeQuery(
            "SELECT a.post_id, s.staff_number, s.first_name, s.last_name FROM staff_assignment a"
                + " JOIN staff_member s ON s.id = a.staff_id WHERE a.effective_from <= ?"
                + " AND (a.effective_to IS NULL OR a.effective_to >= ?) AND a.post_id IN "
                + org.bandwise.platform.persistence.InList.placeholders(3, postIds.size())
                + " ORDER BY s.last_name, s.first_name");
    q.setParameter(1, today);
    q.setParameter(2, today);
    org.bandwise.platform.persistence.InList.bind(q, 3, postIds);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    for (Object[] r : rows) {
      holders
          .computeIfAbsent(r[0].toString(), k -> new ArrayList<>())
          .add(new Holder(r[1].toString(), name(r[2], r[3])));
    }
    return holders;
  }

  /**
   * One page of the staff search, by name, with each person's position on the day it was worked out
   * for ({@link CurrentPositions}: the caller works out the positions due first). The ids of the
   * page are read first and its rows joined after, so skipped rows cost only an index read.
   */
  public Page<StaffRow> staff(StaffFilter filter, LocalDate today, PageRequest page) {
    StaffSearchSql search = search(filter);
    if (search.matchesNobody()) {
      return new Page<>(List.of(), 0, page);
    }
    StaffSearchSql.Sql ids = search.pageOfIds(page.offset(), page.size());
    Query list =
        em.createNativeQuery(
            "SELECT s.staff_number, s.first_name, s.last_name, u.name, b.code, p.post_number,"
                + " j.reference, s.protected_now, s.leaving_date FROM ("
                + ids.text()
                + ") pg JOIN staff_member s ON s.id = pg.id"
                + " LEFT JOIN post p ON p.id = s.current_post_id"
                + " LEFT JOIN org_unit u ON u.id = s.current_unit_id"
                + " LEFT JOIN pay_band b ON b.id = s.current_band_id"
                + " LEFT JOIN job_description j ON j.id = p.jd_id"
                + " ORDER BY s.last_name, s.first_name, s.staff_number");
    bind(list, ids.params());
    @SuppressWarnings("unchecked")
    List<Object[]> rows = list.getResultList();
    List<StaffRow> items = new ArrayList<>();
    for (Object[] r : rows) {
      items.add(
          new StaffRow(
              r[0].toString(),
              name(r[1], r[2]),
              SqlValues.text(r[3]),
              SqlValues.text(r[4]),
              SqlValues.text(r[5]),
              SqlValues.text(r[6]),
              SqlValues.bool(r[7]),
              SqlValues.date(r[8])));
    }
    return new Page<>(items, counts.count(search, today), page);
  }

  /**
   * The staff search's SQL for a filter, with the unit and band it names looked up (in one query
   * when it names both).
   */
  StaffSearchSql search(StaffFilter filter) {
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (filter.unit() != null) {
      parts.add("SELECT 'unit', id FROM org_unit WHERE id = ? OR name = ?");
      params.add(filter.unit());
      params.add(filter.unit());
    }
    if (filter.bandCode() != null) {
      parts.add("SELECT 'band', id FROM pay_band WHERE code = ?");
      params.add(filter.bandCode());
    }
    List<String> unitIds = filter.unit() == null ? null : new ArrayList<>();
    List<String> bandIds = filter.bandCode() == null ? null : new ArrayList<>();
    if (!parts.isEmpty()) {
      Query q = em.createNativeQuery(String.join(" UNION ALL ", parts));
      bind(q, params);
      @SuppressWarnings("unchecked")
      List<Object[]> rows = q.getResultList();
      for (Object[] r : rows) {
        (r[0].toString().equals("unit") ? unitIds : bandIds).add(r[1].toString());
      }
    }
    return new StaffSearchSql(filter, unitIds, bandIds);
  }

  private static void bind(Query query, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
  }

  /** The staff member with this number (any case). */
  public StaffRecord byStaffNumber(String staffNumber, LocalDate today) {
    return record("s.staff_number = ?", staffNumber, today)
        .orElseThrow(() -> new RecordNotFound("There is no staff member " + staffNumber + "."));
  }

  /** The staff record linked to a sign-in account, if any. */
  public Optional<StaffRecord> byUser(String userId, LocalDate today) {
    return record("s.user_id = ?", userId, today);
  }

  private Optional<StaffRecord> record(String condition, String value, LocalDate today) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT s.id, s.staff_number, s.first_name, s.last_name, s.work_email, au.username,"
                    + " s.union_code, s.start_date, s.leaving_date, s.sex, s.ethnic_group,"
                    + " s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence,"
                    + " s.full_pay FROM staff_member s LEFT JOIN app_user au ON au.id = s.user_id"
                    + " WHERE "
                    + condition)
            .setParameter(1, value)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = rows.get(0);
    String id = r[0].toString();
    List<HistoryEntry> raw = history(id);
    Set<String> bandIds = new HashSet<>();
    raw.forEach(
        h -> {
          if (h.band() != null) {
            bandIds.add(h.band().id());
          }
        });
    PayScales payScales = scales.forBands(bandIds);
    ContractualPay pay = new ContractualPay(payScales);
    List<HistoryEntry> history = new ArrayList<>();
    for (HistoryEntry h : raw) {
      Money salary = null;
      if (h.band() != null && h.point() != null) {
        PayPosition position = new PayPosition(h.band(), h.zone(), h.point(), h.hours());
        if (payScales.inForce(h.band(), h.zone(), h.from()).isPresent()) {
          salary = pay.contractualOn(position, h.from());
        }
      }
      history.add(
          new HistoryEntry(
              h.from(),
              h.to(),
              h.postNumber(),
              h.structureId(),
              h.band(),
              h.bandCode(),
              h.zone(),
              h.point(),
              h.hours(),
              h.reason(),
              h.note(),
              salary));
    }
    Optional<HistoryEntry> current =
        history.stream()
            .filter(h -> !h.from().isAfter(today) && (h.to() == null || !h.to().isBefore(today)))
            .findFirst();
    List<ProtectionRow> protections = protections(id);
    Optional<ProtectionRow> active =
        protections.stream().filter(p -> p.protection().isActiveOn(today)).findFirst();
    Optional<Money> fullTime = Optional.empty();
    Optional<PaidPay> paid = Optional.empty();
    if (current.isPresent() && current.get().band() != null && current.get().point() != null) {
      HistoryEntry c = current.get();
      PayPosition position = new PayPosition(c.band(), c.zone(), c.point(), c.hours());
      if (payScales.inForce(c.band(), c.zone(), today).isPresent()) {
        fullTime = Optional.of(pay.fullTimeOn(position, today));
        paid =
            Optional.of(
                ProtectionRules.payOn(
                    active.map(ProtectionRow::protection).orElse(null), pay, position, today));
      }
    }
    String[] unit = new String[2];
    JdLink jd = null;
    String[] structure = new String[3];
    if (current.isPresent()) {
      @SuppressWarnings("unchecked")
      List<Object[]> extra =
          em.createNativeQuery(
                  "SELECT u.id, u.name, j.id, j.reference, j.title, ps.id, ps.code, ps.name"
                      + " FROM staff_assignment a LEFT JOIN post p ON p.id = a.post_id"
                      + " LEFT JOIN org_unit u ON u.id = p.unit_id"
                      + " LEFT JOIN job_description j ON j.id = p.jd_id"
                      + " LEFT JOIN pay_structure ps ON ps.id = a.structure_id"
                      + " WHERE a.staff_id = ? AND a.effective_from = ?")
              .setParameter(1, id)
              .setParameter(2, current.get().from())
              .getResultList();
      if (!extra.isEmpty()) {
        Object[] e = extra.get(0);
        unit[0] = SqlValues.text(e[0]);
        unit[1] = SqlValues.text(e[1]);
        if (e[2] != null) {
          jd = new JdLink(e[2].toString(), e[3].toString(), e[4].toString());
        }
        structure[0] = SqlValues.text(e[5]);
        structure[1] = SqlValues.text(e[6]);
        structure[2] = SqlValues.text(e[7]);
      }
    }
    List<HistoryEntry> newestFirst = new ArrayList<>(history);
    java.util.Collections.reverse(newestFirst);
    return Optional.of(
        new StaffRecord(
            id,
            r[1].toString(),
            r[2].toString(),
            r[3].toString(),
            SqlValues.text(r[4]),
            SqlValues.text(r[5]),
            SqlValues.text(r[6]),
            SqlValues.date(r[7]),
            SqlValues.date(r[8]),
            new Equality(
                r[9] == null ? null : Sex.fromCode(r[9].toString()),
                r[10] == null ? null : EthnicGroup.valueOf(r[10].toString()),
                r[11] == null ? null : Disability.valueOf(r[11].toString()),
                SqlValues.date(r[12])),
            ((Number) r[13]).longValue(),
            ((Number) r[14]).longValue(),
            SqlValues.bool(r[15]),
            current,
            unit[0],
            unit[1],
            jd,
            structure[0],
            structure[1],
            structure[2],
            fullTime,
            paid,
            active,
            newestFirst,
            protections,
            today));
  }

  /** A person's pay history, oldest first, without salaries. */
  private List<HistoryEntry> history(String staffId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT a.effective_from, a.effective_to, p.post_number, a.structure_id, b.id,"
                    + " b.name, b.band_rank, b.code, a.zone_code, a.pay_point, a.weekly_hours,"
                    + " a.reason, a.note FROM staff_assignment a"
                    + " LEFT JOIN post p ON p.id = a.post_id LEFT JOIN pay_band b ON b.id = a.band_id"
                    + " WHERE a.staff_id = ? ORDER BY a.effective_from")
            .setParameter(1, staffId)
            .getResultList();
    List<HistoryEntry> entries = new ArrayList<>();
    for (Object[] r : rows) {
      BandRef band =
          r[4] == null
              ? null
              : new BandRef(r[4].toString(), r[5].toString(), ((Number) r[6]).intValue());
      entries.add(
          new HistoryEntry(
              SqlValues.date(r[0]),
              SqlValues.date(r[1]),
              SqlValues.text(r[2]),
              SqlValues.text(r[3]),
              band,
              SqlValues.text(r[7]),
              r[8].toString(),
              SqlValues.integer(r[9]),
              new WeeklyHours((BigDecimal) r[10]),
              r[11].toString(),
              SqlValues.text(r[12]),
              null));
    }
    return entries;
  }

  /** A person's protections, newest first. */
  public List<ProtectionRow> protections(String staffId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, type, starts_on, last_day, protected_pence, difference_pence,"
                    + " taper_json, ended_on, end_reason, end_note, protected_band_id, rebanding_id"
                    + " FROM pay_protection WHERE staff_id = ? ORDER BY starts_on DESC")
            .setParameter(1, staffId)
            .getResultList();
    List<ProtectionRow> result = new ArrayList<>();
    for (Object[] r : rows) {
      Optional<Protection.Ending> ending =
          r[7] == null
              ? Optional.empty()
              : Optional.of(
                  new Protection.Ending(
                      EndReason.valueOf(r[8].toString()),
                      SqlValues.date(r[7]),
                      SqlValues.text(r[9])));
      result.add(
          new ProtectionRow(
              r[0].toString(),
              SqlValues.text(r[10]),
              SqlValues.text(r[11]),
              protection(r, 1, ending)));
    }
    return result;
  }

  /**
   * A protection from a {@code pay_protection} row read as {@code type, starts_on, last_day,
   * protected_pence, difference_pence, taper_json} from column {@code first} on.
   */
  public static Protection protection(Object[] row, int first, Optional<Protection.Ending> ending) {
    return new Protection(
        ProtectionType.valueOf(row[first].toString()),
        SqlValues.date(row[first + 1]),
        SqlValues.date(row[first + 2]),
        Money.ofPence(((Number) row[first + 3]).longValue()),
        Money.ofPence(((Number) row[first + 4]).longValue()),
        taper(SqlValues.text(row[first + 5])),
        ending);
  }

  /**
   * A taper schedule as stored: stages {@code <years>:<percent>} separated by commas ({@code
   * 1:100,1:50}); empty or null for none.
   */
  public static List<TaperStep> taper(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    List<TaperStep> steps = new ArrayList<>();
    for (String stage : stored.split(",")) {
      String[] parts = stage.trim().split(":");
      steps.add(
          new TaperStep(Period.ofYears(Integer.parseInt(parts[0])), Integer.parseInt(parts[1])));
    }
    return steps;
  }

  private static void bind(Query list, Query count, List<Object> params, PageRequest page) {
    for (int i = 0; i < params.size(); i++) {
      list.setParameter(i + 1, params.get(i));
      count.setParameter(i + 1, params.get(i));
    }
    list.setParameter(params.size() + 1, page.size());
    list.setParameter(params.size() + 2, page.offset());
  }

  static String name(Object first, Object last) {
    String l = last == null ? "" : last.toString();
    return l.isEmpty() ? first.toString() : first + " " + l;
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
