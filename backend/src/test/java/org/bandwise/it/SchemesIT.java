package org.bandwise.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Job evaluation schemes through the API: drafts checked field by field, edited against their ETag,
 * activated, scored by every role, copied into new versions, frozen once used, audited.
 */
@ExtendWith(ArquillianExtension.class)
class SchemesIT {

  private static final String PASSWORD = "bandwise-demo";
  private static final String SCHEMES = "/api/v1/schemes";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.bandwise();
  }

  @ArquillianResource URL url;

  private static String structureId(Api api, String code) {
    return api.get("/api/v1/pay-structures?size=100").items().getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no demo structure " + code))
        .getString("id");
  }

  /** Band code → id, for one structure. */
  private static Map<String, String> bands(Api api, String structureId) {
    return api
        .get("/api/v1/pay-bands?size=100&structureId=" + structureId)
        .items()
        .getValuesAs(JsonObject.class)
        .stream()
        .collect(Collectors.toMap(b -> b.getString("code"), b -> b.getString("id")));
  }

  /** Every scheme the list holds, page by page (earlier runs may have left many behind). */
  private static List<JsonObject> allSchemes(Api api, String filter) {
    List<JsonObject> all = new ArrayList<>();
    for (int page = 1; ; page++) {
      List<JsonObject> items =
          api.get(SCHEMES + "?size=100&page=" + page + filter)
              .items()
              .getValuesAs(JsonObject.class);
      all.addAll(items);
      if (items.size() < 100) {
        return all;
      }
    }
  }

  private static JsonObjectBuilder factor(String code, int... points) {
    JsonArrayBuilder levels = Json.createArrayBuilder();
    for (int i = 0; i < points.length; i++) {
      levels.add(
          Json.createObjectBuilder()
              .add("level", i + 1)
              .add("points", points[i])
              .add("descriptor", code + " level " + (i + 1)));
    }
    return Json.createObjectBuilder()
        .add("code", code)
        .add("name", "Factor " + code)
        .add("levels", levels);
  }

  private static JsonObjectBuilder range(String bandId, int min, int max) {
    return Json.createObjectBuilder()
        .add("bandId", bandId)
        .add("minScore", min)
        .add("maxScore", max);
  }

  /**
   * A probation-style draft: every factor at level 1 scores 160, which is below the lowest range;
   * knowledge 3 + communication 3 + working conditions 1 is 479, one point below Band 4.
   */
  private static JsonObject draftInput(String code, String structureId, Map<String, String> band) {
    return Json.createObjectBuilder()
        .add("code", code)
        .add("name", "Test scheme " + code)
        .add("description", "Made by SchemesIT")
        .add("illustrative", true)
        .add("structureId", structureId)
        .add(
            "factors",
            Json.createArrayBuilder()
                .add(factor("KNOWLEDGE", 100, 200, 320))
                .add(factor("COMMUNICATION", 50, 100, 149))
                .add(factor("WORKING_CONDITIONS", 10, 20)))
        .add(
            "bandRanges",
            Json.createArrayBuilder()
                .add(range(band.get("2"), 170, 299))
                .add(range(band.get("3"), 300, 479))
                .add(range(band.get("4"), 480, 600)))
        .build();
  }

  private static String newCode() {
    return "IT_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
  }

  /** A draft of our own, so tests that change things never disturb the demo data or each other. */
  private JsonObject newDraft(Api admin) {
    String structureId = structureId(admin, "PROBATION");
    Reply created =
        admin.post(SCHEMES, draftInput(newCode(), structureId, bands(admin, structureId)));
    assertEquals(201, created.status(), created.toString());
    return created.json();
  }

  private static JsonObject withChange(JsonObject input, String field, JsonValue value) {
    return Json.createObjectBuilder(input).add(field, value).build();
  }

  private static JsonObject levels(int knowledge, int communication, int workingConditions) {
    return Json.createObjectBuilder()
        .add(
            "levels",
            Json.createObjectBuilder()
                .add("KNOWLEDGE", knowledge)
                .add("COMMUNICATION", communication)
                .add("WORKING_CONDITIONS", workingConditions))
        .build();
  }

  private static JsonObject status(String status) {
    return Json.createObjectBuilder().add("status", status).build();
  }

  private static long auditEvents(String schemeId, String action) throws SQLException {
    return TestDatabase.count(
        "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'SCHEME' AND entity_id = ? AND action = ?",
        schemeId,
        action);
  }

  @Test
  void anHrAdminCreatesADraftAndBadContentIsA400NamingTheField() throws SQLException {
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    String structureId = structureId(admin, "PROBATION");
    Map<String, String> band = bands(admin, structureId);
    String code = newCode();
    JsonObject valid = draftInput(code, structureId, band);
    long auditBefore = TestDatabase.count("SELECT COUNT(*) FROM audit_event");

    JsonObject gapInLevels =
        withChange(
            valid,
            "factors",
            Json.createArrayBuilder()
                .add(factor("KNOWLEDGE", 100, 200, 320))
                .add(
                    Json.createObjectBuilder()
                        .add("code", "COMMUNICATION")
                        .add("name", "Communication")
                        .add(
                            "levels",
                            Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("level", 1).add("points", 50))
                                .add(
                                    Json.createObjectBuilder().add("level", 3).add("points", 149))))
                .build());
    assertProblem(admin.post(SCHEMES, gapInLevels), "factors[1].levels[1].level");

    JsonObject flatPoints =
        withChange(
            valid,
            "factors",
            Json.createArrayBuilder().add(factor("KNOWLEDGE", 100, 200, 200)).build());
    assertProblem(admin.post(SCHEMES, flatPoints), "factors[0].levels[2].points");

    JsonObject duplicateFactor =
        withChange(
            valid,
            "factors",
            Json.createArrayBuilder()
                .add(factor("KNOWLEDGE", 1, 2))
                .add(factor("KNOWLEDGE", 3, 4))
                .build());
    assertProblem(admin.post(SCHEMES, duplicateFactor), "factors[1].code");

    JsonObject overlapping =
        withChange(
            valid,
            "bandRanges",
            Json.createArrayBuilder()
                .add(range(band.get("2"), 170, 299))
                .add(range(band.get("3"), 290, 479))
                .build());
    assertProblem(admin.post(SCHEMES, overlapping), "bandRanges[1].minScore");

    JsonObject withGap =
        withChange(
            valid,
            "bandRanges",
            Json.createArrayBuilder()
                .add(range(band.get("2"), 170, 299))
                .add(range(band.get("3"), 301, 479))
                .build());
    assertProblem(admin.post(SCHEMES, withGap), "bandRanges[1].minScore");

    String nhsBand3 = bands(admin, structureId(admin, "AFC")).get("3");
    JsonObject otherStructure =
        withChange(
            valid,
            "bandRanges",
            Json.createArrayBuilder()
                .add(range(band.get("2"), 170, 299))
                .add(range(nhsBand3, 300, 479))
                .build());
    Reply foreign = admin.post(SCHEMES, otherStructure);
    assertProblem(foreign, "bandRanges[1].bandId");
    assertTrue(foreign.body().contains("Probation pay bands"), foreign.toString());

    assertProblem(
        admin.post(
            SCHEMES,
            withChange(valid, "structureId", Json.createValue(UUID.randomUUID().toString()))),
        "structureId");
    assertProblem(
        admin.post(SCHEMES, withChange(valid, "nearBoundaryPoints", Json.createValue(101))),
        "nearBoundaryPoints");
    assertProblem(
        admin.post(SCHEMES, withChange(valid, "code", Json.createValue("lower case"))), "code");

    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM scheme WHERE code = ?", code));
    assertEquals(auditBefore, TestDatabase.count("SELECT COUNT(*) FROM audit_event"));

    for (String username : List.of("evaluator", "rep", "staff", "auditor")) {
      assertEquals(
          403, Api.signedIn(url, username, PASSWORD).post(SCHEMES, valid).status(), username);
    }
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM scheme WHERE code = ?", code));

    Reply created = admin.post(SCHEMES, valid);
    assertEquals(201, created.status(), created.toString());
    JsonObject scheme = created.json();
    String id = scheme.getString("id");
    assertTrue(created.header("Location").endsWith("/schemes/" + id), created.header("Location"));
    assertTrue(created.header("ETag").matches("\"\\d+\""), created.header("ETag"));
    assertEquals(code, scheme.getString("code"));
    assertEquals(1, scheme.getInt("version"));
    assertEquals("DRAFT", scheme.getString("status"));
    assertTrue(scheme.getBoolean("illustrative"));
    assertFalse(scheme.getBoolean("inUse"));
    assertEquals(10, scheme.getInt("nearBoundaryPoints"), "the default distance");
    assertEquals("Probation pay bands", scheme.getString("structureName"));
    List<JsonObject> factors = scheme.getJsonArray("factors").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("KNOWLEDGE", "COMMUNICATION", "WORKING_CONDITIONS"),
        factors.stream().map(f -> f.getString("code")).toList());
    assertEquals(List.of(1, 2, 3), factors.stream().map(f -> f.getInt("position")).toList());
    assertEquals(20, factors.get(2).getJsonArray("levels").getJsonObject(1).getInt("points"));
    List<JsonObject> ranges = scheme.getJsonArray("bandRanges").getValuesAs(JsonObject.class);
    assertEquals(List.of("2", "3", "4"), ranges.stream().map(r -> r.getString("band")).toList());
    assertEquals("Band 4", ranges.get(2).getString("bandName"));
    assertEquals(480, ranges.get(2).getInt("minScore"));

    JsonObject read = Api.signedIn(url, "staff", PASSWORD).get(SCHEMES + "/" + id).json();
    assertEquals(scheme.getJsonArray("factors"), read.getJsonArray("factors"));
    assertEquals(scheme.getJsonArray("bandRanges"), read.getJsonArray("bandRanges"));

    assertEquals(1, auditEvents(id, "CREATED"));
    Reply again = admin.post(SCHEMES, valid);
    assertEquals(409, again.status(), "a code names one scheme: " + again);
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM scheme WHERE code = ?", code));
  }

  @Test
  void aDraftChangesOnlyAgainstItsCurrentETagThenIsActivatedScoredAndRetired() throws SQLException {
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    JsonObject draft = newDraft(admin);
    String id = draft.getString("id");
    String path = SCHEMES + "/" + id;
    Reply read = admin.get(path);
    String etag = read.header("ETag");

    String structureId = draft.getString("structureId");
    Map<String, String> band = bands(admin, structureId);
    JsonObject change =
        Json.createObjectBuilder(draftInput(draft.getString("code"), structureId, band))
            .add("name", "Renamed scheme")
            .add("nearBoundaryPoints", 5)
            .add(
                "factors",
                Json.createArrayBuilder()
                    .add(factor("KNOWLEDGE", 100, 200, 320))
                    .add(factor("COMMUNICATION", 50, 100, 149))
                    .add(factor("WORKING_CONDITIONS", 10, 20, 30))
                    .add(factor("EFFORT", 0, 1)))
            .build();
    assertEquals(428, admin.put(path, change, null).status());
    Reply changed = admin.put(path, change, etag);
    assertEquals(200, changed.status(), changed.toString());
    assertNotEquals(etag, changed.header("ETag"), "a change makes a new ETag");
    Reply stale = admin.put(path, withChange(change, "name", Json.createValue("Stale edit")), etag);
    assertEquals(412, stale.status(), stale.toString());
    JsonObject now = admin.get(path).json();
    assertEquals("Renamed scheme", now.getString("name"), "the stale edit changed nothing");
    assertEquals(5, now.getInt("nearBoundaryPoints"));
    assertEquals(4, now.getJsonArray("factors").size());
    assertEquals(3, now.getJsonArray("factors").getJsonObject(2).getJsonArray("levels").size());
    assertEquals(1, auditEvents(id, "UPDATED"));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = 'UPDATED'"
                + " AND after_json LIKE '%factors.EFFORT%' AND before_json NOT LIKE '%factors.EFFORT%'",
            id),
        "the audit trail shows the factor that was added");

    assertProblem(
        admin.put(
            path,
            withChange(change, "structureId", Json.createValue(structureId(admin, "AFC"))),
            changed.header("ETag")),
        "structureId");

    Reply activate = admin.put(path + "/status", status("ACTIVE"), null);
    assertEquals(428, activate.status());
    activate = admin.put(path + "/status", status("ACTIVE"), changed.header("ETag"));
    assertEquals(200, activate.status(), activate.toString());
    assertEquals("ACTIVE", activate.json().getString("status"));
    assertEquals(1, auditEvents(id, "ACTIVATED"));

    Reply frozen = admin.put(path, change, activate.header("ETag"));
    assertEquals(409, frozen.status(), frozen.toString());
    assertTrue(frozen.body().contains("new version"), frozen.toString());

    Reply scored =
        Api.signedIn(url, "staff", PASSWORD)
            .post(
                path + "/score",
                Json.createObjectBuilder(levels(3, 3, 1))
                    .add(
                        "levels",
                        Json.createObjectBuilder(levels(3, 3, 1).getJsonObject("levels"))
                            .add("EFFORT", 1))
                    .build());
    assertEquals(200, scored.status(), scored.toString());
    JsonObject result = scored.json();
    assertEquals(479, result.getInt("total"));
    assertEquals("3", result.getString("band"));
    assertEquals("Band 3", result.getString("bandName"));
    assertFalse(result.getBoolean("outOfRange"));
    assertTrue(result.getBoolean("nearBoundary"), "within 5 points of 480");
    assertEquals(480, result.getInt("nextBoundary"));
    assertEquals("4", result.getString("nextBand"));
    assertEquals(1, result.getInt("pointsToNextBand"));
    assertEquals("479 points: Band 3. Band 4 starts at 480.", result.getString("summary"));

    Reply belowEveryRange =
        Api.signedIn(url, "rep", PASSWORD)
            .post(
                path + "/score",
                Json.createObjectBuilder()
                    .add(
                        "levels",
                        Json.createObjectBuilder(levels(1, 1, 1).getJsonObject("levels"))
                            .add("EFFORT", 1))
                    .build());
    assertEquals(200, belowEveryRange.status(), belowEveryRange.toString());
    assertEquals(160, belowEveryRange.json().getInt("total"));
    assertTrue(belowEveryRange.json().getBoolean("outOfRange"));
    assertEquals(JsonValue.NULL, belowEveryRange.json().get("band"), "band: null, said outright");

    Api auditor = Api.signedIn(url, "auditor", PASSWORD);
    assertProblem(auditor.post(path + "/score", levels(3, 3, 1)), "levels.EFFORT");
    Reply unknownFactor =
        auditor.post(
            path + "/score",
            Json.createObjectBuilder()
                .add(
                    "levels",
                    Json.createObjectBuilder(levels(3, 3, 1).getJsonObject("levels"))
                        .add("EFFORT", 1)
                        .add("CHARM", 2))
                .build());
    assertProblem(unknownFactor, "levels.CHARM");
    assertProblem(
        auditor.post(
            path + "/score",
            Json.createObjectBuilder()
                .add(
                    "levels",
                    Json.createObjectBuilder(levels(3, 3, 4).getJsonObject("levels"))
                        .add("EFFORT", 1))
                .build()),
        "levels.WORKING_CONDITIONS");
    String nowhere = SCHEMES + "/" + UUID.randomUUID();
    assertEquals(404, auditor.get(nowhere).status());
    assertEquals(404, auditor.post(nowhere + "/score", levels(1, 1, 1)).status());

    Reply backToDraft = admin.put(path + "/status", status("DRAFT"), activate.header("ETag"));
    assertEquals(409, backToDraft.status(), backToDraft.toString());
    Reply retired = admin.put(path + "/status", status("RETIRED"), activate.header("ETag"));
    assertEquals(200, retired.status(), retired.toString());
    assertEquals("RETIRED", retired.json().getString("status"));
    assertEquals(
        409, admin.put(path + "/status", status("ACTIVE"), retired.header("ETag")).status());
    assertEquals(1, auditEvents(id, "RETIRED"));
    assertEquals(
        403,
        Api.signedIn(url, "evaluator", PASSWORD)
            .put(path + "/status", status("ACTIVE"), retired.header("ETag"))
            .status());
  }

  @Test
  void twoAdminsEditingOneDraftNeverOverwriteEachOther() throws Exception {
    Api first = Api.signedIn(url, "admin", PASSWORD);
    Api second = Api.signedIn(url, "admin", PASSWORD);
    JsonObject draft = newDraft(first);
    String id = draft.getString("id");
    String path = SCHEMES + "/" + id;
    String etag = first.get(path).header("ETag");
    JsonObject input =
        draftInput(
            draft.getString("code"),
            draft.getString("structureId"),
            bands(first, draft.getString("structureId")));
    List<Callable<Reply>> edits = new ArrayList<>();
    for (Api admin : List.of(first, second)) {
      JsonObject edit =
          withChange(input, "name", Json.createValue(admin == first ? "First" : "Second"));
      edits.add(() -> admin.put(path, edit, etag));
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
    assertEquals(1, auditEvents(id, "UPDATED"), "only the winning edit is audited");
    assertEquals(3, first.get(path).json().getJsonArray("factors").size());
  }

  @Test
  void aNewVersionIsADraftCopyAndActivatingItRetiresTheActiveVersion() throws SQLException {
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    JsonObject v1 = newDraft(admin);
    String v1Path = SCHEMES + "/" + v1.getString("id");
    Reply active =
        admin.put(v1Path + "/status", status("ACTIVE"), admin.get(v1Path).header("ETag"));
    assertEquals(200, active.status(), active.toString());

    assertEquals(
        403,
        Api.signedIn(url, "staff", PASSWORD)
            .post(v1Path + "/versions", JsonValue.EMPTY_JSON_OBJECT)
            .status());
    Reply copied = admin.post(v1Path + "/versions", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, copied.status(), copied.toString());
    JsonObject v2 = copied.json();
    String v2Path = SCHEMES + "/" + v2.getString("id");
    assertTrue(copied.header("Location").endsWith(v2Path.substring("/api/v1".length())));
    assertEquals(2, v2.getInt("version"));
    assertEquals("DRAFT", v2.getString("status"));
    assertEquals(v1.getString("id"), v2.getString("basedOnId"));
    assertEquals(v1.getString("code"), v2.getString("code"));
    assertEquals(v1.getJsonArray("factors"), v2.getJsonArray("factors"));
    assertEquals(v1.getJsonArray("bandRanges"), v2.getJsonArray("bandRanges"));
    assertEquals(1, auditEvents(v2.getString("id"), "VERSIONED"));
    assertEquals(
        "ACTIVE", admin.get(v1Path).json().getString("status"), "the copy changes nothing");

    Reply activated = admin.put(v2Path + "/status", status("ACTIVE"), copied.header("ETag"));
    assertEquals(200, activated.status(), activated.toString());
    assertEquals("RETIRED", admin.get(v1Path).json().getString("status"));
    assertEquals(1, auditEvents(v1.getString("id"), "RETIRED"), "the retirement is audited");
    assertEquals(1, auditEvents(v2.getString("id"), "ACTIVATED"));

    Reply fromRetired = admin.post(v1Path + "/versions", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, fromRetired.status(), fromRetired.toString());
    assertEquals(3, fromRetired.json().getInt("version"), "numbered after the latest version");

    List<JsonObject> listed =
        allSchemes(admin, "").stream()
            .filter(s -> s.getString("code").equals(v1.getString("code")))
            .toList();
    assertEquals(
        List.of(3, 2, 1),
        listed.stream().map(s -> s.getInt("version")).toList(),
        "newest version first");
    assertEquals(3, listed.get(2).getJsonArray("factors").size(), "lists carry the factors");
    List<JsonObject> activeOnly = allSchemes(admin, "&status=ACTIVE");
    assertTrue(activeOnly.stream().allMatch(s -> s.getString("status").equals("ACTIVE")));
    assertEquals(
        List.of(2),
        activeOnly.stream()
            .filter(s -> s.getString("code").equals(v1.getString("code")))
            .map(s -> s.getInt("version"))
            .toList(),
        "one active version per scheme");
    Reply page = admin.get(SCHEMES + "?size=1&page=2");
    assertEquals(1, page.items().size());
    assertTrue(page.json().getJsonNumber("totalItems").longValue() >= 3);
    assertProblem(admin.get(SCHEMES + "?status=SOMETIMES"), "status");
  }

  @Test
  void aVersionUsedByAnEvaluationNeverChanges() throws SQLException {
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    JsonObject draft = newDraft(admin);
    String id = draft.getString("id");
    String path = SCHEMES + "/" + id;
    String etag = admin.get(path).header("ETag");
    JsonObject change =
        withChange(
            draftInput(
                draft.getString("code"),
                draft.getString("structureId"),
                bands(admin, draft.getString("structureId"))),
            "name",
            Json.createValue("Changed after use"));
    String evaluationId = UUID.randomUUID().toString();
    try (Connection db = TestDatabase.connect()) {
      useInAnEvaluation(db, evaluationId, id);
      long auditBefore = TestDatabase.count("SELECT COUNT(*) FROM audit_event");

      Reply refused = admin.put(path, change, etag);
      assertEquals(409, refused.status(), refused.toString());
      assertTrue(refused.body().contains("used for evaluations"), refused.toString());
      assertTrue(refused.body().contains("Start a new version"), refused.toString());
      assertEquals(auditBefore, TestDatabase.count("SELECT COUNT(*) FROM audit_event"));
      assertEquals(
          "Test scheme " + draft.getString("code"), admin.get(path).json().getString("name"));
      assertTrue(admin.get(path).json().getBoolean("inUse"));
      assertTrue(
          allSchemes(admin, "&status=DRAFT").stream()
              .anyMatch(s -> s.getString("id").equals(id) && s.getBoolean("inUse")),
          "lists say which versions are in use");

      Reply next = admin.post(path + "/versions", JsonValue.EMPTY_JSON_OBJECT);
      assertEquals(201, next.status(), next.toString());
      assertFalse(next.json().getBoolean("inUse"));
      Reply changedCopy =
          admin.put(SCHEMES + "/" + next.json().getString("id"), change, next.header("ETag"));
      assertEquals(200, changedCopy.status(), "the change is made in the new version");
    } finally {
      try (Connection db = TestDatabase.connect();
          PreparedStatement delete = db.prepareStatement("DELETE FROM evaluation WHERE id = ?")) {
        delete.setString(1, evaluationId);
        delete.executeUpdate();
      }
    }
  }

  /** An evaluation row of the demo's first JD version that names the scheme, written directly. */
  private static void useInAnEvaluation(Connection db, String evaluationId, String schemeId)
      throws SQLException {
    String jdId;
    String versionId;
    String requesterId;
    try (PreparedStatement find =
            db.prepareStatement("SELECT jd_id, id FROM jd_version ORDER BY id LIMIT 1");
        ResultSet row = find.executeQuery()) {
      assertTrue(row.next(), "the demo data has JD versions");
      jdId = row.getString(1);
      versionId = row.getString(2);
    }
    try (PreparedStatement find =
            db.prepareStatement("SELECT id FROM app_user WHERE username = 'admin'");
        ResultSet row = find.executeQuery()) {
      row.next();
      requesterId = row.getString(1);
    }
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO evaluation (id, jd_id, jd_version_id, requester_id, requester_type, reason,"
                + " requested_at, status, decided_at, decided_by, decision_reason, scheme_id,"
                + " created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, 'HR', 'SchemesIT', NOW(3), 'REJECTED', NOW(3), 'admin',"
                + " 'A test row', ?, NOW(3), NOW(3))")) {
      insert.setString(1, evaluationId);
      insert.setString(2, jdId);
      insert.setString(3, versionId);
      insert.setString(4, requesterId);
      insert.setString(5, schemeId);
      insert.executeUpdate();
    }
  }

  @Test
  void theShippedSchemesScoreAsPublished() {
    Api rep = Api.signedIn(url, "rep", PASSWORD);
    List<JsonObject> shipped = allSchemes(rep, "");
    JsonObject nhs =
        shipped.stream()
            .filter(s -> s.getString("code").equals("NHS_AFC") && s.getInt("version") == 1)
            .findFirst()
            .orElseThrow(() -> new AssertionError("NHS_AFC version 1 is seeded"));
    assertEquals(16, nhs.getJsonArray("factors").size());
    assertEquals("ACTIVE", nhs.getString("status"));
    assertEquals(
        List.of("1", "2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9"),
        nhs.getJsonArray("bandRanges").getValuesAs(JsonObject.class).stream()
            .map(r -> r.getString("band"))
            .toList());
    JsonObjectBuilder levelOne = Json.createObjectBuilder();
    JsonObjectBuilder top = Json.createObjectBuilder();
    for (JsonObject factor : nhs.getJsonArray("factors").getValuesAs(JsonObject.class)) {
      levelOne.add(factor.getString("code"), 1);
      top.add(factor.getString("code"), factor.getJsonArray("levels").size());
    }
    String score = SCHEMES + "/" + nhs.getString("id") + "/score";
    JsonObject lowest =
        rep.post(score, Json.createObjectBuilder().add("levels", levelOne).build()).json();
    assertEquals(86, lowest.getInt("total"));
    assertEquals("1", lowest.getString("band"));
    JsonObject highest =
        rep.post(score, Json.createObjectBuilder().add("levels", top).build()).json();
    assertEquals(1000, highest.getInt("total"));
    assertTrue(highest.getBoolean("outOfRange"));

    JsonObject probation =
        shipped.stream()
            .filter(s -> s.getString("code").equals("PROBATION") && s.getInt("version") == 1)
            .findFirst()
            .orElseThrow(() -> new AssertionError("PROBATION version 1 is seeded"));
    assertTrue(probation.getBoolean("illustrative"));
    assertTrue(probation.getBoolean("inUse"), "the demo's evaluations used it");
    JsonObject band4 =
        probation.getJsonArray("bandRanges").getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getString("band").equals("4"))
            .findFirst()
            .orElseThrow();
    assertEquals(480, band4.getInt("minScore"), "the Band 4 floor is 480");
  }

  @Test
  void aVersionThatOpenEvaluationsUseIsNotRetired() throws SQLException {
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    String probation = DemoRecords.scheme("PROBATION", 1);
    long open =
        TestDatabase.count(
            "SELECT COUNT(*) FROM evaluation WHERE scheme_id = ?"
                + " AND status NOT IN ('PUBLISHED', 'REJECTED')",
            probation);
    assertTrue(open > 0, "the demo has a panel at work with PROBATION version 1");
    Reply read = admin.get(SCHEMES + "/" + probation);
    assertEquals("ACTIVE", read.json().getString("status"));
    long audit = TestDatabase.count("SELECT COUNT(*) FROM audit_event");

    Reply refused =
        admin.put(SCHEMES + "/" + probation + "/status", status("RETIRED"), read.header("ETag"));
    assertEquals(409, refused.status(), refused.toString());
    assertEquals("application/problem+json", refused.contentType());
    String detail = refused.json().getString("detail");
    assertTrue(
        detail.contains(
            open == 1 ? "an open evaluation uses it" : open + " open evaluations use it"),
        detail);
    assertEquals("ACTIVE", admin.get(SCHEMES + "/" + probation).json().getString("status"));
    assertEquals(read.header("ETag"), admin.get(SCHEMES + "/" + probation).header("ETag"));
    assertEquals(audit, TestDatabase.count("SELECT COUNT(*) FROM audit_event"));
  }

  private static void assertProblem(Reply reply, String field) {
    assertEquals(400, reply.status(), reply.toString());
    assertEquals("application/problem+json", reply.contentType());
    assertTrue(
        reply.problemFields().contains(field), "expected a problem naming " + field + ": " + reply);
  }
}
