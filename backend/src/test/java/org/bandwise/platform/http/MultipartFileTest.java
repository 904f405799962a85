package org.bandwise.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartFileTest {

  @TempDir Path dir;

  @Test
  void theFileFieldIsTakenOutAndOtherFieldsSkipped() throws IOException {
    String boundary = "----b0undary";
    String body =
        "preamble\r\n--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"staff.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + "a,b\r\n1,\r\r\n2\r\n--"
            + boundary
            + "--\r\n";
    Path raw = dir.resolve("raw");
    Files.writeString(raw, body, StandardCharsets.UTF_8);
    assertEquals(boundary, MultipartFile.boundary("multipart/form-data; boundary=" + boundary));
    assertEquals(
        boundary, MultipartFile.boundary("multipart/form-data; boundary=\"" + boundary + "\""));
    MultipartFile.Part part = MultipartFile.extract(raw, boundary);
    assertEquals("staff.csv", part.fileName());
    assertEquals("a,b\r\n1,\r\r\n2", Files.readString(part.file(), StandardCharsets.UTF_8));
    Files.delete(part.file());
  }

  @Test
  void aFormWithoutAFileFieldHasNone() throws IOException {
    String body = "--x\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--x--\r\n";
    Path raw = dir.resolve("raw");
    Files.writeString(raw, body, StandardCharsets.UTF_8);
    assertNull(MultipartFile.extract(raw, "x"));
  }
}
