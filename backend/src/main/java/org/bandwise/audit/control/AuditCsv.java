package org.bandwise.audit.control;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.bandwise.audit.entity.AuditEvent;

/**
 * Streams the audit trail as CSV (RFC 4180, UTF-8) with FastCSV: one row per changed field, or one
 * row for an event that changed no field, newest first. Events are read in batches that each start
 * where the last ended, so an export of any size holds one batch in memory.
 *
 * <p>Every cell is made safe for spreadsheets: one that starts with {@code =}, {@code +}, {@code
 * -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so it is shown as text and
 * never run as a formula (OWASP "CSV injection").
 */
@ApplicationScoped
public class AuditCsv {

  public static final List<String> HEADER =
      List.of(
          "When (UTC)",
          "Who",
          "Username",
          "Kind of record",
          "Record",
          "Action",
          "Summary",
          "Field",
          "Before",
          "After",
          "Record id");

  static final int BATCH = 500;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  @Inject AuditLog log;
  @Inject AuditPresenter presenter;

  /** Writes every event the filter selects; the stream is flushed, not closed. */
  public void write(AuditFilter filter, OutputStream out) {
    try {
      CsvWriter csv =
          CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out, StandardCharsets.UTF_8);
      csv.writeRecord(HEADER);
      AuditEvent last = null;
      while (true) {
        List<AuditEvent> batch = log.batchAfter(filter, last, BATCH);
        if (batch.isEmpty()) {
          break;
        }
        for (AuditEntry entry : presenter.present(batch)) {
          for (List<String> row : rows(entry)) {
            csv.writeRecord(row.stream().map(AuditCsv::safe).toList());
          }
        }
        csv.flush();
        if (batch.size() < BATCH) {
          break;
        }
        last = batch.get(batch.size() - 1);
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows for one event: one per changed field, or one without a field. */
  static List<List<String>> rows(AuditEntry entry) {
    AuditEvent e = entry.event();
    List<String> common =
        List.of(
            WHEN.format(e.occurredAt()),
            entry.actorName(),
            e.actor(),
            entry.recordKind(),
            entry.recordName(),
            entry.actionLabel(),
            nullToEmpty(entry.summary()));
    List<List<String>> rows = new ArrayList<>();
    if (entry.changes().isEmpty()) {
      List<String> row = new ArrayList<>(common);
      row.addAll(List.of("", "", "", e.entityId()));
      rows.add(row);
    }
    for (AuditEntry.Line line : entry.changes()) {
      List<String> row = new ArrayList<>(common);
      row.addAll(
          List.of(
              line.label(),
              nullToEmpty(line.oldText()),
              nullToEmpty(line.newText()),
              e.entityId()));
      rows.add(row);
    }
    return rows;
  }

  /** A cell a spreadsheet shows as text: a leading formula character gets an apostrophe first. */
  public static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char first = cell.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + cell
        : cell;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
