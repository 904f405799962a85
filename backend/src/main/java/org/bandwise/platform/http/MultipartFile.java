package org.bandwise.platform.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the {@code file} field out of a {@code multipart/form-data} body (RFC 7578) as it streams
 * past, into a file of its own; other fields are skipped. The body is never held in memory.
 */
public final class MultipartFile {

  private static final Pattern NAME = Pattern.compile("(?i)\\bname=\"([^\"]*)\"");
  private static final Pattern FILE_NAME = Pattern.compile("(?i)\\bfilename=\"([^\"]*)\"");
  private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=\"?([^\";,]+)\"?");

  public record Part(Path file, String fileName) {}

  private MultipartFile() {}

  /**
   * The {@code file} field of an upload sent as a {@code multipart/form-data} form; empty when the
   * upload is not a form (its body is then the file itself).
   *
   * @param noFile the problem to throw when the upload is a form without a file field
   */
  public static Optional<Part> fileField(
      Path upload, String contentType, Supplier<? extends RuntimeException> noFile)
      throws IOException {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (!type.startsWith("multipart/form-data")) {
      return Optional.empty();
    }
    String boundary = boundary(contentType);
    Part file = boundary == null ? null : extract(upload, boundary);
    if (file == null) {
      throw noFile.get();
    }
    return Optional.of(file);
  }

  public static String boundary(String contentType) {
    Matcher m = BOUNDARY.matcher(contentType == null ? "" : contentType);
    return m.find() ? m.group(1).strip() : null;
  }

  /** The {@code file} field, or null when the body has none. */
  public static Part extract(Path body, String boundary) throws IOException {
    byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(body), 65536)) {
      // the preamble ends with the first delimiter (which may start the body without a CRLF)
      byte[] first = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
      if (!skipPast(in, first, delimiter)) {
        return null;
      }
      while (true) {
        String after = line(in);
        if (after == null || after.startsWith("--")) {
          return null;
        }
        String name = null;
        String fileName = null;
        String header;
        while ((header = line(in)) != null && !header.isEmpty()) {
          if (header.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
            Matcher n = NAME.matcher(header);
            if (n.find()) {
              name = n.group(1);
            }
            Matcher f = FILE_NAME.matcher(header);
            if (f.find()) {
              fileName = f.group(1);
            }
          }
        }
        if (header == null) {
          return null;
        }
        if ("file".equals(name)) {
          Path out = Files.createTempFile("bandwise-upload-", ".part");
          try (OutputStream target = new BufferedOutputStream(Files.newOutputStream(out))) {
            copyUntil(in, delimiter, target);
          }
          return new Part(out, fileName);
        }
        copyUntil(in, delimiter, OutputStream.nullOutputStream());
      }
    }
  }

  private static boolean skipPast(InputStream in, byte[] first, byte[] delimiter)
      throws IOException {
    in.mark(first.length);
    byte[] start = in.readNBytes(first.length);
    if (java.util.Arrays.equals(start, first)) {
      return true;
    }
    in.reset();
    return copyUntil(in, delimiter, OutputStream.nullOutputStream());
  }

  /** Copies bytes until the delimiter (consumed, not copied); false at the end of the stream. */
  private static boolean copyUntil(InputStream in, byte[] delimiter, OutputStream out)
      throws IOException {
    int matched = 0;
    int b;
    while ((b = in.read()) != -1) {
      if (b == (delimiter[matched] & 0xFF)) {
        matched++;
        if (matched == delimiter.length) {
          return true;
        }
        continue;
      }
      if (matched > 0) {
        // the delimiter starts with CR and holds no other CR, so a failed match restarts cleanly
        out.write(delimiter, 0, matched);
        matched = b == (delimiter[0] & 0xFF) ? 1 : 0;
        if (matched == 1) {
          continue;
        }
      }
      out.write(b);
    }
    out.write(delimiter, 0, matched);
    return false;
  }

  /** A line up to CRLF (or LF), without it; null at the end. */
  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        byte[] bytes = buffer.toByteArray();
        int length =
            bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
      }
      if (buffer.size() > 8192) {
        return null;
      }
      buffer.write(b);
    }
    return buffer.size() == 0 ? null : buffer.toString(StandardCharsets.UTF_8);
  }
}
