package org.bandwise.vacancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bandwise.platform.persistence.SqlValues;

/**
 * Loads what {@link EligibilityRules} needs in bulk: a fixed number of queries whatever the number
 * of people and vacancies (staff with their band, active protections, held criteria, statutory
 * priority; vacancies' essential criteria; the training catalogue), never one per pair or person.
 */
@ApplicationScoped
public class EligibilityData {

  @PersistenceContext EntityManager em;

  /** A person's facts beside the candidate: staff number and when their at-risk period ends. */
  public record Person(String staffId, String staffNumber, Candidate candidate) {}

  /** The key a criterion is matched on: its text, trimmed and lower-cased. */
  public static String key(String criterion) {
    return criterion == null
        ? ""
        : criterion.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * Staff employed today with their band, protection, criteria and priorities.
   *
   * @param staffId one person only, or null for everyone
   * @param atRiskOnly only those at risk today
   */
  public List<Person> people(LocalDate today, String staffId, boolean atRiskOnly) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT s.id, s.staff_number, s.first_name, s.last_name, b.code, b.name, b.band_rank"
                + " FROM staff_member s JOIN staff_assignment a ON a.staff_id = s.id"
                + " AND a.effective_from <= ? AND (a.effective_to IS NULL OR a.effective_to >= ?)"
                + " LEFT JOIN pay_band b ON b.id = a.band_id"
                + " WHERE (s.leaving_date IS NULL OR s.leaving_date >= ?)");
    List<Object> params = new ArrayList<>(List.of(today, today, today));
    if (staffId != null) {
      sql.append(" AND s.id = ?");
      params.add(staffId);
    }
    if (atRiskOnly) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM pay_protection pp WHERE pp.staff_id = s.id"
              + " AND pp.starts_on <= ? AND pp.last_day >= ?"
              + " AND (pp.ended_on IS NULL OR pp.ended_on > ?))");
      params.addAll(List.of(today, today, today));
    }
    sql.append(" ORDER BY s.last_name, s.first_name, s.staff_number");
    List<Object[]> staff = rows(sql.toString(), params);
    String only = staffId == null ? "" : " AND x.staff_id = ?";
    List<Object> oneParam = staffId == null ? List.of() : List.of(staffId);

    Map<String, AtRisk> atRisk = new HashMap<>();
    Map<String, BandRef> protectedBand = new HashMap<>();
    List<Object> pp = new ArrayList<>(List.of(today, today));
    pp.addAll(oneParam);
    for (Object[] r :
        rows(
            "SELECT x.staff_id, x.starts_on, x.last_day, x.rebanding_id, b.code, b.name,"
                + " b.band_rank FROM pay_protection x LEFT JOIN pay_band b"
                + " ON b.id = x.protected_band_id WHERE x.last_day >= ?"
                + " AND (x.ended_on IS NULL OR x.ended_on > ?)"
                + only
                + " ORDER BY x.starts_on",
            pp)) {
      String id = r[0].toString();
      atRisk.put(id, new AtRisk(SqlValues.date(r[1]), SqlValues.date(r[2]), SqlValues.text(r[3])));
      if (r[4] != null) {
        protectedBand.put(
            id, new BandRef(r[4].toString(), r[5].toString(), ((Number) r[6]).intValue()));
      }
    }
    Map<String, Set<String>> held = new HashMap<>();
    for (Object[] r :
        rows(
            "SELECT x.staff_id, x.criterion_key FROM staff_criterion x WHERE 1 = 1" + only,
            oneParam)) {
      held.computeIfAbsent(r[0].toString(), k -> new HashSet<>()).add(r[1].toString());
    }
    Map<String, List<StatutoryPriority>> priorities = new HashMap<>();
    for (Object[] r :
        rows(
            "SELECT x.staff_id, x.reason, x.from_date, x.to_date FROM statutory_priority x"
                + " WHERE 1 = 1"
                + only,
            oneParam)) {
      priorities
          .computeIfAbsent(r[0].toString(), k -> new ArrayList<>())
          .add(
              new StatutoryPriority(
                  PriorityReason.valueOf(r[1].toString()),
                  SqlValues.date(r[2]),
                  SqlValues.date(r[3])));
    }
    List<Person> people = new ArrayList<>(staff.size());
    for (Object[] r : staff) {
      String id = r[0].toString();
      String last = SqlValues.text(r[3]);
      String name = last == null || last.isEmpty() ? r[2].toString() : r[2] + " " + last;
      BandRef band =
          r[4] == null
              ? new BandRef("", "no band", Integer.MIN_VALUE)
              : new BandRef(r[4].toString(), r[5].toString(), ((Number) r[6]).intValue());
      people.add(
          new Person(
              id,
              r[1].toString(),
              new Candidate(
                  id,
                  name,
                  band,
                  protectedBand.get(id),
                  atRisk.get(id),
                  held.getOrDefault(id, Set.of()),
                  priorities.getOrDefault(id, List.of()))));
    }
    return people;
  }

  /** The training catalogue. */
  public TrainingCatalogue training() {
    Map<String, Integer> weeks = new HashMap<>();
    for (Object[] r : rows("SELECT criterion_key, weeks FROM training_course", List.of())) {
      weeks.put(r[0].toString(), ((Number) r[1]).intValue());
    }
    return new TrainingCatalogue(weeks);
  }

  /** Each JD's essential (or desirable) criteria, from the version in force (else the latest). */
  public Map<String, List<String>> criteria(Collection<String> jdIds, String kind) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    if (jdIds.isEmpty()) {
      return result;
    }
    String marks = jdIds.stream().map(x -> "?").collect(Collectors.joining(","));
    List<Object> params = new ArrayList<>();
    params.add(kind);
    params.addAll(jdIds);
    for (Object[] r :
        rows(
            "SELECT j.id, c.text FROM job_description j JOIN jd_criterion c ON c.version_id ="
                + " COALESCE(j.in_force_version_id, (SELECT jv.id FROM jd_version jv"
                + " WHERE jv.jd_id = j.id AND jv.version_no = j.latest_version_no))"
                + " WHERE c.kind = ? AND j.id IN ("
                + marks
                + ") ORDER BY j.id, c.position",
            params)) {
      result.computeIfAbsent(r[0].toString(), k -> new ArrayList<>()).add(r[1].toString());
    }
    return result;
  }

  /** Every ring-fence rule. */
  public List<RuleRow> rules() {
    List<RuleRow> rules = new ArrayList<>();
    for (Object[] r :
        rows(
            "SELECT id, band_codes, directorate, unit_id, jd_family, rebanding_ids,"
                + " pool_description, from_date, until_date FROM ring_fence",
            List.of())) {
      rules.add(
          new RuleRow(
              r[0].toString(),
              new RingFenceRule(
                  split(SqlValues.text(r[1])),
                  SqlValues.text(r[2]),
                  SqlValues.text(r[3]),
                  SqlValues.text(r[4]),
                  split(SqlValues.text(r[5])),
                  SqlValues.text(r[6]),
                  SqlValues.date(r[7]),
                  SqlValues.date(r[8]))));
    }
    return rules;
  }

  public record RuleRow(String id, RingFenceRule rule) {}

  public static Set<String> split(String csv) {
    if (csv == null || csv.isBlank()) {
      return Set.of();
    }
    Set<String> values = new HashSet<>();
    Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(values::add);
    return values;
  }

  public static String join(Collection<String> values) {
    return values == null ? "" : values.stream().sorted().collect(Collectors.joining(","));
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, List<Object> params) {
    Query q = em.createNativeQuery(sql);
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    List<Object[]> result = new ArrayList<>();
    for (Object row : q.getResultList()) {
      result.add(row instanceof Object[] a ? a : new Object[] {row});
    }
    return result;
  }
}
