package org.bandwise.workforce.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffFileReaderTest {

  @TempDir Path dir;

  private Path file(byte[] bytes) throws IOException {
    Path f = Files.createTempFile(dir, "staff", ".bin");
    Files.write(f, bytes);
    return f;
  }

  @Test
  void csvWithByteOrderMarkQuotesAndMixedLineEndsIsReadRowByRow() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.write(
        "staff_number,first_name\r\nS1,\"Smith, \"\"Jo\"\"\"\nS2,\"two\r\nlines\"\r\n\r\nS3,Zoë\n"
            .getBytes(StandardCharsets.UTF_8));
    Path f = file(out.toByteArray());
    assertEquals(StaffFileReader.Format.CSV, StaffFileReader.sniff(f));
    try (StaffFileReader reader = StaffFileReader.open(f, StaffFileReader.Format.CSV)) {
      assertEquals(List.of("staff_number", "first_name"), reader.header());
      assertEquals(List.of("S1", "Smith, \"Jo\""), reader.next());
      assertEquals(1, reader.rowNumber());
      assertEquals(List.of("S2", "two\r\nlines"), reader.next());
      assertEquals(List.of("S3", "Zoë"), reader.next());
      assertEquals(3, reader.rowNumber());
      assertNull(reader.next());
    }
    assertEquals(3, StaffFileReader.countRows(f, StaffFileReader.Format.CSV));
  }

  @Test
  void binaryOrNonUtf8ContentIsNotCsv() throws IOException {
    Path latin1 =
        file("staff_number,first_name\nS1,Zo\u00eb\n".getBytes(StandardCharsets.ISO_8859_1));
    UnreadableFile e =
        assertThrows(
            UnreadableFile.class,
            () -> {
              try (StaffFileReader reader =
                  StaffFileReader.open(latin1, StaffFileReader.Format.CSV)) {
                while (reader.next() != null) {
                  // read to the end
                }
              }
            });
    assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    Path xls =
        file(
            new byte[] {
              (byte) 0xD0,
              (byte) 0xCF,
              0x11,
              (byte) 0xE0,
              (byte) 0xA1,
              (byte) 0xB1,
              0x1A,
              (byte) 0xE1
            });
    assertThrows(UnreadableFile.class, () -> StaffFileReader.sniff(xls));
    Path text = file("not a workbook".getBytes(StandardCharsets.UTF_8));
    assertThrows(
        UnreadableFile.class, () -> StaffFileReader.open(text, StaffFileReader.Format.XLSX));
  }

  @Test
  void xlsxIsReadFromItsFirstSheetWithNumbersAndDatesAsText() throws IOException {
    Path f = Files.createTempFile(dir, "staff", ".xlsx");
    try (OutputStream out = Files.newOutputStream(f)) {
      Workbook workbook = new Workbook(out, "test", "1.0");
      Worksheet sheet = workbook.newWorksheet("Staff");
      sheet.value(0, 0, "staff_number");
      sheet.value(0, 1, "weekly_hours");
      sheet.value(0, 2, "start_date");
      sheet.value(1, 0, "S1");
      sheet.value(1, 1, 18.5);
      sheet.value(1, 2, java.time.LocalDate.of(2020, 1, 6));
      sheet.style(1, 2).format("yyyy-mm-dd").set();
      sheet.value(3, 0, "S3");
      sheet.value(3, 1, 37);
      workbook.finish();
    }
    assertEquals(StaffFileReader.Format.XLSX, StaffFileReader.sniff(f));
    try (StaffFileReader reader = StaffFileReader.open(f, StaffFileReader.Format.XLSX)) {
      assertEquals(List.of("staff_number", "weekly_hours", "start_date"), reader.header());
      assertEquals(List.of("S1", "18.5", "2020-01-06"), reader.next());
      assertEquals(1, reader.rowNumber());
      assertEquals(List.of("S3", "37", ""), reader.next());
      assertEquals(3, reader.rowNumber(), "the spreadsheet's own row, after a blank one");
      assertNull(reader.next());
    }
  }
}
