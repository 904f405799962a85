package org.bandwise.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The findings of issue 7 ("No 5xx, nothing silently accepted"), each as it was found: every one
 * ended in a 500, an HTML page or silently changed data before its fix.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

  private static final String PASSWORD = "bandwise-demo";
  private static final String PROBLEM = "application/problem+json";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.bandwise();
  }

  @ArquillianResource URL url;

  private static void assertProblem(Reply reply, int status, String field) {
    assertEquals(status, reply.status(), reply.toString());
    assertEquals(PROBLEM, reply.contentType(), reply.toString());
    JsonObject problem = reply.json();
    assertEquals(status, problem.getInt("status"));
    String detail = problem.getString("detail");
    assertTrue(Character.isUpperCase(detail.charAt(0)) && detail.endsWith("."), detail);
    if (field != null) {
      assertTrue(reply.problemFields().contains(field), field + " not named in " + reply);
    }
  }

  private String anId(Api api, String list) {
    return api.get(list).items().getJsonObject(0).getString("id");
  }

  private static JsonObject json(String text) {
    return Json.createReader(new java.io.StringReader(text)).readObject();
  }

  @Test
  void nullsInsideListsAreA400NamingTheItem() {
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    assertProblem(
        admin.send(
            "POST",
            "/api/v1/users",
            "{\"username\":\"hostile.roles\",\"displayName\":\"Hostile\","
                + "\"password\":\"long enough password\",\"roles\":[null]}",
            Map.of("X-Requested-With", "bandwise")),
        400,
        "roles[0]");
    String band = anId(admin, "/api/v1/pay-bands?size=1");
    assertProblem(
        admin.send(
            "POST",
            "/api/v1/pay-bands/" + band + "/scales",
            "{\"zone\":\"NATIONAL\",\"effectiveFrom\":\"2031-04-01\",\"status\":\"PROPOSED\","
                + "\"points\":[null]}",
            Map.of("X-Requested-With", "bandwise")),
        400,
        "points[0]");
    assertProblem(
        admin.send(
            "POST",
            "/api/v1/job-descriptions",
            "{\"reference\":\"HOSTILE-1\",\"content\":{\"title\":\"T\",\"roleFamily\":\"F\","
                + "\"directorate\":\"D\",\"purpose\":\"P\",\"mainDuties\":[null]}}",
            Map.of("X-Requested-With", "bandwise")),
        400,
        "content.mainDuties[0]");
    String evaluation = anId(admin, "/api/v1/evaluations?size=1");
    Reply evaluationRead = admin.get("/api/v1/evaluations/" + evaluation);
    assertProblem(
        admin.send(
            "PUT",
            "/api/v1/evaluations/" + evaluation + "/panel",
            "{\"schemeId\":\"" + UUID.randomUUID() + "\",\"members\":[null]}",
            Map.of("X-Requested-With", "bandwise", "If-Match", evaluationRead.header("ETag"))),
        400,
        "members[0]");
  }

  @Test
  void datesOutsideTheServiceYearsAndEmptyParametersAreA400() {
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    String band = anId(admin, "/api/v1/pay-bands?size=1");
    assertProblem(
        admin.send(
            "POST",
            "/api/v1/pay-bands/" + band + "/scales",
            "{\"zone\":\"NATIONAL\",\"effectiveFrom\":\"+999999999-12-31\",\"status\":\"PROPOSED\","
                + "\"points\":[{\"number\":1,\"annualSalaryPence\":1000000}]}",
            Map.of("X-Requested-With", "bandwise")),
        400,
        "effectiveFrom");
    assertProblem(admin.get("/api/v1/pay-bands?date=%2B999999999-12-31"), 400, "date");
    assertProblem(admin.get("/api/v1/evaluations?status="), 400, "status");
    assertProblem(admin.get("/api/v1/evaluations?page=0"), 400, "page");
    assertProblem(admin.get("/api/v1/users?size=abc"), 400, "size");
  }

  @Test
  void noTypeIsCoercedAndABodyIsExactlyOneObject() throws SQLException {
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    String structure = anId(admin, "/api/v1/pay-structures?size=1");
    long bands = TestDatabase.count("SELECT COUNT(*) FROM pay_band");
    long audit = TestDatabase.count("SELECT COUNT(*) FROM audit_event");
    Map<String, String> headers = Map.of("X-Requested-With", "bandwise");
    String band =
        "{\"structureId\":\""
            + structure
            + "\",\"code\":\"H7\",\"name\":\"Hostile band\",\"rank\":77,\"openToNewEntrants\":";
    assertProblem(
        admin.send("POST", "/api/v1/pay-bands", band + "\"yes\"}", headers),
        400,
        "openToNewEntrants");
    assertProblem(
        admin.send("POST", "/api/v1/pay-bands", "[" + band + "true}]", headers), 400, "body");
    assertProblem(
        admin.send("POST", "/api/v1/pay-bands", band + "true} garbage", headers), 400, "body");
    assertProblem(
        admin.send("POST", "/api/v1/pay-bands", band + "true}" + band + "false}", headers),
        400,
        "body");
    assertProblem(
        admin.send(
            "POST",
            "/api/v1/pay-bands",
            band + "true}",
            Map.of("X-Requested-With", "bandwise", "Accept", "text/csv")),
        406,
        null);
    assertEquals(bands, TestDatabase.count("SELECT COUNT(*) FROM pay_band"));
    assertEquals(audit, TestDatabase.count("SELECT COUNT(*) FROM audit_event"));
  }

  @Test
  void aNoContentAnswerNeverFailsOnAccept() {
    for (String accept :
        List.of("application/json", "*/*", PROBLEM, "text/html", "text/csv", "application/xml")) {
      Api staff = Api.signedIn(url, "staff", PASSWORD);
      Reply out =
          staff.send(
              "POST",
              "/api/v1/auth/logout",
              null,
              Map.of("X-Requested-With", "bandwise", "Accept", accept));
      assertEquals(204, out.status(), accept + ": " + out);
      assertEquals(401, staff.get("/api/v1/auth/me").status(), accept + ": session still valid");
    }
    Api staff = Api.signedIn(url, "staff", PASSWORD);
    for (String accept : List.of("text/html", "text/csv", PROBLEM)) {
      assertProblem(
          staff.send("GET", "/api/v1/auth/me", null, Map.of("Accept", accept)), 406, null);
    }
    assertEquals(200, staff.send("GET", "/api/v1/auth/me", null, Map.of("Accept", "*/*")).status());
  }

  @Test
  void everyUnknownAddressUnderTheApiIsA404Problem() throws Exception {
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    String band = anId(admin, "/api/v1/pay-bands?size=1");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String base = "http://127.0.0.1:" + url.getPort() + Api.at(url).contextPath();
    for (String path :
        List.of(
            "/api",
            "/api/",
            "/api/v2/pay-bands",
            "/api/v1",
            "/api/v1/",
            "/api/v1/pay-bands/",
            "/api/v1/pay-bands/" + band + "/",
            "/api/v1/pay-bands/" + band + "/nonsense",
            "/api/v1/pay-bands;x=1",
            "/api/v1//pay-bands",
            "/api/v1/application.wadl",
            "/api/x.json")) {
      for (String method : List.of("GET", "POST")) {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                    .method(
                        method,
                        method.equals("GET")
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json")
                    .header("X-Requested-With", "bandwise")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        String where = method + " " + path + ": " + response.statusCode() + " " + response.body();
        assertTrue(
            response.statusCode() == 404 || response.statusCode() == 405 && !path.endsWith("/"),
            where);
        assertEquals(PROBLEM, response.headers().firstValue("Content-Type").orElse(""), where);
      }
    }
  }

  /** Runs the same creation at once from many clients; exactly one wins, the rest are told why. */
  private static Map<Integer, Integer> race(int times, Supplier<Reply> create) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(times);
    try {
      List<Callable<Reply>> calls = new ArrayList<>();
      for (int i = 0; i < times; i++) {
        calls.add(create::get);
      }
      Map<Integer, Integer> statuses = new TreeMap<>();
      for (Future<Reply> result : pool.invokeAll(calls)) {
        Reply reply = result.get();
        statuses.merge(reply.status(), 1, Integer::sum);
        if (reply.status() != 201) {
          assertProblem(reply, 409, null);
        }
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aUniqueKeyRaceIsOneCreationAndConflictsForTheRest() throws Exception {
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    Map<String, String> write = Map.of("X-Requested-With", "bandwise");
    String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    String jd =
        "{\"reference\":\"RACE-"
            + suffix
            + "\",\"content\":{\"title\":\"Race\",\"roleFamily\":\"Race\",\"directorate\":\"Race\","
            + "\"purpose\":\"Race\",\"mainDuties\":[\"Run\"]}}";
    assertEquals(
        Map.of(201, 1, 409, 19),
        race(20, () -> admin.send("POST", "/api/v1/job-descriptions", jd, write)),
        "job description references");

    String user =
        "{\"username\":\"race."
            + suffix.toLowerCase()
            + "\",\"displayName\":\"Race\",\"password\":\"long enough password\","
            + "\"roles\":[\"STAFF\"]}";
    assertEquals(
        Map.of(201, 1, 409, 9),
        race(10, () -> admin.send("POST", "/api/v1/users", user, write)),
        "usernames");

    String structure = anId(admin, "/api/v1/pay-structures?size=1");
    String band =
        "{\"structureId\":\""
            + structure
            + "\",\"code\":\"R"
            + suffix.substring(0, 6)
            + "\",\"name\":\"Race band\",\"rank\":90,\"openToNewEntrants\":true}";
    // a code taken is a 409 whether PayBandStore's own check finds it or the database's unique key
    // does (two requests passing that check at once)
    Map<Integer, Integer> bandRace =
        race(10, () -> admin.send("POST", "/api/v1/pay-bands", band, write));
    assertEquals(Map.of(201, 1, 409, 9), bandRace, "pay band codes");

    String bandId =
        admin.get("/api/v1/pay-bands?size=100&structureId=" + structure).items().stream()
            .map(JsonObject.class::cast)
            .filter(b -> b.getString("code").equals("R" + suffix.substring(0, 6)))
            .findFirst()
            .orElseThrow()
            .getString("id");
    String scale =
        "{\"zone\":\"NATIONAL\",\"effectiveFrom\":\"2040-04-01\",\"status\":\"PROPOSED\","
            + "\"points\":[{\"number\":1,\"annualSalaryPence\":2000000}]}";
    // the same for a taken live scale slot
    Map<Integer, Integer> scaleRace =
        race(10, () -> admin.send("POST", "/api/v1/pay-bands/" + bandId + "/scales", scale, write));
    assertEquals(Map.of(201, 1, 409, 9), scaleRace, "live pay scale slots");

    JsonObject anyScheme = admin.get("/api/v1/schemes?size=1").items().getJsonObject(0);
    JsonObject source = admin.get("/api/v1/schemes/" + anyScheme.getString("id")).json();
    var factors = Json.createArrayBuilder();
    source
        .getJsonArray("factors")
        .getValuesAs(JsonObject.class)
        .forEach(
            f -> {
              var levels = Json.createArrayBuilder();
              f.getJsonArray("levels")
                  .getValuesAs(JsonObject.class)
                  .forEach(
                      l ->
                          levels.add(
                              Json.createObjectBuilder()
                                  .add("level", l.getInt("level"))
                                  .add("points", l.getInt("points"))));
              factors.add(
                  Json.createObjectBuilder()
                      .add("code", f.getString("code"))
                      .add("name", f.getString("name"))
                      .add("levels", levels));
            });
    var ranges = Json.createArrayBuilder();
    source
        .getJsonArray("bandRanges")
        .getValuesAs(JsonObject.class)
        .forEach(
            r ->
                ranges.add(
                    Json.createObjectBuilder()
                        .add("bandId", r.getString("bandId"))
                        .add("minScore", r.getInt("minScore"))
                        .add("maxScore", r.getInt("maxScore"))));
    String scheme =
        Json.createObjectBuilder()
            .add("code", "RACE_" + suffix)
            .add("name", "Race scheme")
            .add("structureId", source.getString("structureId"))
            .add("factors", factors)
            .add("bandRanges", ranges)
            .build()
            .toString();
    assertEquals(
        Map.of(201, 1, 409, 9),
        race(10, () -> admin.send("POST", "/api/v1/schemes", scheme, write)),
        "scheme codes");
  }
}
