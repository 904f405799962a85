package org.bandwise.appeal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bandwise.appeal.control.AppealRecords.AppealRow;
import org.bandwise.platform.persistence.SqlValues;

/**
 * What needs a person's attention now ({@link AttentionItems} says what and in which words): two
 * reads, the appeals they may see with a step due soon or overdue, and their own protection.
 */
@ApplicationScoped
public class AttentionStore {

  /** A person is told their protection is ending this many days ahead (the default policy's). */
  static final int PROTECTION_NOTICE_DAYS = 90;

  @PersistenceContext EntityManager em;
  @Inject VisibleAppeals appeals;
  @Inject AppealDueDates dueDates;

  public AttentionItems.Attention of(AppealViewer viewer) {
    LocalDate today = dueDates.today();
    AppealDeadlines deadlines = dueDates.deadlines();
    LocalDate limit = dueDates.dueSoonLimit(today);
    List<AttentionItems.Item> items = new ArrayList<>();
    for (AppealRow row : appeals.dueBefore(viewer, limit)) {
      for (Deadline deadline :
          deadlines.outstanding(
              row.kind(), row.status(), row.notifiedOn(), row.extension(), row.lodgedOn(), today)) {
        AttentionItems.appealStep(
                row.id(),
                row.union(),
                row.jdTitle(),
                deadline,
                AttentionItems.acts(viewer, row.union(), deadline.step()),
                today)
            .ifPresent(items::add);
      }
    }
    if (viewer.staffId() != null) {
      for (Object last :
          em.createNativeQuery(
                  "SELECT last_day FROM pay_protection WHERE staff_id = ? AND ended_on IS NULL"
                      + " AND starts_on <= ? AND last_day >= ? AND last_day <= ?"
                      + " ORDER BY last_day")
              .setParameter(1, viewer.staffId())
              .setParameter(2, Date.valueOf(today))
              .setParameter(3, Date.valueOf(today))
              .setParameter(4, Date.valueOf(today.plusDays(PROTECTION_NOTICE_DAYS)))
              .getResultList()) {
        AttentionItems.protectionEnding(SqlValues.date(last), today, PROTECTION_NOTICE_DAYS)
            .ifPresent(items::add);
      }
    }
    return AttentionItems.of(items);
  }
}
