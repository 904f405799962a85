package org.bandwise.workforce.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
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
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.persistence.DatabaseMigrations;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;

/**
 * Staff imports as stored: their state, progress and summary (in {@code staff_import}, so any
 * instance reports them), their errors, and the uploaded file in 1 MB chunks until the import is
 * applied or fails. Progress and errors are written in transactions of their own while a validation
 * runs, so they can be read as it goes.
 */
@ApplicationScoped
public class StaffImportStore {

  static final int CHUNK = 1024 * 1024;

  public enum Status {
    VALIDATING,
    VALIDATED,
    APPLYING,
    APPLIED,
    FAILED
  }

  public record ImportRow(
      String id,
      Status status,
      StaffFileReader.Format format,
      String fileName,
      LocalDate effectiveFrom,
      int done,
      int total,
      int created,
      int updated,
      int unchanged,
      int invalid,
      int errorCount,
      String failure,
      LocalDateTime createdAt,
      String createdBy,
      LocalDateTime appliedAt,
      long version) {}

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  DataSource dataSource;

  @Inject Clock clock;

  private Timestamp now() {
    return Timestamp.valueOf(LocalDateTime.now(clock));
  }

  /** Records a new import and keeps its file, in the caller's transaction (or a new one). */
  @Transactional
  public void create(
      String id,
      StaffFileReader.Format format,
      String fileName,
      LocalDate effectiveFrom,
      String actor,
      Status status,
      Path file) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO staff_import (id, status, format, file_name, effective_from, created_at,"
                  + " created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        Timestamp now = now();
        s.setString(1, id);
        s.setString(2, status.name());
        s.setString(3, format.name());
        s.setString(
            4, fileName == null ? null : fileName.substring(0, Math.min(255, fileName.length())));
        s.setDate(5, Date.valueOf(effectiveFrom));
        s.setTimestamp(6, now);
        s.setString(7, actor);
        s.setTimestamp(8, now);
        s.executeUpdate();
      }
      try (InputStream in = Files.newInputStream(file);
          PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO staff_import_chunk (import_id, seq, data) VALUES (?, ?, ?)")) {
        byte[] buffer = new byte[CHUNK];
        int seq = 0;
        int read;
        while ((read = in.readNBytes(buffer, 0, CHUNK)) > 0) {
          s.setString(1, id);
          s.setInt(2, seq++);
          s.setBytes(3, read == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, read));
          s.executeUpdate();
        }
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Cannot store the staff file", e);
    }
  }

  /** Writes the stored file to {@code target}, one chunk at a time. */
  public void copyFile(String id, Path target) {
    try (Connection c = dataSource.getConnection();
        OutputStream out = Files.newOutputStream(target)) {
      int seq = 0;
      while (true) {
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT data FROM staff_import_chunk WHERE import_id = ? AND seq = ?")) {
          s.setString(1, id);
          s.setInt(2, seq++);
          try (ResultSet r = s.executeQuery()) {
            if (!r.next()) {
              return;
            }
            out.write(r.getBytes(1));
          }
        }
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Cannot read the stored staff file", e);
    }
  }

  public Optional<ImportRow> find(String id) {
    List<ImportRow> rows = select(" WHERE id = ?", List.of(id), 1, 0);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  public ImportRow get(String id) {
    return find(id).orElseThrow(() -> new RecordNotFound("There is no staff import " + id + "."));
  }

  public Page<ImportRow> list(PageRequest page) {
    List<ImportRow> items =
        select(" ORDER BY created_at DESC, id", List.of(), page.size(), page.offset());
    return new Page<>(items, count("SELECT COUNT(*) FROM staff_import", List.of()), page);
  }

  private List<ImportRow> select(String tail, List<Object> params, int limit, int offset) {
    String sql =
        "SELECT id, status, format, file_name, effective_from, rows_done, rows_total,"
            + " created_count, updated_count, unchanged_count, invalid_count, error_count, failure,"
            + " created_at, created_by, applied_at, version FROM staff_import"
            + tail
            + " LIMIT ? OFFSET ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      for (Object p : params) {
        s.setObject(i++, p);
      }
      s.setInt(i++, limit);
      s.setInt(i, offset);
      List<ImportRow> rows = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Timestamp applied = r.getTimestamp(16);
          rows.add(
              new ImportRow(
                  r.getString(1),
                  Status.valueOf(r.getString(2)),
                  StaffFileReader.Format.valueOf(r.getString(3)),
                  r.getString(4),
                  r.getDate(5).toLocalDate(),
                  r.getInt(6),
                  r.getInt(7),
                  r.getInt(8),
                  r.getInt(9),
                  r.getInt(10),
                  r.getInt(11),
                  r.getInt(12),
                  r.getString(13),
                  r.getTimestamp(14).toLocalDateTime(),
                  r.getString(15),
                  applied == null ? null : applied.toLocalDateTime(),
                  r.getLong(17)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read staff imports", e);
    }
  }

  private long count(String sql, List<Object> params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        s.setObject(i + 1, params.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot count", e);
    }
  }

  public Page<ImportError> errors(String id, PageRequest page) {
    get(id);
    List<ImportError> items = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT row_no, staff_number, field, message FROM staff_import_error"
                    + " WHERE import_id = ? ORDER BY seq LIMIT ? OFFSET ?")) {
      s.setString(1, id);
      s.setInt(2, page.size());
      s.setInt(3, page.offset());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          items.add(new ImportError(r.getInt(1), r.getString(2), r.getString(3), r.getString(4)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read import errors", e);
    }
    return new Page<>(
        items,
        count("SELECT COUNT(*) FROM staff_import_error WHERE import_id = ?", List.of(id)),
        page);
  }

  /** Every error of the import in order, a thousand at a time, to {@code each}. */
  public void eachError(String id, Consumer<ImportError> each) {
    int after = Integer.MIN_VALUE;
    while (true) {
      int last = after;
      try (Connection c = dataSource.getConnection();
          PreparedStatement s =
              c.prepareStatement(
                  "SELECT seq, row_no, staff_number, field, message FROM staff_import_error"
                      + " WHERE import_id = ? AND seq > ? ORDER BY seq LIMIT 1000")) {
        s.setString(1, id);
        s.setInt(2, after);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            last = r.getInt(1);
            each.accept(
                new ImportError(r.getInt(2), r.getString(3), r.getString(4), r.getString(5)));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot read import errors", e);
      }
      if (last == after) {
        return;
      }
      after = last;
    }
  }

  /** Adds errors (numbered on from {@code firstSeq}), in a transaction of their own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void addErrors(String id, int firstSeq, List<ImportError> errors) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO staff_import_error (import_id, seq, row_no, staff_number, field, message)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
      int seq = firstSeq;
      for (ImportError e : errors) {
        s.setString(1, id);
        s.setInt(2, seq++);
        s.setInt(3, e.row());
        s.setString(4, cut(e.staffNumber(), 100));
        s.setString(5, cut(e.field(), 100));
        s.setString(6, cut(e.message(), 500));
        s.addBatch();
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot record import errors", e);
    }
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void progress(String id, int done, int total) {
    update(
        "UPDATE staff_import SET rows_done = ?, rows_total = ?, updated_at = ? WHERE id = ?",
        done,
        total,
        now(),
        id);
  }

  /** Validation finished: the summary, and VALIDATED. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void validated(String id, StaffImportEngine.Counts counts) {
    update(
        "UPDATE staff_import SET status = 'VALIDATED', rows_done = ?, rows_total = ?,"
            + " created_count = ?, updated_count = ?, unchanged_count = ?, invalid_count = ?,"
            + " error_count = ?, updated_at = ?, version = version + 1"
            + " WHERE id = ? AND status = 'VALIDATING'",
        counts.total(),
        counts.total(),
        counts.created(),
        counts.updated(),
        counts.unchanged(),
        counts.invalid(),
        counts.errors(),
        now(),
        id);
  }

  /**
   * Takes the import for applying: exactly one caller wins, however many ask at once (the
   * conditional update is decided by the row lock), and only a validated import with no errors.
   *
   * @throws RuleConflict when it is not in a state to apply
   */
  @Transactional
  public ImportRow claimForApply(String id) {
    ImportRow row = get(id);
    int won =
        update(
            "UPDATE staff_import SET status = 'APPLYING', rows_done = 0, updated_at = ?,"
                + " version = version + 1 WHERE id = ? AND status = 'VALIDATED' AND error_count = 0",
            now(),
            id);
    if (won == 1) {
      return get(id);
    }
    ImportRow now = get(id);
    throw new RuleConflict(
        "status",
        switch (now.status()) {
          case VALIDATING ->
              "The file is still being checked. Apply it once the check has finished.";
          case VALIDATED ->
              "The file has "
                  + now.errorCount()
                  + (now.errorCount() == 1 ? " error" : " errors")
                  + ". Correct the file and upload it again; an import with errors cannot be applied.";
          case APPLYING -> "This import is already being applied.";
          case APPLIED -> "This import has already been applied. An import is applied once.";
          case FAILED -> "This import failed, so it cannot be applied. Upload the file again.";
        });
  }

  /**
   * Applied: the summary, APPLIED and the file removed; in the apply's own transaction. Only the
   * claim that started this apply may finish it: one given up as stalled ({@link #releaseStalled})
   * and claimed again is refused here, so its transaction rolls back and nothing is applied twice.
   *
   * @param claimed the import's version when this apply claimed it
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void applied(String id, long claimed, StaffImportEngine.Counts counts) {
    int done =
        update(
            "UPDATE staff_import SET status = 'APPLIED', rows_done = ?, rows_total = ?,"
                + " created_count = ?, updated_count = ?, unchanged_count = ?, invalid_count = 0,"
                + " applied_at = ?, updated_at = ?, version = version + 1"
                + " WHERE id = ? AND status = 'APPLYING' AND version = ?",
            counts.total(),
            counts.total(),
            counts.created(),
            counts.updated(),
            counts.unchanged(),
            now(),
            now(),
            id,
            claimed);
    if (done != 1) {
      throw new IllegalStateException(
          "Staff import " + id + " was given up as stalled while this apply ran; not applied");
    }
    update("DELETE FROM staff_import_chunk WHERE import_id = ?", id);
  }

  /** An import whose work stopped: in progress, with no progress recorded since {@code seen}. */
  public record Stalled(String id, Status status, Timestamp seen) {}

  /** Imports being checked or applied with no progress recorded since the cut-off. */
  public List<Stalled> stalled(LocalDateTime cutOff) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT id, status, updated_at FROM staff_import"
                    + " WHERE status IN ('VALIDATING', 'APPLYING') AND updated_at < ?"
                    + " ORDER BY updated_at LIMIT 20")) {
      s.setTimestamp(1, Timestamp.valueOf(cutOff));
      List<Stalled> found = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          found.add(new Stalled(r.getString(1), Status.valueOf(r.getString(2)), r.getTimestamp(3)));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read staff imports", e);
    }
  }

  /**
   * Takes over a stalled import (exactly one instance wins: the update only matches the state it
   * was seen in). A check starts again from the first row, its errors cleared; an apply, whose
   * transaction died with its instance and wrote nothing, goes back to VALIDATED to be applied
   * again.
   *
   * @return whether this caller took it over
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean releaseStalled(Stalled stalled) {
    String next = stalled.status() == Status.APPLYING ? "VALIDATED" : "VALIDATING";
    int won =
        update(
            "UPDATE staff_import SET status = ?, rows_done = 0, updated_at = ?,"
                + " version = version + 1 WHERE id = ? AND status = ? AND updated_at = ?",
            next,
            now(),
            stalled.id(),
            stalled.status().name(),
            stalled.seen());
    if (won == 1 && stalled.status() == Status.VALIDATING) {
      update("DELETE FROM staff_import_error WHERE import_id = ?", stalled.id());
    }
    return won == 1;
  }

  /** Failed, with why (nothing was written); the file is removed. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(String id, String failure) {
    update(
        "UPDATE staff_import SET status = 'FAILED', failure = ?, updated_at = ?,"
            + " error_count = (SELECT COUNT(*) FROM staff_import_error e WHERE e.import_id = ?),"
            + " version = version + 1 WHERE id = ?",
        cut(failure, 1000),
        now(),
        id,
        id);
    update("DELETE FROM staff_import_chunk WHERE import_id = ?", id);
  }

  private int update(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot update the staff import", e);
    }
  }
}
