package org.bandwise.job.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bandwise.job.entity.JdStatus;
import org.bandwise.platform.persistence.InList;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.platform.persistence.SqlValues;
import org.bandwise.workforce.control.PostHolders;

/**
 * Searching job descriptions: one query on job_description (whose search columns repeat the latest
 * version and the outcome in force) and its indexes, plus the published outcomes of versions.
 */
@ApplicationScoped
public class JobDescriptionSearch {

  /**
   * What a search may filter on; null means any. {@code holderId} keeps only the JDs that person
   * holds (from staff assignments); with {@code publishedOnly} the viewer sees published JDs and
   * the ones they hold.
   */
  public record Filter(
      String words,
      String roleFamily,
      String directorate,
      String bandId,
      JdStatus status,
      Boolean benchmark,
      String holderId,
      boolean publishedOnly,
      String viewerId) {}

  public record Row(
      String id,
      String reference,
      String title,
      String roleFamily,
      String directorate,
      JdStatus status,
      int latestVersion,
      String bandId,
      String bandCode,
      String bandName,
      Integer total,
      boolean benchmark,
      LocalDateTime updatedAt) {}

  /** A published outcome of a JD version. */
  public record OutcomeRef(
      String versionId,
      String evaluationId,
      int total,
      String bandId,
      String bandCode,
      String bandName,
      LocalDate effectiveFrom,
      String schemeName,
      int schemeVersion) {}

  private static final Map<String, String> ORDER =
      Map.of(
          "title", "j.title, j.reference",
          "reference", "j.reference",
          "updated", "j.updated_at DESC, j.reference",
          "total", "j.total IS NULL, j.total DESC, j.title");

  @PersistenceContext EntityManager em;
  @Inject PostHolders postHolders;

  public Page<Row> search(Filter filter, String sort, PageRequest page) {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (filter.words() != null && !filter.words().isBlank()) {
      String like = "%" + escapeLike(filter.words().trim()) + "%";
      where.append(" AND (j.title LIKE ? OR j.reference LIKE ?)");
      params.add(like);
      params.add(like);
    }
    condition(where, params, "j.role_family = ?", filter.roleFamily());
    condition(where, params, "j.directorate = ?", filter.directorate());
    condition(where, params, "j.band_id = ?", filter.bandId());
    condition(
        where, params, "j.status = ?", filter.status() == null ? null : filter.status().name());
    condition(where, params, "j.benchmark = ?", filter.benchmark());
    if (filter.holderId() != null) {
      where.append(" AND ").append(heldBy(postHolders.jdIdsHeldBy(filter.holderId()), params));
    }
    if (filter.publishedOnly()) {
      where
          .append(" AND (j.published = TRUE OR ")
          .append(heldBy(postHolders.jdIdsHeldBy(filter.viewerId()), params))
          .append(")");
    }
    String order = ORDER.getOrDefault(sort == null ? "title" : sort, ORDER.get("title"));
    Query list =
        em.createNativeQuery(
            "SELECT j.id, j.reference, j.title, j.role_family, j.directorate, j.status,"
                + " j.latest_version_no, j.band_id, b.code, b.name, j.total, j.benchmark, j.updated_at"
                + " FROM job_description j LEFT JOIN pay_band b ON b.id = j.band_id"
                + where
                + " ORDER BY "
                + order
                + " LIMIT ? OFFSET ?");
    Query count = em.createNativeQuery("SELECT COUNT(*) FROM job_description j" + where);
    for (int i = 0; i < params.size(); i++) {
      list.setParameter(i + 1, params.get(i));
      count.setParameter(i + 1, params.get(i));
    }
    list.setParameter(params.size() + 1, page.size());
    list.setParameter(params.size() + 2, page.offset());
    @SuppressWarnings("unchecked")
    List<Object[]> rows = list.getResultList();
    List<Row> items = new ArrayList<>();
    for (Object[] r : rows) {
      items.add(
          new Row(
              r[0].toString(),
              r[1].toString(),
              r[2].toString(),
              r[3].toString(),
              r[4].toString(),
              JdStatus.valueOf(r[5].toString()),
              ((Number) r[6]).intValue(),
              SqlValues.text(r[7]),
              SqlValues.text(r[8]),
              SqlValues.text(r[9]),
              SqlValues.integer(r[10]),
              SqlValues.bool(r[11]),
              SqlValues.timestamp(r[12])));
    }
    return new Page<>(items, ((Number) count.getSingleResult()).longValue(), page);
  }

  /** "j.id IN (?, ?)" for the JDs a person holds (a handful at most), or never true. */
  private static String heldBy(java.util.Set<String> jdIds, List<Object> params) {
    if (jdIds.isEmpty()) {
      return "1 = 0";
    }
    params.addAll(jdIds);
    return "j.id IN (" + String.join(", ", java.util.Collections.nCopies(jdIds.size(), "?")) + ")";
  }

  /** The role families and directorates in use, alphabetically. */
  public Map<String, List<String>> filterValues(boolean publishedOnly) {
    String visible = publishedOnly ? " WHERE published = TRUE" : "";
    Map<String, List<String>> values = new HashMap<>();
    values.put("roleFamilies", distinct("role_family", visible));
    values.put("directorates", distinct("directorate", visible));
    return values;
  }

  /** The published outcome of each version that has one. */
  public Map<String, OutcomeRef> outcomesOf(List<String> versionIds) {
    if (versionIds.isEmpty()) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        InList.bind(
                em.createNativeQuery(
                    "SELECT v.id, e.id, e.total, e.band_id, b.code, b.name, e.effective_from,"
                        + " s.name, s.scheme_version"
                        + " FROM jd_version v JOIN evaluation e ON e.id = v.outcome_evaluation_id"
                        + " JOIN pay_band b ON b.id = e.band_id JOIN scheme s ON s.id = e.scheme_id"
                        + " WHERE v.id IN "
                        + InList.placeholders(1, versionIds.size())),
                1,
                versionIds)
            .getResultList();
    Map<String, OutcomeRef> outcomes = new HashMap<>();
    for (Object[] r : rows) {
      outcomes.put(
          r[0].toString(),
          new OutcomeRef(
              r[0].toString(),
              r[1].toString(),
              ((Number) r[2]).intValue(),
              r[3].toString(),
              r[4].toString(),
              r[5].toString(),
              SqlValues.date(r[6]),
              r[7].toString(),
              ((Number) r[8]).intValue()));
    }
    return outcomes;
  }

  /** The open evaluation of each version that has one. */
  public String openEvaluationOf(String versionId) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT id FROM evaluation WHERE jd_version_id = ?1"
                    + " AND status IN ('REQUESTED', 'ACCEPTED', 'IN_PANEL') LIMIT 1")
            .setParameter(1, versionId)
            .getResultList();
    return ids.isEmpty() ? null : ids.get(0).toString();
  }

  /** True when the user sits on a panel of an evaluation of this version. */
  public boolean sitsOnPanelFor(String versionId, String userId) {
    return ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM panel_member p JOIN evaluation e ON e.id = p.evaluation_id"
                            + " WHERE e.jd_version_id = ?1 AND p.user_id = ?2")
                    .setParameter(1, versionId)
                    .setParameter(2, userId)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  private List<String> distinct(String column, String where) {
    @SuppressWarnings("unchecked")
    List<Object> values =
        em.createNativeQuery(
                "SELECT DISTINCT " + column + " FROM job_description" + where + " ORDER BY 1")
            .getResultList();
    return values.stream().map(Object::toString).toList();
  }

  private static void condition(
      StringBuilder where, List<Object> params, String sql, Object value) {
    if (value != null) {
      where.append(" AND ").append(sql);
      params.add(value);
    }
  }

  static String escapeLike(String words) {
    return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
