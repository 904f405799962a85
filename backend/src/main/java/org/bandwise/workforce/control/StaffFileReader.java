package org.bandwise.workforce.control;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads a staff file one row at a time, never the whole file: CSV with FastCSV (UTF-8, a byte order
 * mark tolerated, RFC 4180 quoting, CRLF or LF) or the first sheet of an XLSX workbook with
 * FastExcel's streaming reader. Cells come back as text; a date typed into a spreadsheet as a date
 * comes back as {@code YYYY-MM-DD}.
 */
public final class StaffFileReader implements AutoCloseable {

  public enum Format {
    CSV,
    XLSX
  }

  /** The largest file an import accepts: 50 MB. */
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  private static final Set<String> DATE_COLUMNS =
      Set.of("start_date", "leaving_date", "date_of_birth");

  private final AutoCloseable resource;
  private final Iterator<List<String>> rows;
  private final List<String> header;
  private int rowNumber;

  private StaffFileReader(
      AutoCloseable resource, Iterator<List<String>> rows, List<String> header) {
    this.resource = resource;
    this.rows = rows;
    this.header = header;
  }

  /**
   * The format the content is, whatever it was sent as: an XLSX workbook is a ZIP file; anything
   * else is read as CSV (and refused if it is not text).
   */
  public static Format sniff(Path file) throws IOException {
    byte[] head = new byte[8];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, head.length);
    }
    if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return Format.XLSX;
    }
    if (read >= 8 && ReadableWorkbook.isOLE2Header(head)) {
      throw new UnreadableFile(
          "The file is an older Excel workbook (.xls). Save it as an Excel workbook (.xlsx) or as"
              + " CSV UTF-8, then upload it again.");
    }
    return Format.CSV;
  }

  public static StaffFileReader open(Path file, Format format) {
    try {
      return format == Format.XLSX ? xlsx(file) : csv(file);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new UnreadableFile(
          format == Format.XLSX
              ? "The file cannot be read as an Excel workbook (.xlsx). Save it again as .xlsx or as"
                  + " CSV UTF-8, then upload it."
              : "The file cannot be read as CSV. Save it as CSV UTF-8, then upload it again.",
          e);
    }
  }

  private static StaffFileReader csv(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536);
    in.mark(3);
    byte[] bom = in.readNBytes(3);
    if (!(bom.length == 3
        && (bom[0] & 0xFF) == 0xEF
        && (bom[1] & 0xFF) == 0xBB
        && (bom[2] & 0xFF) == 0xBF)) {
      in.reset();
    }
    Reader reader =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .fieldSeparator(',')
            .quoteCharacter('"')
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(reader);
    Iterator<CsvRecord> records = csv.iterator();
    Iterator<List<String>> rows =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return guard(records::hasNext);
          }

          @Override
          public List<String> next() {
            List<String> fields = guard(records::next).getFields();
            for (String field : fields) {
              if (field.indexOf('\0') >= 0) {
                throw new UnreadableFile(
                    "The file is not a CSV file: it holds binary data. Save it as CSV UTF-8 or as"
                        + " an Excel workbook (.xlsx), then upload it again.");
              }
            }
            return fields;
          }
        };
    List<String> header = rows.hasNext() ? rows.next() : null;
    return new StaffFileReader(csv, rows, header);
  }

  private static <T> T guard(java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new UnreadableFile(
            "The file is not CSV in UTF-8: it holds characters that cannot be read. Save it as CSV"
                + " UTF-8 or as an Excel workbook (.xlsx), then upload it again.",
            e);
      }
      throw new UnreadableFile("The file could not be read to the end. Upload it again.", e);
    } catch (RuntimeException e) {
      if (e instanceof UnreadableFile) {
        throw e;
      }
      throw new UnreadableFile(
          "The file cannot be read as CSV: "
              + e.getMessage()
              + ". Check its quotes, then upload it again.",
          e);
    }
  }

  private static StaffFileReader xlsx(Path file) throws IOException {
    ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
    Stream<Row> stream = workbook.getFirstSheet().openStream();
    Iterator<Row> sheetRows = stream.iterator();
    Row headerRow = null;
    while (sheetRows.hasNext() && headerRow == null) {
      Row candidate = sheetRows.next();
      if (!blank(candidate)) {
        headerRow = candidate;
      }
    }
    List<String> header = headerRow == null ? null : cells(headerRow, -1, List.of());
    int headerRowNum = headerRow == null ? 0 : headerRow.getRowNum();
    int width = header == null ? 0 : header.size();
    List<String> names = header == null ? List.of() : header;
    Iterator<List<String>> rows =
        new Iterator<>() {
          Row pending = advance();

          private Row advance() {
            while (sheetRows.hasNext()) {
              Row r = sheetRows.next();
              if (!blank(r)) {
                return r;
              }
            }
            return null;
          }

          @Override
          public boolean hasNext() {
            return pending != null;
          }

          @Override
          public List<String> next() {
            Row r = pending;
            pending = advance();
            List<String> cells = cells(r, width, names);
            cells.add(Integer.toString(r.getRowNum() - headerRowNum));
            return cells;
          }
        };
    AutoCloseable both =
        () -> {
          stream.close();
          workbook.close();
        };
    return new XlsxRows(both, rows, header).reader;
  }

  /** Keeps the spreadsheet's own row numbers (a trailing cell added by {@link #xlsx}). */
  private static final class XlsxRows {
    final StaffFileReader reader;

    XlsxRows(AutoCloseable resource, Iterator<List<String>> rows, List<String> header) {
      reader = new StaffFileReader(resource, rows, header);
      reader.spreadsheetRows = true;
    }
  }

  private boolean spreadsheetRows;

  private static boolean blank(Row row) {
    for (Cell cell : row) {
      if (cell != null && cell.getType() != CellType.EMPTY && !cell.getText().isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static List<String> cells(Row row, int width, List<String> names) {
    int n = width < 0 ? row.getCellCount() : Math.max(width, row.getCellCount());
    List<String> cells = new ArrayList<>(n + 1);
    for (int i = 0; i < n; i++) {
      Cell cell = row.getOptionalCell(i).orElse(null);
      if (cell == null || cell.getType() == CellType.EMPTY) {
        cells.add("");
        continue;
      }
      String column =
          i < names.size() ? names.get(i).strip().toLowerCase(java.util.Locale.ROOT) : "";
      if (cell.getType() == CellType.NUMBER && DATE_COLUMNS.contains(column)) {
        cells.add(row.getCellAsDate(i).map(d -> d.toLocalDate().toString()).orElse(cell.getText()));
      } else if (cell.getType() == CellType.NUMBER) {
        cells.add(cell.asNumber().stripTrailingZeros().toPlainString());
      } else {
        cells.add(cell.getText());
      }
    }
    return cells;
  }

  /** How many rows follow the header (a quick pass, for progress); 0 when it cannot be read. */
  public static int countRows(Path file, Format format) {
    try (StaffFileReader reader = open(file, format)) {
      int rows = 0;
      while (reader.next() != null) {
        rows++;
      }
      return rows;
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** The header row's cells; null when the file is empty. */
  public List<String> header() {
    return header;
  }

  /** The next row's cells, or null at the end. */
  public List<String> next() {
    if (!rows.hasNext()) {
      return null;
    }
    List<String> cells = rows.next();
    if (spreadsheetRows) {
      rowNumber = Integer.parseInt(cells.remove(cells.size() - 1));
    } else {
      rowNumber++;
    }
    return cells;
  }

  /** The row last read: 1 is the first row after the header. */
  public int rowNumber() {
    return rowNumber;
  }

  @Override
  public void close() {
    try {
      resource.close();
    } catch (Exception e) {
      // nothing to do: the file was read or is being given up
    }
  }
}
