package org.bandwise.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The facilitator appeal from lodging to an upheld decision: the review panel's decision publishes
 * a new outcome (489 points, Band 4) effective from the lodging date, drafts a re-banding with
 * arrears back to that date, and applying it ends the protection of the person whose band it
 * restores; two decisions at once, one wins. Evidence files: type and size refused, download as an
 * attachment, withdrawn but kept. Notifications of status changes.
 */
class AppealDecisionIT extends DeployedBandwise {

  private static String facilitator() {
    return DemoRecords.evaluation("INT-IF-001", 1, "PUBLISHED");
  }

  /** A Napo member at Band 3 on an Intervention Facilitator post, protected at Band 4. */
  private static String[] protectedHolder() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String number = "UP" + suffix;
    String staffId = UUID.randomUUID().toString();
    String protectionId = UUID.randomUUID().toString();
    try (Connection c = TestDatabase.connect()) {
      String jd = one(c, "SELECT id FROM job_description WHERE reference = 'INT-IF-001'");
      String band3 =
          one(
              c,
              "SELECT b.id FROM pay_band b JOIN pay_structure s ON s.id = b.structure_id"
                  + " WHERE s.code = 'PROBATION' AND b.code = '3'");
      String band4 =
          one(
              c,
              "SELECT b.id FROM pay_band b JOIN pay_structure s ON s.id = b.structure_id"
                  + " WHERE s.code = 'PROBATION' AND b.code = '4'");
      String structure = one(c, "SELECT structure_id FROM pay_band WHERE id = ?", band3);
      String unit = UUID.randomUUID().toString();
      run(
          c,
          "INSERT INTO org_unit (id, name, kind, created_at) VALUES (?, ?, 'PDU', NOW(3))",
          unit,
          "IT appeal unit " + suffix);
      String post = UUID.randomUUID().toString();
      run(
          c,
          "INSERT INTO post (id, post_number, jd_id, unit_id, zone_code, weekly_hours,"
              + " created_at, updated_at) VALUES (?, ?, ?, ?, 'NATIONAL', 37, NOW(3), NOW(3))",
          post,
          "APP-" + suffix,
          jd,
          unit);
      run(
          c,
          "INSERT INTO staff_member (id, staff_number, first_name, last_name, union_code,"
              + " created_at, updated_at) VALUES (?, ?, 'Fola', 'Facilitator', 'NAPO', NOW(3),"
              + " NOW(3))",
          staffId,
          number);
      run(
          c,
          "INSERT INTO staff_assignment (id, staff_id, effective_from, post_id, structure_id,"
              + " band_id, zone_code, pay_point, weekly_hours, reason, created_at, created_by)"
              + " VALUES (?, ?, '2025-06-01', ?, ?, ?, 'NATIONAL', 1, 37, 'IMPORT', NOW(3), 'it')",
          UUID.randomUUID().toString(),
          staffId,
          post,
          structure,
          band3);
      run(
          c,
          "INSERT INTO pay_protection (id, staff_id, type, starts_on, last_day, protected_pence,"
              + " difference_pence, protected_band_id, created_at, updated_at) VALUES (?, ?,"
              + " 'MARK_TIME', '2025-06-01', '2027-05-31', 4000000, 500000, ?, NOW(3), NOW(3))",
          protectionId,
          staffId,
          band4);
    }
    return new String[] {number, protectionId};
  }

  private static Reply step(Api api, String id, String etag, JsonObject body) {
    return api.send(
        "POST",
        "/api/v1/appeals/" + id + "/steps",
        body.toString(),
        Map.of("X-Requested-With", "bandwise", "If-Match", etag));
  }

  private static JsonObject simple(String step) {
    return Json.createObjectBuilder().add("step", step).build();
  }

  private String lodge(Api rep, String member) {
    JsonObject appeal =
        Json.createObjectBuilder()
            .add("kind", "OUTCOME")
            .add("scope", "INDIVIDUAL")
            .add("evaluationId", facilitator())
            .add("members", Json.createArrayBuilder().add(member))
            .add(
                "grounds",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("factor", "WORKING_CONDITIONS")
                            .add("claimedLevel", 2)
                            .add("evidence", "Session logs for August and September.")
                            .add(
                                "argument",
                                "Unpleasant conditions are a weekly part of the work.")))
            .build();
    Reply lodged = rep.post("/api/v1/appeals", appeal);
    assertEquals(201, lodged.status(), lodged.toString());
    return lodged.json().getString("id");
  }

  @Test
  void anUpheldAppealPublishesANewOutcomeFromTheLodgingDateAndDraftsARebandingWithArrears()
      throws Exception {
    String[] holder = protectedHolder();
    Api rep = Api.signedIn(url, "rep", PASSWORD);
    Api hr = Api.signedIn(url, "evaluator", PASSWORD);
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    String id = lodge(rep, holder[0]);
    // lodged six weeks ago (within the time limit), so pay is owed back to then
    LocalDate lodgedOn = LocalDate.now(ZoneOffset.UTC).minusWeeks(6);
    try (Connection c = TestDatabase.connect()) {
      run(
          c,
          "UPDATE appeal SET lodged_on = ?, first_lodged_on = ? WHERE id = ?",
          lodgedOn,
          lodgedOn,
          id);
    }
    Reply current = hr.get("/api/v1/appeals/" + id);
    Reply acknowledged = step(hr, id, current.header("ETag"), simple("ACKNOWLEDGE"));
    assertEquals(200, acknowledged.status(), acknowledged.toString());
    // the rep hears of it
    Reply news = rep.get("/api/v1/me/notifications?unread=true&size=100");
    assertEquals(200, news.status(), news.toString());
    assertTrue(news.body().contains(id), news.toString());
    assertTrue(news.json().getJsonNumber("unread").longValue() >= 1);
    String noticeId = null;
    for (var n : news.items().getValuesAs(JsonObject.class)) {
      if (id.equals(n.getString("appealId", null))) {
        noticeId = n.getString("id");
      }
    }
    Reply read =
        rep.send(
            "POST",
            "/api/v1/me/notifications/" + noticeId + "/read",
            null,
            Map.of("X-Requested-With", "bandwise"));
    assertEquals(200, read.status(), read.toString());
    assertTrue(read.json().getBoolean("read"));
    // nobody marks another's notification
    assertEquals(
        404,
        hr.send(
                "POST",
                "/api/v1/me/notifications/" + noticeId + "/read",
                null,
                Map.of("X-Requested-With", "bandwise"))
            .status());

    Reply review = step(hr, id, acknowledged.header("ETag"), simple("START_REVIEW"));
    assertEquals(200, review.status(), review.toString());
    String adminId;
    String evaluatorId;
    String rep2Id;
    try (Connection c = TestDatabase.connect()) {
      adminId = one(c, "SELECT id FROM app_user WHERE username = 'admin'");
      evaluatorId = one(c, "SELECT id FROM app_user WHERE username = 'evaluator'");
      rep2Id = one(c, "SELECT id FROM app_user WHERE username = 'rep2'");
    }
    JsonObject panel =
        Json.createObjectBuilder()
            .add(
                "members",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("userId", adminId)
                            .add("side", "MANAGEMENT")
                            .add("chair", true))
                    .add(
                        Json.createObjectBuilder()
                            .add("userId", evaluatorId)
                            .add("side", "MANAGEMENT")
                            .add("chair", false))
                    .add(
                        Json.createObjectBuilder()
                            .add("userId", rep2Id)
                            .add("side", "STAFF")
                            .add("chair", false)))
            .build();
    Reply seated = hr.put("/api/v1/appeals/" + id + "/review-panel", panel, review.header("ETag"));
    assertEquals(200, seated.status(), seated.toString());
    Reply hearing =
        step(
            hr,
            id,
            seated.header("ETag"),
            Json.createObjectBuilder()
                .add("step", "SCHEDULE_HEARING")
                .add("hearingOn", LocalDate.now(ZoneOffset.UTC).toString())
                .build());
    assertEquals(200, hearing.status(), hearing.toString());

    // two decisions at once with the same version: one wins
    JsonObject decision =
        Json.createObjectBuilder()
            .add("step", "DECIDE")
            .add("decision", "UPHELD")
            .add("rationale", "Unpleasant conditions are a regular part of the work.")
            .add(
                "factorDecisions",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("factor", "WORKING_CONDITIONS")
                            .add("decidedLevel", 2)
                            .add("rationale", "Weekly exposure to verbal aggression.")))
            .build();
    String etag = hearing.header("ETag");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Reply> replies = new ArrayList<>();
    try {
      List<Future<Reply>> futures = new ArrayList<>();
      for (Api who : List.of(hr, admin)) {
        Callable<Reply> call = () -> step(who, id, etag, decision);
        futures.add(pool.submit(call));
      }
      for (Future<Reply> f : futures) {
        replies.add(f.get());
      }
    } finally {
      pool.shutdown();
    }
    Reply won = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
    assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), replies.toString());
    assertTrue(
        replies.stream().anyMatch(r -> r.status() == 412 || r.status() == 409), replies.toString());

    JsonObject decided = won.json();
    assertEquals("DECIDED", decided.getString("status"));
    JsonObject revised = decided.getJsonObject("revisedOutcome");
    assertNotNull(revised, decided.toString());
    assertEquals(489, revised.getInt("total"));
    assertEquals("Band 4", revised.getString("band"));
    assertEquals(lodgedOn.toString(), revised.getString("effectiveFrom"));
    String evaluationId = revised.getString("evaluationId");
    String rebandingId = decided.getString("rebandingId");
    assertTrue(decided.getJsonArray("timeline").toString().contains("New outcome published"));

    // the new outcome went through publication: its panel is the review panel, all signed off
    try (Connection c = TestDatabase.connect()) {
      assertEquals("PUBLISHED", one(c, "SELECT status FROM evaluation WHERE id = ?", evaluationId));
      assertEquals("489", one(c, "SELECT total FROM evaluation WHERE id = ?", evaluationId));
      assertEquals(
          lodgedOn.toString(),
          one(c, "SELECT effective_from FROM evaluation WHERE id = ?", evaluationId));
      assertEquals(
          one(c, "SELECT scheme_id FROM evaluation WHERE id = ?", facilitator()),
          one(c, "SELECT scheme_id FROM evaluation WHERE id = ?", evaluationId));
      assertEquals(
          "3", one(c, "SELECT COUNT(*) FROM panel_sign_off WHERE evaluation_id = ?", evaluationId));
      assertEquals(
          "2",
          one(
              c,
              "SELECT level_number FROM agreed_level WHERE evaluation_id = ?"
                  + " AND factor_code = 'WORKING_CONDITIONS'",
              evaluationId));
    }

    // the drafted re-banding: from the lodging date, the holder up to Band 4 with arrears
    Reply rebanding = hr.get("/api/v1/rebandings/" + rebandingId);
    assertEquals(200, rebanding.status(), rebanding.toString());
    assertEquals("DRAFT", rebanding.json().getString("status"));
    assertEquals(lodgedOn.toString(), rebanding.json().getString("effectiveFrom"));
    JsonObject person = null;
    for (int page = 1; person == null && page <= 50; page++) {
      JsonObject people =
          hr.get("/api/v1/rebandings/" + rebandingId + "?sort=staffNumber&size=100&page=" + page)
              .json()
              .getJsonObject("people");
      for (var p : people.getJsonArray("items").getValuesAs(JsonObject.class)) {
        if (holder[0].equals(p.getString("staffNumber"))) {
          person = p;
        }
      }
      if (people.getJsonArray("items").isEmpty()) {
        break;
      }
    }
    assertNotNull(person, holder[0] + " is not in the re-banding");
    assertEquals("UP", person.getString("change"));
    // protected at £40,000, above every Band 4 point: restored to the top of Band 4, and owed
    // nothing, because protection already paid more than Band 4 since the lodging date
    assertEquals("4", person.getJsonObject("to").getString("band"), person.toString());
    assertEquals(0, person.getJsonNumber("arrearsPence").longValue(), person.toString());
    // the Band 3 facilitators who were never protected are owed the difference since then
    long arrears =
        rebanding.json().getJsonObject("totals").getJsonNumber("arrearsPence").longValue();
    assertTrue(arrears > 0, rebanding.json().getJsonObject("totals").toString());

    // applying it restores the band: the protection ends, "appeal upheld"
    Reply applied =
        admin.send(
            "POST",
            "/api/v1/rebandings/" + rebandingId + "/apply",
            null,
            Map.of("X-Requested-With", "bandwise", "If-Match", rebanding.header("ETag")));
    assertEquals(200, applied.status(), applied.toString());
    try (Connection c = TestDatabase.connect()) {
      assertEquals(
          "APPEAL_UPHELD", one(c, "SELECT end_reason FROM pay_protection WHERE id = ?", holder[1]));
      assertEquals(
          lodgedOn.toString(),
          one(c, "SELECT ended_on FROM pay_protection WHERE id = ?", holder[1]));
    }
  }

  private static byte[] multipart(String boundary, String fileName, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void evidenceIsCheckedByContentAndSizeDownloadedAsAnAttachmentAndWithdrawnButKept()
      throws Exception {
    String[] holder = protectedHolder();
    Api rep = Api.signedIn(url, "rep", PASSWORD);
    Api rep2 = Api.signedIn(url, "rep2", PASSWORD);
    Api staff = Api.signedIn(url, "staff", PASSWORD);
    String id = lodge(rep, holder[0]);
    String path = "/api/v1/appeals/" + id + "/evidence";
    String boundary = "----bandwise" + UUID.randomUUID();
    byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    HttpResponse<byte[]> added =
        rep.sendBytes(
            "POST",
            path + "?description=Session%20logs",
            multipart(boundary, "session-logs.pdf", pdf),
            "multipart/form-data; boundary=" + boundary);
    assertEquals(201, added.statusCode(), new String(added.body(), StandardCharsets.UTF_8));
    JsonObject file =
        Json.createReader(new java.io.ByteArrayInputStream(added.body())).readObject();
    assertEquals("PDF", file.getString("type"));
    assertEquals("session-logs.pdf", file.getString("fileName"));

    // a script named .pdf: 422 naming file; over 10 MB: 413 naming file
    HttpResponse<byte[]> script =
        rep.sendBytes(
            "POST",
            path + "?fileName=logs.pdf",
            "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
            "application/octet-stream");
    assertEquals(422, script.statusCode());
    assertTrue(new String(script.body(), StandardCharsets.UTF_8).contains("\"file\""));
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(pdf, 0, big, 0, pdf.length);
    HttpResponse<byte[]> tooBig =
        rep.sendBytes("POST", path + "?fileName=big.pdf", big, "application/octet-stream");
    assertEquals(413, tooBig.statusCode());
    assertTrue(new String(tooBig.body(), StandardCharsets.UTF_8).contains("\"file\""));
    // another union's rep sees nothing; a staff member not on the appeal cannot add
    assertEquals(404, rep2.get(path).status());
    assertEquals(
        403,
        staff
            .sendBytes("POST", path + "?fileName=a.pdf", pdf, "application/octet-stream")
            .statusCode());

    // download: an attachment, never inline, not sniffed
    String fileId = file.getString("id");
    HttpResponse<byte[]> download = rep.sendBytes("GET", path + "/" + fileId + "/file", null, null);
    assertEquals(200, download.statusCode());
    assertTrue(
        download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
    assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals(
        new String(pdf, StandardCharsets.US_ASCII),
        new String(download.body(), StandardCharsets.US_ASCII));

    // withdrawn: marked, kept, still listed
    Reply withdrawn =
        rep.send(
            "POST",
            path + "/" + fileId + "/withdraw",
            "{\"reason\":\"The wrong month was attached.\"}",
            Map.of(
                "X-Requested-With", "bandwise", "If-Match", "\"" + file.getInt("version") + "\""));
    assertEquals(200, withdrawn.status(), withdrawn.toString());
    assertTrue(withdrawn.json().getBoolean("withdrawn"));
    Reply listed = rep.get(path);
    assertEquals(1, listed.json().getInt("totalItems"));
    assertTrue(listed.items().getJsonObject(0).getBoolean("withdrawn"));
    assertEquals(200, rep.sendBytes("GET", path + "/" + fileId + "/file", null, null).statusCode());
    try (Connection c = TestDatabase.connect()) {
      assertEquals(
          "1",
          one(
              c,
              "SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action ="
                  + " 'EVIDENCE_WITHDRAWN'",
              id));
    }

    // notes go on the timeline
    Reply noted =
        rep.send(
            "POST",
            "/api/v1/appeals/" + id + "/notes",
            "{\"text\":\"Member available for the hearing on Tuesdays only.\"}",
            Map.of("X-Requested-With", "bandwise"));
    assertEquals(200, noted.status(), noted.toString());
    assertTrue(noted.json().getJsonArray("timeline").toString().contains("Tuesdays only"));
    assertFalse(
        rep2.send(
                "POST",
                "/api/v1/appeals/" + id + "/notes",
                "{\"text\":\"x\"}",
                Map.of("X-Requested-With", "bandwise"))
            .body()
            .contains("Tuesdays"));
  }
}
