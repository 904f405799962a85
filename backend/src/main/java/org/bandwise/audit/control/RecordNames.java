package org.bandwise.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.bandwise.platform.persistence.InList;
import org.bandwise.platform.persistence.SqlValues;

/**
 * Names the records the audit trail talks about, as they are named now ("Band 4 National scale from
 * 1 April 2026"). One query per kind of record on a page, never one per event. Ids whose kind is
 * not known (a field such as {@code schemeId}) are looked up among every kind.
 */
@ApplicationScoped
public class RecordNames {

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  /** Per kind: the query for (id, name parts...) and how the parts make the name. */
  private record Source(String sql, Function<Object[], String> name) {}

  private static final Map<String, Source> SOURCES =
      Map.of(
          "USER",
          new Source("SELECT id, display_name FROM app_user WHERE id IN ", r -> (String) r[1]),
          "PAY_STRUCTURE",
          new Source("SELECT id, name FROM pay_structure WHERE id IN ", r -> (String) r[1]),
          "PAY_BAND",
          new Source(
              "SELECT b.id, b.name, st.name FROM pay_band b JOIN pay_structure st ON st.id = b.structure_id"
                  + " WHERE b.id IN ",
              r -> r[1] + " (" + r[2] + ")"),
          "PAY_SCALE",
          new Source(
              "SELECT s.id, b.name, z.name, s.effective_from FROM pay_scale s"
                  + " JOIN pay_band b ON b.id = s.band_id JOIN pay_zone z ON z.code = s.zone_code"
                  + " WHERE s.id IN ",
              r -> r[1] + " " + r[2] + " scale from " + date(r[3])),
          "SCHEME",
          new Source(
              "SELECT id, name, scheme_version FROM scheme WHERE id IN ",
              r -> r[1] + ", version " + r[2]),
          "JOB_DESCRIPTION",
          new Source(
              "SELECT id, title, reference FROM job_description WHERE id IN ",
              r -> r[1] + " (" + r[2] + ")"),
          "JD_VERSION",
          new Source(
              "SELECT id, title, version_no FROM jd_version WHERE id IN ",
              r -> r[1] + ", version " + r[2]),
          "EVALUATION",
          new Source(
              "SELECT e.id, v.title, v.version_no FROM evaluation e"
                  + " JOIN jd_version v ON v.id = e.jd_version_id WHERE e.id IN ",
              r -> "Evaluation of " + r[1] + ", version " + r[2]),
          "STAFF_IMPORT",
          new Source(
              "SELECT id, file_name, effective_from FROM staff_import WHERE id IN ",
              r -> "Staff import" + (r[1] == null ? "" : " of " + r[1]) + " from " + date(r[2])));

  /** Field names whose id values point at a known kind of record. */
  private static final Map<String, String> ID_FIELDS =
      Map.of("schemeId", "SCHEME", "bandId", "PAY_BAND", "jdId", "JOB_DESCRIPTION");

  @PersistenceContext EntityManager em;

  /** The kind of record an id field points at, or null when the field holds no known kind. */
  public static String kindOfIdField(String field) {
    return ID_FIELDS.get(field);
  }

  public static Set<String> knownKinds() {
    return SOURCES.keySet();
  }

  /** Names by id for the given ids of each kind; ids not found (or of unknown kinds) are absent. */
  public Map<String, String> names(Map<String, ? extends Collection<String>> idsByKind) {
    Map<String, String> names = new HashMap<>();
    idsByKind.forEach(
        (kind, ids) -> {
          Source source = SOURCES.get(kind);
          if (source == null || ids.isEmpty()) {
            return;
          }
          List<String> distinct = ids.stream().distinct().toList();
          for (int from = 0; from < distinct.size(); from += 500) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + 500));
            @SuppressWarnings("unchecked")
            List<Object[]> rows =
                InList.bind(
                        em.createNativeQuery(source.sql() + InList.placeholders(1, chunk.size())),
                        1,
                        chunk)
                    .getResultList();
            for (Object[] row : rows) {
              names.put((String) row[0], source.name().apply(row));
            }
          }
        });
    return names;
  }

  /** Display names by username, for the people who made changes. */
  public Map<String, String> people(Collection<String> usernames) {
    Map<String, String> names = new HashMap<>();
    List<String> distinct = usernames.stream().distinct().toList();
    if (distinct.isEmpty()) {
      return names;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        InList.bind(
                em.createNativeQuery(
                    "SELECT username, display_name FROM app_user WHERE username IN "
                        + InList.placeholders(1, distinct.size())),
                1,
                distinct)
            .getResultList();
    for (Object[] row : rows) {
      names.put((String) row[0], (String) row[1]);
    }
    return names;
  }

  /** Pay zone names by code (a short reference list). */
  public Map<String, String> zones() {
    Map<String, String> zones = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("SELECT code, name FROM pay_zone").getResultList();
    for (Object[] row : rows) {
      zones.put((String) row[0], (String) row[1]);
    }
    return zones;
  }

  private static String date(Object value) {
    LocalDate date = SqlValues.date(value);
    return date == null ? "" : LONG_DATE.format(date);
  }
}
