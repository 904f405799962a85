package org.bandwise.appeal.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Which kind of evidence file some bytes are, found from the content and never from the name or the
 * declared type, so a script renamed to {@code .pdf} is refused. PDF, PNG and JPEG by their
 * signatures; DOCX and ODT are both zip files, told apart by what the zip holds: an ODT's first
 * entry is {@code mimetype} holding {@code application/vnd.oasis.opendocument.text}, a DOCX has
 * {@code [Content_Types].xml} and {@code word/document.xml}. Evidence files are at most 10 MB.
 */
public final class EvidenceTypes {

  /** The largest evidence file taken: 10 MB. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  private static final String ODT_MIME = "application/vnd.oasis.opendocument.text";

  /** The kinds taken, with the media type a download is sent as. */
  public enum Type {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    ODT(ODT_MIME, "odt"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    private final String mediaType;
    private final String extension;

    Type(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public String mediaType() {
      return mediaType;
    }

    public String extension() {
      return extension;
    }
  }

  private EvidenceTypes() {}

  /** The type of the content, or empty when it is none of those taken. */
  public static Optional<Type> of(byte[] content) {
    if (content == null || content.length < 4) {
      return Optional.empty();
    }
    if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(Type.PDF);
    }
    if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
      return Optional.of(Type.PNG);
    }
    if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return Optional.of(Type.JPEG);
    }
    if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
      return officeDocument(content);
    }
    return Optional.empty();
  }

  private static Optional<Type> officeDocument(byte[] content) {
    boolean contentTypes = false;
    boolean wordDocument = false;
    boolean first = true;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        String name = entry.getName();
        if (first && "mimetype".equals(name)) {
          String mime = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
          if (ODT_MIME.equals(mime)) {
            return Optional.of(Type.ODT);
          }
          return Optional.empty();
        }
        first = false;
        contentTypes |= "[Content_Types].xml".equals(name);
        wordDocument |= "word/document.xml".equals(name);
        if (contentTypes && wordDocument) {
          return Optional.of(Type.DOCX);
        }
      }
    } catch (IOException | IllegalArgumentException broken) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** A file name safe to give back in a header: no path, quotes or control characters. */
  public static String safeName(String fileName, Type type) {
    String name = fileName == null ? "" : fileName;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1).replaceAll("[\\p{Cntrl}\"\\\\;]", "").strip();
    if (name.isEmpty()) {
      name = "evidence." + type.extension();
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }
}
