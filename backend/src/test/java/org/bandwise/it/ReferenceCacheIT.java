package org.bandwise.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reference data read from the cache: conditional GETs (ETag, If-None-Match, 304), and changes made
 * through this instance or straight in the database by another one showing on the next reads.
 */
@ExtendWith(ArquillianExtension.class)
class ReferenceCacheIT {

  private static final String PASSWORD = "bandwise-demo";
  private static final String LIST = "/api/v1/pay-bands?size=100";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.bandwise();
  }

  @ArquillianResource URL url;

  private static Reply list(Api api, String ifNoneMatch) {
    return ifNoneMatch == null
        ? api.get(LIST)
        : api.send("GET", LIST, null, Map.of("If-None-Match", ifNoneMatch));
  }

  private static JsonObject bandNamed(Reply reply, String id) {
    return reply.items().getValuesAs(JsonObject.class).stream()
        .filter(band -> band.getString("id").equals(id))
        .findFirst()
        .orElse(null);
  }

  private String newBand(Api admin) {
    JsonObject any = admin.get(LIST).items().getJsonObject(0);
    String code = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    Reply created =
        admin.post(
            "/api/v1/pay-bands",
            Json.createObjectBuilder()
                .add("structureId", any.getString("structureId"))
                .add("code", code)
                .add("name", "Cache band " + code)
                .add("rank", 90)
                .add("openToNewEntrants", true)
                .build());
    assertEquals(201, created.status(), created.toString());
    return created.json().getString("id");
  }

  @Test
  void anUnchangedListIsNotSentAgain() {
    Api staff = Api.signedIn(url, "staff", PASSWORD);
    Reply first = list(staff, null);
    assertEquals(200, first.status(), first.toString());
    String etag = first.header("ETag");
    assertNotNull(etag, "a cached read names its version");
    assertTrue(etag.matches("\"PAY-\\d+-[0-9a-f]+\""), etag);
    assertEquals("private, no-cache", first.header("Cache-Control"));

    Reply again = list(staff, etag);
    assertEquals(304, again.status(), again.toString());
    assertEquals("", again.body());
    assertEquals(etag, again.header("ETag"));

    assertEquals(304, list(staff, "\"other\", " + etag).status(), "any of the tags listed");
    assertEquals(200, list(staff, "\"PAY-0-0\"").status(), "a tag of another version");
    Reply otherPage = staff.get("/api/v1/pay-bands?size=5");
    assertNotEquals(etag, otherPage.header("ETag"), "each read has its own tag");
  }

  @Test
  void aChangeThroughTheApiShowsOnTheNextReadWithANewTag() {
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    Api staff = Api.signedIn(url, "staff", PASSWORD);
    String before = list(staff, null).header("ETag");

    String id = newBand(admin);

    Reply after = list(staff, before);
    assertEquals(200, after.status(), "the old tag no longer matches: " + after);
    assertNotNull(bandNamed(after, id), "the new band is in the very next read");
    assertNotEquals(before, after.header("ETag"));

    JsonObject band = admin.get("/api/v1/pay-bands/" + id).json();
    Reply renamed =
        admin.put(
            "/api/v1/pay-bands/" + id,
            Json.createObjectBuilder()
                .add("code", band.getString("code"))
                .add("name", "Renamed " + band.getString("code"))
                .add("rank", band.getInt("rank"))
                .add("openToNewEntrants", true)
                .add("retired", false)
                .build(),
            admin.get("/api/v1/pay-bands/" + id).header("ETag"));
    assertEquals(200, renamed.status(), renamed.toString());
    assertEquals(
        "Renamed " + band.getString("code"), bandNamed(list(staff, null), id).getString("name"));
  }

  @Test
  void aChangeMadeByAnotherInstanceShowsWithinTheCheckInterval() throws Exception {
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    String id = newBand(admin);
    Reply before = list(admin, null);
    String name = bandNamed(before, id).getString("name");

    // another instance: the row and the version change together, in one transaction
    try (Connection connection = TestDatabase.connect()) {
      connection.setAutoCommit(false);
      try (PreparedStatement rename =
              connection.prepareStatement("UPDATE pay_band SET name = ? WHERE id = ?");
          PreparedStatement bump =
              connection.prepareStatement(
                  "UPDATE reference_version SET version = version + 1 WHERE kind = 'PAY'")) {
        rename.setString(1, "Elsewhere " + name);
        rename.setString(2, id);
        assertEquals(1, rename.executeUpdate());
        assertEquals(1, bump.executeUpdate());
      }
      connection.commit();
    }

    long started = System.nanoTime();
    Reply seen = list(admin, null);
    while (!bandNamed(seen, id).getString("name").startsWith("Elsewhere ")
        && System.nanoTime() - started < 10_000_000_000L) {
      Thread.sleep(100);
      seen = list(admin, null);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertEquals("Elsewhere " + name, bandNamed(seen, id).getString("name"), "after " + millis);
    assertTrue(millis < 5_000, "seen after " + millis + " ms; the check interval is 1 s");
    assertNotEquals(before.header("ETag"), seen.header("ETag"));
    assertEquals(200, list(admin, before.header("ETag")).status());
  }
}
