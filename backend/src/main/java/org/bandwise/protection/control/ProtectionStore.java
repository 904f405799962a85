package org.bandwise.protection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.platform.persistence.SqlValues;
import org.bandwise.rebanding.control.PayPolicies;
import org.bandwise.workforce.control.CurrentPositions;
import org.bandwise.workforce.control.DisplayDates;
import org.bandwise.workforce.control.StaffDirectory;

/**
 * Pay protections as HR sees them: the list (soonest ending first), ending one early with the
 * reason, and the automatic endings — expiry after the last protected day and leaving — which are
 * safe with several instances: each protection is claimed with a conditional {@code UPDATE} (still
 * not ended), so exactly one instance records each ending and its audit event.
 */
@ApplicationScoped
public class ProtectionStore {

  public static final String ENTITY = "PROTECTION";

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject PayPolicies policies;
  @Inject Clock clock;
  @Inject CurrentPositions positions;
  @Inject org.bandwise.workforce.control.WorkforceScales scales;

  /** A protection with who holds it. */
  public record Row(
      String id,
      String staffNumber,
      String name,
      String protectedBandId,
      String protectedBandCode,
      String protectedBandName,
      String rebandingId,
      Protection protection,
      long version) {}

  private static final String SELECT =
      "SELECT pp.id, s.staff_number, s.first_name, s.last_name, pp.type, pp.starts_on,"
          + " pp.last_day, pp.protected_pence, pp.difference_pence, pp.taper_json, pp.ended_on,"
          + " pp.end_reason, pp.end_note, b.id, b.code, b.name, pp.rebanding_id, pp.version"
          + " FROM pay_protection pp JOIN staff_member s ON s.id = pp.staff_id"
          + " LEFT JOIN pay_band b ON b.id = pp.protected_band_id";

  /**
   * Protections, soonest ending first.
   *
   * @param active true: not ended and the last protected day not passed; false: ended or expired;
   *     null: all
   * @param expiringWithinDays only active ones whose last protected day is within this many days
   */
  public Page<Row> list(
      Boolean active, Integer expiringWithinDays, LocalDate today, PageRequest page) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (Boolean.TRUE.equals(active) || expiringWithinDays != null) {
      where.append(" AND pp.ended_on IS NULL AND pp.last_day >= ?");
      params.add(today);
    } else if (Boolean.FALSE.equals(active)) {
      where.append(" AND (pp.ended_on IS NOT NULL OR pp.last_day < ?)");
      params.add(today);
    }
    if (expiringWithinDays != null) {
      where.append(" AND pp.last_day <= ?");
      params.add(today.plusDays(expiringWithinDays));
    }
    var list =
        em.createNativeQuery(
            SELECT + where + " ORDER BY pp.last_day, s.staff_number, pp.id LIMIT ? OFFSET ?");
    var count = em.createNativeQuery("SELECT COUNT(*) FROM pay_protection pp" + where);
    for (int i = 0; i < params.size(); i++) {
      list.setParameter(i + 1, params.get(i));
      count.setParameter(i + 1, params.get(i));
    }
    list.setParameter(params.size() + 1, page.size());
    list.setParameter(params.size() + 2, page.offset());
    @SuppressWarnings("unchecked")
    List<Object[]> rows = list.getResultList();
    return new Page<>(
        rows.stream().map(ProtectionStore::row).toList(),
        ((Number) count.getSingleResult()).longValue(),
        page);
  }

  public Row get(String id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(SELECT + " WHERE pp.id = ?").setParameter(1, id).getResultList();
    if (rows.isEmpty()) {
      throw new RecordNotFound("There is no pay protection with that id.");
    }
    return row(rows.get(0));
  }

  /**
   * The protections with these ids, a thousand to a query (read every minute for every protection
   * running: one query each cost 28,000 queries a minute at 1.4 million staff).
   */
  private Map<String, Row> byIds(List<String> ids) {
    Map<String, Row> found = new java.util.HashMap<>();
    for (int from = 0; from < ids.size(); from += 1_000) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + 1_000));
      jakarta.persistence.Query query =
          em.createNativeQuery(SELECT + " WHERE pp.id IN (" + "?,".repeat(batch.size() - 1) + "?)");
      for (int i = 0; i < batch.size(); i++) {
        query.setParameter(i + 1, batch.get(i));
      }
      @SuppressWarnings("unchecked")
      List<Object[]> rows = query.getResultList();
      for (Object[] r : rows) {
        Row row = row(r);
        found.put(row.id(), row);
      }
    }
    return found;
  }

  private static Row row(Object[] r) {
    Optional<Protection.Ending> ending =
        r[10] == null
            ? Optional.empty()
            : Optional.of(
                new Protection.Ending(
                    EndReason.valueOf(r[11].toString()),
                    SqlValues.date(r[10]),
                    SqlValues.text(r[12])));
    String last = SqlValues.text(r[3]);
    return new Row(
        r[0].toString(),
        r[1].toString(),
        last == null || last.isEmpty() ? r[2].toString() : r[2] + " " + last,
        SqlValues.text(r[13]),
        SqlValues.text(r[14]),
        SqlValues.text(r[15]),
        SqlValues.text(r[16]),
        new Protection(
            ProtectionType.valueOf(r[4].toString()),
            SqlValues.date(r[5]),
            SqlValues.date(r[6]),
            Money.ofPence(((Number) r[7]).longValue()),
            Money.ofPence(((Number) r[8]).longValue()),
            StaffDirectory.taper(SqlValues.text(r[9])),
            ending),
        ((Number) r[17]).longValue());
  }

  /**
   * Ends an active protection early.
   *
   * @param lastDay the last protected day (the ending takes effect the day after)
   * @param note the reason in a sentence
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Row end(
      String id, ExpectedVersion expected, EndReason reason, LocalDate lastDay, String note) {
    em.createNativeQuery("SELECT id FROM pay_protection WHERE id = ? FOR UPDATE")
        .setParameter(1, id)
        .getResultList();
    Row row = get(id);
    expected.check(row.version());
    ProtectionPolicy policy =
        row.protectedBandId() == null
            ? ProtectionPolicy.DEFAULT
            : policies.ofBand(row.protectedBandId()).protection();
    Protection ended =
        ProtectionRules.end(row.protection(), policy, reason, lastDay.plusDays(1), note);
    Protection.Ending ending = ended.ending().orElseThrow();
    em.createNativeQuery(
            "UPDATE pay_protection SET ended_on = ?, end_reason = ?, end_note = ?, updated_at = ?,"
                + " version = version + 1 WHERE id = ?")
        .setParameter(1, ending.endedOn())
        .setParameter(2, ending.reason().name())
        .setParameter(3, ending.note())
        .setParameter(4, LocalDateTime.now(clock))
        .setParameter(5, id)
        .executeUpdate();
    auditEnded(row, ending);
    positionOfHolder(id);
    return get(id);
  }

  /**
   * Records a protection given outside a re-banding (for example one decided before Bandwise held
   * the records), with its ending if it has ended; audited.
   *
   * @return its id
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String record(String staffId, Protection protection, String protectedBandId, String note) {
    String id = java.util.UUID.randomUUID().toString();
    LocalDateTime now = LocalDateTime.now(clock);
    Protection.Ending ending = protection.ending().orElse(null);
    em.createNativeQuery(
            "INSERT INTO pay_protection (id, staff_id, type, starts_on, last_day, protected_pence,"
                + " difference_pence, protected_band_id, taper_json, ended_on, end_reason, end_note,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, id)
        .setParameter(2, staffId)
        .setParameter(3, protection.type().name())
        .setParameter(4, protection.start())
        .setParameter(5, protection.until())
        .setParameter(6, protection.protectedFullTime().pence())
        .setParameter(7, protection.differenceFullTime().pence())
        .setParameter(8, protectedBandId)
        .setParameter(
            9,
            protection.taper().isEmpty()
                ? null
                : String.join(
                    ",",
                    protection.taper().stream()
                        .map(t -> t.length().getYears() + ":" + t.percent())
                        .toList()))
        .setParameter(10, ending == null ? null : ending.endedOn())
        .setParameter(11, ending == null ? null : ending.reason().name())
        .setParameter(12, ending == null ? note : ending.note() == null ? note : ending.note())
        .setParameter(13, now)
        .setParameter(14, now)
        .executeUpdate();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("type", protection.type().name());
    after.put("from", protection.start().toString());
    after.put("until", protection.until().toString());
    after.put("protectedSalaryPence", protection.protectedFullTime().pence());
    if (ending != null) {
      after.put("endReason", ending.reason().name());
      after.put("endedOn", ending.endedOn().toString());
    }
    audit.record(
        ENTITY,
        id,
        null,
        "CREATED",
        "Pay protection recorded until " + DisplayDates.format(protection.until()),
        null,
        after);
    positionOfHolder(id);
    return id;
  }

  /** The holder's position (protected or not) as kept for the staff search. */
  private void positionOfHolder(String protectionId) {
    positions.workOut(
        LocalDate.now(clock),
        "s.id = (SELECT pp.staff_id FROM pay_protection pp WHERE pp.id = ?)",
        protectionId);
  }

  private void auditEnded(Row row, Protection.Ending ending) {
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("endReason", ending.reason().name());
    after.put("endedOn", ending.endedOn().toString());
    if (ending.note() != null) {
      after.put("endNote", ending.note());
    }
    audit.record(
        ENTITY,
        row.id(),
        row.rebandingId(),
        "ENDED",
        "Pay protection of "
            + row.staffNumber()
            + " ended; the last protected day was "
            + DisplayDates.format(ending.endedOn().minusDays(1)),
        Map.of("until", row.protection().until().toString()),
        after);
  }

  /**
   * Records every ending that has come due by today: protections whose last protected day has
   * passed (expired) and those of people who left before it (left). Each is claimed by a
   * conditional update, so running this on several instances at once records each ending once.
   *
   * @return how many endings this call recorded
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int processDue() {
    LocalDate today = LocalDate.now(clock);
    LocalDateTime now = LocalDateTime.now(clock);
    int ended = 0;
    @SuppressWarnings("unchecked")
    List<Object[]> leavers =
        em.createNativeQuery(
                "SELECT pp.id, s.leaving_date FROM pay_protection pp"
                    + " JOIN staff_member s ON s.id = pp.staff_id"
                    + " WHERE pp.ended_on IS NULL AND s.leaving_date IS NOT NULL"
                    + " AND s.leaving_date < ? AND s.leaving_date < pp.last_day"
                    + " AND s.leaving_date >= pp.starts_on")
            .setParameter(1, today)
            .getResultList();
    for (Object[] r : leavers) {
      LocalDate endedOn = SqlValues.date(r[1]).plusDays(1);
      int claimed =
          em.createNativeQuery(
                  "UPDATE pay_protection SET ended_on = ?, end_reason = 'LEFT', updated_at = ?,"
                      + " version = version + 1 WHERE id = ? AND ended_on IS NULL")
              .setParameter(1, endedOn)
              .setParameter(2, now)
              .setParameter(3, r[0].toString())
              .executeUpdate();
      if (claimed == 1) {
        Row row = get(r[0].toString());
        auditEnded(row, row.protection().ending().orElseThrow());
        positionOfHolder(row.id());
        ended++;
      }
    }
    ended += caughtUp(today, now);
    @SuppressWarnings("unchecked")
    List<Object> expired =
        em.createNativeQuery(
                "SELECT id FROM pay_protection WHERE ended_on IS NULL AND last_day < ?"
                    + " ORDER BY last_day LIMIT 1000")
            .setParameter(1, today)
            .getResultList();
    for (Object id : expired) {
      int claimed =
          em.createNativeQuery(
                  "UPDATE pay_protection SET ended_on = DATE_ADD(last_day, INTERVAL 1 DAY),"
                      + " end_reason = 'EXPIRED', updated_at = ?, version = version + 1"
                      + " WHERE id = ? AND ended_on IS NULL AND last_day < ?")
              .setParameter(1, now)
              .setParameter(2, id.toString())
              .setParameter(3, today)
              .executeUpdate();
      if (claimed == 1) {
        Row row = get(id.toString());
        auditEnded(row, row.protection().ending().orElseThrow());
        positionOfHolder(row.id());
        ended++;
      }
    }
    return ended;
  }

  /**
   * Ends mark-time protections whose holder's contractual salary has reached the protected salary
   * by today (a pay award or a new point; compared full time): from the day it did, as caught up.
   * The positions held since each protection started are read in one query, their scales in one
   * more.
   */
  private int caughtUp(LocalDate today, LocalDateTime now) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT pp.id, a.effective_from, b.id, b.name, b.band_rank, a.zone_code,"
                    + " a.pay_point, a.weekly_hours FROM pay_protection pp"
                    + " JOIN staff_assignment a ON a.staff_id = pp.staff_id"
                    + " AND (a.effective_to IS NULL OR a.effective_to >= pp.starts_on)"
                    + " AND a.effective_from <= ?"
                    + " JOIN pay_band b ON b.id = a.band_id"
                    + " WHERE pp.ended_on IS NULL AND pp.type = 'MARK_TIME' AND pp.starts_on <= ?"
                    + " AND pp.last_day >= ? AND a.pay_point IS NOT NULL"
                    + " ORDER BY pp.id, a.effective_from")
            .setParameter(1, today)
            .setParameter(2, today)
            .setParameter(3, today)
            .getResultList();
    if (rows.isEmpty()) {
      return 0;
    }
    Map<String, List<org.bandwise.workforce.control.PayHistory.Entry>> histories =
        new LinkedHashMap<>();
    java.util.Set<String> bandIds = new java.util.HashSet<>();
    for (Object[] r : rows) {
      bandIds.add(r[2].toString());
      histories
          .computeIfAbsent(r[0].toString(), k -> new ArrayList<>())
          .add(
              new org.bandwise.workforce.control.PayHistory.Entry(
                  SqlValues.date(r[1]),
                  new org.bandwise.workforce.control.PayPosition(
                      new org.bandwise.workforce.control.BandRef(
                          r[2].toString(), r[3].toString(), ((Number) r[4]).intValue()),
                      r[5].toString(),
                      ((Number) r[6]).intValue(),
                      new org.bandwise.workforce.control.WeeklyHours(
                          (java.math.BigDecimal) r[7]))));
    }
    org.bandwise.workforce.control.ContractualPay pay =
        new org.bandwise.workforce.control.ContractualPay(scales.forBands(bandIds));
    Map<String, Row> protections = byIds(List.copyOf(histories.keySet()));
    int ended = 0;
    for (Map.Entry<String, List<org.bandwise.workforce.control.PayHistory.Entry>> e :
        histories.entrySet()) {
      Row row = protections.get(e.getKey());
      Optional<LocalDate> day;
      try {
        day =
            ProtectionRules.caughtUpOn(
                row.protection(),
                pay,
                new org.bandwise.workforce.control.PayHistory(e.getValue(), null));
      } catch (RuntimeException noScaleThatDay) {
        continue; // a position without a scale in force cannot be compared; left as it is
      }
      if (day.isEmpty() || day.get().isAfter(today)) {
        continue;
      }
      int claimed =
          em.createNativeQuery(
                  "UPDATE pay_protection SET ended_on = ?, end_reason = 'CAUGHT_UP',"
                      + " updated_at = ?, version = version + 1 WHERE id = ? AND ended_on IS NULL")
              .setParameter(1, day.get())
              .setParameter(2, now)
              .setParameter(3, e.getKey())
              .executeUpdate();
      if (claimed == 1) {
        Row after = get(e.getKey());
        auditEnded(after, after.protection().ending().orElseThrow());
        positionOfHolder(after.id());
        ended++;
      }
    }
    return ended;
  }
}
