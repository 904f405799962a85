package org.bandwise.appeal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import org.bandwise.calendar.control.BankHolidayCalendar;
import org.bandwise.platform.persistence.SqlValues;

/**
 * Today and the appeal deadlines ({@link AppealDeadlines}) over the live bank holiday calendar; the
 * due dates of open appeals are worked out again when HR admins change that calendar.
 */
@ApplicationScoped
public class AppealDueDates {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject BankHolidayCalendar calendar;

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public AppealDeadlines deadlines() {
    return new AppealDeadlines(AppealDeadlineSettings.defaults(), calendar.workingDays());
  }

  /** The first working day after the "due soon" window that starts today. */
  LocalDate dueSoonLimit(LocalDate today) {
    return calendar
        .workingDays()
        .add(today, AppealDeadlineSettings.defaults().dueSoonWorkingDays() + 1);
  }

  void onCalendarChanged(@Observes BankHolidayCalendar.CalendarChanged changed) {
    AppealDeadlines deadlines = deadlines();
    for (Object r :
        em.createNativeQuery(
                "SELECT id, lodged_on FROM appeal WHERE status IN "
                    + AppealRows.AWAITING
                    + " FOR UPDATE")
            .getResultList()) {
      Object[] a = (Object[]) r;
      LocalDate lodgedOn = SqlValues.date(a[1]);
      em.createNativeQuery("UPDATE appeal SET acknowledge_by = ?, decide_by = ? WHERE id = ?")
          .setParameter(1, Date.valueOf(deadlines.acknowledgeBy(lodgedOn)))
          .setParameter(2, Date.valueOf(deadlines.decideBy(lodgedOn)))
          .setParameter(3, a[0].toString())
          .executeUpdate();
    }
  }
}
