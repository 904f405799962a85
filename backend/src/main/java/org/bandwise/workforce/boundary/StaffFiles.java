package org.bandwise.workforce.boundary;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.bandwise.workforce.control.StaffDirectory;
import org.bandwise.workforce.control.StaffExport;
import org.bandwise.workforce.control.StaffFileColumns;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the staff export as it is read: CSV with FastCSV (UTF-8, CRLF, RFC 4180 quoting) or XLSX
 * with FastExcel's streaming writer (inline strings, rows flushed every thousand), so a large
 * workforce never sits in memory. Every cell is text, neutralised against formula injection.
 */
final class StaffFiles {

  private StaffFiles() {}

  static StreamingOutput export(
      StaffExport export, StaffDirectory.StaffFilter filter, LocalDate today, boolean xlsx) {
    return xlsx ? out -> xlsx(export, filter, today, out) : out -> csv(export, filter, today, out);
  }

  private static void csv(
      StaffExport export,
      StaffDirectory.StaffFilter filter,
      LocalDate today,
      java.io.OutputStream out)
      throws IOException {
    try (CsvWriter csv =
        CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out, StandardCharsets.UTF_8)) {
      csv.writeRecord(StaffFileColumns.COLUMNS);
      export.each(filter, today, row -> csv.writeRecord(neutralised(row)));
    }
  }

  private static void xlsx(
      StaffExport export,
      StaffDirectory.StaffFilter filter,
      LocalDate today,
      java.io.OutputStream out)
      throws IOException {
    Workbook workbook = new Workbook(out, "Bandwise", "1.0");
    Worksheet sheet = workbook.newWorksheet("Staff");
    List<String> columns = StaffFileColumns.COLUMNS;
    for (int c = 0; c < columns.size(); c++) {
      sheet.inlineString(0, c, columns.get(c));
    }
    int[] r = {1};
    export.each(
        filter,
        today,
        row -> {
          List<String> cells = neutralised(row);
          for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
              sheet.inlineString(r[0], c, cells.get(c));
            }
          }
          r[0]++;
          if (r[0] % 1000 == 0) {
            try {
              sheet.flush();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
    sheet.finish();
    workbook.finish();
  }

  private static List<String> neutralised(List<String> row) {
    return row.stream().map(StaffFileColumns::neutralise).toList();
  }
}
