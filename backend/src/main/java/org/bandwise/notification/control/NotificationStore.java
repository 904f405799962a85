package org.bandwise.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;

/**
 * Each person's notifications, read or unread. One row per person and event ({@code dedup_key} is
 * unique per person), written in the transaction of the change that causes it; a later e-mail
 * channel sends the same rows.
 */
@ApplicationScoped
public class NotificationStore {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public record Notification(
      String id,
      String kind,
      String appealId,
      String text,
      LocalDateTime createdAt,
      LocalDateTime readAt) {}

  /**
   * Keeps one notification per person for the event; a person who already has it gets no second.
   *
   * @return how many were added
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int notify(
      Collection<String> userIds, String kind, String appealId, String text, String key) {
    int added = 0;
    LocalDateTime now = LocalDateTime.now(clock);
    for (String userId : userIds) {
      added +=
          em.createNativeQuery(
                  "INSERT IGNORE INTO notification (id, user_id, kind, appeal_id, text, dedup_key,"
                      + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
              .setParameter(1, UUID.randomUUID().toString())
              .setParameter(2, userId)
              .setParameter(3, kind)
              .setParameter(4, appealId)
              .setParameter(5, text.length() > 500 ? text.substring(0, 499) + "…" : text)
              .setParameter(6, key)
              .setParameter(7, now)
              .executeUpdate();
    }
    return added;
  }

  public Page<Notification> list(String userId, boolean unreadOnly, PageRequest page) {
    String where = "user_id = ?" + (unreadOnly ? " AND read_at IS NULL" : "");
    long total =
        ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM notification WHERE " + where)
                    .setParameter(1, userId)
                    .getSingleResult())
            .longValue();
    List<Notification> items = new ArrayList<>();
    for (Object r :
        em.createNativeQuery(
                "SELECT id, kind, appeal_id, text, created_at, read_at FROM notification WHERE "
                    + where
                    + " ORDER BY created_at DESC, id LIMIT "
                    + page.size()
                    + " OFFSET "
                    + page.offset())
            .setParameter(1, userId)
            .getResultList()) {
      items.add(row((Object[]) r));
    }
    return new Page<>(items, total, page);
  }

  public long unread(String userId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM notification WHERE user_id = ? AND read_at IS NULL")
                .setParameter(1, userId)
                .getSingleResult())
        .longValue();
  }

  /** Marks one of the person's own notifications read; another's is not found. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Notification markRead(String userId, String id) {
    em.createNativeQuery(
            "UPDATE notification SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL")
        .setParameter(1, LocalDateTime.now(clock))
        .setParameter(2, id)
        .setParameter(3, userId)
        .executeUpdate();
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, kind, appeal_id, text, created_at, read_at FROM notification"
                    + " WHERE id = ? AND user_id = ?")
            .setParameter(1, id)
            .setParameter(2, userId)
            .getResultList();
    if (rows.isEmpty()) {
      throw new RecordNotFound("There is no such notification of yours.");
    }
    return row((Object[]) rows.get(0));
  }

  /**
   * Marks every unread notification of the person's read; nobody else's changes.
   *
   * @return how many were unread
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int markAllRead(String userId) {
    return em.createNativeQuery(
            "UPDATE notification SET read_at = ? WHERE user_id = ? AND read_at IS NULL")
        .setParameter(1, LocalDateTime.now(clock))
        .setParameter(2, userId)
        .executeUpdate();
  }

  private static Notification row(Object[] r) {
    return new Notification(
        r[0].toString(),
        r[1].toString(),
        r[2] == null ? null : r[2].toString(),
        r[3].toString(),
        time(r[4]),
        r[5] == null ? null : time(r[5]));
  }

  private static LocalDateTime time(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime();
    }
    if (value instanceof LocalDateTime t) {
      return t;
    }
    return LocalDateTime.parse(value.toString().replace(' ', 'T'));
  }
}
