package org.bandwise.workforce.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who holds a job description: the staff whose assignment in force today is on a post for that JD
 * (and who have not left). This replaces the hand-kept list of JD holders (table {@code jd_holder},
 * dropped in V19): holders change only through staff records (the import, re-banding). A holder is
 * known to the rest of the application by their sign-in account, through the staff record's link to
 * it; staff without an account hold posts but cannot sign in.
 */
@ApplicationScoped
public class PostHolders {

  /** A staff member holding the JD today. {@code userId} is null without a sign-in account. */
  public record Holder(String staffId, String staffNumber, String name, String userId) {}

  /**
   * Joins staff {@code s}, assignment {@code a} and post {@code p}, in force on the date bound
   * three times (positions {@code ?1}..{@code ?3}).
   */
  static final String CURRENT =
      " FROM staff_member s JOIN staff_assignment a ON a.staff_id = s.id"
          + " JOIN post p ON p.id = a.post_id"
          + " WHERE a.effective_from <= ?1 AND (a.effective_to IS NULL OR a.effective_to >= ?2)"
          + " AND (s.leaving_date IS NULL OR s.leaving_date >= ?3)";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** The staff holding this JD today, by name. */
  public List<Holder> of(String jdId) {
    Date today = Date.valueOf(today());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT DISTINCT s.id, s.staff_number, s.first_name, s.last_name, s.user_id"
                    + CURRENT
                    + " AND p.jd_id = ?4 ORDER BY s.last_name, s.first_name, s.staff_number")
            .setParameter(1, today)
            .setParameter(2, today)
            .setParameter(3, today)
            .setParameter(4, jdId)
            .getResultList();
    List<Holder> holders = new ArrayList<>();
    for (Object[] r : rows) {
      holders.add(
          new Holder(
              r[0].toString(),
              r[1].toString(),
              (r[2] + " " + r[3]).trim(),
              r[4] == null ? null : r[4].toString()));
    }
    return holders;
  }

  /** The sign-in accounts of the staff holding this JD today. */
  public Set<String> userIds(String jdId) {
    Date today = Date.valueOf(today());
    Set<String> ids = new LinkedHashSet<>();
    for (Object u :
        em.createNativeQuery(
                "SELECT DISTINCT s.user_id"
                    + CURRENT
                    + " AND p.jd_id = ?4 AND s.user_id IS NOT NULL")
            .setParameter(1, today)
            .setParameter(2, today)
            .setParameter(3, today)
            .setParameter(4, jdId)
            .getResultList()) {
      ids.add(u.toString());
    }
    return ids;
  }

  /** The JDs this sign-in account's staff record holds today (none without a staff record). */
  public Set<String> jdIdsHeldBy(String userId) {
    Set<String> ids = new LinkedHashSet<>();
    if (userId == null) {
      return ids;
    }
    Date today = Date.valueOf(today());
    for (Object j :
        em.createNativeQuery(
                "SELECT DISTINCT p.jd_id" + CURRENT + " AND s.user_id = ?4 AND p.jd_id IS NOT NULL")
            .setParameter(1, today)
            .setParameter(2, today)
            .setParameter(3, today)
            .setParameter(4, userId)
            .getResultList()) {
      ids.add(j.toString());
    }
    return ids;
  }

  /** Whether this sign-in account's staff record holds the JD today. */
  public boolean holds(String userId, String jdId) {
    return userId != null && jdIdsHeldBy(userId).contains(jdId);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
