package org.bandwise.vacancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.error.FieldProblem;
import org.bandwise.platform.persistence.SqlValues;
import org.bandwise.workforce.control.ImportError;
import org.bandwise.workforce.control.StaffFileReader;
import org.bandwise.workforce.control.StaffRowRules;

/**
 * The criteria staff hold (edited per person, or imported in bulk from CSV with the staff import's
 * reader and error rules), the training catalogue, and statutory priority periods. Audited as
 * {@code STAFF_CRITERIA} and {@code STATUTORY_PRIORITY}.
 */
@ApplicationScoped
public class StaffCriteriaStore {

  public static final String STAFF_CRITERIA = "STAFF_CRITERIA";
  public static final String STATUTORY_PRIORITY = "STATUTORY_PRIORITY";
  public static final List<String> COLUMNS = List.of("staff_number", "criterion", "achieved_on");

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject VacancyStore vacancies;

  public record Held(String criterion, LocalDate achievedOn) {}

  public record Person(String staffId, String staffNumber, String name) {}

  public record Criteria(Person person, List<Held> items, long version) {}

  public Person person(String staffNumber) {
    List<Object[]> found =
        vacancies.rows(
            "SELECT id, staff_number, first_name, last_name FROM staff_member"
                + " WHERE staff_number = ?",
            List.of(staffNumber));
    if (found.isEmpty()) {
      throw new RecordNotFound("There is no staff member " + staffNumber + ".");
    }
    Object[] r = found.get(0);
    return new Person(r[0].toString(), r[1].toString(), r[2] + " " + SqlValues.text(r[3]));
  }

  public Criteria criteria(String staffNumber) {
    Person person = person(staffNumber);
    List<Held> items =
        vacancies
            .rows(
                "SELECT criterion, achieved_on FROM staff_criterion WHERE staff_id = ?"
                    + " ORDER BY criterion_key",
                List.of(person.staffId()))
            .stream()
            .map(r -> new Held(r[0].toString(), SqlValues.date(r[1])))
            .toList();
    return new Criteria(person, items, version(items));
  }

  /** A version computed from the contents, so If-Match works without a version column. */
  static long version(List<Held> items) {
    CRC32 crc = new CRC32();
    for (Held h : items) {
      crc.update(
          (EligibilityData.key(h.criterion()) + "|" + h.achievedOn() + ";")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return crc.getValue();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Criteria replace(String staffNumber, ExpectedVersion expected, List<Held> items) {
    Person person = person(staffNumber);
    em.createNativeQuery("SELECT id FROM staff_member WHERE id = ? FOR UPDATE")
        .setParameter(1, person.staffId())
        .getResultList();
    Criteria before = criteria(staffNumber);
    expected.check(before.version());
    var problems = new ArrayList<FieldProblem>();
    Map<String, Integer> seen = new HashMap<>();
    LocalDate today = LocalDate.now(clock);
    for (int i = 0; i < items.size(); i++) {
      Held h = items.get(i);
      String key = EligibilityData.key(h.criterion());
      if (key.isEmpty()) {
        problems.add(new FieldProblem("items[" + i + "].criterion", "Enter the criterion."));
      } else if (seen.put(key, i) != null) {
        problems.add(
            new FieldProblem(
                "items[" + i + "].criterion",
                "List " + h.criterion().strip() + " once. It is already in the list."));
      }
      if (h.achievedOn() == null) {
        problems.add(
            new FieldProblem("items[" + i + "].achievedOn", "Enter the day it was achieved."));
      } else if (h.achievedOn().isAfter(today)) {
        problems.add(
            new FieldProblem(
                "items[" + i + "].achievedOn", "The day it was achieved must be in the past."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    em.createNativeQuery("DELETE FROM staff_criterion WHERE staff_id = ?")
        .setParameter(1, person.staffId())
        .executeUpdate();
    LocalDateTime now = LocalDateTime.now(clock);
    for (Held h : items) {
      insert(person.staffId(), h, now);
    }
    Criteria after = criteria(staffNumber);
    audited(
        STAFF_CRITERIA,
        person.staffId(),
        null,
        "UPDATED",
        "Criteria held by " + person.name() + " changed",
        Map.of("criteria", describe(before.items())),
        Map.of("criteria", describe(after.items())));
    return after;
  }

  private void insert(String staffId, Held h, LocalDateTime now) {
    em.createNativeQuery(
            "INSERT INTO staff_criterion (staff_id, criterion_key, criterion, achieved_on,"
                + " updated_at) VALUES (?, ?, ?, ?, ?)")
        .setParameter(1, staffId)
        .setParameter(2, EligibilityData.key(h.criterion()))
        .setParameter(3, h.criterion().strip())
        .setParameter(4, h.achievedOn())
        .setParameter(5, now)
        .executeUpdate();
  }

  private static String describe(List<Held> items) {
    return String.join(
        "; ", items.stream().map(h -> h.criterion() + " (" + h.achievedOn() + ")").toList());
  }

  /** The outcome of a criteria import. */
  public record ImportResult(
      boolean applied,
      int rows,
      int created,
      int updated,
      int unchanged,
      int invalid,
      List<ImportError> errors) {}

  /**
   * Checks every row of a CSV file in one pass and, when every row is valid and this is not a dry
   * run, writes them all (in the caller's transaction).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ImportResult importCsv(Path file, boolean dryRun) {
    List<ImportError> errors = new ArrayList<>();
    record Line(int row, String staffNumber, String criterion, LocalDate achievedOn) {}
    List<Line> lines = new ArrayList<>();
    int rows = 0;
    int invalid = 0;
    try (StaffFileReader reader = StaffFileReader.open(file, StaffFileReader.Format.CSV)) {
      List<String> header = reader.header();
      if (header == null) {
        throw new InvalidInput(
            "file",
            "The file is empty. Add the header row "
                + String.join(", ", COLUMNS)
                + " and a row for each criterion held.");
      }
      Map<String, Integer> at = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        at.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
      }
      List<String> missing = COLUMNS.stream().filter(c -> !at.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        errors.add(
            ImportError.file(
                missing.get(0),
                "The header row has no "
                    + String.join(", ", missing)
                    + " column. The columns are "
                    + String.join(", ", COLUMNS)
                    + "."));
        return new ImportResult(false, 0, 0, 0, 0, 0, errors);
      }
      LocalDate today = LocalDate.now(clock);
      List<String> cells;
      while ((cells = reader.next()) != null) {
        rows++;
        int row = reader.rowNumber();
        String number = cell(cells, at.get("staff_number"));
        String criterion = cell(cells, at.get("criterion"));
        String achieved = cell(cells, at.get("achieved_on"));
        int before = errors.size();
        if (number.isEmpty()) {
          errors.add(new ImportError(row, null, "staff_number", "Enter the staff number."));
        }
        if (criterion.isEmpty()) {
          errors.add(new ImportError(row, number, "criterion", "Enter the criterion held."));
        } else if (criterion.length() > 500) {
          errors.add(
              new ImportError(
                  row, number, "criterion", "The criterion must be 500 characters or fewer."));
        }
        LocalDate date = null;
        if (achieved.isEmpty()) {
          errors.add(new ImportError(row, number, "achieved_on", "Enter the day it was achieved."));
        } else {
          date = StaffRowRules.parseDate(achieved);
          if (date == null) {
            errors.add(
                new ImportError(
                    row,
                    number,
                    "achieved_on",
                    "Enter the day it was achieved as a real date in the form YYYY-MM-DD or"
                        + " DD/MM/YYYY, like 01/08/2026."));
          } else if (date.isAfter(today)) {
            errors.add(
                new ImportError(
                    row, number, "achieved_on", "The day it was achieved must be in the past."));
          }
        }
        if (errors.size() > before) {
          invalid++;
        } else {
          lines.add(new Line(row, number, criterion, date));
        }
      }
    }
    // staff numbers, in one query
    Map<String, String> staffIds = new HashMap<>();
    List<String> numbers = lines.stream().map(Line::staffNumber).distinct().toList();
    for (int from = 0; from < numbers.size(); from += 1000) {
      List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + 1000));
      String marks = String.join(",", chunk.stream().map(x -> "?").toList());
      vacancies
          .rows(
              "SELECT staff_number, id FROM staff_member WHERE staff_number IN (" + marks + ")",
              new ArrayList<>(chunk))
          .forEach(r -> staffIds.put(r[0].toString(), r[1].toString()));
    }
    Map<String, Integer> seen = new HashMap<>();
    List<Line> valid = new ArrayList<>();
    for (Line line : lines) {
      if (!staffIds.containsKey(line.staffNumber())) {
        errors.add(
            new ImportError(
                line.row(),
                line.staffNumber(),
                "staff_number",
                "There is no staff member "
                    + line.staffNumber()
                    + ". Check the number, or import their staff record first."));
        invalid++;
        continue;
      }
      String pair = line.staffNumber() + "|" + EligibilityData.key(line.criterion());
      Integer first = seen.putIfAbsent(pair, line.row());
      if (first != null) {
        errors.add(
            new ImportError(
                line.row(),
                line.staffNumber(),
                "criterion",
                "This criterion is already listed for this person on row " + first + "."));
        invalid++;
        continue;
      }
      valid.add(line);
    }
    errors.sort(java.util.Comparator.comparingInt(ImportError::row));
    // what exists, in one query per 1,000 people
    Map<String, LocalDate> existing = new HashMap<>();
    List<String> ids = valid.stream().map(l -> staffIds.get(l.staffNumber())).distinct().toList();
    for (int from = 0; from < ids.size(); from += 1000) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
      String marks = String.join(",", chunk.stream().map(x -> "?").toList());
      vacancies
          .rows(
              "SELECT staff_id, criterion_key, achieved_on FROM staff_criterion WHERE staff_id IN ("
                  + marks
                  + ")",
              new ArrayList<>(chunk))
          .forEach(r -> existing.put(r[0] + "|" + r[1], SqlValues.date(r[2])));
    }
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    List<Line> writes = new ArrayList<>();
    for (Line line : valid) {
      String k = staffIds.get(line.staffNumber()) + "|" + EligibilityData.key(line.criterion());
      LocalDate was = existing.get(k);
      if (was == null && !existing.containsKey(k)) {
        created++;
        writes.add(line);
      } else if (!line.achievedOn().equals(was)) {
        updated++;
        writes.add(line);
      } else {
        unchanged++;
      }
    }
    boolean apply = errors.isEmpty() && !dryRun;
    if (apply && !writes.isEmpty()) {
      LocalDateTime now = LocalDateTime.now(clock);
      for (int from = 0; from < writes.size(); from += 500) {
        List<Line> chunk = writes.subList(from, Math.min(writes.size(), from + 500));
        StringBuilder sql =
            new StringBuilder(
                "INSERT INTO staff_criterion (staff_id, criterion_key, criterion, achieved_on,"
                    + " updated_at) VALUES ");
        for (int i = 0; i < chunk.size(); i++) {
          sql.append(i == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)");
        }
        sql.append(
            " ON DUPLICATE KEY UPDATE criterion = VALUES(criterion), achieved_on ="
                + " VALUES(achieved_on), updated_at = VALUES(updated_at)");
        var insert = em.createNativeQuery(sql.toString());
        int p = 1;
        for (Line line : chunk) {
          insert.setParameter(p++, staffIds.get(line.staffNumber()));
          insert.setParameter(p++, EligibilityData.key(line.criterion()));
          insert.setParameter(p++, line.criterion().strip());
          insert.setParameter(p++, line.achievedOn());
          insert.setParameter(p++, now);
        }
        insert.executeUpdate();
      }
      audited(
          STAFF_CRITERIA,
          UUID.randomUUID().toString(),
          null,
          "IMPORTED",
          "Criteria imported: "
              + created
              + " added, "
              + updated
              + " changed, "
              + unchanged
              + " unchanged",
          null,
          Map.of("created", created, "updated", updated, "unchanged", unchanged));
    }
    return new ImportResult(apply, rows, created, updated, unchanged, invalid, errors);
  }

  private static String cell(List<String> cells, int index) {
    return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
  }

  // --- training catalogue ----------------------------------------------------------------------

  public record CatalogueEntry(String criterion, Integer weeks) {}

  /** Every criterion named by a JD in force (or the latest version) or held by anyone. */
  public List<CatalogueEntry> catalogue() {
    Map<String, CatalogueEntry> byKey = new LinkedHashMap<>();
    Map<String, Integer> weeks = new HashMap<>();
    for (Object[] r :
        vacancies.rows("SELECT criterion_key, criterion, weeks FROM training_course", List.of())) {
      weeks.put(r[0].toString(), ((Number) r[2]).intValue());
      byKey.put(r[0].toString(), new CatalogueEntry(r[1].toString(), null));
    }
    for (Object[] r :
        vacancies.rows(
            "SELECT DISTINCT c.text FROM jd_criterion c JOIN job_description j"
                + " ON c.version_id = COALESCE(j.in_force_version_id, (SELECT jv.id FROM"
                + " jd_version jv WHERE jv.jd_id = j.id AND jv.version_no = j.latest_version_no))"
                + " UNION SELECT DISTINCT criterion FROM staff_criterion",
            List.of())) {
      byKey.putIfAbsent(
          EligibilityData.key(r[0].toString()), new CatalogueEntry(r[0].toString(), null));
    }
    List<CatalogueEntry> result = new ArrayList<>();
    byKey.forEach((k, e) -> result.add(new CatalogueEntry(e.criterion(), weeks.get(k))));
    result.sort(
        java.util.Comparator.comparing(CatalogueEntry::criterion, String.CASE_INSENSITIVE_ORDER));
    return result;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public List<CatalogueEntry> replaceTraining(List<CatalogueEntry> courses) {
    var problems = new ArrayList<FieldProblem>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < courses.size(); i++) {
      CatalogueEntry c = courses.get(i);
      String key = EligibilityData.key(c.criterion());
      if (key.isEmpty()) {
        problems.add(new FieldProblem("items[" + i + "].criterion", "Enter the criterion."));
      } else if (seen.put(key, i) != null) {
        problems.add(
            new FieldProblem(
                "items[" + i + "].criterion", "List " + c.criterion().strip() + " once."));
      }
      if (c.weeks() == null || c.weeks() < 1) {
        problems.add(
            new FieldProblem("items[" + i + "].weeks", "Enter the typical duration in weeks."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    em.createNativeQuery("DELETE FROM training_course").executeUpdate();
    for (CatalogueEntry c : courses) {
      em.createNativeQuery(
              "INSERT INTO training_course (criterion_key, criterion, weeks) VALUES (?, ?, ?)")
          .setParameter(1, EligibilityData.key(c.criterion()))
          .setParameter(2, c.criterion().strip())
          .setParameter(3, c.weeks())
          .executeUpdate();
    }
    audited(
        STAFF_CRITERIA,
        "training-catalogue",
        null,
        "TRAINING_CATALOGUE_SET",
        "Training catalogue set: " + courses.size() + " courses",
        null,
        Map.of(
            "courses",
            String.join(
                "; ",
                courses.stream().map(c -> c.criterion() + " " + c.weeks() + " weeks").toList())));
    return catalogue();
  }

  // --- statutory priority ----------------------------------------------------------------------

  public record Priority(
      String id,
      PriorityReason reason,
      LocalDate from,
      LocalDate to,
      String recordedBy,
      LocalDateTime recordedAt) {}

  public List<Priority> priorities(String staffId) {
    return vacancies
        .rows(
            "SELECT id, reason, from_date, to_date, recorded_by, recorded_at FROM"
                + " statutory_priority WHERE staff_id = ? ORDER BY from_date, id",
            List.of(staffId))
        .stream()
        .map(
            r ->
                new Priority(
                    r[0].toString(),
                    PriorityReason.valueOf(r[1].toString()),
                    SqlValues.date(r[2]),
                    SqlValues.date(r[3]),
                    r[4].toString(),
                    SqlValues.timestamp(r[5])))
        .toList();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Priority addPriority(Person person, PriorityReason reason, LocalDate from, LocalDate to) {
    if (to != null && to.isBefore(from)) {
      throw new InvalidInput("to", "The last day must be on or after the first day.");
    }
    String id = UUID.randomUUID().toString();
    em.createNativeQuery(
            "INSERT INTO statutory_priority (id, staff_id, reason, from_date, to_date,"
                + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, id)
        .setParameter(2, person.staffId())
        .setParameter(3, reason.name())
        .setParameter(4, from)
        .setParameter(5, to)
        .setParameter(6, vacancies.actorName())
        .setParameter(7, LocalDateTime.now(clock))
        .executeUpdate();
    audited(
        STATUTORY_PRIORITY,
        id,
        person.staffId(),
        "CREATED",
        "Statutory priority recorded for " + person.name() + " (" + reason.text() + ")",
        null,
        Map.of("reason", reason.name(), "from", from.toString(), "to", String.valueOf(to)));
    return priorities(person.staffId()).stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void deletePriority(Person person, String id) {
    int gone =
        em.createNativeQuery("DELETE FROM statutory_priority WHERE id = ? AND staff_id = ?")
            .setParameter(1, id)
            .setParameter(2, person.staffId())
            .executeUpdate();
    if (gone == 0) {
      throw new RecordNotFound("There is no such statutory priority period for this person.");
    }
    audited(
        STATUTORY_PRIORITY,
        id,
        person.staffId(),
        "DELETED",
        "Statutory priority period removed for " + person.name(),
        null,
        null);
  }

  /** Records an audit event; the summary is cut to the 500 characters the trail keeps. */
  private void audited(
      String type,
      String id,
      String parent,
      String action,
      String summary,
      Map<String, ?> before,
      Map<String, ?> after) {
    audit.record(type, id, parent, action, VacancyStore.brief(summary), before, after);
  }
}
