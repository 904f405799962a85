package org.bandwise.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pay bands and scales through the API, persisted in the real database, with their audit trail. */
@ExtendWith(ArquillianExtension.class)
class PayBandsIT {

  private static final String PASSWORD = "bandwise-demo";
  private static final Random RANDOM = new Random();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.bandwise();
  }

  @ArquillianResource URL url;

  private JsonObject band(Api api, String structure, String code) {
    return api.get("/api/v1/pay-bands?size=100").items().getValuesAs(JsonObject.class).stream()
        .filter(
            b -> b.getString("structureName").equals(structure) && b.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no demo band " + structure + " " + code));
  }

  private static JsonObject scale(String zone, String effectiveFrom, String status, long... pence) {
    JsonArrayBuilder points = Json.createArrayBuilder();
    for (int i = 0; i < pence.length; i++) {
      points.add(
          Json.createObjectBuilder().add("number", i + 1).add("annualSalaryPence", pence[i]));
    }
    return Json.createObjectBuilder()
        .add("zone", zone)
        .add("effectiveFrom", effectiveFrom)
        .add("status", status)
        .add("points", points)
        .build();
  }

  /** A band of our own, so tests that change things never disturb the demo data or each other. */
  private String newBand(Api admin) {
    String structureId = band(admin, "Probation pay bands", "5").getString("structureId");
    String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    Reply created =
        admin.post(
            "/api/v1/pay-bands",
            Json.createObjectBuilder()
                .add("structureId", structureId)
                .add("code", code)
                .add("name", "Test band " + code)
                .add("rank", 50 + RANDOM.nextInt(50))
                .add("openToNewEntrants", true)
                .build());
    assertEquals(201, created.status(), created.toString());
    assertTrue(created.header("ETag").matches("\"\\d+\""), created.header("ETag"));
    return created.json().getString("id");
  }

  private static String futureDate() {
    return LocalDate.of(2040 + RANDOM.nextInt(50), 1 + RANDOM.nextInt(12), 1).toString();
  }

  @Test
  void bandsShowTheRangeInForceOnTheDayAskedFor() {
    Api staff = Api.signedIn(url, "staff", PASSWORD);
    JsonObject band5 = band(staff, "Probation pay bands", "5");
    JsonObject range = band5.getJsonObject("salaryRange");
    assertEquals(
        3790900,
        range.getJsonNumber("minPence").longValue(),
        "£37,909 as in the service's job adverts");
    assertEquals(4225100, range.getJsonNumber("maxPence").longValue(), "£42,251");
    assertEquals("NATIONAL", range.getString("zone"));

    String id = band5.getString("id");
    JsonObject lastYear =
        staff.get("/api/v1/pay-bands/" + id + "/salary-range?date=2025-06-01").json();
    assertEquals("2025-04-01", lastYear.getString("effectiveFrom"));
    assertTrue(lastYear.getJsonNumber("minPence").longValue() < 3790900);

    JsonObject london = staff.get("/api/v1/pay-bands/" + id + "/salary-range?zone=LONDON").json();
    assertTrue(london.getJsonNumber("minPence").longValue() > 3790900);

    JsonObject nextApril =
        staff.get("/api/v1/pay-bands/" + id + "/salary-range?date=2027-04-01").json();
    assertEquals(
        "AGREED",
        nextApril.getString("status"),
        "without proposals, the agreed scale still applies");
    JsonObject proposed =
        staff
            .get("/api/v1/pay-bands/" + id + "/salary-range?date=2027-04-01&includeProposed=true")
            .json();
    assertEquals("PROPOSED", proposed.getString("status"));
    assertEquals("2027-04-01", proposed.getString("effectiveFrom"));

    assertEquals(
        404, staff.get("/api/v1/pay-bands/" + id + "/salary-range?date=2000-01-01").status());

    JsonObject onDate = band(staff, "NHS Agenda for Change", "8a");
    assertEquals(
        5375500, onDate.getJsonObject("salaryRange").getJsonNumber("minPence").longValue());
  }

  @Test
  void listsArePaginated() {
    Api staff = Api.signedIn(url, "staff", PASSWORD);
    Reply page2 = staff.get("/api/v1/pay-bands?size=5&page=2");
    assertEquals(5, page2.items().size());
    assertEquals(2, page2.json().getInt("page"));
    assertTrue(page2.json().getJsonNumber("totalItems").longValue() >= 18);
    Reply first = staff.get("/api/v1/pay-bands?size=5&page=1");
    assertFalse(first.items().get(0).equals(page2.items().get(0)));
  }

  @Test
  void anHrAdminAddsABandAndAScaleAndBothAreAudited() throws SQLException {
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    String bandId = newBand(admin);
    String date = futureDate();
    Reply created =
        admin.post(
            "/api/v1/pay-bands/" + bandId + "/scales",
            scale("NATIONAL", date, "AGREED", 3000000, 3100050, 3200000));
    assertEquals(201, created.status(), created.toString());
    JsonObject scale = created.json();
    assertEquals(3000000, scale.getJsonNumber("minPence").longValue());
    assertEquals(3200000, scale.getJsonNumber("maxPence").longValue());
    assertEquals("FUTURE", scale.getString("timing"));
    assertTrue(created.header("Location").endsWith("/pay-scales/" + scale.getString("id")));

    Reply read =
        Api.signedIn(url, "rep", PASSWORD).get("/api/v1/pay-scales/" + scale.getString("id"));
    assertEquals(
        3100050,
        read.json()
            .getJsonArray("points")
            .getJsonObject(1)
            .getJsonNumber("annualSalaryPence")
            .longValue(),
        "pence kept exactly");

    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = 'CREATED'", bandId));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE parent_id = ? AND entity_type = 'PAY_SCALE'",
            bandId));
    Reply history =
        Api.signedIn(url, "auditor", PASSWORD).get("/api/v1/pay-bands/" + bandId + "/history");
    assertEquals(200, history.status());
    List<JsonObject> events = history.items().getValuesAs(JsonObject.class);
    assertEquals(2, events.size());
    assertTrue(events.stream().allMatch(e -> e.getString("actor").equals("admin")));
    assertTrue(
        events.get(0).getJsonArray("changes").getValuesAs(JsonObject.class).stream()
            .anyMatch(c -> c.getString("field").equals("points")));
    assertEquals(
        403,
        Api.signedIn(url, "staff", PASSWORD)
            .get("/api/v1/pay-bands/" + bandId + "/history")
            .status());
  }

  @Test
  void badInputIsA400NamingTheFieldAndNothingIsWritten() throws SQLException {
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    String bandId = newBand(admin);
    String scales = "/api/v1/pay-bands/" + bandId + "/scales";
    String date = futureDate();
    long auditBefore = TestDatabase.count("SELECT COUNT(*) FROM audit_event");

    assertProblem(
        admin.post(scales, scale("NATIONAL", date, "AGREED", 3000000, 2900000)),
        "points[1].annualSalaryPence");
    assertProblem(
        admin.post(scales, scale("NATIONAL", date, "AGREED", -1)), "points[0].annualSalaryPence");
    assertProblem(admin.post(scales, scale("MARS", date, "AGREED", 100)), "zone");
    assertProblem(
        admin.send(
            "POST",
            scales,
            "{\"zone\":\"NATIONAL\",\"effectiveFrom\":\""
                + date
                + "\",\"status\":\"AGREED\",\"points\":[{\"number\":1,\"annualSalaryPence\":3000000.5}]}",
            java.util.Map.of("X-Requested-With", "bandwise")),
        "points[0].annualSalaryPence");
    assertProblem(
        admin.send(
            "POST",
            scales,
            "{\"effectiveFrom\":\""
                + date
                + "\",\"status\":\"AGREED\",\"points\":[{\"number\":1,\"annualSalaryPence\":5}]}",
            java.util.Map.of("X-Requested-With", "bandwise")),
        "zone");
    assertProblem(admin.get("/api/v1/pay-bands?date=2026-02-30"), "date");
    assertProblem(admin.get("/api/v1/pay-bands?size=500"), "size");
    assertProblem(admin.get("/api/v1/pay-bands/not-a-uuid"), "bandId");

    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM pay_scale WHERE band_id = ?", bandId));
    assertEquals(auditBefore, TestDatabase.count("SELECT COUNT(*) FROM audit_event"));

    assertEquals(201, admin.post(scales, scale("NATIONAL", date, "AGREED", 100, 200)).status());
    assertConflict(admin.post(scales, scale("NATIONAL", date, "PROPOSED", 300)), "effectiveFrom");
    assertEquals(
        201,
        admin.post(scales, scale("LONDON", date, "AGREED", 300)).status(),
        "another zone is another scale");

    String structureId = band(admin, "Probation pay bands", "5").getString("structureId");
    JsonObject duplicateCode =
        Json.createObjectBuilder()
            .add("structureId", structureId)
            .add("code", "5")
            .add("name", "Another 5")
            .add("rank", 5)
            .add("openToNewEntrants", true)
            .build();
    assertConflict(admin.post("/api/v1/pay-bands", duplicateCode), "code");
    JsonObject unknownStructure =
        Json.createObjectBuilder()
            .add("structureId", UUID.randomUUID().toString())
            .add("code", "Z1")
            .add("name", "Z")
            .add("rank", 5)
            .add("openToNewEntrants", true)
            .build();
    assertProblem(admin.post("/api/v1/pay-bands", unknownStructure), "structureId");
  }

  @Test
  void aRetiredBandGetsNoNewScales() {
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    String bandId = newBand(admin);
    Reply band = admin.get("/api/v1/pay-bands/" + bandId);
    JsonObject retire =
        Json.createObjectBuilder()
            .add("code", band.json().getString("code"))
            .add("name", band.json().getString("name"))
            .add("rank", band.json().getInt("rank"))
            .add("openToNewEntrants", false)
            .add("retired", true)
            .build();
    Reply retired = admin.put("/api/v1/pay-bands/" + bandId, retire, band.header("ETag"));
    assertEquals(200, retired.status(), retired.toString());
    assertTrue(retired.json().getBoolean("retired"));
    assertProblem(
        admin.post(
            "/api/v1/pay-bands/" + bandId + "/scales",
            scale("NATIONAL", futureDate(), "AGREED", 100)),
        "bandId");
    assertFalse(
        admin.get("/api/v1/pay-bands?size=100").items().getValuesAs(JsonObject.class).stream()
            .anyMatch(b -> b.getString("id").equals(bandId)),
        "retired bands are hidden unless asked for");
    assertTrue(
        admin
            .get("/api/v1/pay-bands?size=100&includeRetired=true")
            .items()
            .getValuesAs(JsonObject.class)
            .stream()
            .anyMatch(b -> b.getString("id").equals(bandId)));
  }

  @Test
  void changesNeedTheCurrentETag() {
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    String bandId = newBand(admin);
    Reply read = admin.get("/api/v1/pay-bands/" + bandId);
    JsonObject rename =
        Json.createObjectBuilder()
            .add("code", read.json().getString("code"))
            .add("name", "Renamed")
            .add("rank", read.json().getInt("rank"))
            .add("openToNewEntrants", true)
            .add("retired", false)
            .build();
    assertEquals(428, admin.put("/api/v1/pay-bands/" + bandId, rename, null).status());
    Reply first = admin.put("/api/v1/pay-bands/" + bandId, rename, read.header("ETag"));
    assertEquals(200, first.status());
    assertFalse(read.header("ETag").equals(first.header("ETag")), "a change makes a new ETag");
    JsonObject other = Json.createObjectBuilder(rename).add("name", "Stale edit").build();
    Reply stale = admin.put("/api/v1/pay-bands/" + bandId, other, read.header("ETag"));
    assertEquals(412, stale.status());
    assertEquals(
        "Renamed",
        admin.get("/api/v1/pay-bands/" + bandId).json().getString("name"),
        "the stale edit changed nothing");
  }

  @Test
  void twoAdminsEditingOneScaleNeverOverwriteEachOther() throws Exception {
    Api first = Api.signedIn(url, "admin", PASSWORD);
    Api second = Api.signedIn(url, "admin", PASSWORD);
    String bandId = newBand(first);
    String date = futureDate();
    Reply created =
        first.post(
            "/api/v1/pay-bands/" + bandId + "/scales",
            scale("NATIONAL", date, "AGREED", 1000000, 1100000));
    String scaleId = created.json().getString("id");
    String etag = created.header("ETag");

    List<Callable<Reply>> edits = new ArrayList<>();
    for (Api admin : List.of(first, second)) {
      long top = admin == first ? 1200000 : 1300000;
      JsonObject update =
          Json.createObjectBuilder(scale("NATIONAL", date, "AGREED", 1000000, top))
              .remove("zone")
              .add("retired", false)
              .build();
      edits.add(() -> admin.put("/api/v1/pay-scales/" + scaleId, update, etag));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Reply> result : pool.invokeAll(edits)) {
        statuses.add(result.get().status());
      }
    } finally {
      pool.shutdown();
    }
    statuses.sort(Integer::compare);
    assertEquals(List.of(200, 412), statuses, "one edit wins, the other is told");
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = 'UPDATED'", scaleId),
        "only the winning edit is audited");
    long createdVersion = Long.parseLong(etag.replace("\"", ""));
    assertEquals(
        "\"" + (createdVersion + 1) + "\"",
        first.get("/api/v1/pay-scales/" + scaleId).header("ETag"),
        "exactly one change was applied");
  }

  @Test
  void onlyHrAdminsChangePay() throws SQLException {
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    String bandId = newBand(admin);
    for (String username : List.of("evaluator", "rep", "staff", "auditor")) {
      Reply refused =
          Api.signedIn(url, username, PASSWORD)
              .post(
                  "/api/v1/pay-bands/" + bandId + "/scales",
                  scale("NATIONAL", futureDate(), "AGREED", 100));
      assertEquals(403, refused.status(), username);
    }
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM pay_scale WHERE band_id = ?", bandId));
  }

  @Test
  void theAuditTrailCannotBeEditedOrDeleted() throws SQLException {
    try (Connection connection = TestDatabase.connect();
        Statement statement = connection.createStatement()) {
      assertThrows(
          SQLException.class,
          () -> statement.executeUpdate("UPDATE audit_event SET actor = 'someone else'"));
      assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM audit_event"));
    }
    assertTrue(
        TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE actor <> 'someone else'") > 0);
  }

  @Test
  void aScaleIsCopiedWithAnUpliftRoundedToThePennyHalvesUp() throws SQLException {
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    String bandId = newBand(admin);
    int year = 2040 + RANDOM.nextInt(40);
    Reply source =
        admin.post(
            "/api/v1/pay-bands/" + bandId + "/scales",
            scale("NATIONAL", year + "-04-01", "AGREED", 3000000, 3100050, 3333340));
    assertEquals(201, source.status(), source.toString());
    String sourceId = source.json().getString("id");
    String copies = "/api/v1/pay-scales/" + sourceId + "/copies";

    Reply copied = admin.post(copies, copy((year + 1) + "-04-01", "PROPOSED", "2.5"));
    assertEquals(201, copied.status(), copied.toString());
    JsonObject scale = copied.json();
    assertTrue(copied.header("Location").endsWith("/pay-scales/" + scale.getString("id")));
    assertEquals(bandId, scale.getString("bandId"));
    assertEquals("NATIONAL", scale.getString("zone"));
    assertEquals("PROPOSED", scale.getString("status"));
    assertEquals(
        List.of(3075000L, 3177551L, 3416674L),
        scale.getJsonArray("points").getValuesAs(JsonObject.class).stream()
            .map(p -> p.getJsonNumber("annualSalaryPence").longValue())
            .toList(),
        "£31,000.50 × 1.025 = £31,775.5125 → £31,775.51; £33,333.40 × 1.025 = £34,166.735 → £34,166.74");
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = 'CREATED'"
                + " AND summary LIKE '%2.5% uplift'",
            scale.getString("id")));

    long scalesBefore =
        TestDatabase.count("SELECT COUNT(*) FROM pay_scale WHERE band_id = ?", bandId);
    assertProblem(
        admin.post(copies, copy((year + 2) + "-04-01", "AGREED", "3.125")), "upliftPercent");
    assertProblem(
        admin.post(copies, copy((year + 2) + "-04-01", "AGREED", "101")), "upliftPercent");
    assertProblem(admin.post(copies, copy(year + "-03-31", "AGREED", "1")), "effectiveFrom");
    Reply taken = admin.post(copies, copy((year + 1) + "-04-01", "AGREED", "1"));
    assertConflict(taken, "effectiveFrom");
    assertTrue(
        taken
            .json()
            .getString("detail")
            .matches(".* already has a National scale from 1 April \\d{4}\\..*"),
        taken.toString());
    assertEquals(
        403,
        Api.signedIn(url, "evaluator", PASSWORD)
            .post(copies, copy((year + 3) + "-04-01", "AGREED", "1"))
            .status());
    assertEquals(
        404,
        admin
            .post(
                "/api/v1/pay-scales/" + UUID.randomUUID() + "/copies",
                copy((year + 3) + "-04-01", "AGREED", "1"))
            .status());
    assertEquals(
        scalesBefore,
        TestDatabase.count("SELECT COUNT(*) FROM pay_scale WHERE band_id = ?", bandId),
        "refused copies wrote nothing");
  }

  @Test
  void pastScalesAreReadOnly() throws SQLException {
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    String bandId = newBand(admin);
    String scales = "/api/v1/pay-bands/" + bandId + "/scales";
    Reply older = admin.post(scales, scale("NATIONAL", "2020-04-01", "AGREED", 2000000, 2100000));
    Reply newer = admin.post(scales, scale("NATIONAL", "2021-04-01", "AGREED", 2100000, 2200000));
    assertEquals(201, older.status(), older.toString());
    assertEquals(201, newer.status(), newer.toString());
    String olderId = older.json().getString("id");
    assertEquals(
        "PAST",
        admin.get("/api/v1/pay-scales/" + olderId).json().getString("timing"),
        "replaced by the agreed scale from 2021, in force today");

    JsonObject change =
        Json.createObjectBuilder(scale("NATIONAL", "2020-04-01", "AGREED", 2000000, 2150000))
            .remove("zone")
            .add("retired", false)
            .build();
    Reply refused = admin.put("/api/v1/pay-scales/" + olderId, change, older.header("ETag"));
    assertEquals(409, refused.status(), refused.toString());
    assertEquals("application/problem+json", refused.contentType());
    assertTrue(
        refused
            .json()
            .getString("detail")
            .contains("is no longer in force, so it cannot be changed"),
        refused.toString());
    JsonObject retire = Json.createObjectBuilder(change).add("retired", true).build();
    assertEquals(
        409, admin.put("/api/v1/pay-scales/" + olderId, retire, older.header("ETag")).status());
    assertEquals(
        older.header("ETag"),
        admin.get("/api/v1/pay-scales/" + olderId).header("ETag"),
        "the past scale is unchanged");
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action <> 'CREATED'",
            olderId));

    JsonObject current =
        Json.createObjectBuilder(scale("NATIONAL", "2021-04-01", "AGREED", 2100000, 2250000))
            .remove("zone")
            .add("retired", false)
            .build();
    assertEquals(
        200,
        admin
            .put(
                "/api/v1/pay-scales/" + newer.json().getString("id"), current, newer.header("ETag"))
            .status(),
        "the scale in force today can still be corrected");
  }

  @Test
  void theAuditTrailIsFilteredNamedInPlainEnglishAndExportedAsCsv() {
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    Api auditor = Api.signedIn(url, "auditor", PASSWORD);
    String structureId = band(admin, "Probation pay bands", "5").getString("structureId");
    String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    Reply band =
        admin.post(
            "/api/v1/pay-bands",
            Json.createObjectBuilder()
                .add("structureId", structureId)
                .add("code", code)
                .add("name", "=HYPERLINK(\"x\") " + code)
                .add("rank", 50 + RANDOM.nextInt(50))
                .add("openToNewEntrants", true)
                .build());
    assertEquals(201, band.status(), band.toString());
    String bandId = band.json().getString("id");
    int year = 2040 + RANDOM.nextInt(40);
    Reply scale =
        admin.post(
            "/api/v1/pay-bands/" + bandId + "/scales",
            scale("LONDON", year + "-01-01", "AGREED", 3000000, 3100000));
    String scaleId = scale.json().getString("id");

    Reply events =
        auditor.get("/api/v1/audit-events?actor=admin&entityType=PAY_SCALE&entityId=" + scaleId);
    assertEquals(200, events.status(), events.toString());
    assertEquals(1, events.items().size(), events.toString());
    JsonObject created = events.items().getJsonObject(0);
    assertEquals("Pay scale", created.getString("recordKind"));
    assertEquals(
        "=HYPERLINK(\"x\") " + code + " London scale from 1 January " + year,
        created.getString("recordName"));
    assertEquals("Created", created.getString("actionLabel"));
    assertEquals(bandId, created.getString("parentId"));
    assertFalse(created.getString("actorName").isBlank());
    JsonObject effectiveFrom =
        created.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("field").equals("effectiveFrom"))
            .findFirst()
            .orElseThrow();
    assertEquals("Effective from", effectiveFrom.getString("label"));
    assertEquals("1 January " + year, effectiveFrom.getString("newText"));
    JsonObject zone =
        created.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("field").equals("zone"))
            .findFirst()
            .orElseThrow();
    assertEquals("London", zone.getString("newText"));

    assertEquals(
        2,
        auditor.get("/api/v1/audit-events?entityId=" + bandId).items().size(),
        "a record's events include those of the records filed under it");
    String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
    String tomorrow = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
    assertEquals(
        2,
        auditor
            .get("/api/v1/audit-events?entityId=" + bandId + "&from=" + today + "&to=" + today)
            .items()
            .size());
    assertEquals(
        0,
        auditor
            .get("/api/v1/audit-events?entityId=" + bandId + "&from=" + tomorrow)
            .items()
            .size());
    assertEquals(
        0, auditor.get("/api/v1/audit-events?entityId=" + bandId + "&actor=rep").items().size());
    assertProblem(auditor.get("/api/v1/audit-events?from=" + tomorrow + "&to=" + today), "to");
    Reply paged = auditor.get("/api/v1/audit-events?size=1&page=2");
    assertEquals(1, paged.items().size());
    assertTrue(paged.json().getJsonNumber("totalItems").longValue() >= 2);

    Reply csv = auditor.get("/api/v1/audit-events/export?entityId=" + bandId);
    assertEquals(200, csv.status(), csv.toString());
    assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
    assertTrue(csv.header("Content-Disposition").contains("attachment"));
    List<String> lines = csv.body().lines().toList();
    assertEquals(
        "When (UTC),Who,Username,Kind of record,Record,Action,Summary,Field,Before,After,Record id",
        lines.get(0));
    assertTrue(
        lines.stream()
            .anyMatch(
                l -> l.contains("Pay scale") && l.contains("Effective from,,1 January " + year)),
        csv.body());
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("\"'=HYPERLINK(\"\"x\"\") " + code + "\"")),
        "a cell starting with = is neutralised: " + csv.body());
    assertFalse(
        lines.stream().anyMatch(l -> l.contains(",=HYPERLINK") || l.contains(",\"=HYPERLINK")),
        csv.body());
    assertEquals(
        403, Api.signedIn(url, "staff", PASSWORD).get("/api/v1/audit-events/export").status());
    assertEquals(401, Api.at(url).get("/api/v1/audit-events/export").status());
  }

  @Test
  void anyoneCanReadTheOrganisationAndServiceNames() {
    Reply info = Api.at(url).get("/api/v1/service-info");
    assertEquals(200, info.status(), info.toString());
    assertEquals("Bandwise", info.json().getString("serviceName"));
    assertFalse(info.json().getString("organisationName").isBlank());
  }

  private static JsonObject copy(String effectiveFrom, String status, String upliftPercent) {
    return Json.createObjectBuilder()
        .add("effectiveFrom", effectiveFrom)
        .add("status", status)
        .add("upliftPercent", new java.math.BigDecimal(upliftPercent))
        .build();
  }

  /** A code or live slot another record holds: 409, naming the field and that record. */
  private static void assertConflict(Reply reply, String field) {
    assertEquals(409, reply.status(), reply.toString());
    assertEquals("application/problem+json", reply.contentType());
    assertTrue(
        reply.problemFields().contains(field), "expected a problem naming " + field + ": " + reply);
    assertTrue(reply.json().containsKey("existingId"), reply.toString());
  }

  private static void assertProblem(Reply reply, String field) {
    assertEquals(400, reply.status(), reply.toString());
    assertEquals("application/problem+json", reply.contentType());
    assertTrue(
        reply.problemFields().contains(field), "expected a problem naming " + field + ": " + reply);
  }
}
