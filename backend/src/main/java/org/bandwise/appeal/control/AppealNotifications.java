package org.bandwise.appeal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bandwise.appeal.control.AppealRecords.AppealRow;
import org.bandwise.calendar.control.BankHolidayCalendar;
import org.bandwise.notification.control.NotificationStore;
import org.bandwise.platform.persistence.SqlValues;

/**
 * Keeps appeal events as notifications ({@link AppealNotices} says which, for whom, in what words):
 * a change of status in the transaction of the step that made it, and deadlines due soon or overdue
 * by an hourly sweep. The sweep claims its hour with a conditional update of {@code
 * notification_sweep}, so of several instances one sweeps; each notification is kept once per
 * person in any case.
 */
@ApplicationScoped
public class AppealNotifications {

  @PersistenceContext EntityManager em;
  @Inject NotificationStore notifications;
  @Inject BankHolidayCalendar calendar;
  @Inject Clock clock;

  /** Tells everyone concerned, but the person who took the step, of the appeal's new status. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void statusChanged(AppealRow row, AppealStatus status, String actorUserId) {
    List<String> members = new ArrayList<>();
    for (Object u :
        em.createNativeQuery(
                "SELECT s.user_id FROM appeal_member m JOIN staff_member s ON s.id = m.staff_id"
                    + " WHERE m.appeal_id = ? AND s.user_id IS NOT NULL")
            .setParameter(1, row.id())
            .getResultList()) {
      members.add(u.toString());
    }
    var notice =
        AppealNotices.statusChanged(row.id(), "v" + (row.version() + 1), row.jdTitle(), status);
    notifications.notify(
        AppealNotices.statusRecipients(hr(), reps(row.union()), members, actorUserId),
        notice.kind().name(),
        row.id(),
        notice.text(),
        notice.key());
  }

  /**
   * Keeps a notification for every deadline due soon or overdue today, for HR and the reps of each
   * appeal's union; once an hour, claimed so one instance does it (each notification is kept once
   * per person anyway, so an hourly sweep adds only what is new).
   *
   * @return how many notifications were added (0 when another run has the hour)
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int sweepDeadlines() {
    LocalDate today = LocalDate.now(clock);
    LocalDateTime hour = LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS);
    int claimed =
        em.createNativeQuery(
                "UPDATE notification_sweep SET last_run = ? WHERE name = 'appeal-deadlines'"
                    + " AND (last_run IS NULL OR last_run < ?)")
            .setParameter(1, hour)
            .setParameter(2, hour)
            .executeUpdate();
    if (claimed == 0) {
      return 0;
    }
    AppealDeadlines deadlines =
        new AppealDeadlines(AppealDeadlineSettings.defaults(), calendar.workingDays());
    LocalDate soon =
        calendar.workingDays().add(today, AppealDeadlineSettings.defaults().dueSoonWorkingDays());
    List<String> hr = hr();
    Map<String, List<String>> repsOf = new HashMap<>();
    int added = 0;
    for (Object r :
        em.createNativeQuery(
                "SELECT a.id, a.kind, a.status, a.union_code, a.lodged_on, j.title"
                    + " FROM appeal a JOIN job_description j ON j.id = a.jd_id"
                    + " WHERE a.status IN "
                    + AppealRows.AWAITING
                    + " AND ((a.status = 'LODGED' AND a.acknowledge_by <= ?) OR a.decide_by <= ?)")
            .setParameter(1, Date.valueOf(soon))
            .setParameter(2, Date.valueOf(soon))
            .getResultList()) {
      Object[] a = (Object[]) r;
      String union = SqlValues.text(a[3]);
      List<String> to = new ArrayList<>(hr);
      for (String rep : repsOf.computeIfAbsent(String.valueOf(union), u -> reps(union))) {
        if (!to.contains(rep)) {
          to.add(rep);
        }
      }
      for (Deadline deadline :
          deadlines.outstanding(
              AppealKind.valueOf(a[1].toString()),
              AppealStatus.valueOf(a[2].toString()),
              null,
              null,
              SqlValues.date(a[4]),
              today)) {
        var notice = AppealNotices.deadline(a[0].toString(), a[5].toString(), deadline);
        if (notice.isPresent()) {
          added +=
              notifications.notify(
                  to,
                  notice.get().kind().name(),
                  a[0].toString(),
                  notice.get().text(),
                  notice.get().key());
        }
      }
    }
    return added;
  }

  private List<String> hr() {
    List<String> ids = new ArrayList<>();
    for (Object u :
        em.createNativeQuery(
                "SELECT DISTINCT u.id FROM app_user u JOIN app_user_role r ON r.user_id = u.id"
                    + " WHERE r.role IN ('HR_ADMIN', 'HR_EVALUATOR') AND u.enabled = TRUE"
                    + " ORDER BY u.id")
            .getResultList()) {
      ids.add(u.toString());
    }
    return ids;
  }

  private List<String> reps(String union) {
    List<String> ids = new ArrayList<>();
    if (union == null) {
      return ids;
    }
    for (Object u :
        em.createNativeQuery(
                "SELECT DISTINCT u.id FROM app_user u JOIN app_user_role r ON r.user_id = u.id"
                    + " WHERE r.role = 'UNION_REP' AND u.union_code = ? AND u.enabled = TRUE"
                    + " ORDER BY u.id")
            .setParameter(1, union)
            .getResultList()) {
      ids.add(u.toString());
    }
    return ids;
  }
}
