package org.bandwise.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may make each change to an evaluation: every write × HR admin, HR evaluator who is not on the
 * panel, a management-side member, a staff-side member, the chair, a union rep who is not on the
 * panel, staff, auditor and nobody signed in. A permitted caller is sent a change that is refused
 * after the permission check (a stale If-Match, a level out of range, a draft JD), so the matrix
 * leaves the evaluation exactly as it was; a forbidden one gets 403 whatever the body.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationPermissionsIT {

  private static final String PASSWORD = "bandwise-demo";
  private static final String STALE = "\"999999\"";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.bandwise();
  }

  @ArquillianResource URL url;

  /** Who is asking, by their relation to the panel. */
  private enum Who {
    HR_ADMIN,
    HR_EVALUATOR_NOT_ON_PANEL,
    MANAGEMENT_MEMBER,
    STAFF_SIDE_MEMBER,
    CHAIR,
    UNION_REP_NOT_ON_PANEL,
    STAFF,
    AUDITOR,
    ANONYMOUS
  }

  private record Write(String name, Map<Who, Integer> expected, Call call) {}

  @FunctionalInterface
  private interface Call {
    Reply as(Api api);
  }

  private static Map<Who, Integer> expect(int permitted, Who... allowed) {
    Map<Who, Integer> expected = new LinkedHashMap<>();
    for (Who who : Who.values()) {
      expected.put(who, 403);
    }
    for (Who who : allowed) {
      expected.put(who, permitted);
    }
    expected.put(Who.ANONYMOUS, 401);
    return expected;
  }

  /** A second management-side evaluator for the panel, made for this run. */
  private String extraEvaluator() throws SQLException {
    String username = "it-mgr-" + UUID.randomUUID().toString().substring(0, 8);
    String id = UUID.randomUUID().toString();
    try (Connection connection = TestDatabase.connect()) {
      try (PreparedStatement user =
          connection.prepareStatement(
              "INSERT INTO app_user (id, username, display_name, password_hash, enabled,"
                  + " created_at, updated_at, version) SELECT ?, ?, ?, password_hash, TRUE,"
                  + " NOW(3), NOW(3), 0 FROM app_user WHERE username = 'evaluator'")) {
        user.setString(1, id);
        user.setString(2, username);
        user.setString(3, "Jo Reid (HR evaluator)");
        assertEquals(1, user.executeUpdate());
      }
      try (PreparedStatement role =
          connection.prepareStatement(
              "INSERT INTO app_user_role (user_id, role) VALUES (?, 'HR_EVALUATOR')")) {
        role.setString(1, id);
        role.executeUpdate();
      }
    }
    return username;
  }

  private static Map<String, String> userIds(Api hr) {
    Map<String, String> ids = new LinkedHashMap<>();
    for (int page = 1; page <= 5; page++) {
      Reply directory = hr.get("/api/v1/directory?size=100&page=" + page);
      assertEquals(200, directory.status(), directory.toString());
      var items = directory.items().getValuesAs(JsonObject.class);
      items.forEach(p -> ids.put(p.getString("username"), p.getString("id")));
      if (items.size() < 100) {
        break;
      }
    }
    return ids;
  }

  private static String reference() {
    return "PERM-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
  }

  /** A new JD: its id, its version's id; submitted when asked. */
  private static String[] jd(Api hr, boolean submit) {
    Reply created =
        hr.post(
            "/api/v1/job-descriptions",
            Json.createObjectBuilder()
                .add("reference", reference())
                .add(
                    "content",
                    Json.createObjectBuilder()
                        .add("title", "Programme Support Officer")
                        .add("roleFamily", "Programme Support")
                        .add("directorate", "Interventions")
                        .add("purpose", "To support the delivery of accredited programmes.")
                        .add("mainDuties", Json.createArrayBuilder().add("Book rooms.")))
                .build());
    assertEquals(201, created.status(), created.toString());
    String versionId = created.json().getJsonArray("versions").getJsonObject(0).getString("id");
    if (submit) {
      Reply version = hr.get("/api/v1/jd-versions/" + versionId);
      Reply submitted =
          hr.put(
              "/api/v1/jd-versions/" + versionId + "/status",
              Json.createObjectBuilder().add("status", "SUBMITTED").build(),
              version.header("ETag"));
      assertEquals(200, submitted.status(), submitted.toString());
    }
    return new String[] {created.json().getString("id"), versionId};
  }

  @Test
  void onlyThePanelActsAsThePanelAndOnlyHrRunsTheEvaluation() throws SQLException {
    String managementMember = extraEvaluator();
    Api hr = Api.signedIn(url, "evaluator", PASSWORD);
    Map<String, String> ids = userIds(hr);

    Map<Who, Api> callers = new LinkedHashMap<>();
    callers.put(Who.HR_ADMIN, Api.signedIn(url, "admin", PASSWORD));
    callers.put(Who.HR_EVALUATOR_NOT_ON_PANEL, hr);
    callers.put(Who.MANAGEMENT_MEMBER, Api.signedIn(url, managementMember, PASSWORD));
    callers.put(Who.STAFF_SIDE_MEMBER, Api.signedIn(url, "rep2", PASSWORD));
    callers.put(Who.CHAIR, Api.signedIn(url, "evaluator2", PASSWORD));
    callers.put(Who.UNION_REP_NOT_ON_PANEL, Api.signedIn(url, "rep", PASSWORD));
    callers.put(Who.STAFF, Api.signedIn(url, "staff", PASSWORD));
    callers.put(Who.AUDITOR, Api.signedIn(url, "auditor", PASSWORD));
    callers.put(Who.ANONYMOUS, Api.at(url));

    // one evaluation with its panel, one still waiting for a decision, one draft JD
    String versionId = jd(hr, true)[1];
    Reply requested =
        hr.post(
            "/api/v1/evaluations",
            Json.createObjectBuilder().add("jdVersionId", versionId).add("reason", "New.").build());
    assertEquals(201, requested.status(), requested.toString());
    String id = requested.json().getString("id");
    Reply accepted =
        hr.put(
            "/api/v1/evaluations/" + id + "/decision",
            Json.createObjectBuilder().add("decision", "ACCEPT").add("priority", "P2").build(),
            requested.header("ETag"));
    assertEquals(200, accepted.status(), accepted.toString());
    Reply seated =
        hr.put(
            "/api/v1/evaluations/" + id + "/panel",
            Json.createObjectBuilder()
                .add("schemeId", DemoRecords.scheme("PROBATION", 1))
                .add(
                    "members",
                    Json.createArrayBuilder()
                        .add(member(ids.get("evaluator2"), "MANAGEMENT", true))
                        .add(member(ids.get(managementMember), "MANAGEMENT", false))
                        .add(member(ids.get("rep2"), "STAFF", false)))
                .build(),
            accepted.header("ETag"));
    assertEquals(200, seated.status(), seated.toString());
    String etag = seated.header("ETag");

    String waitingVersion = jd(hr, true)[1];
    Reply waiting =
        hr.post(
            "/api/v1/evaluations",
            Json.createObjectBuilder()
                .add("jdVersionId", waitingVersion)
                .add("reason", "New.")
                .build());
    String waitingId = waiting.json().getString("id");
    String draftVersion = jd(hr, false)[1];

    String path = "/api/v1/evaluations/" + id;
    JsonObject decision =
        Json.createObjectBuilder().add("decision", "ACCEPT").add("priority", "P1").build();
    JsonObject panel =
        Json.createObjectBuilder()
            .add("schemeId", DemoRecords.scheme("PROBATION", 1))
            .add("members", Json.createArrayBuilder())
            .build();
    // a level the contract allows (1 to 50) but the scheme has not: the panel hears 400, others 403
    String badProvisional = "{\"levels\":{\"WORKING_CONDITIONS\":50}}";
    JsonObject level =
        Json.createObjectBuilder().add("level", 1).add("rationale", "Group rooms only.").build();
    JsonObject check = Json.createObjectBuilder().add("conclusion", "In line.").build();
    JsonObject publication = Json.createObjectBuilder().add("effectiveFrom", "2027-04-01").build();
    Map<String, String> plain = Map.of("X-Requested-With", "bandwise");
    Map<String, String> stale = Map.of("X-Requested-With", "bandwise", "If-Match", STALE);

    Who[] hrRoles = {Who.HR_ADMIN, Who.HR_EVALUATOR_NOT_ON_PANEL, Who.MANAGEMENT_MEMBER, Who.CHAIR};
    Who[] members = {Who.MANAGEMENT_MEMBER, Who.STAFF_SIDE_MEMBER, Who.CHAIR};
    List<Write> writes =
        List.of(
            new Write(
                "request an evaluation (of a draft: refused after the permission check)",
                expect(
                    409,
                    Who.HR_ADMIN,
                    Who.HR_EVALUATOR_NOT_ON_PANEL,
                    Who.MANAGEMENT_MEMBER,
                    Who.STAFF_SIDE_MEMBER,
                    Who.CHAIR,
                    Who.UNION_REP_NOT_ON_PANEL),
                api ->
                    api.post(
                        "/api/v1/evaluations",
                        Json.createObjectBuilder()
                            .add("jdVersionId", draftVersion)
                            .add("reason", "Please.")
                            .build())),
            new Write(
                "decide a request",
                expect(412, hrRoles),
                api -> api.put("/api/v1/evaluations/" + waitingId + "/decision", decision, STALE)),
            new Write(
                "form the panel",
                expect(412, hrRoles),
                api -> api.put(path + "/panel", panel, STALE)),
            new Write(
                "record provisional levels",
                expect(400, members),
                api -> api.send("PUT", path + "/provisional-levels", badProvisional, plain)),
            new Write(
                "record an agreed level and its rationale",
                expect(412, members),
                api -> api.put(path + "/agreed-levels/WORKING_CONDITIONS", level, STALE)),
            new Write(
                "sign off the agreed levels",
                expect(412, members),
                api -> api.send("POST", path + "/sign-offs", null, stale)),
            new Write(
                "record the consistency check",
                expect(412, hrRoles),
                api -> api.put(path + "/consistency-check", check, STALE)),
            new Write(
                "publish the outcome",
                expect(412, hrRoles),
                api -> api.put(path + "/publication", publication, STALE)));

    List<String> wrong = new ArrayList<>();
    for (Write write : writes) {
      for (var entry : write.expected().entrySet()) {
        Reply reply = write.call().as(callers.get(entry.getKey()));
        if (reply.status() != entry.getValue()) {
          wrong.add(
              write.name()
                  + " as "
                  + entry.getKey()
                  + ": expected "
                  + entry.getValue()
                  + ", got "
                  + reply);
        } else if (reply.status() >= 400) {
          assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
        }
      }
    }
    assertEquals(List.of(), wrong);

    Reply after = hr.get(path);
    assertEquals(etag, after.header("ETag"), "no refused change was written");
    assertEquals(0, after.json().getJsonArray("agreedLevels").size());
    assertEquals(0, after.json().getJsonArray("signOffs").size());
    assertEquals(
        "REQUESTED", hr.get("/api/v1/evaluations/" + waitingId).json().getString("status"));
    Reply consensus = hr.get(path + "/consensus");
    assertEquals(0, consensus.json().getInt("membersRecorded"));
  }

  private static JsonObject member(String userId, String side, boolean chair) {
    return Json.createObjectBuilder()
        .add("userId", userId)
        .add("side", side)
        .add("chair", chair)
        .build();
  }
}
