package org.bandwise.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Job descriptions through evaluation to a published outcome: the queue, the panel, provisional and
 * agreed levels, the consistency check, who may do what, and bad input. Every test makes its own
 * JD, so it can run again on the same database.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationsIT {

  private static final String PASSWORD = "bandwise-demo";
  private static final String HOLDER_PASSWORD = "a long enough holder password";
  private static final String ROLE_FAMILY = "Intervention Facilitator";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.bandwise();
  }

  @ArquillianResource URL url;

  private Api as(String username) {
    return Api.signedIn(url, username, PASSWORD);
  }

  /** A JD of our own, submitted for evaluation. */
  private record Jd(String id, String versionId, String reference) {}

  /** The evaluation and the ETag of its last answer. */
  private record Tracked(String id, String etag, JsonObject json) {
    static Tracked of(String id, Reply reply) {
      assertEquals(200, reply.status(), reply.toString());
      return new Tracked(id, reply.header("ETag"), reply.json());
    }
  }

  private static String uniqueReference() {
    return "IT-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
  }

  private static JsonObjectBuilder content(String title) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("roleFamily", ROLE_FAMILY)
        .add("directorate", "Interventions")
        .add("purpose", "To deliver accredited programmes to groups of people on probation.")
        .add("mainDuties", Json.createArrayBuilder().add("Facilitate group sessions."));
  }

  private Jd submittedJd(Api evaluator) {
    String reference = uniqueReference();
    Reply created =
        evaluator.post(
            "/api/v1/job-descriptions",
            Json.createObjectBuilder()
                .add("reference", reference)
                .add("content", content("Intervention Facilitator " + reference))
                .build());
    assertEquals(201, created.status(), created.toString());
    String jdId = created.json().getString("id");
    String versionId = created.json().getJsonArray("versions").getJsonObject(0).getString("id");
    Reply version = evaluator.get("/api/v1/jd-versions/" + versionId);
    assertEquals("DRAFT", version.json().getString("status"));
    Reply submitted =
        evaluator.put(
            "/api/v1/jd-versions/" + versionId + "/status",
            Json.createObjectBuilder().add("status", "SUBMITTED").build(),
            version.header("ETag"));
    assertEquals(200, submitted.status(), submitted.toString());
    assertEquals("SUBMITTED", submitted.json().getString("status"));
    return new Jd(jdId, versionId, reference);
  }

  private Reply request(Api requester, String versionId) {
    return requester.post(
        "/api/v1/evaluations",
        Json.createObjectBuilder()
            .add("jdVersionId", versionId)
            .add("reason", "The programme duties changed.")
            .build());
  }

  private Tracked requestedAndAccepted(Api evaluator, Api requester, Jd jd) {
    Reply requested = request(requester, jd.versionId());
    assertEquals(201, requested.status(), requested.toString());
    String id = requested.json().getString("id");
    Reply decided =
        evaluator.put(
            "/api/v1/evaluations/" + id + "/decision",
            Json.createObjectBuilder().add("decision", "ACCEPT").add("priority", "P1").build(),
            requested.header("ETag"));
    Tracked accepted = Tracked.of(id, decided);
    assertEquals("ACCEPTED", accepted.json().getString("status"));
    assertEquals("P1", accepted.json().getString("priority"));
    return accepted;
  }

  private Map<String, String> userIds(Api evaluator) {
    Reply directory = evaluator.get("/api/v1/directory?size=100");
    assertEquals(200, directory.status(), directory.toString());
    Map<String, String> ids = new LinkedHashMap<>();
    directory
        .items()
        .getValuesAs(JsonObject.class)
        .forEach(p -> ids.put(p.getString("username"), p.getString("id")));
    return ids;
  }

  private static JsonObject member(String userId, String side, boolean chair) {
    return Json.createObjectBuilder()
        .add("userId", userId)
        .add("side", side)
        .add("chair", chair)
        .build();
  }

  private static JsonObject panel(JsonObject... members) {
    var list = Json.createArrayBuilder();
    for (JsonObject m : members) {
      list.add(m);
    }
    return Json.createObjectBuilder()
        .add("schemeId", DemoRecords.scheme("PROBATION", 1))
        .add("members", list)
        .build();
  }

  private Tracked seated(Api evaluator, Tracked evaluation, JsonObject panel) {
    Tracked seated =
        Tracked.of(
            evaluation.id(),
            evaluator.put(
                "/api/v1/evaluations/" + evaluation.id() + "/panel", panel, evaluation.etag()));
    assertEquals("IN_PANEL", seated.json().getString("status"));
    return seated;
  }

  /** The standard valid panel: evaluator chairs, evaluator2 and a union rep. */
  private JsonObject standardPanel(Map<String, String> ids, String rep) {
    return panel(
        member(ids.get("evaluator"), "MANAGEMENT", true),
        member(ids.get("evaluator2"), "MANAGEMENT", false),
        member(ids.get(rep), "STAFF", false));
  }

  private static JsonObject agreed(int level, String rationale) {
    return Json.createObjectBuilder().add("level", level).add("rationale", rationale).build();
  }

  private Tracked agree(Api api, Tracked evaluation, String code, int level) {
    return Tracked.of(
        evaluation.id(),
        api.put(
            "/api/v1/evaluations/" + evaluation.id() + "/agreed-levels/" + code,
            agreed(level, "Matches the published Intervention Facilitator for " + code + "."),
            evaluation.etag()));
  }

  /** The levels the demo's published Intervention Facilitator outcome agreed, factor by factor. */
  private Map<String, Integer> publishedInterventionFacilitatorLevels(Api api) {
    Reply outcome =
        api.get(
            "/api/v1/evaluations/"
                + DemoRecords.evaluation("INT-IF-001", 1, "PUBLISHED")
                + "/outcome");
    assertEquals(200, outcome.status(), outcome.toString());
    Map<String, Integer> levels = new LinkedHashMap<>();
    outcome
        .json()
        .getJsonArray("factors")
        .getValuesAs(JsonObject.class)
        .forEach(f -> levels.put(f.getString("code"), f.getInt("level")));
    assertEquals(14, levels.size());
    return levels;
  }

  private static void assertProblem(Reply reply, String field) {
    assertEquals(400, reply.status(), reply.toString());
    assertTrue(reply.problemFields().contains(field), field + " in " + reply);
  }

  private static String today() {
    return LocalDate.now(ZoneOffset.UTC).toString();
  }

  @Test
  void aJdGoesFromRequestThroughThePanelToAPublishedOutcome() throws SQLException {
    Api evaluator = as("evaluator");
    Api rep = as("rep");
    Api staff = as("staff");
    Map<String, String> ids = userIds(evaluator);
    Jd jd = submittedJd(evaluator);

    Reply requested = request(rep, jd.versionId());
    assertEquals(201, requested.status(), requested.toString());
    assertEquals("UNION", requested.json().getString("requesterType"));
    assertEquals("REQUESTED", requested.json().getString("status"));
    String id = requested.json().getString("id");
    assertTrue(requested.header("Location").endsWith("/evaluations/" + id));

    Reply queue = staff.get("/api/v1/evaluations?jdId=" + jd.id());
    assertEquals(200, queue.status(), queue.toString());
    JsonObject entry =
        queue.items().getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("id").equals(id))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the request is not in the queue: " + queue));
    assertEquals("UNION", entry.getString("requesterType"));
    assertFalse(entry.containsKey("requestedBy"), "requesters' names are never in the queue");
    assertFalse(queue.body().contains("Rhiannon"), "nor anywhere in the answer");

    Reply decided =
        evaluator.put(
            "/api/v1/evaluations/" + id + "/decision",
            Json.createObjectBuilder().add("decision", "ACCEPT").add("priority", "P1").build(),
            requested.header("ETag"));
    Tracked evaluation = Tracked.of(id, decided);
    assertEquals("ACCEPTED", evaluation.json().getString("status"));

    Reply tooSmall =
        evaluator.put(
            "/api/v1/evaluations/" + id + "/panel",
            panel(
                member(ids.get("evaluator"), "MANAGEMENT", true),
                member(ids.get("rep"), "STAFF", false)),
            evaluation.etag());
    assertProblem(tooSmall, "members");

    evaluation = seated(evaluator, evaluation, standardPanel(ids, "rep"));
    assertEquals(3, evaluation.json().getJsonArray("panel").size());

    String provisional = "/api/v1/evaluations/" + id + "/provisional-levels";
    JsonObject repLevels =
        Json.createObjectBuilder()
            .add("levels", Json.createObjectBuilder().add("WORKING_CONDITIONS", 2))
            .build();
    assertEquals(
        200,
        rep.send("PUT", provisional, repLevels.toString(), Map.of("X-Requested-With", "bandwise"))
            .status());
    JsonObject evaluatorLevels =
        Json.createObjectBuilder()
            .add("levels", Json.createObjectBuilder().add("WORKING_CONDITIONS", 4))
            .build();
    Reply recorded =
        evaluator.send(
            "PUT", provisional, evaluatorLevels.toString(), Map.of("X-Requested-With", "bandwise"));
    assertEquals(200, recorded.status(), recorded.toString());
    Reply consensus = rep.get("/api/v1/evaluations/" + id + "/consensus");
    assertEquals(200, consensus.status(), consensus.toString());
    assertEquals(2, consensus.json().getInt("membersRecorded"));
    JsonObject workingConditions =
        consensus.json().getJsonArray("factors").getValuesAs(JsonObject.class).stream()
            .filter(f -> f.getString("code").equals("WORKING_CONDITIONS"))
            .findFirst()
            .orElseThrow();
    assertTrue(workingConditions.getBoolean("differs"), workingConditions.toString());
    assertEquals(2, workingConditions.getInt("lowest"));
    assertEquals(4, workingConditions.getInt("highest"));

    for (var level : publishedInterventionFacilitatorLevels(evaluator).entrySet()) {
      evaluation = agree(evaluator, evaluation, level.getKey(), level.getValue());
    }
    JsonObject scored = evaluation.json();
    assertEquals(14, scored.getJsonArray("agreedLevels").size());
    assertEquals(479, scored.getJsonObject("score").getInt("total"));
    assertEquals("3", scored.getJsonObject("score").getString("band"));
    assertTrue(scored.getJsonObject("score").getBoolean("nearBoundary"));
    assertTrue(scored.getBoolean("checkRequired"));
    assertFalse(scored.getBoolean("canPublish"));
    assertTrue(scored.getBoolean("awaitingSignOff"));
    assertEquals(
        List.of("CONSISTENCY_CHECK", "SIGN_OFF"),
        scored.getJsonArray("blockers").getValuesAs(JsonObject.class).stream()
            .map(b -> b.getString("code"))
            .toList(),
        scored.getJsonArray("blockers").toString());
    assertTrue(
        scored.getJsonArray("blockers").getValuesAs(JsonObject.class).stream()
            .noneMatch(b -> b.getString("whatToDo").isBlank()));
    assertTrue(
        evaluator
            .get("/api/v1/evaluations?awaitingSignOff=true&jdId=" + jd.id())
            .items()
            .getValuesAs(JsonObject.class)
            .stream()
            .anyMatch(e -> e.getString("id").equals(id) && e.getBoolean("awaitingSignOff")),
        "HR's home page finds panels waiting for sign-off");

    JsonObject publication = Json.createObjectBuilder().add("effectiveFrom", today()).build();
    Reply tooSoon =
        evaluator.put("/api/v1/evaluations/" + id + "/publication", publication, evaluation.etag());
    assertEquals(409, tooSoon.status(), tooSoon.toString());

    Reply consistency = evaluator.get("/api/v1/evaluations/" + id + "/consistency");
    assertEquals(200, consistency.status(), consistency.toString());
    assertTrue(consistency.json().getBoolean("checkRequired"));
    assertTrue(consistency.json().getBoolean("nearBoundary"));

    evaluation =
        Tracked.of(
            id,
            evaluator.put(
                "/api/v1/evaluations/" + id + "/consistency-check",
                Json.createObjectBuilder()
                    .add("conclusion", "One point below Band 4; every factor matches the family.")
                    .build(),
                evaluation.etag()));
    assertFalse(evaluation.json().getBoolean("canPublish"), "the panel has not signed off");
    Reply unsigned =
        evaluator.put("/api/v1/evaluations/" + id + "/publication", publication, evaluation.etag());
    assertEquals(409, unsigned.status(), unsigned.toString());
    assertTrue(
        unsigned.json().getString("detail").contains("not been signed off by"),
        unsigned.toString());

    evaluation = signOff(evaluator, evaluation);
    assertEquals(1, evaluation.json().getJsonArray("signOffs").size());
    assertFalse(evaluation.json().getBoolean("signOffComplete"), "the staff side has not");
    evaluation = signOff(rep, evaluation);
    JsonObject signed = evaluation.json();
    assertTrue(signed.getBoolean("signOffComplete"));
    assertFalse(signed.getBoolean("awaitingSignOff"));
    assertEquals(
        List.of("Sam Okafor (HR evaluator)", "Rhiannon Evans (Napo rep)"),
        signed.getJsonArray("signOffs").getValuesAs(JsonObject.class).stream()
            .map(s -> s.getString("displayName"))
            .toList());
    assertTrue(signed.getBoolean("canPublish"), signed.toString());

    Tracked published =
        Tracked.of(
            id,
            evaluator.put(
                "/api/v1/evaluations/" + id + "/publication", publication, evaluation.etag()));
    assertEquals("PUBLISHED", published.json().getString("status"));

    Reply outcome = staff.get("/api/v1/evaluations/" + id + "/outcome");
    assertEquals(200, outcome.status(), outcome.toString());
    assertEquals("479 points: Band 3. Band 4 starts at 480.", outcome.json().getString("summary"));
    assertEquals(479, outcome.json().getInt("total"));
    List<JsonObject> factors = outcome.json().getJsonArray("factors").getValuesAs(JsonObject.class);
    assertEquals(14, factors.size());
    assertTrue(factors.stream().noneMatch(f -> f.getString("rationale").isBlank()));

    JsonObject inForce = evaluator.get("/api/v1/job-descriptions/" + jd.id()).json();
    assertEquals("IN_FORCE", inForce.getString("status"));
    assertEquals("3", inForce.getJsonObject("band").getString("code"));
    assertEquals(479, inForce.getInt("total"));
    assertEquals(jd.versionId(), inForce.getString("inForceVersionId"));

    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = 'PUBLISHED'", id));
    assertEquals(
        14,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = 'LEVEL_AGREED'",
            id));
    assertEquals(
        2,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = 'SIGNED_OFF'", id));
  }

  private Tracked signOff(Api member, Tracked evaluation) {
    Reply reply =
        member.send(
            "POST",
            "/api/v1/evaluations/" + evaluation.id() + "/sign-offs",
            null,
            Map.of("X-Requested-With", "bandwise", "If-Match", evaluation.etag()));
    return Tracked.of(evaluation.id(), reply);
  }

  @Test
  void aChangeToAnAgreedLevelAfterASignOffWithdrawsEverySignOff() throws SQLException {
    Api evaluator = as("evaluator");
    Api rep = as("rep");
    Map<String, String> ids = userIds(evaluator);
    Tracked evaluation =
        seated(
            evaluator,
            requestedAndAccepted(evaluator, evaluator, submittedJd(evaluator)),
            standardPanel(ids, "rep"));
    Reply early =
        rep.send(
            "POST",
            "/api/v1/evaluations/" + evaluation.id() + "/sign-offs",
            null,
            Map.of("X-Requested-With", "bandwise", "If-Match", evaluation.etag()));
    assertEquals(409, early.status(), "nothing to sign off before every level is agreed");
    for (var level : publishedInterventionFacilitatorLevels(evaluator).entrySet()) {
      evaluation = agree(evaluator, evaluation, level.getKey(), level.getValue());
    }
    evaluation = signOff(evaluator, evaluation);
    evaluation = signOff(rep, evaluation);
    Reply twice =
        rep.send(
            "POST",
            "/api/v1/evaluations/" + evaluation.id() + "/sign-offs",
            null,
            Map.of("X-Requested-With", "bandwise", "If-Match", evaluation.etag()));
    assertEquals(409, twice.status(), twice.toString());
    assertTrue(evaluation.json().getBoolean("signOffComplete"));

    Tracked same = agree(evaluator, evaluation, "WORKING_CONDITIONS", 1);
    assertEquals(2, same.json().getJsonArray("signOffs").size(), "the same level changes nothing");

    Tracked changed = agree(evaluator, same, "WORKING_CONDITIONS", 2);
    assertEquals(0, changed.json().getJsonArray("signOffs").size());
    assertFalse(changed.json().getBoolean("signOffComplete"));
    assertTrue(changed.json().getBoolean("awaitingSignOff"));
    assertEquals(489, changed.json().getJsonObject("score").getInt("total"));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = 'SIGN_OFFS_WITHDRAWN'",
            evaluation.id()));
  }

  @Test
  void aMemberSeesTheOthersProvisionalLevelsOnlyAfterRecordingTheirOwn() {
    Api evaluator = as("evaluator");
    Api rep = as("rep");
    Map<String, String> ids = userIds(evaluator);
    Tracked evaluation =
        seated(
            evaluator,
            requestedAndAccepted(evaluator, evaluator, submittedJd(evaluator)),
            standardPanel(ids, "rep"));
    String provisional = "/api/v1/evaluations/" + evaluation.id() + "/provisional-levels";
    String consensus = "/api/v1/evaluations/" + evaluation.id() + "/consensus";
    Map<String, String> headers = Map.of("X-Requested-With", "bandwise");
    assertEquals(
        200,
        rep.send("PUT", provisional, "{\"levels\":{\"WORKING_CONDITIONS\":2}}", headers).status());

    JsonObject before = workingConditions(evaluator.get(consensus));
    assertEquals(0, before.getJsonArray("memberLevels").size(), before.toString());
    assertEquals(1, before.getInt("hiddenLevels"));
    JsonObject hr = workingConditions(as("admin").get(consensus));
    assertEquals(1, hr.getJsonArray("memberLevels").size(), "HR who are not members see all");

    Reply own =
        evaluator.send("PUT", provisional, "{\"levels\":{\"WORKING_CONDITIONS\":1}}", headers);
    assertEquals(200, own.status(), own.toString());
    JsonObject after = workingConditions(own);
    assertEquals(2, after.getJsonArray("memberLevels").size(), after.toString());
    assertEquals(0, after.getInt("hiddenLevels"));
  }

  private static JsonObject workingConditions(Reply consensus) {
    assertEquals(200, consensus.status(), consensus.toString());
    return consensus.json().getJsonArray("factors").getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("code").equals("WORKING_CONDITIONS"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void oneOpenRequestPerJobDescriptionEvenWhenManyAskAtOnce() throws Exception {
    Api evaluator = as("evaluator");
    Api rep = as("rep");
    Jd jd = submittedJd(evaluator);
    List<Callable<Reply>> asks = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Api asker = i % 2 == 0 ? evaluator : rep;
      asks.add(() -> request(asker, jd.versionId()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Reply> replies = new ArrayList<>();
    try {
      for (Future<Reply> reply : pool.invokeAll(asks)) {
        replies.add(reply.get());
      }
    } finally {
      pool.shutdown();
    }
    List<Reply> created = replies.stream().filter(r -> r.status() == 201).toList();
    assertEquals(1, created.size(), replies.toString());
    String openId = created.get(0).json().getString("id");
    for (Reply refused : replies.stream().filter(r -> r.status() != 201).toList()) {
      assertEquals(409, refused.status(), refused.toString());
      assertTrue(refused.contentType().startsWith("application/problem+json"), refused.toString());
    }
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM evaluation WHERE jd_id = ? AND status = 'REQUESTED'", jd.id()));

    Reply again = request(rep, jd.versionId());
    assertEquals(409, again.status(), again.toString());
    assertEquals(openId, again.json().getString("existingId"), "the message links to it");
    assertTrue(again.json().getString("detail").startsWith("An evaluation of this job"));
  }

  @Test
  void whoeverAskedAndThePostHoldersFollowTheRequest() throws SQLException {
    demoHolders();
    Api staff3 = as("staff3");
    Reply held =
        staff3.get("/api/v1/evaluations/" + DemoRecords.evaluation("AP-MGR-001", 2, "ACCEPTED"));
    assertEquals(200, held.status(), held.toString());
    JsonObject request = held.json();
    assertTrue(request.getBoolean("requestedByMe"));
    assertFalse(request.getBoolean("panelWorkShown"));
    assertEquals("ACCEPTED", request.getString("status"));
    assertTrue(request.getBoolean("overdue"));
    assertTrue(request.getInt("queuePosition") >= 1);
    assertTrue(request.getString("nextStep").contains("overdue"), request.toString());
    assertTrue(request.getInt("daysWaiting") > 700);
    assertEquals(0, request.getJsonArray("panel").size());

    assertEquals(
        403,
        as("staff")
            .get("/api/v1/evaluations/" + DemoRecords.evaluation("AP-MGR-001", 2, "ACCEPTED"))
            .status(),
        "neither asked nor holds the post");

    JsonObject mine =
        staff3
            .get("/api/v1/evaluations?requestedByMe=true")
            .items()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(
                e -> e.getString("id").equals(DemoRecords.evaluation("AP-MGR-001", 2, "ACCEPTED")))
            .findFirst()
            .orElseThrow();
    assertTrue(mine.getBoolean("requestedByMe"));
    assertTrue(mine.getBoolean("heldByMe"));
    assertTrue(
        as("rep")
            .get("/api/v1/evaluations?requestedByMe=true")
            .items()
            .getValuesAs(JsonObject.class)
            .stream()
            .noneMatch(
                e ->
                    e.getString("id").equals(DemoRecords.evaluation("AP-MGR-001", 2, "ACCEPTED"))));

    Reply rejected = as("rep2").get("/api/v1/evaluations?requestedByMe=true&status=REJECTED");
    assertTrue(
        rejected.items().getValuesAs(JsonObject.class).stream()
            .anyMatch(
                e ->
                    e.getString("id")
                        .equals(DemoRecords.evaluation("PDU-DASO-001", 1, "REJECTED"))));
    JsonObject reason =
        as("rep2")
            .get("/api/v1/evaluations/" + DemoRecords.evaluation("PDU-DASO-001", 1, "REJECTED"))
            .json();
    assertTrue(reason.getString("decisionReason").startsWith("The DASO JD has not changed"));

    Reply emptyStatus = staff3.get("/api/v1/evaluations?status=&requestedByMe=true");
    assertEquals(
        400, emptyStatus.status(), "an empty status is refused, naming it: " + emptyStatus);
    assertTrue(emptyStatus.toString().contains("\"field\":\"status\""), emptyStatus.toString());

    Reply heldJds = staff3.get("/api/v1/job-descriptions?heldByMe=true");
    assertEquals(200, heldJds.status(), heldJds.toString());
    assertEquals(
        List.of("AP-MGR-001"),
        heldJds.items().getValuesAs(JsonObject.class).stream()
            .map(j -> j.getString("reference"))
            .toList());
  }

  @Test
  void eachRoleMayDoOnlyWhatItsJobNeeds() throws SQLException {
    demoHolders();
    Api evaluator = as("evaluator");
    Api staff = as("staff");
    Api auditor = as("auditor");
    Api rep = as("rep");
    Map<String, String> ids = userIds(evaluator);

    Reply staffCreates =
        staff.post(
            "/api/v1/job-descriptions",
            Json.createObjectBuilder()
                .add("reference", uniqueReference())
                .add("content", content("Not allowed"))
                .build());
    assertEquals(403, staffCreates.status(), staffCreates.toString());

    Jd jd = submittedJd(evaluator);
    Tracked accepted = requestedAndAccepted(evaluator, evaluator, jd);
    Tracked evaluation = seated(evaluator, accepted, standardPanel(ids, "rep2"));
    String path = "/api/v1/evaluations/" + evaluation.id();

    assertEquals(403, staff.get(path).status(), "work in progress is not for staff");
    assertEquals(
        200,
        staff
            .get(
                "/api/v1/evaluations/"
                    + DemoRecords.evaluation("INT-IF-001", 1, "PUBLISHED")
                    + "/outcome")
            .status());
    assertEquals(
        200,
        staff
            .get("/api/v1/evaluations/" + DemoRecords.evaluation("INT-IF-001", 1, "PUBLISHED"))
            .status(),
        "once published, every signed-in user");
    assertEquals(
        403,
        staff
            .put(path + "/agreed-levels/WORKING_CONDITIONS", agreed(1, "x"), evaluation.etag())
            .status());

    Reply audited = auditor.get(path);
    assertEquals(200, audited.status(), audited.toString());
    assertEquals(
        403,
        auditor
            .put(
                path + "/decision",
                Json.createObjectBuilder().add("decision", "ACCEPT").add("priority", "P2").build(),
                audited.header("ETag"))
            .status());
    assertEquals(200, auditor.get(path + "/consensus").status());

    assertEquals(401, Api.at(url).get(path).status());
    assertEquals(401, Api.at(url).get("/api/v1/evaluations").status());

    assertEquals(403, rep.get(path + "/consensus").status(), "rep does not sit on this panel");
    assertEquals(403, rep.get(path).status());
    assertEquals(200, as("rep2").get(path + "/consensus").status(), "rep2 does");

    // Staff may ask only for their own post: staff3 holds the Approved Premises Manager JD, whose
    // version 2 is already being evaluated (so 409, past the permission check); staff does not.
    Reply holderAsks = request(as("staff3"), DemoRecords.jdVersion("AP-MGR-001", 2));
    assertEquals(409, holderAsks.status(), holderAsks.toString());
    assertEquals(
        DemoRecords.evaluation("AP-MGR-001", 2, "ACCEPTED"),
        holderAsks.json().getString("existingId"));
    assertEquals(403, request(staff, DemoRecords.jdVersion("AP-MGR-001", 2)).status());

    // Post holders come from staff records: two new accounts, each linked to a staff record whose
    // assignment in force today is on a post for our JD (set up behind the API, removed after).
    Jd held = submittedJd(evaluator);
    Api admin = as("admin");
    String suffix = held.reference().replaceAll("[^A-Za-z0-9]", "").toLowerCase();
    String holderName = "holder." + suffix;
    String panelHolderName = "panelholder." + suffix;
    String holderId = newUser(admin, holderName, "STAFF");
    String panelHolderId = newUser(admin, panelHolderName, "HR_EVALUATOR");
    String postId = UUID.randomUUID().toString();
    List<String> staffIds = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
    try {
      TestDatabase.execute(
          "INSERT INTO post (id, post_number, jd_id, unit_id, zone_code, weekly_hours, created_at,"
              + " updated_at) SELECT ?, ?, ?, (SELECT MIN(id) FROM org_unit), 'NATIONAL', 37,"
              + " NOW(3), NOW(3)",
          postId,
          "ITH-" + suffix.substring(Math.max(0, suffix.length() - 20)),
          held.id());
      List<String> userIds = List.of(holderId, panelHolderId);
      for (int i = 0; i < 2; i++) {
        TestDatabase.execute(
            "INSERT INTO staff_member (id, staff_number, first_name, last_name, user_id,"
                + " created_at, updated_at) VALUES (?, ?, 'Post', 'Holder', ?, NOW(3), NOW(3))",
            staffIds.get(i),
            ("H" + i + suffix).substring(0, Math.min(20, suffix.length() + 2)),
            userIds.get(i));
        TestDatabase.execute(
            "INSERT INTO staff_assignment (id, staff_id, effective_from, post_id, zone_code,"
                + " weekly_hours, reason, created_at, created_by) VALUES (?, ?,"
                + " DATE_SUB(CURDATE(), INTERVAL 1 DAY), ?, 'NATIONAL', 37, 'IMPORT', NOW(3), 'it')",
            UUID.randomUUID().toString(),
            staffIds.get(i),
            postId);
      }

      Reply jdAsHr = evaluator.get("/api/v1/job-descriptions/" + held.id());
      assertEquals(200, jdAsHr.status(), jdAsHr.toString());
      assertEquals(
          Set.of(holderId, panelHolderId),
          jdAsHr.json().getJsonArray("holders").getValuesAs(JsonObject.class).stream()
              .map(p -> p.getString("id"))
              .collect(Collectors.toSet()),
          "holders are the staff on its posts today");
      assertEquals(403, request(staff, held.versionId()).status(), "staff does not hold it");
      Api holder = Api.signedIn(url, holderName, HOLDER_PASSWORD);
      assertTrue(holder.get("/api/v1/job-descriptions/" + held.id()).json().getBoolean("heldByMe"));
      Reply ownPost = request(holder, held.versionId());
      assertEquals(201, ownPost.status(), ownPost.toString());
      assertEquals("STAFF", ownPost.json().getString("requesterType"));
      assertTrue(
          holder.get("/api/v1/evaluations").items().getValuesAs(JsonObject.class).stream()
              .filter(e -> e.getString("id").equals(ownPost.json().getString("id")))
              .findFirst()
              .orElseThrow()
              .getBoolean("heldByMe"));

      Reply decided =
          evaluator.put(
              "/api/v1/evaluations/" + ownPost.json().getString("id") + "/decision",
              Json.createObjectBuilder().add("decision", "ACCEPT").add("priority", "P2").build(),
              ownPost.header("ETag"));
      assertEquals(200, decided.status(), decided.toString());
      Reply holderOnPanel =
          evaluator.put(
              "/api/v1/evaluations/" + ownPost.json().getString("id") + "/panel",
              panel(
                  member(ids.get("evaluator"), "MANAGEMENT", true),
                  member(panelHolderId, "MANAGEMENT", false),
                  member(ids.get("rep"), "STAFF", false)),
              decided.header("ETag"));
      assertProblem(holderOnPanel, "members[1].userId");

      // The assignment ends: the holder no longer holds the post.
      TestDatabase.execute(
          "UPDATE staff_assignment SET effective_to = DATE_SUB(CURDATE(), INTERVAL 1 DAY)"
              + " WHERE staff_id = ?",
          staffIds.get(0));
      assertEquals(
          404,
          holder.get("/api/v1/job-descriptions/" + held.id()).status(),
          "an unpublished JD is no longer theirs to read");
      assertEquals(403, request(holder, held.versionId()).status());
    } finally {
      for (String staffId : staffIds) {
        TestDatabase.execute("DELETE FROM staff_assignment WHERE staff_id = ?", staffId);
        TestDatabase.execute("DELETE FROM staff_member WHERE id = ?", staffId);
      }
      TestDatabase.execute("DELETE FROM post WHERE id = ?", postId);
    }
  }

  /**
   * Post holders come from staff records: links the demo accounts staff and staff3 back to their
   * demo staff records (other test classes sharing the database link them to records of their own),
   * so staff3 holds the Approved Premises Manager JD and staff a facilitator's.
   */
  private static void demoHolders() throws SQLException {
    for (String[] link : new String[][] {{"staff", "S002998"}, {"staff3", "S003000"}}) {
      TestDatabase.execute(
          "UPDATE staff_member SET user_id = NULL"
              + " WHERE user_id = (SELECT id FROM app_user WHERE username = ?)",
          link[0]);
      TestDatabase.execute(
          "UPDATE staff_member SET user_id = (SELECT id FROM app_user WHERE username = ?)"
              + " WHERE staff_number = ?",
          link[0],
          link[1]);
    }
  }

  private String newUser(Api admin, String username, String role) {
    Reply created =
        admin.post(
            "/api/v1/users",
            Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", "Post holder " + username)
                .add("password", HOLDER_PASSWORD)
                .add("roles", Json.createArrayBuilder().add(role))
                .build());
    assertEquals(201, created.status(), created.toString());
    return created.json().getString("id");
  }

  @Test
  void twoPanelistsAgreeingAtOnceNeverOverwriteEachOther() throws Exception {
    Api evaluator = as("evaluator");
    Api rep = as("rep");
    Map<String, String> ids = userIds(evaluator);
    Tracked evaluation =
        seated(
            evaluator,
            requestedAndAccepted(evaluator, evaluator, submittedJd(evaluator)),
            standardPanel(ids, "rep"));
    String path = "/api/v1/evaluations/" + evaluation.id() + "/agreed-levels/WORKING_CONDITIONS";

    Reply noIfMatch = evaluator.put(path, agreed(1, "Group rooms."), null);
    assertEquals(428, noIfMatch.status(), noIfMatch.toString());

    List<Callable<Reply>> edits = new ArrayList<>();
    String etag = evaluation.etag();
    edits.add(() -> evaluator.put(path, agreed(1, "Group rooms."), etag));
    edits.add(() -> rep.put(path, agreed(2, "Home visits too."), etag));
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
    assertEquals(List.of(200, 412), statuses, "one agreement wins, the other is told");
    JsonObject now = evaluator.get("/api/v1/evaluations/" + evaluation.id()).json();
    assertEquals(1, now.getJsonArray("agreedLevels").size());
  }

  @Test
  void badInputIsA400NamingTheFieldAndNothingIsWritten() {
    Api evaluator = as("evaluator");
    Map<String, String> ids = userIds(evaluator);
    String score = "/api/v1/schemes/" + DemoRecords.scheme("PROBATION", 1) + "/score";
    List<String> codes =
        evaluator
            .get("/api/v1/schemes/" + DemoRecords.scheme("PROBATION", 1))
            .json()
            .getJsonArray("factors")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(f -> f.getString("code"))
            .toList();
    assertEquals(14, codes.size());

    JsonObjectBuilder allButLast = Json.createObjectBuilder();
    codes.subList(0, codes.size() - 1).forEach(code -> allButLast.add(code, 1));
    String missing = codes.get(codes.size() - 1);
    assertProblem(
        evaluator.post(score, Json.createObjectBuilder().add("levels", allButLast).build()),
        "levels." + missing);

    JsonObjectBuilder tooHigh = Json.createObjectBuilder();
    codes.forEach(code -> tooHigh.add(code, code.equals("WORKING_CONDITIONS") ? 99 : 1));
    assertProblem(
        evaluator.post(score, Json.createObjectBuilder().add("levels", tooHigh).build()),
        "levels.WORKING_CONDITIONS");

    Reply noTitle =
        evaluator.post(
            "/api/v1/job-descriptions",
            Json.createObjectBuilder()
                .add("reference", uniqueReference())
                .add("content", content(""))
                .build());
    assertProblem(noTitle, "content.title");

    Tracked evaluation =
        seated(
            evaluator,
            requestedAndAccepted(evaluator, evaluator, submittedJd(evaluator)),
            standardPanel(ids, "rep"));
    evaluation = agree(evaluator, evaluation, "WORKING_CONDITIONS", 1);
    String path = "/api/v1/evaluations/" + evaluation.id();
    Reply noRationale =
        evaluator.put(path + "/agreed-levels/WORKING_CONDITIONS", agreed(2, ""), evaluation.etag());
    assertProblem(noRationale, "rationale");
    Reply blankRationale =
        evaluator.put(
            path + "/agreed-levels/WORKING_CONDITIONS", agreed(2, "   "), evaluation.etag());
    assertProblem(blankRationale, "rationale");

    Reply after = evaluator.get(path);
    assertEquals(evaluation.etag(), after.header("ETag"), "nothing was written");
    List<JsonObject> agreedLevels =
        after.json().getJsonArray("agreedLevels").getValuesAs(JsonObject.class);
    assertEquals(1, agreedLevels.size());
    assertEquals(1, agreedLevels.get(0).getInt("level"));
  }
}
