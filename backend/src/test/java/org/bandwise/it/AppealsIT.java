package org.bandwise.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.bandwise.calendar.control.WorkingDays;
import org.junit.jupiter.api.Test;

/**
 * Appeals through the API against the demo's published Intervention Facilitator outcome: a Napo rep
 * lodges for a Napo member, another union's rep gets 404, deadlines move with the bank holiday
 * calendar, the status machine refuses steps out of order, the what-if is scored by the scheme, and
 * each role may do only its part.
 */
class AppealsIT extends DeployedBandwise {

  /** A Napo member and a UNISON member; answers their staff numbers. */
  private String[] members() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String[] numbers = {"AP" + suffix + "N", "AP" + suffix + "U"};
    try (Connection c = TestDatabase.connect()) {
      String[] unions = {"NAPO", "UNISON"};
      for (int i = 0; i < 2; i++) {
        run(
            c,
            "INSERT INTO staff_member (id, staff_number, first_name, last_name, union_code,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, NOW(3), NOW(3))",
            UUID.randomUUID().toString(),
            numbers[i],
            i == 0 ? "Nia" : "Uma",
            "Member" + suffix,
            unions[i]);
      }
    }
    return numbers;
  }

  private static String facilitator() {
    return DemoRecords.evaluation("INT-IF-001", 1, "PUBLISHED");
  }

  private JsonObject outcomeAppeal(String member, int claimedLevel) {
    return Json.createObjectBuilder()
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
                        .add("claimedLevel", claimedLevel)
                        .add("evidence", "Sessions in unadapted rooms with hostile groups.")
                        .add("argument", "The work is done in unpleasant conditions weekly.")))
        .build();
  }

  private static Reply step(
      Api api, String id, String etag, String step, Map<String, String> more) {
    var body = Json.createObjectBuilder().add("step", step);
    more.forEach(body::add);
    return api.send(
        "POST",
        "/api/v1/appeals/" + id + "/steps",
        body.build().toString(),
        Map.of("X-Requested-With", "bandwise", "If-Match", etag));
  }

  @Test
  void aRepLodgesForTheirOwnMemberAndOtherUnionsSeeNothing() throws Exception {
    String[] members = members();
    Api rep = Api.signedIn(url, "rep", PASSWORD);
    Api rep2 = Api.signedIn(url, "rep2", PASSWORD);

    Reply lodged = rep.post("/api/v1/appeals", outcomeAppeal(members[0], 2));
    assertEquals(201, lodged.status(), lodged.toString());
    JsonObject appeal = lodged.json();
    String id = appeal.getString("id");
    assertEquals("LODGED", appeal.getString("status"));
    assertEquals("OUTCOME", appeal.getString("kind"));
    assertEquals("NAPO", appeal.getString("union"));
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertEquals(today.toString(), appeal.getString("lodgedOn"));
    assertEquals(
        WorkingDays.englandAndWales().add(today, 10).toString(), appeal.getString("acknowledgeBy"));
    assertEquals(today.plusMonths(3).toString(), appeal.getString("decideBy"));
    assertEquals(
        "WORKING_CONDITIONS", appeal.getJsonArray("grounds").getJsonObject(0).getString("factor"));
    assertTrue(appeal.getJsonArray("allowedSteps").toString().contains("WITHDRAW"));
    assertFalse(appeal.getJsonArray("allowedSteps").toString().contains("ACKNOWLEDGE"));

    // what-if from the scheme: the awarded total plus the points between the two levels
    JsonObject whatIf = appeal.getJsonObject("whatIf");
    try (Connection c = TestDatabase.connect()) {
      String total = one(c, "SELECT total FROM evaluation WHERE id = ?", facilitator());
      assertEquals(Integer.parseInt(total), whatIf.getInt("awardedTotal"));
      String scheme = one(c, "SELECT scheme_id FROM evaluation WHERE id = ?", facilitator());
      String factor =
          one(
              c,
              "SELECT id FROM scheme_factor WHERE scheme_id = ? AND code = 'WORKING_CONDITIONS'",
              scheme);
      int l1 =
          Integer.parseInt(
              one(
                  c,
                  "SELECT points FROM scheme_level WHERE factor_id = ? AND level_number = 1",
                  factor));
      int l2 =
          Integer.parseInt(
              one(
                  c,
                  "SELECT points FROM scheme_level WHERE factor_id = ? AND level_number = 2",
                  factor));
      int awardedLevel = appeal.getJsonArray("grounds").getJsonObject(0).getInt("awardedLevel");
      assertEquals(1, awardedLevel);
      assertEquals(Integer.parseInt(total) + l2 - l1, whatIf.getInt("claimedTotal"));
      assertEquals(l2 - l1, whatIf.getInt("difference"));
      assertTrue(whatIf.getString("summary").startsWith("Working conditions at level 2: "));
    }

    // another union's rep: 404 on the appeal, and it is not in their list
    assertEquals(404, rep2.get("/api/v1/appeals/" + id).status());
    assertFalse(rep2.get("/api/v1/appeals?size=100").body().contains(id));
    assertTrue(rep.get("/api/v1/appeals?size=100").body().contains(id));
    // HR and auditors see all
    assertEquals(200, Api.signedIn(url, "admin", PASSWORD).get("/api/v1/appeals/" + id).status());
    assertEquals(200, Api.signedIn(url, "auditor", PASSWORD).get("/api/v1/appeals/" + id).status());
    // a rep cannot lodge for another union's member
    Reply foreign = rep.post("/api/v1/appeals", outcomeAppeal(members[1], 2));
    assertEquals(400, foreign.status(), foreign.toString());
    assertTrue(foreign.problemFields().contains("members[0]"), foreign.toString());
    // claiming the level already awarded is refused, naming the field
    Reply same = rep.post("/api/v1/appeals", outcomeAppeal(members[0], 1));
    assertEquals(400, same.status());
    assertTrue(same.problemFields().contains("grounds[0].claimedLevel"), same.toString());
  }

  @Test
  void theStatusMachineRefusesStepsOutOfOrderAndRolesTakeOnlyTheirSteps() throws Exception {
    String[] members = members();
    Api rep = Api.signedIn(url, "rep", PASSWORD);
    Api hr = Api.signedIn(url, "evaluator", PASSWORD);
    Api auditor = Api.signedIn(url, "auditor", PASSWORD);
    Api staff = Api.signedIn(url, "staff", PASSWORD);
    Reply lodged = rep.post("/api/v1/appeals", outcomeAppeal(members[0], 2));
    assertEquals(201, lodged.status(), lodged.toString());
    String id = lodged.json().getString("id");
    String etag = lodged.header("ETag");

    // a rep cannot acknowledge; auditors and staff cannot take steps at all
    assertEquals(403, step(rep, id, etag, "ACKNOWLEDGE", Map.of()).status());
    assertEquals(403, step(auditor, id, etag, "ACKNOWLEDGE", Map.of()).status());
    assertEquals(403, step(staff, id, etag, "ACKNOWLEDGE", Map.of()).status());
    assertEquals(403, staff.post("/api/v1/appeals", outcomeAppeal(members[0], 2)).status());

    // out of order: a decision before a hearing
    Reply early =
        step(hr, id, etag, "DECIDE", Map.of("decision", "UPHELD", "rationale", "Too soon."));
    assertEquals(409, early.status(), early.toString());
    assertTrue(early.json().getString("detail").contains("record a decision on"), early.toString());
    // no If-Match: 428; a stale one: 412
    Reply noMatch =
        hr.send(
            "POST",
            "/api/v1/appeals/" + id + "/steps",
            "{\"step\":\"ACKNOWLEDGE\"}",
            Map.of("X-Requested-With", "bandwise"));
    assertEquals(428, noMatch.status());
    assertEquals(412, step(hr, id, "\"99\"", "ACKNOWLEDGE", Map.of()).status());

    Reply acknowledged = step(hr, id, etag, "ACKNOWLEDGE", Map.of("note", "Received."));
    assertEquals(200, acknowledged.status(), acknowledged.toString());
    assertEquals("ACKNOWLEDGED", acknowledged.json().getString("status"));
    // the same step again with the old ETag: 412; with the new one: 409 naming the step
    assertEquals(412, step(hr, id, etag, "ACKNOWLEDGE", Map.of()).status());
    Reply again = step(hr, id, acknowledged.header("ETag"), "ACKNOWLEDGE", Map.of());
    assertEquals(409, again.status());
    assertTrue(again.problemFields().contains("step"), again.toString());
    // the timeline records who did what
    var timeline = acknowledged.json().getJsonArray("timeline");
    assertEquals(2, timeline.size());
    assertEquals("ACKNOWLEDGE", timeline.getJsonObject(1).getString("step"));

    // withdrawal needs a reason, then nothing more can happen
    String tag = acknowledged.header("ETag");
    Reply noReason = step(rep, id, tag, "WITHDRAW", Map.of());
    assertEquals(400, noReason.status());
    assertTrue(noReason.problemFields().contains("reason"));
    Reply withdrawn = step(rep, id, tag, "WITHDRAW", Map.of("reason", "Settled informally."));
    assertEquals(200, withdrawn.status(), withdrawn.toString());
    assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
    assertEquals(0, withdrawn.json().getJsonArray("allowedSteps").size());
  }

  @Test
  void deadlinesMoveWithTheBankHolidayCalendar() throws Exception {
    String[] members = members();
    Api rep = Api.signedIn(url, "rep", PASSWORD);
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    // the bundled calendar is seeded: Christmas 2026 falls on a Friday, Boxing Day's substitute on
    // Monday
    String december =
        Api.signedIn(url, "staff", PASSWORD).get("/api/v1/calendar/bank-holidays?year=2026").body();
    assertTrue(december.contains("2026-12-25"), december);
    assertTrue(december.contains("2026-12-28"), december);

    Reply lodged = rep.post("/api/v1/appeals", outcomeAppeal(members[0], 2));
    assertEquals(201, lodged.status(), lodged.toString());
    String id = lodged.json().getString("id");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate before = LocalDate.parse(lodged.json().getString("acknowledgeBy"));
    LocalDate extra = WorkingDays.englandAndWales().add(today, 3);

    // only HR admins keep the calendar
    JsonObject holiday =
        Json.createObjectBuilder().add("date", extra.toString()).add("title", "IT holiday").build();
    assertEquals(403, rep.post("/api/v1/calendar/bank-holidays", holiday).status());
    Reply added = admin.post("/api/v1/calendar/bank-holidays", holiday);
    assertEquals(201, added.status(), added.toString());
    try {
      assertEquals(409, admin.post("/api/v1/calendar/bank-holidays", holiday).status());
      LocalDate after =
          LocalDate.parse(rep.get("/api/v1/appeals/" + id).json().getString("acknowledgeBy"));
      assertTrue(after.isAfter(before), before + " then " + after);
    } finally {
      Reply removed =
          admin.send(
              "DELETE",
              "/api/v1/calendar/bank-holidays/" + extra,
              null,
              Map.of("X-Requested-With", "bandwise"));
      assertEquals(204, removed.status(), removed.toString());
    }
    assertEquals(
        before.toString(), rep.get("/api/v1/appeals/" + id).json().getString("acknowledgeBy"));
  }

  @Test
  void consentIsGrantedAndWithdrawnAndRepLooksAreShownToTheMember() throws Exception {
    String number = "AC" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    try (Connection c = TestDatabase.connect()) {
      String userId = one(c, "SELECT id FROM app_user WHERE username = 'staff3'");
      String old = one(c, "SELECT id FROM staff_member WHERE user_id = ?", userId);
      if (old != null) {
        run(c, "UPDATE staff_member SET user_id = NULL WHERE id = ?", old);
      }
      run(
          c,
          "INSERT INTO staff_member (id, staff_number, first_name, last_name, union_code, user_id,"
              + " created_at, updated_at) VALUES (?, ?, 'Casey', 'Wright', 'NAPO', ?, NOW(3), NOW(3))",
          UUID.randomUUID().toString(),
          number,
          userId);
    }
    Api member = Api.signedIn(url, "staff3", PASSWORD);
    Api rep = Api.signedIn(url, "rep", PASSWORD);
    Api rep2 = Api.signedIn(url, "rep2", PASSWORD);
    assertFalse(member.get("/api/v1/me/consent").json().getBoolean("granted"));
    assertEquals(403, rep.get("/api/v1/union-members/" + number).status());
    assertEquals(404, rep2.get("/api/v1/union-members/" + number).status());

    Reply granted =
        member.put(
            "/api/v1/me/consent", Json.createObjectBuilder().add("granted", true).build(), null);
    assertEquals(200, granted.status(), granted.toString());
    Reply look = rep.get("/api/v1/union-members/" + number);
    assertEquals(200, look.status(), look.toString());
    assertEquals("Casey Wright", look.json().getString("name"));
    assertTrue(rep.get("/api/v1/union-members?consented=true&q=" + number).body().contains(number));
    Reply views = member.get("/api/v1/me/record-views");
    assertEquals(1, views.json().getInt("totalItems"), views.toString());
    assertEquals("Rhiannon Evans (Napo rep)", views.items().getJsonObject(0).getString("by"));

    member.put(
        "/api/v1/me/consent", Json.createObjectBuilder().add("granted", false).build(), null);
    assertEquals(403, rep.get("/api/v1/union-members/" + number).status());
    assertNotNull(member.get("/api/v1/me/consent").json().getString("changedAt"));
  }

  /** Moves an appeal's lodging day, with its stored deadlines, as if lodged on {@code day}. */
  private static void lodgedOn(String appealId, LocalDate day) throws Exception {
    try (Connection c = TestDatabase.connect()) {
      run(
          c,
          "UPDATE appeal SET lodged_on = ?, first_lodged_on = ?, acknowledge_by = ?,"
              + " decide_by = ? WHERE id = ?",
          java.sql.Date.valueOf(day),
          java.sql.Date.valueOf(day),
          java.sql.Date.valueOf(WorkingDays.englandAndWales().add(day, 10)),
          java.sql.Date.valueOf(day.plusMonths(3)),
          appealId);
    }
  }

  private static JsonObject attentionTo(Api api, String appealId) {
    Reply attention = api.get("/api/v1/me/attention");
    assertEquals(200, attention.status(), attention.toString());
    for (var item : attention.json().getJsonArray("items")) {
      JsonObject i = item.asJsonObject();
      if (appealId.equals(i.getString("appealId", null))) {
        return i;
      }
    }
    return null;
  }

  private static int indexOf(Api api, String appealId) {
    var items = api.get("/api/v1/me/attention").json().getJsonArray("items");
    for (int i = 0; i < items.size(); i++) {
      if (appealId.equals(items.getJsonObject(i).getString("appealId", null))) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void whatNeedsAttentionIsToldToEachRoleForTheAppealsTheyMaySee() throws Exception {
    DemoState.restore();
    String[] members = members();
    Api rep = Api.signedIn(url, "rep", PASSWORD);
    Api rep2 = Api.signedIn(url, "rep2", PASSWORD);
    Api hr = Api.signedIn(url, "evaluator", PASSWORD);
    Api auditor = Api.signedIn(url, "auditor", PASSWORD);
    Api staff = Api.signedIn(url, "staff", PASSWORD);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    WorkingDays days = WorkingDays.englandAndWales();
    // due soon: lodged 7 working days ago, so acknowledgement is due in 3 working days
    Reply soonLodged = rep.post("/api/v1/appeals", outcomeAppeal(members[0], 2));
    assertEquals(201, soonLodged.status(), soonLodged.toString());
    String soon = soonLodged.json().getString("id");
    // overdue: lodged 12 working days ago for Jordan Lee (the demo account `staff`)
    Reply lateLodged = rep.post("/api/v1/appeals", outcomeAppeal("S002998", 2));
    assertEquals(201, lateLodged.status(), lateLodged.toString());
    String late = lateLodged.json().getString("id");
    // an on-track appeal needs no attention
    Reply calmLodged = rep.post("/api/v1/appeals", outcomeAppeal(members[0], 2));
    String calm = calmLodged.json().getString("id");
    String protection = UUID.randomUUID().toString();
    LocalDate lastProtectedDay = today.plusDays(30);
    try {
      lodgedOn(soon, days.add(today, -7));
      lodgedOn(late, days.add(today, -12));
      LocalDate soonDue = days.add(days.add(today, -7), 10);
      try (Connection c = TestDatabase.connect()) {
        run(
            c,
            "INSERT INTO pay_protection (id, staff_id, type, starts_on, last_day, protected_pence,"
                + " difference_pence, created_at, updated_at) VALUES (?, (SELECT id FROM"
                + " staff_member WHERE staff_number = 'S002998'), 'MARK_TIME', ?, ?, 3755000,"
                + " 150000, NOW(3), NOW(3))",
            protection,
            java.sql.Date.valueOf(today.minusYears(1)),
            java.sql.Date.valueOf(lastProtectedDay));
      }

      // HR takes the steps: told to, overdue first and in words
      JsonObject hrSoon = attentionTo(hr, soon);
      assertNotNull(hrSoon, "HR is told of the appeal due soon");
      assertEquals("APPEAL_STEP", hrSoon.getString("kind"));
      assertEquals("ACKNOWLEDGE", hrSoon.getString("step"));
      assertFalse(hrSoon.getBoolean("overdue"));
      assertEquals(soonDue.toString(), hrSoon.getString("dueOn"));
      assertTrue(
          hrSoon
              .getString("text")
              .matches(
                  "Acknowledge Napo's appeal about Intervention Facilitator by \\d{1,2} [A-Z][a-z]+"
                      + " \\d{4} — (\\d working days? left|due today)\\."),
          hrSoon.toString());
      JsonObject hrLate = attentionTo(hr, late);
      assertNotNull(hrLate, "HR is told of the overdue appeal");
      assertTrue(hrLate.getBoolean("overdue"));
      assertTrue(
          hrLate
              .getString("text")
              .startsWith("Overdue: acknowledge Napo's appeal about Intervention Facilitator"),
          hrLate.toString());
      assertTrue(indexOf(hr, late) < indexOf(hr, soon), "overdue steps come first");
      assertNull(attentionTo(hr, calm), "an appeal on track needs no attention");
      JsonObject counts = hr.get("/api/v1/me/attention").json();
      assertTrue(counts.getInt("overdue") >= 1 && counts.getInt("dueSoon") >= 1, counts.toString());

      // the Napo rep sees their union's appeals and who must act
      JsonObject repSoon = attentionTo(rep, soon);
      assertNotNull(repSoon);
      assertTrue(
          repSoon.getString("text").startsWith("HR must acknowledge Napo's appeal about"),
          repSoon.toString());
      assertTrue(
          attentionTo(rep, late)
              .getString("text")
              .startsWith("Overdue: HR should have acknowledged Napo's appeal about"));
      // the auditor sees all, and acts on none
      assertTrue(attentionTo(auditor, soon).getString("text").startsWith("HR must acknowledge"));

      // a rep of another union is told nothing about Napo's appeals
      Reply unison = rep2.get("/api/v1/me/attention");
      assertEquals(200, unison.status());
      assertNull(attentionTo(rep2, soon));
      assertNull(attentionTo(rep2, late));
      assertFalse(unison.body().contains("Napo's"), unison.body());

      // the member sees the appeal that includes them (not the other) and their protection ending
      assertNull(attentionTo(staff, soon), "not an appeal about this member");
      assertTrue(
          attentionTo(staff, late)
              .getString("text")
              .startsWith("Overdue: HR should have acknowledged Napo's appeal about"));
      Reply mine = staff.get("/api/v1/me/attention");
      String ending =
          "Your pay protection ends on "
              + lastProtectedDay.format(
                  java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
              + ". You have 31 days of protection left.";
      assertTrue(mine.body().contains(ending), mine.body());
      assertTrue(mine.body().contains("\"PROTECTION_ENDING\""), mine.body());
    } finally {
      try (Connection c = TestDatabase.connect()) {
        run(c, "DELETE FROM pay_protection WHERE id = ?", protection);
        for (String id : new String[] {soon, late, calm}) {
          run(c, "UPDATE appeal SET status = 'WITHDRAWN' WHERE id = ?", id);
        }
      }
    }
  }

  private static String notice(Connection c, String username, String text, int minutesAgo)
      throws Exception {
    String id = UUID.randomUUID().toString();
    run(
        c,
        "INSERT INTO notification (id, user_id, kind, text, dedup_key, created_at) VALUES (?,"
            + " (SELECT id FROM app_user WHERE username = ?), 'APPEAL_STATUS', ?, ?,"
            + " NOW(3) - INTERVAL ? MINUTE)",
        id,
        username,
        text,
        "it:" + id,
        minutesAgo);
    return id;
  }

  @Test
  void notificationsAreReadOneOrAllAndNobodyTouchesAnothersNotifications() throws Exception {
    Api staff4 = Api.signedIn(url, "staff4", PASSWORD);
    Api rep2 = Api.signedIn(url, "rep2", PASSWORD);
    // start with none unread
    assertEquals(
        200,
        staff4
            .send(
                "POST",
                "/api/v1/me/notifications/read-all",
                null,
                Map.of("X-Requested-With", "bandwise"))
            .status());
    String older;
    String newer;
    String others;
    try (Connection c = TestDatabase.connect()) {
      older = notice(c, "staff4", "The appeal about Intervention Facilitator was lodged.", 10);
      newer = notice(c, "staff4", "The appeal about Intervention Facilitator was acknowledged.", 1);
      others = notice(c, "rep2", "The appeal about Intervention Facilitator was acknowledged.", 1);
    }
    Reply page = staff4.get("/api/v1/me/notifications?size=1");
    assertEquals(200, page.status(), page.toString());
    assertEquals(2, page.json().getInt("unread"));
    assertEquals(newer, page.items().getJsonObject(0).getString("id"), "newest first");
    assertFalse(page.items().getJsonObject(0).getBoolean("read"));
    assertEquals(
        older,
        staff4
            .get("/api/v1/me/notifications?size=1&page=2")
            .items()
            .getJsonObject(0)
            .getString("id"));

    // another person's notification: 404, and it stays unread
    Reply foreign =
        staff4.send(
            "POST",
            "/api/v1/me/notifications/" + others + "/read",
            null,
            Map.of("X-Requested-With", "bandwise"));
    assertEquals(404, foreign.status(), foreign.toString());

    Reply one =
        staff4.send(
            "POST",
            "/api/v1/me/notifications/" + older + "/read",
            null,
            Map.of("X-Requested-With", "bandwise"));
    assertEquals(200, one.status(), one.toString());
    assertTrue(one.json().getBoolean("read"));
    assertEquals(1, staff4.get("/api/v1/me/notifications").json().getInt("unread"));
    assertEquals(
        newer,
        staff4
            .get("/api/v1/me/notifications?unread=true")
            .items()
            .getJsonObject(0)
            .getString("id"));

    Reply all =
        staff4.send(
            "POST",
            "/api/v1/me/notifications/read-all",
            null,
            Map.of("X-Requested-With", "bandwise"));
    assertEquals(200, all.status(), all.toString());
    assertEquals(1, all.json().getInt("marked"));
    assertEquals(0, all.json().getInt("unread"));
    assertEquals(0, staff4.get("/api/v1/me/notifications?unread=true").json().getInt("totalItems"));
    // marking all of one's own leaves the others' unread
    Reply theirs = rep2.get("/api/v1/me/notifications?unread=true&size=100");
    assertTrue(theirs.body().contains(others), theirs.toString());
  }

  @Test
  void theDemoFacilitatorAppealHasItsEvidenceAndANote() throws Exception {
    Api rep = Api.signedIn(url, "rep", PASSWORD);
    String appeal;
    try (Connection c = TestDatabase.connect()) {
      appeal =
          one(
              c,
              "SELECT a.id FROM appeal a JOIN appeal_evidence e ON e.appeal_id = a.id"
                  + " WHERE e.file_name = 'session-logs-august-september-2026.pdf'");
    }
    assertNotNull(appeal, "the demo facilitator appeal has its session logs attached");
    Reply evidence = rep.get("/api/v1/appeals/" + appeal + "/evidence");
    assertEquals(200, evidence.status(), evidence.toString());
    JsonObject file = evidence.items().getJsonObject(0);
    assertEquals("PDF", file.getString("type"));
    assertEquals("session-logs-august-september-2026.pdf", file.getString("fileName"));
    byte[] pdf =
        rep.bytes("/api/v1/appeals/" + appeal + "/evidence/" + file.getString("id") + "/file");
    String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertTrue(text.startsWith("%PDF-1.4") && text.strip().endsWith("%%EOF"), "a whole PDF");
    Reply detail = rep.get("/api/v1/appeals/" + appeal);
    assertTrue(detail.body().contains("can give further examples at a hearing"), detail.body());
    // the UNISON demo appeal is not the Napo rep's to see
    assertFalse(rep.get("/api/v1/appeals?size=100").body().contains("\"UNISON\""));
  }
}
