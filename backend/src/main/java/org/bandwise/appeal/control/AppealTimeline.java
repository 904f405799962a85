package org.bandwise.appeal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import org.bandwise.appeal.control.AppealRecords.AppealRow;
import org.bandwise.platform.domain.StaleRecord;

/**
 * The appeal's timeline: every change is recorded as a step, by whom and when. A change that only
 * adds to the appeal (a note, a review panel) still moves its version on, so that a person working
 * from an older copy is refused.
 */
@ApplicationScoped
public class AppealTimeline {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  void record(
      String appealId,
      String step,
      AppealStatus status,
      AppealViewer actor,
      String text,
      String note) {
    em.createNativeQuery(
            "INSERT INTO appeal_step (id, appeal_id, step, status, taken_at, taken_by, text, note)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, UUID.randomUUID().toString())
        .setParameter(2, appealId)
        .setParameter(3, step)
        .setParameter(4, status.name())
        .setParameter(5, LocalDateTime.now(clock))
        .setParameter(6, actor.displayName())
        .setParameter(7, text)
        .setParameter(8, note)
        .executeUpdate();
  }

  /**
   * Moves the appeal's version on.
   *
   * @throws StaleRecord when it was changed since {@code row} was read
   */
  void touch(AppealRow row) {
    int updated =
        em.createNativeQuery(
                "UPDATE appeal SET updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
            .setParameter(1, LocalDateTime.now(clock))
            .setParameter(2, row.id())
            .setParameter(3, row.version())
            .executeUpdate();
    if (updated == 0) {
      throw new StaleRecord();
    }
  }
}
