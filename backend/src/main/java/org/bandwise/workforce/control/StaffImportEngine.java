package org.bandwise.workforce.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.bandwise.platform.persistence.DatabaseMigrations;
import org.bandwise.workforce.control.StaffChange.Assignment;
import org.bandwise.workforce.control.StaffChange.Existing;
import org.bandwise.workforce.control.StaffChange.Kind;
import org.bandwise.workforce.control.StaffChange.PostState;

/**
 * The one pass over a staff file that both validation and apply run: rows are streamed from the
 * file ({@link StaffFileReader}), checked ({@link StaffRowRules}) and compared with the records
 * they name ({@link StaffChange}) in batches of {@value #BATCH} — one query for the batch's staff,
 * one for its posts, one for its sign-in accounts — so memory holds a batch, not the file. Apply
 * writes each batch with batched JDBC statements in the caller's transaction, so an import is
 * applied all or nothing; it refuses to write anything once any error is found.
 */
@ApplicationScoped
public class StaffImportEngine {

  static final int BATCH = 500;

  /** The counts of a pass over a file. */
  public record Counts(
      int total, int created, int updated, int unchanged, int invalid, int errors) {}

  /** Where a pass reports: errors as they are found, rows done after each batch. */
  public interface Sink {
    void errors(List<ImportError> found);

    void progress(int rowsDone);

    Sink NONE =
        new Sink() {
          @Override
          public void errors(List<ImportError> found) {}

          @Override
          public void progress(int rowsDone) {}
        };
  }

  /** A pass that found errors while applying: nothing it did is to be kept. */
  public static class ApplyRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<ImportError> errors;

    public ApplyRefused(List<ImportError> errors) {
      super(
          "The file has "
              + errors.size()
              + (errors.size() == 1 ? " error" : " errors")
              + " now, so nothing was applied. "
              + (errors.isEmpty()
                  ? ""
                  : "Row " + errors.get(0).row() + ": " + errors.get(0).message()));
      this.errors = List.copyOf(errors.subList(0, Math.min(errors.size(), 20)));
    }

    public List<ImportError> errors() {
      return errors;
    }
  }

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  DataSource dataSource;

  @Inject WorkforceScales scales;
  @Inject Clock clock;

  /** The reference data a file's values are checked against (a few small queries). */
  public ImportReferences references() {
    try (Connection c = dataSource.getConnection()) {
      Map<String, ImportReferences.Structure> structures = new HashMap<>();
      ImportReferences.Structure fallback = null;
      ImportReferences.Structure probation = null;
      try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT id, code, name FROM pay_structure ORDER BY created_at, code");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          var st = new ImportReferences.Structure(r.getString(1), r.getString(2), r.getString(3));
          structures.put(ImportReferences.key(st.code()), st);
          structures.putIfAbsent(ImportReferences.key(st.name()), st);
          if (fallback == null) {
            fallback = st;
          }
          if (st.code().equalsIgnoreCase("PROBATION")) {
            probation = st;
          }
        }
      }
      Map<String, ImportReferences.Band> bands = new HashMap<>();
      try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT id, structure_id, code, name, band_rank FROM pay_band ORDER BY band_rank");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          var b =
              new ImportReferences.Band(
                  r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5));
          bands.put(ImportReferences.bandKey(b.structureId(), b.code()), b);
          bands.putIfAbsent(ImportReferences.bandKey(b.structureId(), b.name()), b);
        }
      }
      Map<String, String> zones = new HashMap<>();
      String defaultZone = null;
      try (PreparedStatement s =
              c.prepareStatement("SELECT code, name FROM pay_zone ORDER BY sort_order, code");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          zones.put(ImportReferences.key(r.getString(1)), r.getString(1));
          zones.putIfAbsent(ImportReferences.key(r.getString(2)), r.getString(1));
          if (defaultZone == null) {
            defaultZone = r.getString(1);
          }
        }
      }
      return new ImportReferences(
          structures,
          probation != null ? probation : fallback,
          bands,
          zones,
          defaultZone,
          keyed(c, "SELECT reference, id FROM job_description"),
          keyed(c, "SELECT username, id FROM app_user"),
          scales.forBands(bands.values().stream().map(ImportReferences.Band::id).toList()));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the reference data for a staff import", e);
    }
  }

  private static Map<String, String> keyed(Connection c, String sql) throws SQLException {
    Map<String, String> map = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        map.put(ImportReferences.key(r.getString(1)), r.getString(2));
      }
    }
    return map;
  }

  /** Validates the file: every error found, nothing written to staff records. */
  public Counts validate(
      Path file, StaffFileReader.Format format, LocalDate effectiveFrom, Sink sink) {
    return new Pass(file, format, effectiveFrom, sink, null).run();
  }

  /**
   * Applies the file in the caller's transaction (which must roll back if this throws).
   *
   * @throws ApplyRefused when any error is found: the caller's transaction must not commit
   */
  public Counts apply(
      Path file,
      StaffFileReader.Format format,
      LocalDate effectiveFrom,
      String importId,
      String actor,
      Sink sink) {
    return new Pass(file, format, effectiveFrom, sink, new Writes(importId, actor, effectiveFrom))
        .run();
  }

  /** One pass over a file. */
  private final class Pass {
    private final Path file;
    private final StaffFileReader.Format format;
    private final LocalDate effectiveFrom;
    private final Sink sink;
    private final Writes writes;
    private final Map<String, Integer> staffNumbers = new HashMap<>();
    private final Map<String, String> usersInFile = new HashMap<>();
    private final Map<String, PostState> postsCreated = new HashMap<>();
    private final List<ImportError> collected = new ArrayList<>();
    private final List<ImportError> pending = new ArrayList<>();
    private int total;
    private int created;
    private int updated;
    private int unchanged;
    private int invalid;
    private int errorCount;

    Pass(
        Path file,
        StaffFileReader.Format format,
        LocalDate effectiveFrom,
        Sink sink,
        Writes writes) {
      this.file = file;
      this.format = format;
      this.effectiveFrom = effectiveFrom;
      this.sink = sink;
      this.writes = writes;
    }

    Counts run() {
      ImportReferences refs = references();
      try (StaffFileReader reader = StaffFileReader.open(file, format);
          Connection c = dataSource.getConnection()) {
        List<String> header = reader.header();
        List<ImportError> fileErrors = new ArrayList<>();
        if (header == null) {
          fileErrors.add(
              ImportError.file(null, "The file is empty. Use the template, with its header row."));
          report(fileErrors);
          flushErrors();
          return counts();
        }
        Map<String, Integer> positions = StaffRowRules.header(header, fileErrors);
        report(fileErrors);
        Set<String> columns = Set.copyOf(positions.keySet());
        List<StaffLine> batch = new ArrayList<>(BATCH);
        List<String> cells;
        while ((cells = next(reader)) != null) {
          total++;
          int row = reader.rowNumber();
          List<ImportError> rowErrors = new ArrayList<>();
          List<String> rowCells = cells;
          StaffLine line =
              StaffRowRules.check(
                  row,
                  column -> {
                    Integer at = positions.get(column);
                    if (at == null) {
                      return null;
                    }
                    return at < rowCells.size() ? StaffFileColumns.restore(rowCells.get(at)) : "";
                  },
                  columns,
                  refs,
                  effectiveFrom,
                  rowErrors);
          if (cells.size() > header.size()
              && cells.subList(header.size(), cells.size()).stream().anyMatch(s -> !s.isBlank())) {
            rowErrors.add(
                new ImportError(
                    row,
                    line == null ? null : line.staffNumber(),
                    null,
                    "The row has more cells than the header row has columns."));
            line = null;
          }
          Integer at = positions.get("staff_number");
          String number = at != null && at < cells.size() ? cells.get(at).strip() : "";
          if (!number.isEmpty()) {
            Integer first = staffNumbers.putIfAbsent(number.toLowerCase(Locale.ROOT), row);
            if (first != null) {
              rowErrors.add(
                  new ImportError(
                      row,
                      number,
                      "staff_number",
                      "Staff number "
                          + number
                          + " is also on row "
                          + first
                          + ". A staff member can be on one row only."));
              line = null;
            }
          }
          if (!rowErrors.isEmpty()) {
            invalid++;
            report(rowErrors);
          } else if (line != null) {
            batch.add(line);
          }
          if (batch.size() >= BATCH) {
            resolve(c, batch);
            batch.clear();
            flushErrors();
            sink.progress(total);
          }
        }
        if (!batch.isEmpty()) {
          resolve(c, batch);
        }
        flushErrors();
        sink.progress(total);
        return counts();
      } catch (SQLException e) {
        throw new IllegalStateException("The staff import could not read or write the database", e);
      }
    }

    private List<String> next(StaffFileReader reader) {
      try {
        return reader.next();
      } catch (UnreadableFile e) {
        throw e;
      } catch (RuntimeException e) {
        throw new UnreadableFile(
            "The file could not be read after row "
                + reader.rowNumber()
                + ". Save it again as CSV"
                + " UTF-8 or as an Excel workbook (.xlsx), then upload it.",
            e);
      }
    }

    private Counts counts() {
      return new Counts(total, created, updated, unchanged, invalid, errorCount);
    }

    private void report(List<ImportError> errors) {
      if (errors.isEmpty()) {
        return;
      }
      errorCount += errors.size();
      if (writes != null) {
        collected.addAll(errors);
        throw new ApplyRefused(collected);
      }
      pending.addAll(errors);
      if (pending.size() >= BATCH) {
        flushErrors();
      }
    }

    /** Errors go to the sink a batch at a time, not one write per row. */
    private void flushErrors() {
      if (!pending.isEmpty()) {
        sink.errors(List.copyOf(pending));
        pending.clear();
      }
    }

    /** Compares a batch of valid rows with the records they name, and writes them when applying. */
    private void resolve(Connection c, List<StaffLine> batch) throws SQLException {
      Map<String, Existing> existing = existing(c, batch);
      Map<String, PostState> posts = posts(c, batch);
      Map<String, String> linked = linkedAccounts(c, batch);
      List<Planned> planned = new ArrayList<>(batch.size());
      List<ImportError> errors = new ArrayList<>();
      for (StaffLine line : batch) {
        Existing e = existing.get(line.staffNumber().toLowerCase(Locale.ROOT));
        String postNumber = StaffChange.postNumber(line, e);
        PostState post = null;
        boolean newPost = false;
        if (postNumber != null) {
          String key = postNumber.toLowerCase(Locale.ROOT);
          post = posts.get(key);
          if (post == null) {
            post = postsCreated.get(key);
          }
          if (post == null) {
            if (line.unitName() == null) {
              errors.add(
                  new ImportError(
                      line.row(),
                      line.staffNumber(),
                      "unit",
                      "Enter the unit of post "
                          + postNumber
                          + ": it is a new post, and a new post needs a unit."));
              invalid++;
              continue;
            }
            newPost = true;
            post =
                new PostState(
                    UUID.randomUUID().toString(),
                    postNumber,
                    line.jdId(),
                    null,
                    line.unitName(),
                    StaffChange.zone(line, e, null));
            postsCreated.put(key, post);
          }
        }
        if (line.userId() != null) {
          String holder = linked.get(line.userId());
          String inFile = usersInFile.putIfAbsent(line.userId(), line.staffNumber());
          if (holder != null && !holder.equalsIgnoreCase(line.staffNumber())) {
            errors.add(
                new ImportError(
                    line.row(),
                    line.staffNumber(),
                    "username",
                    "The sign-in account "
                        + line.username()
                        + " is already linked to staff member "
                        + holder
                        + "."));
            invalid++;
            continue;
          }
          if (inFile != null && !inFile.equalsIgnoreCase(line.staffNumber())) {
            errors.add(
                new ImportError(
                    line.row(),
                    line.staffNumber(),
                    "username",
                    "The sign-in account "
                        + line.username()
                        + " is also given to staff member "
                        + inFile
                        + " in this file. An account links to one staff member."));
            invalid++;
            continue;
          }
        }
        Kind kind = newPost && e != null ? Kind.UPDATED : StaffChange.kind(line, e, post);
        switch (kind) {
          case CREATED -> created++;
          case UPDATED -> updated++;
          default -> unchanged++;
        }
        planned.add(new Planned(line, e, post, newPost, kind));
      }
      report(errors);
      if (writes != null) {
        writes.write(c, planned);
      }
    }

    private Map<String, Existing> existing(Connection c, List<StaffLine> batch)
        throws SQLException {
      String sql =
          "SELECT s.id, s.staff_number, s.first_name, s.last_name, s.work_email, s.user_id,"
              + " s.union_code, s.start_date, s.leaving_date, s.sex, s.ethnic_group, s.disability,"
              + " s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay,"
              + " a.id, a.effective_from, a.post_id, p.post_number, a.structure_id, a.band_id,"
              + " a.zone_code, a.pay_point, a.weekly_hours,"
              + " (SELECT MIN(n.effective_from) FROM staff_assignment n WHERE n.staff_id = s.id"
              + " AND n.effective_from > ?)"
              + " FROM staff_member s LEFT JOIN staff_assignment a ON a.staff_id = s.id"
              + " AND a.effective_from <= ? AND (a.effective_to IS NULL OR a.effective_to >= ?)"
              + " LEFT JOIN post p ON p.id = a.post_id WHERE s.staff_number IN ("
              + marks(batch.size())
              + ")";
      Map<String, Existing> found = new HashMap<>();
      try (PreparedStatement s = c.prepareStatement(sql)) {
        Date day = Date.valueOf(effectiveFrom);
        s.setDate(1, day);
        s.setDate(2, day);
        s.setDate(3, day);
        for (int i = 0; i < batch.size(); i++) {
          s.setString(4 + i, batch.get(i).staffNumber());
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            Assignment a =
                r.getString(17) == null
                    ? null
                    : new Assignment(
                        r.getString(17),
                        r.getDate(18).toLocalDate(),
                        r.getString(19),
                        r.getString(20),
                        r.getString(21),
                        r.getString(22),
                        r.getString(23),
                        (Integer) r.getObject(24, Integer.class),
                        r.getBigDecimal(25));
            found.put(
                r.getString(2).toLowerCase(Locale.ROOT),
                new Existing(
                    r.getString(1),
                    r.getString(3),
                    r.getString(4),
                    r.getString(5),
                    r.getString(6),
                    r.getString(7),
                    date(r, 8),
                    date(r, 9),
                    r.getString(10),
                    r.getString(11),
                    r.getString(12),
                    date(r, 13),
                    r.getLong(14),
                    r.getLong(15),
                    r.getBoolean(16),
                    a,
                    date(r, 26)));
          }
        }
      }
      return found;
    }

    private Map<String, PostState> posts(Connection c, List<StaffLine> batch) throws SQLException {
      List<String> numbers = new ArrayList<>();
      for (StaffLine line : batch) {
        if (line.postNumber() != null) {
          numbers.add(line.postNumber());
        }
      }
      Map<String, PostState> found = new HashMap<>();
      if (numbers.isEmpty()) {
        return found;
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT p.id, p.post_number, p.jd_id, p.unit_id, u.name, p.zone_code FROM post p"
                  + " JOIN org_unit u ON u.id = p.unit_id WHERE p.post_number IN ("
                  + marks(numbers.size())
                  + ")")) {
        for (int i = 0; i < numbers.size(); i++) {
          s.setString(i + 1, numbers.get(i));
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            found.put(
                r.getString(2).toLowerCase(Locale.ROOT),
                new PostState(
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    r.getString(5),
                    r.getString(6)));
          }
        }
      }
      return found;
    }

    /** Which staff member each of the batch's sign-in accounts is linked to now. */
    private Map<String, String> linkedAccounts(Connection c, List<StaffLine> batch)
        throws SQLException {
      List<String> users = new ArrayList<>();
      for (StaffLine line : batch) {
        if (line.userId() != null) {
          users.add(line.userId());
        }
      }
      Map<String, String> found = new HashMap<>();
      if (users.isEmpty()) {
        return found;
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT user_id, staff_number FROM staff_member WHERE user_id IN ("
                  + marks(users.size())
                  + ")")) {
        for (int i = 0; i < users.size(); i++) {
          s.setString(i + 1, users.get(i));
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            found.put(r.getString(1), r.getString(2));
          }
        }
      }
      return found;
    }
  }

  /** A valid row with what it will do. */
  record Planned(StaffLine line, Existing existing, PostState post, boolean newPost, Kind kind) {}

  /** The batched writes of an apply, in the caller's transaction. */
  private final class Writes {
    private final String importId;
    private final String actor;
    private final LocalDate effectiveFrom;
    private Map<String, String> units;

    Writes(String importId, String actor, LocalDate effectiveFrom) {
      this.importId = importId;
      this.actor = actor;
      this.effectiveFrom = effectiveFrom;
    }

    void write(Connection c, List<Planned> planned) throws SQLException {
      Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
      if (units == null) {
        units = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT name, id FROM org_unit");
            ResultSet r = s.executeQuery()) {
          while (r.next()) {
            units.put(r.getString(1).toLowerCase(Locale.ROOT), r.getString(2));
          }
        }
      }
      // units first: new posts name them
      Map<String, String[]> newUnits = new LinkedHashMap<>();
      for (Planned p : planned) {
        String name = p.line().unitName();
        if (name != null && (p.newPost() || StaffChange.postChanged(p.line(), p.post()))) {
          unitId(name, newUnits);
        }
      }
      if (!newUnits.isEmpty()) {
        try (PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO org_unit (id, name, kind, parent_id, created_at) VALUES (?, ?, ?, ?, ?)")) {
          for (String[] u : newUnits.values()) {
            s.setString(1, u[0]);
            s.setString(2, u[1]);
            s.setString(3, u[2]);
            s.setString(4, u[3]);
            s.setTimestamp(5, now);
            s.addBatch();
          }
          s.executeBatch();
        }
      }
      try (PreparedStatement insertPost =
              c.prepareStatement(
                  "INSERT INTO post (id, post_number, jd_id, unit_id, zone_code, weekly_hours,"
                      + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement updatePost =
              c.prepareStatement(
                  "UPDATE post SET jd_id = ?, unit_id = ?, updated_at = ?, version = version + 1"
                      + " WHERE id = ?")) {
        for (Planned p : planned) {
          StaffLine line = p.line();
          if (p.newPost()) {
            insertPost.setString(1, p.post().id());
            insertPost.setString(2, p.post().postNumber());
            insertPost.setString(3, line.jdId());
            insertPost.setString(4, units.get(line.unitName().toLowerCase(Locale.ROOT)));
            insertPost.setString(5, p.post().zone());
            insertPost.setBigDecimal(6, line.weeklyHours());
            insertPost.setTimestamp(7, now);
            insertPost.setTimestamp(8, now);
            insertPost.addBatch();
          } else if (StaffChange.postChanged(line, p.post())) {
            updatePost.setString(1, line.has("jd_reference") ? line.jdId() : p.post().jdId());
            updatePost.setString(
                2,
                line.has("unit") && line.unitName() != null
                    ? units.get(line.unitName().toLowerCase(Locale.ROOT))
                    : p.post().unitId());
            updatePost.setTimestamp(3, now);
            updatePost.setString(4, p.post().id());
            updatePost.addBatch();
          }
        }
        insertPost.executeBatch();
        updatePost.executeBatch();
      }
      try (PreparedStatement insertStaff =
              c.prepareStatement(
                  "INSERT INTO staff_member (id, staff_number, first_name, last_name, work_email,"
                      + " user_id, union_code, start_date, leaving_date, sex, ethnic_group, disability,"
                      + " date_of_birth, allowances_pence, bonus_pence, full_pay, created_at, updated_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement updateStaff =
              c.prepareStatement(
                  "UPDATE staff_member SET first_name = ?, last_name = ?, work_email = ?, user_id = ?,"
                      + " union_code = ?, start_date = ?, leaving_date = ?, sex = ?, ethnic_group = ?,"
                      + " disability = ?, date_of_birth = ?, allowances_pence = ?, bonus_pence = ?,"
                      + " full_pay = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
        for (Planned p : planned) {
          StaffLine l = p.line();
          Existing e = p.existing();
          if (e == null) {
            String id = UUID.randomUUID().toString();
            newIds.put(l.staffNumber(), id);
            insertStaff.setString(1, id);
            insertStaff.setString(2, l.staffNumber());
            int i = person(insertStaff, 3, l, null);
            insertStaff.setTimestamp(i, now);
            insertStaff.setTimestamp(i + 1, now);
            insertStaff.addBatch();
          } else if (StaffChange.personChanged(l, e)) {
            int i = person(updateStaff, 1, l, e);
            updateStaff.setTimestamp(i, now);
            updateStaff.setString(i + 1, e.id());
            updateStaff.addBatch();
          }
        }
        insertStaff.executeBatch();
        updateStaff.executeBatch();
      }
      try (PreparedStatement close =
              c.prepareStatement("UPDATE staff_assignment SET effective_to = ? WHERE id = ?");
          PreparedStatement replace =
              c.prepareStatement(
                  "UPDATE staff_assignment SET post_id = ?, structure_id = ?, band_id = ?,"
                      + " zone_code = ?, pay_point = ?, weekly_hours = ?, reason = 'IMPORT',"
                      + " note = NULL, import_id = ?, created_at = ?, created_by = ? WHERE id = ?");
          PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO staff_assignment (id, staff_id, effective_from, effective_to, post_id,"
                      + " structure_id, band_id, zone_code, pay_point, weekly_hours, reason,"
                      + " import_id, created_at, created_by)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IMPORT', ?, ?, ?)")) {
        List<String> moved = new ArrayList<>();
        for (Planned p : planned) {
          StaffLine l = p.line();
          Existing e = p.existing();
          if (e != null && !p.newPost() && !StaffChange.assignmentChanged(l, e, p.post())) {
            continue;
          }
          String zone = StaffChange.zone(l, e, p.post());
          String postId = p.post() == null ? null : p.post().id();
          Assignment a = e == null ? null : e.assignment();
          if (a != null && a.from().equals(effectiveFrom)) {
            replace.setString(1, postId);
            replace.setString(2, l.structure().id());
            replace.setString(3, l.band().id());
            replace.setString(4, zone);
            replace.setInt(5, l.payPoint());
            replace.setBigDecimal(6, l.weeklyHours());
            replace.setString(7, importId);
            replace.setTimestamp(8, now);
            replace.setString(9, actor);
            replace.setString(10, a.id());
            replace.addBatch();
            moved.add(e.id());
            continue;
          }
          if (a != null) {
            close.setDate(1, Date.valueOf(effectiveFrom.minusDays(1)));
            close.setString(2, a.id());
            close.addBatch();
          }
          LocalDate next = e == null ? null : e.nextFrom();
          insert.setString(1, UUID.randomUUID().toString());
          insert.setString(2, e == null ? newIds.get(l.staffNumber()) : e.id());
          insert.setDate(3, Date.valueOf(effectiveFrom));
          insert.setDate(4, next == null ? null : Date.valueOf(next.minusDays(1)));
          insert.setString(5, postId);
          insert.setString(6, l.structure().id());
          insert.setString(7, l.band().id());
          insert.setString(8, zone);
          insert.setInt(9, l.payPoint());
          insert.setBigDecimal(10, l.weeklyHours());
          insert.setString(11, importId);
          insert.setTimestamp(12, now);
          insert.setString(13, actor);
          insert.addBatch();
          moved.add(e == null ? newIds.get(l.staffNumber()) : e.id());
        }
        close.executeBatch();
        replace.executeBatch();
        insert.executeBatch();
        CurrentPositions.workOut(c, LocalDate.now(clock), moved);
      }
      newIds.clear();
    }

    private final Map<String, String> newIds = new HashMap<>();

    /** Sets the person's columns from {@code i}; a column the file lacks keeps the stored value. */
    private int person(PreparedStatement s, int i, StaffLine l, Existing e) throws SQLException {
      s.setString(i++, l.firstName());
      s.setString(i++, l.lastName());
      s.setString(i++, keep(l, "work_email", l.workEmail(), e == null ? null : e.workEmail()));
      s.setString(i++, keep(l, "username", l.userId(), e == null ? null : e.userId()));
      s.setString(i++, keep(l, "union", l.union(), e == null ? null : e.union()));
      s.setDate(
          i++, sqlDate(keep(l, "start_date", l.startDate(), e == null ? null : e.startDate())));
      s.setDate(
          i++,
          sqlDate(keep(l, "leaving_date", l.leavingDate(), e == null ? null : e.leavingDate())));
      s.setString(
          i++, keep(l, "sex", l.sex() == null ? null : l.sex().name(), e == null ? null : e.sex()));
      s.setString(
          i++,
          keep(
              l,
              "ethnicity",
              l.ethnicGroup() == null ? null : l.ethnicGroup().name(),
              e == null ? null : e.ethnicGroup()));
      s.setString(
          i++,
          keep(
              l,
              "disability",
              l.disability() == null ? null : l.disability().name(),
              e == null ? null : e.disability()));
      s.setDate(
          i++,
          sqlDate(keep(l, "date_of_birth", l.dateOfBirth(), e == null ? null : e.dateOfBirth())));
      s.setLong(
          i++,
          keep(l, "allowances_pence", l.allowancesPence(), e == null ? 0L : e.allowancesPence()));
      s.setLong(i++, keep(l, "bonus_pence", l.bonusPence(), e == null ? 0L : e.bonusPence()));
      s.setBoolean(i++, keep(l, "full_pay", l.fullPay(), e == null || e.fullPay()));
      return i;
    }

    /**
     * A unit's id, made (with its region) when new. A name such as "North East: Interventions" is
     * filed under the region "North East"; a name ending in PDU is a probation delivery unit.
     */
    private String unitId(String name, Map<String, String[]> made) {
      String key = name.toLowerCase(Locale.ROOT);
      String id = units.get(key);
      if (id != null) {
        return id;
      }
      String parent = null;
      int colon = name.indexOf(':');
      if (colon > 0) {
        String region = name.substring(0, colon).strip();
        parent = units.get(region.toLowerCase(Locale.ROOT));
        if (parent == null) {
          parent = UUID.randomUUID().toString();
          units.put(region.toLowerCase(Locale.ROOT), parent);
          made.put(region.toLowerCase(Locale.ROOT), new String[] {parent, region, "REGION", null});
        }
      }
      id = UUID.randomUUID().toString();
      units.put(key, id);
      String kind =
          name.toUpperCase(Locale.ROOT).endsWith("PDU")
              ? "PDU"
              : colon > 0 ? "OTHER" : "DIRECTORATE";
      made.put(key, new String[] {id, name, kind, parent});
      return id;
    }
  }

  private static <T> T keep(StaffLine line, String column, T given, T stored) {
    return line.has(column) ? given : stored;
  }

  private static Date sqlDate(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }

  private static LocalDate date(ResultSet r, int column) throws SQLException {
    Date d = r.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  /** For tests and reports: the number of rows a batch holds. */
  public static int batchSize() {
    return BATCH;
  }

  /** Hours as the database stores them (two decimals). */
  static BigDecimal stored(BigDecimal hours) {
    return hours.setScale(2);
  }
}
