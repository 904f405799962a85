package org.bandwise.appeal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bandwise.appeal.control.EvidenceTypes.Type;
import org.junit.jupiter.api.Test;

class EvidenceTypesTest {

  static byte[] zip(Map<String, String> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static byte[] docx() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("[Content_Types].xml", "<Types/>");
    entries.put("_rels/.rels", "<Relationships/>");
    entries.put("word/document.xml", "<w:document/>");
    return zip(entries);
  }

  static byte[] odt(String mime) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("mimetype", mime);
    entries.put("content.xml", "<office:document-content/>");
    return zip(entries);
  }

  @Test
  void signaturesAreReadFromTheContent() {
    assertEquals(
        Optional.of(Type.PDF),
        EvidenceTypes.of("%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(
        Optional.of(Type.PNG),
        EvidenceTypes.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}));
    assertEquals(
        Optional.of(Type.JPEG),
        EvidenceTypes.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}));
  }

  @Test
  void docxAndOdtAreToldApartByWhatTheZipHolds() throws IOException {
    assertEquals(Optional.of(Type.DOCX), EvidenceTypes.of(docx()));
    assertEquals(
        Optional.of(Type.ODT), EvidenceTypes.of(odt("application/vnd.oasis.opendocument.text")));
    // an ODF spreadsheet, a zip of something else and an XLSX are refused
    assertTrue(EvidenceTypes.of(odt("application/vnd.oasis.opendocument.spreadsheet")).isEmpty());
    assertTrue(EvidenceTypes.of(zip(Map.of("payload.exe", "MZ"))).isEmpty());
    assertTrue(
        EvidenceTypes.of(zip(Map.of("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<w/>")))
            .isEmpty());
  }

  @Test
  void theNameDoesNotMatterAndOtherContentIsRefused() {
    assertTrue(
        EvidenceTypes.of("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)).isEmpty());
    assertTrue(EvidenceTypes.of(new byte[] {'M', 'Z', 0, 0, 0}).isEmpty());
    assertTrue(EvidenceTypes.of(new byte[] {'%', 'P'}).isEmpty());
    assertTrue(EvidenceTypes.of(new byte[] {'P', 'K', 3, 4, 9, 9, 9}).isEmpty(), "a broken zip");
  }

  @Test
  void namesAreMadeSafeForTheDownloadHeader() {
    assertEquals("log.pdf", EvidenceTypes.safeName("C:\\Users\\rep\\log.pdf", Type.PDF));
    assertEquals("ab.pdf", EvidenceTypes.safeName("a\"b.pdf", Type.PDF));
    assertEquals("evidence.jpg", EvidenceTypes.safeName("  ", Type.JPEG));
    assertEquals("evidence.png", EvidenceTypes.safeName(null, Type.PNG));
  }
}
