package org.bandwise.evaluation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bandwise.evaluation.entity.EvaluationStatus;
import org.bandwise.evaluation.entity.Priority;
import org.bandwise.evaluation.entity.RequesterType;
import org.bandwise.platform.persistence.InList;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.platform.persistence.SqlValues;

/** The evaluation queue: who waits, how long, and what is overdue. No requester names. */
@ApplicationScoped
public class EvaluationQueue {

  /**
   * What a queue listing may filter on; null means any. With a {@code requesterId} and no statuses,
   * every status (the requester's own history); otherwise no statuses means the open ones.
   */
  public record Filter(
      List<EvaluationStatus> statuses,
      Priority priority,
      String directorate,
      RequesterType requesterType,
      String panelMemberId,
      String jdId,
      Boolean awaitingSignOff,
      String requesterId) {}

  public record Entry(
      String id,
      String jdId,
      String jdVersionId,
      int jdVersionNumber,
      String reference,
      String title,
      String roleFamily,
      String directorate,
      RequesterType requesterType,
      LocalDate requestedOn,
      Priority priority,
      EvaluationStatus status,
      int daysWaiting,
      LocalDate targetDate,
      boolean overdue,
      boolean onMyPanel,
      boolean awaitingSignOff,
      boolean requestedByMe,
      boolean heldByMe) {}

  public record DirectorateWait(
      String directorate, int openRequests, int medianDays, int longestDays, int overdue) {}

  private static final Map<String, String> ORDER =
      Map.of(
          "daysWaiting", "e.requested_at, e.id",
          "requestedOn", "e.requested_at DESC, e.id",
          "priority", "e.priority IS NULL, e.priority, e.requested_at",
          "title", "v.title, e.requested_at",
          "directorate", "v.directorate, e.requested_at");

  private static final List<EvaluationStatus> OPEN =
      List.of(EvaluationStatus.REQUESTED, EvaluationStatus.ACCEPTED, EvaluationStatus.IN_PANEL);

  @PersistenceContext EntityManager em;
  @Inject WaitingTargets targets;
  @Inject Clock clock;
  @Inject org.bandwise.workforce.control.PostHolders postHolders;

  public Page<Entry> list(Filter filter, String sort, String callerId, PageRequest page) {
    List<EvaluationStatus> statuses;
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      statuses = filter.statuses();
    } else if (filter.requesterId() != null) {
      statuses = List.of(EvaluationStatus.values());
    } else {
      statuses = OPEN;
    }
    List<Object> params = new ArrayList<>(statuses.stream().map(Enum::name).toList());
    StringBuilder where =
        new StringBuilder(" WHERE e.status IN ").append(InList.placeholders(1, statuses.size()));
    condition(
        where,
        params,
        "e.priority = ?",
        filter.priority() == null ? null : filter.priority().name());
    condition(where, params, "v.directorate = ?", filter.directorate());
    condition(
        where,
        params,
        "e.requester_type = ?",
        filter.requesterType() == null ? null : filter.requesterType().name());
    condition(
        where,
        params,
        "EXISTS (SELECT 1 FROM panel_member pm WHERE pm.evaluation_id = e.id AND pm.user_id = ?)",
        filter.panelMemberId());
    condition(where, params, "e.jd_id = ?", filter.jdId());
    condition(where, params, "e.awaiting_sign_off = ?", filter.awaitingSignOff());
    condition(where, params, "e.requester_id = ?", filter.requesterId());
    String from =
        " FROM evaluation e JOIN jd_version v ON v.id = e.jd_version_id"
            + " JOIN job_description j ON j.id = e.jd_id";
    int callerParam = params.size() + 1;
    Query list =
        em.createNativeQuery(
            "SELECT e.id, e.jd_id, e.jd_version_id, v.version_no, j.reference, v.title, v.role_family,"
                + " v.directorate, e.requester_type, e.requested_at, e.priority, e.status,"
                + " COALESCE(e.published_at, e.decided_at),"
                + " (SELECT COUNT(*) FROM panel_member p WHERE p.evaluation_id = e.id AND p.user_id = ?"
                + callerParam
                + "), e.awaiting_sign_off, CASE WHEN e.requester_id = ?"
                + callerParam
                + " THEN 1 ELSE 0 END"
                + from
                + where
                + " ORDER BY "
                + ORDER.getOrDefault(sort == null ? "daysWaiting" : sort, ORDER.get("daysWaiting"))
                + " LIMIT ?"
                + (callerParam + 1)
                + " OFFSET ?"
                + (callerParam + 2));
    Query count = em.createNativeQuery("SELECT COUNT(*)" + from + where);
    bindNumbered(list, params);
    bindNumbered(count, params);
    list.setParameter(callerParam, callerId);
    list.setParameter(callerParam + 1, page.size());
    list.setParameter(callerParam + 2, page.offset());
    LocalDate today = LocalDate.now(clock);
    java.util.Set<String> held = postHolders.jdIdsHeldBy(callerId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = list.getResultList();
    List<Entry> entries = new ArrayList<>();
    for (Object[] r : rows) {
      EvaluationStatus status = EvaluationStatus.valueOf(r[11].toString());
      Priority priority = r[10] == null ? null : Priority.valueOf(r[10].toString());
      LocalDate requestedOn = SqlValues.timestamp(r[9]).toLocalDate();
      var closedAt = SqlValues.timestamp(r[12]);
      LocalDate closedOn =
          WaitingTargets.open(status) || closedAt == null ? null : closedAt.toLocalDate();
      entries.add(
          new Entry(
              r[0].toString(),
              r[1].toString(),
              r[2].toString(),
              ((Number) r[3]).intValue(),
              r[4].toString(),
              r[5].toString(),
              r[6].toString(),
              r[7].toString(),
              RequesterType.valueOf(r[8].toString()),
              requestedOn,
              priority,
              status,
              WaitingTargets.daysWaiting(requestedOn, closedOn, today),
              targets.target(requestedOn, status, priority),
              targets.overdue(requestedOn, status, priority, today),
              ((Number) r[13]).intValue() > 0,
              SqlValues.bool(r[14]),
              ((Number) r[15]).intValue() > 0,
              held.contains(r[1].toString())));
    }
    return new Page<>(entries, ((Number) count.getSingleResult()).longValue(), page);
  }

  /**
   * An open request's place in the queue of open requests, longest waiting first (1 has waited
   * longest); null when it is closed.
   */
  public Integer positionOf(String id, boolean open, java.time.LocalDateTime requestedAt) {
    if (!open) {
      return null;
    }
    long ahead =
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM evaluation e WHERE e.status IN ('REQUESTED',"
                            + " 'ACCEPTED', 'IN_PANEL') AND (e.requested_at < ?1 OR"
                            + " (e.requested_at = ?1 AND e.id < ?2))")
                    .setParameter(1, requestedAt)
                    .setParameter(2, id)
                    .getSingleResult())
            .longValue();
    return (int) ahead + 1;
  }

  /** Per directorate (alphabetically) and overall: open requests, median and longest wait. */
  public List<DirectorateWait> waitingTimes() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT v.directorate, e.requested_at, e.status, e.priority FROM evaluation e"
                    + " JOIN jd_version v ON v.id = e.jd_version_id"
                    + " WHERE e.status IN ('REQUESTED', 'ACCEPTED', 'IN_PANEL')")
            .getResultList();
    LocalDate today = LocalDate.now(clock);
    Map<String, List<Object[]>> byDirectorate = new TreeMap<>();
    for (Object[] r : rows) {
      byDirectorate.computeIfAbsent(r[0].toString(), d -> new ArrayList<>()).add(r);
    }
    List<DirectorateWait> waits = new ArrayList<>();
    byDirectorate.forEach((directorate, open) -> waits.add(summarise(directorate, open, today)));
    waits.add(summarise("All directorates", rows, today));
    return waits;
  }

  private DirectorateWait summarise(String directorate, List<Object[]> open, LocalDate today) {
    List<Integer> days = new ArrayList<>();
    int overdue = 0;
    for (Object[] r : open) {
      LocalDate requestedOn = SqlValues.timestamp(r[1]).toLocalDate();
      EvaluationStatus status = EvaluationStatus.valueOf(r[2].toString());
      Priority priority = r[3] == null ? null : Priority.valueOf(r[3].toString());
      days.add(WaitingTargets.daysWaiting(requestedOn, null, today));
      if (targets.overdue(requestedOn, status, priority, today)) {
        overdue++;
      }
    }
    return new DirectorateWait(
        directorate,
        open.size(),
        WaitingTargets.median(days),
        days.stream().mapToInt(Integer::intValue).max().orElse(0),
        overdue);
  }

  private static void condition(
      StringBuilder where, List<Object> params, String sql, Object value) {
    if (value != null) {
      where.append(" AND ").append(sql.replace("?", "?" + (params.size() + 1)));
      params.add(value);
    }
  }

  private static void bindNumbered(Query query, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
  }
}
