package org.bandwise.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The boundary owns HTTP: rules (control) and records (entity) take typed values and throw domain
 * exceptions, so no control or entity class may import JAX-RS, the Servlet API, the HTTP problem
 * type or the platform's HTTP helpers ({@code org.bandwise.platform.http}: If-Match parsing, ETags,
 * request origin); paging is {@code platform.persistence.PageRequest}.
 */
class LayeringTest {

  private static final Path SOURCES = Path.of("src/main/java/org/bandwise");
  private static final Pattern HTTP_IMPORT =
      Pattern.compile(
          "^import\\s+(jakarta\\.ws\\.rs\\.|jakarta\\.servlet\\.|org\\.bandwise\\.platform\\.http\\."
              + "|org\\.bandwise\\.platform\\.error\\.ProblemException;)",
          Pattern.MULTILINE);

  @Test
  void controlAndEntityClassesDoNotSpeakHttp() throws IOException {
    List<String> offenders;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      offenders =
          files
              .filter(path -> path.toString().endsWith(".java"))
              .filter(LayeringTest::isControlOrEntity)
              .filter(LayeringTest::importsHttp)
              .map(path -> SOURCES.relativize(path).toString())
              .toList();
    }
    assertEquals(List.of(), offenders, "control or entity classes importing HTTP types");
  }

  @Test
  void theCheckFindsAnHttpImport() {
    assertTrue(HTTP_IMPORT.matcher("import jakarta.ws.rs.core.Response;\n").find());
    assertTrue(
        HTTP_IMPORT.matcher("import org.bandwise.platform.error.ProblemException;\n").find());
    assertTrue(HTTP_IMPORT.matcher("import org.bandwise.platform.http.Preconditions;\n").find());
    assertTrue(HTTP_IMPORT.matcher("import jakarta.servlet.http.HttpServletRequest;\n").find());
    assertFalse(HTTP_IMPORT.matcher("import org.bandwise.platform.domain.InvalidInput;\n").find());
    assertFalse(
        HTTP_IMPORT.matcher("import org.bandwise.platform.persistence.PageRequest;\n").find());
  }

  private static boolean isControlOrEntity(Path path) {
    String parent = path.getParent().getFileName().toString();
    return parent.equals("control") || parent.equals("entity");
  }

  private static boolean importsHttp(Path path) {
    try {
      return HTTP_IMPORT.matcher(Files.readString(path)).find();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + path, e);
    }
  }
}
