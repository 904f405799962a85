package org.bandwise.appeal.boundary;

import jakarta.ws.rs.core.Response;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bandwise.appeal.control.EvidenceTypes;
import org.bandwise.platform.error.FieldProblem;
import org.bandwise.platform.error.ProblemException;
import org.bandwise.platform.http.MultipartFile;

/**
 * Evidence files over HTTP: the file sent (a form's file field or the whole body), refused before
 * it is stored when it is missing, too large or not of an accepted type; and a download that the
 * browser saves and never runs.
 */
final class EvidenceFiles {

  /** The file as sent: its name and its bytes. */
  record Sent(String fileName, byte[] content) {}

  private EvidenceFiles() {}

  /**
   * Reads the file sent; a multipart form's file field wins over the body, and its file name over
   * {@code fileName}.
   */
  static Sent read(File body, String contentType, String fileName) {
    Path upload = body.toPath();
    Path part = null;
    try {
      String name = fileName;
      Optional<MultipartFile.Part> file =
          MultipartFile.fileField(
              upload,
              contentType,
              () ->
                  new ProblemException(
                      415,
                      "not-an-evidence-file",
                      "No file sent",
                      "Send the evidence in the form's file field.",
                      List.of(new FieldProblem("file", "Select a file.")),
                      null));
      if (file.isPresent()) {
        part = file.get().file();
        upload = part;
        if (file.get().fileName() != null && !file.get().fileName().isBlank()) {
          name = file.get().fileName();
        }
      }
      long bytes = Files.size(upload);
      if (bytes > EvidenceTypes.MAX_BYTES) {
        throw new ProblemException(
            413,
            "file-too-large",
            "The file is too large",
            "The selected file must be smaller than 10 MB.",
            List.of(new FieldProblem("file", "The selected file must be smaller than 10 MB.")),
            null);
      }
      byte[] content;
      try (InputStream in = Files.newInputStream(upload)) {
        content = in.readAllBytes();
      }
      if (content.length > 0 && EvidenceTypes.of(content).isEmpty()) {
        throw new ProblemException(
            422,
            "unsupported-file-type",
            "The file type is not accepted",
            "The selected file must be a PDF, DOCX, ODT, PNG or JPEG.",
            List.of(
                new FieldProblem(
                    "file", "The selected file must be a PDF, DOCX, ODT, PNG or JPEG.")),
            null);
      }
      return new Sent(name, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        if (part != null) {
          Files.deleteIfExists(part);
        }
      } catch (IOException e) {
        // a temporary file is left for the operating system to clear
      }
    }
  }

  /** The file as an attachment under its own name, which the browser may not sniff or run. */
  static Response download(String fileName, byte[] content) {
    return Response.ok(content, "application/octet-stream")
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + fileName.replaceAll("[^\\x20-\\x7E]", "_")
                + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .header("Cache-Control", "no-store")
        .build();
  }
}
