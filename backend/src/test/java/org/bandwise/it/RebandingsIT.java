package org.bandwise.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The facilitator re-banding end to end on the real database: one Intervention Facilitator JD at
 * Band 3 replaces a Band 4 and a Band 3 facilitator JD from 1 August 2026. Band 4 holders go down
 * with mark time until 31 July 2028 at their old salary, Band 3 holders stay the same; totals,
 * equality suppression, apply once only, If-Match, role and object-level checks, ending protection
 * and the automatic expiry. Fixtures are made with JDBC (their own JDs and outcome), so the demo's
 * records never enter the scope.
 */
class RebandingsIT extends DeployedBandwise {

  private static final LocalDate FROM = LocalDate.of(2026, 8, 1);

  /** What the fixture made. */
  record Seeded(
      String evaluationId,
      String ifJd,
      String poJd,
      String psoJd,
      List<String> band4,
      List<String> band3,
      String partTimer,
      String linked,
      Map<String, String> staffIds) {}

  private static String jd(Connection c, String reference, String title) throws Exception {
    String id = UUID.randomUUID().toString();
    run(
        c,
        "INSERT INTO job_description (id, reference, title, role_family, directorate, status,"
            + " latest_version_no, published, created_at, updated_at)"
            + " VALUES (?, ?, ?, 'Interventions', 'Interventions', 'EVALUATED', 1, TRUE, NOW(3),"
            + " NOW(3))",
        id,
        reference,
        title);
    return id;
  }

  /**
   * Six Band 4 point 6 holders (one part time, one linked to staff2) and six Band 3 point 5
   * holders: 6 women and 6 men overall; everyone White, no disability.
   */
  private Seeded seed() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    try (Connection c = TestDatabase.connect()) {
      String structure = one(c, "SELECT id FROM pay_structure WHERE code = 'PROBATION'");
      String band4 =
          one(c, "SELECT id FROM pay_band WHERE structure_id = ? AND code = '4'", structure);
      String band3 =
          one(c, "SELECT id FROM pay_band WHERE structure_id = ? AND code = '3'", structure);
      String scheme = one(c, "SELECT id FROM scheme ORDER BY code, scheme_version LIMIT 1");
      String admin = one(c, "SELECT id FROM app_user WHERE username = 'admin'");
      String ifJd = jd(c, "IT-IF-" + suffix, "Intervention Facilitator " + suffix);
      String poJd = jd(c, "IT-PO-" + suffix, "Programme facilitator (PO) " + suffix);
      String psoJd = jd(c, "IT-PSO-" + suffix, "Programme facilitator (PSO) " + suffix);
      String version = UUID.randomUUID().toString();
      run(
          c,
          "INSERT INTO jd_version (id, jd_id, version_no, status, title, role_family, directorate,"
              + " purpose, created_at, updated_at) VALUES (?, ?, 1, 'EVALUATED', 'Intervention"
              + " Facilitator', 'Interventions', 'Interventions', 'Delivers programmes.', NOW(3),"
              + " NOW(3))",
          version,
          ifJd);
      String evaluation = UUID.randomUUID().toString();
      run(
          c,
          "INSERT INTO evaluation (id, jd_id, jd_version_id, requester_id, requester_type, reason,"
              + " requested_at, status, scheme_id, total, band_id, effective_from, published_at,"
              + " published_by, created_at, updated_at) VALUES (?, ?, ?, ?, 'HR', 'IT', NOW(3),"
              + " 'PUBLISHED', ?, 479, ?, '2026-10-01', NOW(3), 'IT', NOW(3), NOW(3))",
          evaluation,
          ifJd,
          version,
          admin,
          scheme,
          band3);
      String unit = UUID.randomUUID().toString();
      run(
          c,
          "INSERT INTO org_unit (id, name, kind, created_at) VALUES (?, ?, 'PDU', NOW(3))",
          unit,
          "IT re-banding unit " + suffix);
      // staff2 is linked to the first Band 4 holder
      String staff2 = one(c, "SELECT id FROM app_user WHERE username = 'staff2'");
      run(c, "UPDATE staff_member SET user_id = NULL WHERE user_id = ?", staff2);
      List<String> b4 = new ArrayList<>();
      List<String> b3 = new ArrayList<>();
      Map<String, String> ids = new HashMap<>();
      String partTimer = null;
      String linked = null;
      for (int i = 0; i < 12; i++) {
        boolean down = i < 6;
        String number = "RB" + suffix + (char) ('A' + i);
        String sex = down ? (i < 4 ? "F" : "M") : (i < 8 ? "F" : "M");
        String id = UUID.randomUUID().toString();
        run(
            c,
            "INSERT INTO staff_member (id, staff_number, first_name, last_name, user_id, sex,"
                + " ethnic_group, disability, date_of_birth, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'WHITE', 'N', '1980-05-01', NOW(3), NOW(3))",
            id,
            number,
            "Person" + i,
            "Facilitator" + (char) ('A' + i),
            i == 0 ? staff2 : null,
            sex);
        String post = UUID.randomUUID().toString();
        run(
            c,
            "INSERT INTO post (id, post_number, jd_id, unit_id, zone_code, weekly_hours,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, 'NATIONAL', 37, NOW(3), NOW(3))",
            post,
            "RBP-" + suffix + i,
            down ? poJd : psoJd,
            unit);
        String hours = i == 1 ? "18.5" : "37";
        run(
            c,
            "INSERT INTO staff_assignment (id, staff_id, effective_from, post_id, structure_id,"
                + " band_id, zone_code, pay_point, weekly_hours, reason, created_at, created_by)"
                + " VALUES (?, ?, '2025-06-01', ?, ?, ?, 'NATIONAL', ?, ?, 'IMPORT', NOW(3), 'it')",
            UUID.randomUUID().toString(),
            id,
            post,
            structure,
            down ? band4 : band3,
            down ? 6 : 5,
            new BigDecimal(hours));
        (down ? b4 : b3).add(number);
        ids.put(number, id);
        if (i == 1) {
          partTimer = number;
        }
        if (i == 0) {
          linked = number;
        }
      }
      return new Seeded(evaluation, ifJd, poJd, psoJd, b4, b3, partTimer, linked, ids);
    }
  }

  private static JsonObject create(Seeded s) {
    return Json.createObjectBuilder()
        .add("evaluationId", s.evaluationId())
        .add("replacesJobDescriptionIds", Json.createArrayBuilder().add(s.poJd()).add(s.psoJd()))
        .add("effectiveFrom", FROM.toString())
        .build();
  }

  private static Map<String, String> ifMatch(String etag) {
    return Map.of("X-Requested-With", "bandwise", "If-Match", etag);
  }

  private static JsonObject person(JsonObject rebanding, String staffNumber) {
    for (JsonValue v : rebanding.getJsonObject("people").getJsonArray("items")) {
      if (v.asJsonObject().getString("staffNumber").equals(staffNumber)) {
        return v.asJsonObject();
      }
    }
    throw new AssertionError(staffNumber + " is not in " + rebanding);
  }

  @Test
  void facilitatorsReBandedEndToEnd() throws Exception {
    Seeded s = seed();
    Api evaluator = Api.signedIn(url, "evaluator", PASSWORD);
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    Api staff = Api.signedIn(url, "staff", PASSWORD);
    assertEquals(
        1, evaluator.get("/api/v1/staff?band=4&q=" + s.linked()).json().getInt("totalItems"));

    // modelling: a draft; nothing changes for anyone
    Reply created = evaluator.post("/api/v1/rebandings", create(s));
    assertEquals(201, created.status(), created.toString());
    assertNotNull(created.header("Location"));
    JsonObject draft = created.json();
    String id = draft.getString("id");
    assertTrue(
        created.header("Location").endsWith("/rebandings/" + id), created.header("Location"));
    assertEquals("DRAFT", draft.getString("status"));
    assertEquals("2026-08-01", draft.getString("effectiveFrom"));
    assertEquals(12, draft.getInt("headcount"));
    assertEquals(2, draft.getJsonArray("replaces").size());
    assertEquals("3", draft.getJsonObject("outcome").getJsonObject("band").getString("code"));
    assertEquals(12, draft.getJsonObject("people").getInt("totalItems"));

    JsonObject po = person(draft, s.linked());
    assertEquals("DOWN", po.getString("change"));
    assertEquals("4", po.getJsonObject("from").getString("band"));
    assertEquals(6, po.getJsonObject("from").getInt("payPoint"));
    assertEquals(3755000, po.getJsonObject("from").getJsonNumber("salaryPence").longValue());
    assertEquals("3", po.getJsonObject("to").getString("band"));
    assertEquals(5, po.getJsonObject("to").getInt("payPoint"), "the highest point not above");
    assertEquals(3100000, po.getJsonObject("to").getJsonNumber("salaryPence").longValue());
    JsonObject protection = po.getJsonObject("protection");
    assertEquals("MARK_TIME", protection.getString("type"));
    assertEquals("2028-07-31", protection.getString("until"));
    assertEquals(3755000, protection.getJsonNumber("protectedSalaryPence").longValue());
    assertEquals(0, po.getJsonNumber("annualChangePence").longValue(), "mark time pays the same");
    JsonObject half = person(draft, s.partTimer());
    assertEquals(
        1877500,
        half.getJsonObject("protection").getJsonNumber("protectedSalaryPence").longValue(),
        "pro rata to 18.5 of 37 hours");
    for (String pso : s.band3()) {
      JsonObject same = person(draft, pso);
      assertEquals("SAME", same.getString("change"));
      assertEquals(5, same.getJsonObject("to").getInt("payPoint"));
      assertTrue(!same.containsKey("protection") || same.isNull("protection"), same.toString());
      assertEquals(0, same.getJsonNumber("arrearsPence").longValue());
    }

    JsonObject totals = draft.getJsonObject("totals");
    assertEquals(0, totals.getInt("up"));
    assertEquals(6, totals.getInt("same"));
    assertEquals(6, totals.getInt("down"));
    assertEquals(0, totals.getJsonNumber("annualChangePence").longValue());
    assertEquals(0, totals.getJsonNumber("arrearsPence").longValue());
    JsonArray years = totals.getJsonArray("byFinancialYear");
    assertEquals(3, years.size());
    assertEquals("2026-27", years.getJsonObject(0).getString("year"));
    assertEquals("2027-28", years.getJsonObject(1).getString("year"));
    assertEquals("2028-29", years.getJsonObject(2).getString("year"));
    assertEquals(0, years.getJsonObject(0).getJsonNumber("changePence").longValue());
    assertTrue(
        years.getJsonObject(2).getJsonNumber("changePence").longValue() < 0, years.toString());

    // equality: 6 women and 6 men are shown; every ethnic group and disability group is suppressed
    Map<String, JsonObject> byCharacteristic = new HashMap<>();
    for (JsonValue v : draft.getJsonArray("equalityImpact")) {
      byCharacteristic.put(v.asJsonObject().getString("characteristic"), v.asJsonObject());
    }
    assertEquals(4, byCharacteristic.size());
    int shown = 0;
    for (JsonValue v : byCharacteristic.get("SEX").getJsonArray("groups")) {
      JsonObject g = v.asJsonObject();
      if (!g.getBoolean("suppressed")) {
        shown++;
        assertEquals(6, g.getInt("headcount"), g.toString());
        assertEquals(6, g.getInt("othersHeadcount"));
      }
    }
    assertEquals(2, shown);
    for (String suppressed : List.of("ETHNIC_GROUP", "DISABILITY", "AGE_BAND")) {
      for (JsonValue v : byCharacteristic.get(suppressed).getJsonArray("groups")) {
        JsonObject g = v.asJsonObject();
        assertTrue(g.getBoolean("suppressed"), g.toString());
        assertFalse(g.containsKey("headcount") && !g.isNull("headcount"), g.toString());
        assertEquals("Fewer than 5", g.getString("note"));
      }
    }

    // sorting and paging
    Reply byChange = evaluator.get("/api/v1/rebandings/" + id + "?sort=change&size=3&page=1");
    assertEquals(200, byChange.status(), byChange.toString());
    JsonObject page = byChange.json().getJsonObject("people");
    assertEquals(3, page.getJsonArray("items").size());
    assertEquals(12, page.getInt("totalItems"));
    assertEquals("DOWN", page.getJsonArray("items").getJsonObject(0).getString("change"));
    Reply badSort = evaluator.get("/api/v1/rebandings/" + id + "?sort=salary");
    assertEquals(400, badSort.status(), badSort.toString());

    // list, newest first
    Reply list = evaluator.get("/api/v1/rebandings");
    assertEquals(200, list.status(), list.toString());
    assertEquals(id, list.items().getJsonObject(0).getString("id"));

    // roles and object-level checks: a staff member reads neither re-bandings nor protections
    assertEquals(403, staff.get("/api/v1/rebandings").status());
    assertEquals(403, staff.get("/api/v1/rebandings/" + id).status());
    assertEquals(403, staff.get("/api/v1/protections").status());
    assertEquals(403, staff.post("/api/v1/rebandings", create(s)).status());
    Api auditor = Api.signedIn(url, "auditor", PASSWORD);
    assertEquals(200, auditor.get("/api/v1/rebandings/" + id).status());
    assertEquals(403, auditor.post("/api/v1/rebandings", create(s)).status());
    String etag = created.header("ETag");
    assertEquals(
        403,
        evaluator.send("POST", "/api/v1/rebandings/" + id + "/apply", null, ifMatch(etag)).status(),
        "only HR admins apply");

    // recalculate a draft: a new version
    Reply recalculated =
        evaluator.send("POST", "/api/v1/rebandings/" + id + "/recalculate", null, ifMatch(etag));
    assertEquals(200, recalculated.status(), recalculated.toString());
    String newEtag = recalculated.header("ETag");
    assertNotEquals(etag, newEtag);

    // apply: stale If-Match 412, missing 428, then once only
    Reply stale = admin.send("POST", "/api/v1/rebandings/" + id + "/apply", null, ifMatch(etag));
    assertEquals(412, stale.status(), stale.toString());
    Reply missing =
        admin.send(
            "POST",
            "/api/v1/rebandings/" + id + "/apply",
            null,
            Map.of("X-Requested-With", "bandwise"));
    assertEquals(428, missing.status(), missing.toString());
    assertEquals(
        0,
        TestDatabase.count("SELECT COUNT(*) FROM pay_protection WHERE rebanding_id = ?", id),
        "nothing written by a refused apply");
    Reply applied =
        admin.send("POST", "/api/v1/rebandings/" + id + "/apply", null, ifMatch(newEtag));
    assertEquals(200, applied.status(), applied.toString());
    assertEquals("APPLIED", applied.json().getString("status"));
    assertTrue(applied.json().containsKey("appliedAt"));
    String appliedEtag = applied.header("ETag");
    Reply again =
        admin.send("POST", "/api/v1/rebandings/" + id + "/apply", null, ifMatch(appliedEtag));
    assertEquals(409, again.status(), again.toString());
    assertEquals(
        409,
        evaluator
            .send("POST", "/api/v1/rebandings/" + id + "/recalculate", null, ifMatch(appliedEtag))
            .status(),
        "an applied re-banding is read-only");
    assertEquals(
        409,
        evaluator.send("DELETE", "/api/v1/rebandings/" + id, null, ifMatch(appliedEtag)).status());

    // what apply wrote; the search reads the new band (Band 3 from 1 August 2026)
    assertEquals(
        1, evaluator.get("/api/v1/staff?band=3&q=" + s.linked()).json().getInt("totalItems"));
    assertEquals(
        0, evaluator.get("/api/v1/staff?band=4&q=" + s.linked()).json().getInt("totalItems"));
    String linkedId = s.staffIds().get(s.linked());
    try (Connection c = TestDatabase.connect()) {
      assertEquals(
          "2026-07-31",
          one(
              c,
              "SELECT effective_to FROM staff_assignment WHERE staff_id = ? AND effective_from ="
                  + " '2025-06-01'",
              linkedId));
      assertEquals(
          "REBANDING|5|3",
          one(
              c,
              "SELECT CONCAT(a.reason, '|', a.pay_point, '|', b.code) FROM staff_assignment a"
                  + " JOIN pay_band b ON b.id = a.band_id WHERE a.staff_id = ?"
                  + " AND a.effective_from = '2026-08-01' AND a.rebanding_id = ?",
              linkedId,
              id));
      assertEquals(
          "MARK_TIME|2026-08-01|2028-07-31|3755000",
          one(
              c,
              "SELECT CONCAT(type, '|', starts_on, '|', last_day, '|', protected_pence)"
                  + " FROM pay_protection WHERE staff_id = ? AND rebanding_id = ?",
              linkedId,
              id));
      assertEquals(
          "0",
          one(
              c,
              "SELECT COUNT(*) FROM staff_assignment WHERE rebanding_id = ? AND staff_id = ?",
              id,
              s.staffIds().get(s.band3().get(0))),
          "the same band changes nothing");
      assertEquals(
          "0",
          one(c, "SELECT COUNT(*) FROM post WHERE jd_id IN (?, ?)", s.poJd(), s.psoJd()),
          "the replaced JDs' posts are now for the new JD");
    }
    assertEquals(
        6, TestDatabase.count("SELECT COUNT(*) FROM pay_protection WHERE rebanding_id = ?", id));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'REBANDING' AND entity_id = ?"
                + " AND action = 'APPLIED'",
            id));
    assertEquals(
        6,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'PROTECTION' AND parent_id = ?"
                + " AND action = 'CREATED'",
            id));

    // staff2 sees protected pay and the date it ends
    Api staff2 = Api.signedIn(url, "staff2", PASSWORD);
    Reply me = staff2.get("/api/v1/me");
    assertEquals(200, me.status(), me.toString());
    JsonObject record = me.json();
    assertEquals(s.linked(), record.getString("staffNumber"));
    assertTrue(record.getBoolean("atRisk"));
    assertEquals("3", record.getJsonObject("band").getString("code"));
    assertEquals(3100000, record.getJsonNumber("contractualSalaryPence").longValue());
    assertEquals(3755000, record.getJsonNumber("paidSalaryPence").longValue());
    assertEquals("2028-07-31", record.getJsonObject("protection").getString("until"));
    assertEquals(
        "Your role was re-banded from Band 4 to Band 3 on 1 August 2026. Your pay is protected at"
            + " £37,550 until 31 July 2028.",
        record.getJsonArray("notices").getString(0));
    assertEquals(2, record.getJsonArray("payHistory").size());

    // protections for HR: none of these ends within 90 days; all within ten years
    Reply soon = evaluator.get("/api/v1/protections?status=ACTIVE&expiringWithinDays=90&size=100");
    assertEquals(200, soon.status(), soon.toString());
    assertFalse(soon.body().contains(s.linked()));
    Reply active =
        evaluator.get("/api/v1/protections?status=ACTIVE&expiringWithinDays=3660&size=100");
    assertEquals(200, active.status(), active.toString());
    JsonObject mine = null;
    for (JsonValue v : active.items()) {
      if (v.asJsonObject().getString("staffNumber").equals(s.linked())) {
        mine = v.asJsonObject();
      }
    }
    assertNotNull(mine, active.toString());
    assertEquals("ACTIVE", mine.getString("status"));
    assertEquals("4", mine.getJsonObject("protectedBand").getString("code"));

    // ending a protection: HR admins only, with a reason, once
    String protectionId = mine.getString("id");
    String protectionEtag = "\"" + mine.getJsonNumber("version").longValue() + "\"";
    // the last protected day is yesterday, so from today pay falls back to contractual
    JsonObject end =
        Json.createObjectBuilder()
            .add("reason", "Appointed to a Band 4 post.")
            .add("endedOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString())
            .build();
    assertEquals(
        403,
        evaluator
            .send(
                "POST",
                "/api/v1/protections/" + protectionId + "/end",
                end.toString(),
                ifMatch(protectionEtag))
            .status());
    Reply noReason =
        admin.send(
            "POST",
            "/api/v1/protections/" + protectionId + "/end",
            Json.createObjectBuilder().add("reason", " ").build().toString(),
            ifMatch(protectionEtag));
    assertEquals(400, noReason.status(), noReason.toString());
    Reply ended =
        admin.send(
            "POST",
            "/api/v1/protections/" + protectionId + "/end",
            end.toString(),
            ifMatch(protectionEtag));
    assertEquals(200, ended.status(), ended.toString());
    assertEquals("ENDED", ended.json().getString("status"));
    assertEquals("ENDED_BY_HR", ended.json().getString("endReason"));
    assertEquals("Appointed to a Band 4 post.", ended.json().getString("endNote"));
    Reply endedAgain =
        admin.send(
            "POST",
            "/api/v1/protections/" + protectionId + "/end",
            end.toString(),
            ifMatch(ended.header("ETag")));
    assertEquals(409, endedAgain.status(), endedAgain.toString());
    JsonObject afterEnd = staff2.get("/api/v1/me").json();
    assertFalse(afterEnd.getBoolean("atRisk"));
    assertEquals(3100000, afterEnd.getJsonNumber("paidSalaryPence").longValue());
  }

  @Test
  void draftsAreDiscardedAndBadInputRefused() throws Exception {
    Seeded s = seed();
    Api evaluator = Api.signedIn(url, "evaluator", PASSWORD);
    Reply created = evaluator.post("/api/v1/rebandings", create(s));
    assertEquals(201, created.status(), created.toString());
    String id = created.json().getString("id");
    Reply discarded =
        evaluator.send("DELETE", "/api/v1/rebandings/" + id, null, ifMatch(created.header("ETag")));
    assertEquals(204, discarded.status(), discarded.toString());
    assertEquals(404, evaluator.get("/api/v1/rebandings/" + id).status());
    assertEquals(
        2,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'REBANDING' AND entity_id = ?",
            id),
        "created and discarded");

    Reply unknown =
        evaluator.post(
            "/api/v1/rebandings",
            Json.createObjectBuilder().add("evaluationId", UUID.randomUUID().toString()).build());
    assertEquals(404, unknown.status(), unknown.toString());
    Reply itself =
        evaluator.post(
            "/api/v1/rebandings",
            Json.createObjectBuilder()
                .add("evaluationId", s.evaluationId())
                .add("replacesJobDescriptionIds", Json.createArrayBuilder().add(s.ifJd()))
                .build());
    assertEquals(400, itself.status(), itself.toString());
    assertTrue(itself.problemFields().contains("replacesJobDescriptionIds"), itself.toString());

    // the default effective date is the outcome's (1 October 2026)
    Reply byDefault =
        evaluator.post(
            "/api/v1/rebandings",
            Json.createObjectBuilder().add("evaluationId", s.evaluationId()).build());
    assertEquals(201, byDefault.status(), byDefault.toString());
    assertEquals("2026-10-01", byDefault.json().getString("effectiveFrom"));
    assertEquals(0, byDefault.json().getInt("headcount"), "only the new JD's own holders: none");
  }

  @Test
  void expiryIsRecordedOnceByTheScheduledJob() throws Exception {
    Seeded s = seed();
    String staffId = s.staffIds().get(s.band3().get(0));
    String protection = UUID.randomUUID().toString();
    String notDue = UUID.randomUUID().toString();
    String caughtUp = UUID.randomUUID().toString();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    try (Connection c = TestDatabase.connect()) {
      markTime(c, protection, staffId, today.minusYears(2), today.minusDays(3), 3_755_000, 655_000);
      markTime(
          c,
          notDue,
          s.staffIds().get(s.band3().get(1)),
          today.minusYears(2),
          today,
          3_755_000,
          655_000);
      // marks time at £1 a year: the holder's own pay caught up with it from the first day
      markTime(
          c,
          caughtUp,
          s.staffIds().get(s.band3().get(2)),
          today.minusYears(1),
          today.plusYears(1),
          100,
          1);
    }
    long deadline = System.currentTimeMillis() + 150_000;
    String ended = ending(protection, "ended_on", deadline);
    assertEquals("EXPIRED|" + today.minusDays(2), ended, "expired the day after its last day");
    // the same job ends a protection its holder's pay has caught up with (protections read a
    // thousand to a query)
    String caughtUpEnding = ending(caughtUp, "ended_on <= CURRENT_DATE", deadline);
    assertEquals("CAUGHT_UP|1", caughtUpEnding, "ended as caught up, on a day already passed");
    // let the job run once more: the ending stays recorded once
    Thread.sleep(61_000);
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'PROTECTION' AND entity_id = ?"
                + " AND action = 'ENDED'",
            protection));
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT COUNT(*) FROM pay_protection WHERE id = ? AND ended_on IS NOT NULL", notDue),
        "a protection whose last day is today is left alone");
    Api evaluator = Api.signedIn(url, "evaluator", PASSWORD);
    Reply endedList = evaluator.get("/api/v1/protections?status=ENDED&size=100");
    assertEquals(200, endedList.status(), endedList.toString());
  }

  @Test
  void anUpgradeDatedInThePastOwesArrearsMonthByMonth() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String evaluation = UUID.randomUUID().toString();
    String staffId = UUID.randomUUID().toString();
    String number = "UP" + suffix;
    try (Connection c = TestDatabase.connect()) {
      String structure = one(c, "SELECT id FROM pay_structure WHERE code = 'PROBATION'");
      String band4 =
          one(c, "SELECT id FROM pay_band WHERE structure_id = ? AND code = '4'", structure);
      String band3 =
          one(c, "SELECT id FROM pay_band WHERE structure_id = ? AND code = '3'", structure);
      String jd = jd(c, "IT-UP-" + suffix, "Senior facilitator " + suffix);
      String version = UUID.randomUUID().toString();
      run(
          c,
          "INSERT INTO jd_version (id, jd_id, version_no, status, title, role_family, directorate,"
              + " purpose, created_at, updated_at) VALUES (?, ?, 1, 'EVALUATED', 'Senior',"
              + " 'Interventions', 'Interventions', 'Leads programmes.', NOW(3), NOW(3))",
          version,
          jd);
      run(
          c,
          "INSERT INTO evaluation (id, jd_id, jd_version_id, requester_id, requester_type, reason,"
              + " requested_at, status, scheme_id, total, band_id, effective_from, published_at,"
              + " published_by, created_at, updated_at) VALUES (?, ?, ?, (SELECT id FROM app_user"
              + " WHERE username = 'admin'), 'HR', 'IT', NOW(3), 'PUBLISHED', (SELECT id FROM scheme"
              + " ORDER BY code, scheme_version LIMIT 1), 489, ?, '2026-08-01', NOW(3), 'IT',"
              + " NOW(3), NOW(3))",
          evaluation,
          jd,
          version,
          band4);
      String unit = UUID.randomUUID().toString();
      run(
          c,
          "INSERT INTO org_unit (id, name, kind, created_at) VALUES (?, ?, 'PDU', NOW(3))",
          unit,
          "IT upgrade unit " + suffix);
      String post = UUID.randomUUID().toString();
      run(
          c,
          "INSERT INTO post (id, post_number, jd_id, unit_id, zone_code, weekly_hours,"
              + " created_at, updated_at) VALUES (?, ?, ?, ?, 'NATIONAL', 37, NOW(3), NOW(3))",
          post,
          "UPP-" + suffix,
          jd,
          unit);
      run(
          c,
          "INSERT INTO staff_member (id, staff_number, first_name, last_name, created_at,"
              + " updated_at) VALUES (?, ?, 'Uma', 'Upgrade', NOW(3), NOW(3))",
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
    }
    Api evaluator = Api.signedIn(url, "evaluator", PASSWORD);
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    Reply created =
        evaluator.post(
            "/api/v1/rebandings",
            Json.createObjectBuilder().add("evaluationId", evaluation).build());
    assertEquals(201, created.status(), created.toString());
    assertEquals("2026-08-01", created.json().getString("effectiveFrom"));
    JsonObject up = person(created.json(), number);
    assertEquals("UP", up.getString("change"));
    assertEquals(1, up.getJsonObject("to").getInt("payPoint"), "the lowest point above");
    assertEquals(3190000, up.getJsonObject("to").getJsonNumber("salaryPence").longValue());
    assertEquals(510000, up.getJsonNumber("annualChangePence").longValue());
    long arrears = up.getJsonNumber("arrearsPence").longValue();
    assertTrue(arrears >= 3 * 42500, "August to October at least: " + arrears);
    assertEquals(
        arrears, created.json().getJsonObject("totals").getJsonNumber("arrearsPence").longValue());
    Reply applied =
        admin.send(
            "POST",
            "/api/v1/rebandings/" + created.json().getString("id") + "/apply",
            null,
            ifMatch(created.header("ETag")));
    assertEquals(200, applied.status(), applied.toString());
    try (Connection c = TestDatabase.connect()) {
      assertEquals(
          "42500",
          one(
              c,
              "SELECT amount_pence FROM arrears_line WHERE staff_id = ? AND month_start ="
                  + " '2026-08-01'",
              staffId),
          "a whole month: £5,100 ÷ 12");
      assertEquals(
          Long.toString(arrears),
          one(c, "SELECT SUM(amount_pence) FROM arrears_line WHERE staff_id = ?", staffId),
          "the lines add up to the arrears shown");
    }
    assertEquals(
        0, TestDatabase.count("SELECT COUNT(*) FROM pay_protection WHERE staff_id = ?", staffId));
  }

  /** A mark-time protection, written as the protection job finds it. */
  private static void markTime(
      Connection c,
      String id,
      String staffId,
      LocalDate startsOn,
      LocalDate lastDay,
      long protectedPence,
      long differencePence)
      throws Exception {
    run(
        c,
        "INSERT INTO pay_protection (id, staff_id, type, starts_on, last_day, protected_pence,"
            + " difference_pence, created_at, updated_at) VALUES (?, ?, 'MARK_TIME', ?, ?, ?, ?,"
            + " NOW(3), NOW(3))",
        id,
        staffId,
        Date.valueOf(startsOn),
        Date.valueOf(lastDay),
        protectedPence,
        differencePence);
  }

  /**
   * The protection's end reason and {@code day} (an SQL expression on its row) once the protection
   * job has recorded its end, polled until {@code deadline}; null if it never did.
   */
  private static String ending(String id, String day, long deadline) throws Exception {
    while (System.currentTimeMillis() < deadline) {
      try (Connection c = TestDatabase.connect()) {
        String ended =
            one(
                c,
                "SELECT CONCAT(end_reason, '|', "
                    + day
                    + ") FROM pay_protection WHERE id = ? AND ended_on IS NOT NULL",
                id);
        if (ended != null) {
          return ended;
        }
      }
      Thread.sleep(2000);
    }
    return null;
  }
}
