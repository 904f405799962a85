package org.bandwise.workforce.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.bandwise.platform.cache.ReferenceData;
import org.bandwise.platform.cache.ReferenceKind;

/**
 * Each staff record's position as of a day (the post, unit and band of the assignment in force, and
 * whether pay protection is in force), kept on {@code staff_member} with the days over which all of
 * it holds, so that the staff search reads one row per person instead of joining everyone to their
 * assignments and protections (V25).
 *
 * <p>Every write that changes assignments or protections works out the positions of the people it
 * changed, in its own transaction, near its end; this also raises the version of the workforce data
 * that the search's cached counts are kept under. A position whose days no longer cover the day
 * asked about (a dated change has come into force, the clock was replayed) or that was never worked
 * out (a new record) is worked out again before a search reads it, and every minute ({@link
 * #workOutDue}, {@link CurrentPositionsJob}).
 */
@ApplicationScoped
public class CurrentPositions {

  private static final Logger LOG = Logger.getLogger(CurrentPositions.class.getName());

  /**
   * The days a protection is in force: from starts_on to the earlier of last_day and ended_on - 1.
   */
  private static final String PROTECTED_UNTIL =
      "LEAST(%1$s.last_day, COALESCE(%1$s.ended_on - INTERVAL 1 DAY, %1$s.last_day))";

  /**
   * Works out the position on a day (bound to every parameter before the appended condition) of the
   * staff the condition selects. The days it holds are bounded by the assignment in force (or, out
   * of one, by the last that ended and the next that starts) and by every protection's first and
   * last protected day around it; a bound may come early, which only means working it out again.
   */
  private static final String WORK_OUT =
      "UPDATE staff_member s LEFT JOIN staff_assignment a ON a.staff_id = s.id"
          + " AND a.effective_from <= ? AND (a.effective_to IS NULL OR a.effective_to >= ?)"
          + " LEFT JOIN post p ON p.id = a.post_id"
          + " SET s.current_post_id = a.post_id, s.current_unit_id = p.unit_id,"
          + " s.current_band_id = a.band_id,"
          + " s.protected_now = EXISTS (SELECT 1 FROM pay_protection pn WHERE pn.staff_id = s.id"
          + " AND pn.starts_on <= ? AND "
          + PROTECTED_UNTIL.formatted("pn")
          + " >= ?),"
          + " s.position_from = GREATEST("
          + "COALESCE(a.effective_from, (SELECT MAX(e.effective_to) + INTERVAL 1 DAY"
          + " FROM staff_assignment e WHERE e.staff_id = s.id AND e.effective_to < ?),"
          + " DATE '1000-01-01'),"
          + " COALESCE((SELECT MAX(CASE WHEN "
          + PROTECTED_UNTIL.formatted("pf")
          + " < ? THEN "
          + PROTECTED_UNTIL.formatted("pf")
          + " + INTERVAL 1 DAY WHEN pf.starts_on <= ? THEN pf.starts_on END)"
          + " FROM pay_protection pf WHERE pf.staff_id = s.id), DATE '1000-01-01')),"
          + " s.position_until = LEAST("
          + "COALESCE(a.effective_to, (SELECT MIN(n.effective_from) - INTERVAL 1 DAY"
          + " FROM staff_assignment n WHERE n.staff_id = s.id AND n.effective_from > ?),"
          + " DATE '9999-12-31'),"
          + " COALESCE((SELECT MIN(CASE WHEN pu.starts_on > ? THEN pu.starts_on - INTERVAL 1 DAY"
          + " WHEN "
          + PROTECTED_UNTIL.formatted("pu")
          + " >= ? THEN "
          + PROTECTED_UNTIL.formatted("pu")
          + " END) FROM pay_protection pu WHERE pu.staff_id = s.id), DATE '9999-12-31'))"
          + " WHERE ";

  static final int DAY_PARAMETERS = (int) WORK_OUT.chars().filter(c -> c == '?').count();

  /**
   * Positions never worked out or not holding on a day, after an id (keyset order, so a pass ends
   * even if a position could not be made to hold): the id, the day bound and the limit in turn.
   * Each way reads its own index in id order and stops at the limit, so the look-up costs the same
   * for one record due or for a whole workforce never worked out (after an upgrade, or 1.4 million
   * rows written by SQL: a single UNION of every id due took longer than the pool's 10 s statement
   * limit there, and the job never got going).
   */
  private static final String DUE =
      "(SELECT id FROM staff_member WHERE position_until IS NULL AND id > ? ORDER BY id LIMIT ?)"
          + " UNION (SELECT id FROM staff_member WHERE position_until < ? AND id > ?"
          + " ORDER BY id LIMIT ?)"
          + " UNION (SELECT id FROM staff_member WHERE position_from > ? AND id > ?"
          + " ORDER BY id LIMIT ?)";

  static final int BATCH = 1_000;

  @PersistenceContext EntityManager em;

  @Inject ReferenceData reference;
  @Inject CurrentPositions self;

  /**
   * Works out, in the caller's transaction, the positions on {@code day} of the staff that {@code
   * condition} (on {@code s}, the staff record) selects; its parameters are {@code values}.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void workOut(LocalDate day, String condition, Object... values) {
    Query update = em.createNativeQuery(WORK_OUT + condition);
    for (int i = 1; i <= DAY_PARAMETERS; i++) {
      update.setParameter(i, day);
    }
    for (int i = 0; i < values.length; i++) {
      update.setParameter(DAY_PARAMETERS + 1 + i, values[i]);
    }
    update.executeUpdate();
    reference.changed(ReferenceKind.WORKFORCE);
  }

  /**
   * The same over a plain connection enlisted in the caller's transaction (the staff import writes
   * in JDBC batches); the caller records the change of the workforce data once for all batches.
   */
  public static void workOut(Connection c, LocalDate day, List<String> staffIds)
      throws SQLException {
    for (int from = 0; from < staffIds.size(); from += BATCH) {
      List<String> ids = staffIds.subList(from, Math.min(staffIds.size(), from + BATCH));
      try (PreparedStatement update =
          c.prepareStatement(WORK_OUT + "s.id IN (" + "?,".repeat(ids.size() - 1) + "?)")) {
        for (int i = 1; i <= DAY_PARAMETERS; i++) {
          update.setDate(i, Date.valueOf(day));
        }
        for (int i = 0; i < ids.size(); i++) {
          update.setString(DAY_PARAMETERS + 1 + i, ids.get(i));
        }
        update.executeUpdate();
      }
    }
  }

  /** Whether any position must be worked out before a search on {@code day}: one indexed read. */
  public boolean anyDue(LocalDate day) {
    return !self.dueNow(day, "", 1).isEmpty();
  }

  /**
   * Works out every position that does not hold on {@code day}, a thousand records to a transaction
   * of their own (so a whole workforce after an upgrade never holds one long transaction). Two
   * instances doing this at once write the same values, in the same order of ids.
   *
   * @return how many positions were worked out
   */
  public int workOutDue(LocalDate day) {
    int done = 0;
    String after = "";
    List<String> ids;
    while (!(ids = self.dueNow(day, after, BATCH)).isEmpty()) {
      self.workOutNow(day, ids);
      done += ids.size();
      after = ids.get(ids.size() - 1);
    }
    if (done > BATCH) {
      LOG.info("Worked out the positions of " + done + " staff records as of " + day + ".");
    }
    return done;
  }

  /** Works out these records' positions in a transaction of their own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void workOutNow(LocalDate day, List<String> staffIds) {
    workOut(day, "s.id IN (" + "?,".repeat(staffIds.size() - 1) + "?)", staffIds.toArray());
  }

  /**
   * The records due after {@code after}, looked up in a transaction of its own, so that each
   * look-up sees the records worked out just before it as they now are. (Looked up outside a
   * transaction, the connection kept one read view for a whole pass, and each look-up stepped over
   * every record worked out since the pass began: at 1.4 million records a pass slowed from
   * thousands of records a second to tens.)
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> dueNow(LocalDate day, String after, int limit) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery("SELECT d.id FROM (" + DUE + ") d ORDER BY d.id LIMIT ?")
            .setParameter(1, after)
            .setParameter(2, limit)
            .setParameter(3, day)
            .setParameter(4, after)
            .setParameter(5, limit)
            .setParameter(6, day)
            .setParameter(7, after)
            .setParameter(8, limit)
            .setParameter(9, limit)
            .getResultList();
    return ids.stream().map(Object::toString).toList();
  }
}
