package org.bandwise.report.control;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bandwise.workforce.control.StaffFileColumns;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes report tables as CSV (UTF-8, CRLF, RFC 4180) or XLSX (one sheet per table), streaming.
 * Text cells that a spreadsheet would run as a formula are neutralised with a leading {@code '}
 * (the rule the staff file shares); numbers stay numbers, so a negative gap is still a number.
 */
public final class ReportFiles {

  public static final String CSV = "text/csv";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private ReportFiles() {}

  public static void csv(ReportTable table, OutputStream out) {
    try {
      CsvWriter csv =
          CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out, StandardCharsets.UTF_8);
      csv.writeRecord(table.headings());
      for (List<Object> row : table.rows()) {
        List<String> cells = new ArrayList<>(row.size());
        for (Object cell : row) {
          cells.add(text(cell));
        }
        csv.writeRecord(cells);
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (cell instanceof Number || cell instanceof Boolean) {
      return cell.toString();
    }
    return StaffFileColumns.neutralise(cell.toString());
  }

  public static void xlsx(List<ReportTable> tables, OutputStream out) {
    try {
      Workbook workbook = new Workbook(out, "Bandwise", "1.0");
      for (ReportTable table : tables) {
        Worksheet sheet = workbook.newWorksheet(sheetName(table.name()));
        for (int c = 0; c < table.headings().size(); c++) {
          sheet.value(0, c, table.headings().get(c));
          sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (List<Object> row : table.rows()) {
          for (int c = 0; c < row.size(); c++) {
            Object cell = row.get(c);
            if (cell == null) {
              continue;
            }
            if (cell instanceof Number n) {
              sheet.value(r, c, n);
            } else if (cell instanceof Boolean b) {
              sheet.value(r, c, b ? "Yes" : "No");
            } else {
              sheet.value(r, c, cell.toString());
            }
          }
          r++;
          if (r % 10_000 == 0) {
            sheet.flush();
          }
        }
        sheet.finish();
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sheet name Excel accepts: at most 31 characters, none of {@code []:*?/\}. */
  static String sheetName(String name) {
    String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
    return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
  }
}
