package org.bandwise.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ring-fenced vacancies through the API against the demo: the facilitator ring-fence end to end
 * (pool, decisions, stage 2 refused until every pool candidate has one, offer, trial, extension,
 * not successful, confirmation with the appointment and the end of protection), one offer per
 * vacancy under 20 parallel requests, staff seeing only their own eligibility, problem+json on bad
 * input, and the criteria CSV import.
 */
@ExtendWith(ArquillianExtension.class)
class VacanciesIT {

  private static final String PASSWORD = "bandwise-demo";
  private static final String PROBLEM = "application/problem+json";
  private static final String STAFF2 = "S002999";
  private static final String STAFF4 = "S000004";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.bandwise();
  }

  @ArquillianResource URL url;

  /** Other classes sharing the database change the demo people on purpose; see DemoState. */
  @BeforeEach
  void demoPeopleAsTheStoryMadeThem() throws Exception {
    DemoState.restore();
  }

  private Api as(String username) {
    return Api.signedIn(url, username, PASSWORD);
  }

  private static String one(String sql, Object... params) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  private static Map<String, String> writes(String etag) {
    return etag == null
        ? Map.of("X-Requested-With", "bandwise")
        : Map.of("X-Requested-With", "bandwise", "If-Match", etag);
  }

  private JsonObject vacancyInput(String jdReference, String unit, String closing)
      throws Exception {
    return Json.createObjectBuilder()
        .add(
            "jobDescriptionId",
            one("SELECT id FROM job_description WHERE reference = ?", jdReference))
        .add("bandCode", "4")
        .add("unitId", one("SELECT id FROM org_unit WHERE name = ?", unit))
        .add("payZone", "NATIONAL")
        .add("weeklyHours", 37)
        .add("posts", 1)
        .add("closingDate", closing)
        .build();
  }

  private Reply move(Api admin, String id, String etag, String step, String reason) {
    var body = Json.createObjectBuilder().add("step", step);
    if (reason != null) {
      body.add("reason", reason);
    }
    return admin.send(
        "POST", "/api/v1/vacancies/" + id + "/transitions", body.build().toString(), writes(etag));
  }

  /** Creates a vacancy and opens it to the ring-fenced pool; answers the opened vacancy. */
  private JsonObject opened(Api admin, String jdReference, String unit) throws Exception {
    Reply created =
        admin.post(
            "/api/v1/vacancies",
            vacancyInput(jdReference, unit, LocalDate.now().plusDays(30).toString()));
    assertEquals(201, created.status(), created.toString());
    assertEquals("DRAFT", created.json().getString("status"));
    Reply open =
        move(
            admin, created.json().getString("id"), created.header("ETag"), "OPEN_RING_FENCE", null);
    assertEquals(200, open.status(), open.toString());
    assertEquals("RING_FENCE", open.json().getString("status"));
    return open.json();
  }

  private List<JsonObject> pool(Api admin, String id) {
    List<JsonObject> everyone = new ArrayList<>();
    for (int page = 1; ; page++) {
      Reply reply = admin.get("/api/v1/vacancies/" + id + "/pool?size=100&page=" + page);
      assertEquals(200, reply.status(), reply.toString());
      everyone.addAll(reply.items().getValuesAs(JsonObject.class));
      if (everyone.size() >= reply.json().getJsonNumber("totalItems").longValue()) {
        return everyone;
      }
    }
  }

  private void decideAll(Api admin, String id, String suitability, String exceptNumber) {
    for (JsonObject p : pool(admin, id)) {
      String number = p.getString("staffNumber");
      String s = number.equals(exceptNumber) ? "SUITABLE" : suitability;
      Reply decided =
          admin.put(
              "/api/v1/vacancies/" + id + "/pool/" + number,
              Json.createObjectBuilder()
                  .add("suitability", s)
                  .add("reason", "Considered against the person specification.")
                  .build(),
              null);
      assertEquals(200, decided.status(), decided.toString());
    }
  }

  @Test
  void theFacilitatorRingFenceEndToEnd() throws Exception {
    // staff2, at risk from the facilitator re-banding, sees the Interventions Band 4 vacancies in
    // stage 1; staff4, a Band 3 PSO facilitator, is told why not and when they open
    Reply mine = as("staff2").get("/api/v1/me/vacancies?size=100");
    assertEquals(200, mine.status(), mine.toString());
    List<JsonObject> tm =
        mine.items().getValuesAs(JsonObject.class).stream()
            .filter(v -> v.getString("title").equals("Treatment Manager"))
            .toList();
    assertFalse(tm.isEmpty(), mine.toString());
    assertTrue(
        tm.stream().anyMatch(v -> v.getString("status").equals("RING_FENCE")), tm.toString());
    for (JsonObject v : tm) {
      assertEquals("4", v.getString("band"));
      assertTrue(v.getString("unit").contains("Interventions"), v.toString());
      assertTrue(v.getBoolean("inPool"), v.toString());
      assertEquals("RING_FENCE", v.getString("stage"));
      // eligible now while the vacancy takes applications; not while another's offer is open
      assertEquals(
          v.getString("status").equals("RING_FENCE"), v.getBoolean("eligible"), v.toString());
      JsonObject atRisk = v.getJsonArray("reasons").getJsonObject(0);
      assertEquals("AT_RISK", atRisk.getString("rule"));
      assertTrue(atRisk.getBoolean("met"));
      assertTrue(atRisk.getString("text").contains("31 July 2028"), atRisk.toString());
    }
    Reply pso = as("staff4").get("/api/v1/me/vacancies?size=100");
    assertEquals(200, pso.status(), pso.toString());
    JsonObject out =
        pso.items().getValuesAs(JsonObject.class).stream()
            .filter(v -> v.getString("title").equals("Treatment Manager"))
            .filter(v -> v.getString("status").equals("RING_FENCE"))
            .findFirst()
            .orElseThrow();
    assertFalse(out.getBoolean("eligible"));
    assertFalse(out.getBoolean("inPool"));
    assertEquals("INTERNAL", out.getString("stage"));
    List<JsonObject> why = out.getJsonArray("reasons").getValuesAs(JsonObject.class);
    JsonObject notAtRisk =
        why.stream().filter(r -> r.getString("rule").equals("AT_RISK")).findFirst().orElseThrow();
    assertFalse(notAtRisk.getBoolean("met"), why.toString());
    JsonObject band =
        why.stream().filter(r -> r.getString("rule").equals("BAND")).findFirst().orElseThrow();
    assertFalse(band.getBoolean("met"), why.toString());
    JsonObject opens =
        why.stream().filter(r -> r.getString("rule").equals("STAGE")).findFirst().orElseThrow();
    assertTrue(opens.getString("text").contains("31 January 2027"), why.toString());

    // HR opens a new Treatment Manager vacancy: the facilitator ring-fence covers it
    Api admin = as("admin");
    JsonObject vacancy = opened(admin, "INT-TM-001", "North West: Interventions");
    String id = vacancy.getString("id");
    assertEquals("2027-01-31", vacancy.getJsonObject("ringFence").getString("until"));
    List<JsonObject> pool = pool(admin, id);
    assertTrue(pool.stream().anyMatch(p -> p.getString("staffNumber").equals(STAFF2)));
    assertFalse(pool.stream().anyMatch(p -> p.getString("staffNumber").equals(STAFF4)));
    Reply early =
        move(admin, id, admin.get("/api/v1/vacancies/" + id).header("ETag"), "OPEN_INTERNAL", null);
    assertEquals(409, early.status(), early.toString());
    assertTrue(early.problemFields().contains("pool"), early.toString());

    // someone in the pool (not staff2) is found suitable and offered the post
    String chosen =
        pool.stream()
            .map(p -> p.getString("staffNumber"))
            .filter(n -> !n.equals(STAFF2))
            .reduce((a, b) -> b)
            .orElseThrow();
    decideAll(admin, id, "NOT_SUITABLE", chosen);
    Reply notSuitable =
        admin.post(
            "/api/v1/vacancies/" + id + "/offers",
            Json.createObjectBuilder().add("staffNumber", STAFF2).add("suitable", true).build());
    assertEquals(409, notSuitable.status(), notSuitable.toString());
    Reply offer =
        admin.post(
            "/api/v1/vacancies/" + id + "/offers",
            Json.createObjectBuilder().add("staffNumber", chosen).add("suitable", true).build());
    assertEquals(201, offer.status(), offer.toString());
    String offerId = offer.json().getString("id");
    Reply accepted =
        admin.post(
            "/api/v1/offers/" + offerId + "/acceptance",
            Json.createObjectBuilder().add("trialStartsOn", "2026-08-03").build());
    assertEquals(200, accepted.status(), accepted.toString());
    assertEquals("IN_TRIAL", accepted.json().getString("status"));
    assertEquals("2026-08-31", accepted.json().getJsonObject("trial").getString("endsOn"));
    JsonObject extension =
        Json.createObjectBuilder()
            .add("agreedEnd", "2026-09-28")
            .add("reason", "Four more weeks to complete treatment management training.")
            .build();
    Reply extended = admin.post("/api/v1/offers/" + offerId + "/trial-extension", extension);
    assertEquals(200, extended.status(), extended.toString());
    assertEquals("2026-09-28", extended.json().getJsonObject("trial").getString("endsOn"));
    Reply twice = admin.post("/api/v1/offers/" + offerId + "/trial-extension", extension);
    assertEquals(409, twice.status(), twice.toString());
    assertTrue(twice.problemFields().contains("agreedEnd"), twice.toString());

    // not successful: back in the pool, protection unchanged, the vacancy back at stage 1
    Reply failed =
        admin.post(
            "/api/v1/offers/" + offerId + "/trial-outcome",
            Json.createObjectBuilder()
                .add("outcome", "NOT_SUCCESSFUL")
                .add("decidedOn", "2026-09-28")
                .add("reason", "The supervision standards were not yet met.")
                .build());
    assertEquals(200, failed.status(), failed.toString());
    assertEquals("NOT_SUCCESSFUL", failed.json().getString("status"));
    assertFalse(failed.json().getJsonObject("trialOutcome").getBoolean("protectionEnded"));
    assertEquals("RING_FENCE", admin.get("/api/v1/vacancies/" + id).json().getString("status"));

    // a second offer, confirmed: appointed to the post, and the vacancy is filled
    Reply again =
        admin.post(
            "/api/v1/vacancies/" + id + "/offers",
            Json.createObjectBuilder().add("staffNumber", chosen).add("suitable", true).build());
    assertEquals(201, again.status(), again.toString());
    String secondId = again.json().getString("id");
    assertEquals(
        200,
        admin
            .post("/api/v1/offers/" + secondId + "/acceptance", Json.createObjectBuilder().build())
            .status());
    Reply confirmed =
        admin.post(
            "/api/v1/offers/" + secondId + "/trial-outcome",
            Json.createObjectBuilder()
                .add("outcome", "CONFIRMED")
                .add("decidedOn", LocalDate.now().plusWeeks(4).toString())
                .build());
    assertEquals(200, confirmed.status(), confirmed.toString());
    assertEquals("CONFIRMED", confirmed.json().getString("status"));
    assertNotNull(confirmed.json().getJsonObject("trialOutcome").getString("text"));
    JsonObject filled = admin.get("/api/v1/vacancies/" + id).json();
    assertEquals("FILLED", filled.getString("status"));
    assertTrue(filled.getJsonArray("timeline").size() >= 6, filled.toString());
    List<String> vacancySteps =
        filled.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("title"))
            .toList();
    assertEquals("Opened to the ring-fenced pool", vacancySteps.get(1), vacancySteps.toString());
    assertEquals("Post filled", vacancySteps.get(vacancySteps.size() - 1), vacancySteps.toString());
    assertTrue(vacancySteps.contains("Trial not successful"), vacancySteps.toString());
    // the person's timeline: every step of both offers, newest first, in plain English
    Reply steps = admin.get("/api/v1/staff/" + chosen + "/vacancy-steps");
    assertEquals(200, steps.status(), steps.toString());
    List<JsonObject> theirs =
        steps.items().getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("vacancyId").equals(id))
            .toList();
    assertEquals(
        List.of(
            "Trial confirmed",
            "Offer accepted and trial started",
            "Offer made",
            "Trial not successful",
            "Trial extended",
            "Offer accepted and trial started",
            "Offer made"),
        theirs.stream().map(e -> e.getString("title")).toList(),
        theirs.toString());
    for (JsonObject e : theirs) {
      assertFalse(e.getString("text").matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), e.toString());
      assertTrue(e.getString("text").endsWith("."), e.toString());
    }
    assertTrue(
        theirs.get(3).getString("text").contains("The supervision standards were not yet met."),
        theirs.get(3).toString());
    assertTrue(theirs.get(4).getString("text").contains("28 September 2026"), theirs.toString());
    assertEquals(
        "APPOINTMENT",
        one(
            "SELECT a.reason FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id"
                + " WHERE s.staff_number = ? ORDER BY a.effective_from DESC LIMIT 1",
            chosen));
    assertNotNull(
        one("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'OFFER' AND parent_id = ?", id));
  }

  @Test
  void twentyParallelOffersMakeExactlyOne() throws Exception {
    Api admin = as("admin");
    JsonObject vacancy = opened(admin, "PDU-VLO-001", "North West: Merseyside North PDU");
    String id = vacancy.getString("id");
    decideAll(admin, id, "NOT_SUITABLE", "");
    Reply internal =
        move(admin, id, admin.get("/api/v1/vacancies/" + id).header("ETag"), "OPEN_INTERNAL", null);
    assertEquals(200, internal.status(), internal.toString());
    List<String> numbers =
        admin.get("/api/v1/staff?size=20").items().getValuesAs(JsonObject.class).stream()
            .map(s -> s.getString("staffNumber"))
            .toList();
    assertEquals(20, numbers.size());
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (String number : numbers) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return admin
                      .post(
                          "/api/v1/vacancies/" + id + "/offers",
                          Json.createObjectBuilder()
                              .add("staffNumber", number)
                              .add("suitable", false)
                              .build())
                      .status();
                }));
      }
      start.countDown();
      int made = 0;
      int refused = 0;
      for (Future<Integer> answer : answers) {
        int status = answer.get();
        if (status == 201) {
          made++;
        } else if (status == 409) {
          refused++;
        }
      }
      assertEquals(1, made);
      assertEquals(19, refused);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        "1",
        one(
            "SELECT COUNT(*) FROM vacancy_offer WHERE vacancy_id = ? AND live_vacancy_id IS NOT NULL",
            id));
    assertEquals("OFFER_MADE", admin.get("/api/v1/vacancies/" + id).json().getString("status"));
  }

  @Test
  void staffSeeOnlyTheirOwnEligibilityAndOffers() throws Exception {
    String vacancy =
        one(
            "SELECT v.id FROM vacancy v JOIN org_unit u ON u.id = v.unit_id"
                + " WHERE v.title = 'Treatment Manager' AND u.name = 'North West: Interventions'"
                + " ORDER BY v.created_at LIMIT 1");
    Api staff2 = as("staff2");
    Reply own = staff2.get("/api/v1/vacancies/" + vacancy + "/eligibility?staffNumber=" + STAFF2);
    assertEquals(200, own.status(), own.toString());
    assertTrue(own.json().getBoolean("eligible"));
    // the person reads "You…"; HR reads about them by name
    String name = own.json().getString("name");
    String ownAtRisk = own.json().getJsonArray("reasons").getJsonObject(0).getString("text");
    assertTrue(ownAtRisk.startsWith("You are at risk until "), ownAtRisk);
    Reply aboutThem =
        as("evaluator").get("/api/v1/vacancies/" + vacancy + "/eligibility?staffNumber=" + STAFF2);
    assertEquals(200, aboutThem.status(), aboutThem.toString());
    List<String> hrTexts =
        aboutThem.json().getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
            .map(r -> r.getString("text"))
            .toList();
    assertEquals(name + " is at risk until " + ownAtRisk.substring(22), hrTexts.get(0));
    assertTrue(
        hrTexts.stream().noneMatch(t -> t.matches("(?s).*\\b([Yy]ou|[Yy]our)\\b.*")),
        hrTexts.toString());
    assertTrue(
        hrTexts.stream()
            .filter(t -> t.contains("the essential criterion:"))
            .allMatch(t -> t.startsWith(name + " ")),
        hrTexts.toString());
    Reply fits = as("evaluator").get("/api/v1/staff/" + STAFF2 + "/vacancies?fits=true");
    assertEquals(200, fits.status(), fits.toString());
    assertTrue(
        fits.items()
            .getJsonObject(0)
            .getJsonArray("reasons")
            .getJsonObject(0)
            .getString("text")
            .startsWith(name + " is at risk until "),
        fits.toString());
    JsonObject poolEntry =
        pool(as("evaluator"), vacancy).stream()
            .filter(p -> p.getString("staffNumber").equals(STAFF2))
            .findFirst()
            .orElseThrow();
    assertTrue(poolEntry.toString().contains(name + " is at risk until "), poolEntry.toString());
    Reply other = staff2.get("/api/v1/vacancies/" + vacancy + "/eligibility?staffNumber=" + STAFF4);
    assertEquals(403, other.status(), other.toString());
    assertEquals(PROBLEM, other.contentType());
    assertEquals(403, staff2.get("/api/v1/staff/" + STAFF4 + "/vacancies").status());
    assertEquals(403, staff2.get("/api/v1/staff/" + STAFF4 + "/offers").status());
    assertEquals(403, staff2.get("/api/v1/eligibility-matrix").status());
    assertEquals(200, staff2.get("/api/v1/me/offers").status());
    // a union rep sees nothing of someone who has not consented
    assertEquals(403, as("rep").get("/api/v1/staff/" + STAFF2 + "/vacancies").status());
    // HR sees anyone's
    Reply hr =
        as("evaluator").get("/api/v1/vacancies/" + vacancy + "/eligibility?staffNumber=" + STAFF4);
    assertEquals(200, hr.status(), hr.toString());
    assertFalse(hr.json().getBoolean("eligible"));
    // staff express interest in what they are eligible for, and not in what they are not (from
    // no interest, so the step below is this one)
    staff2.send("DELETE", "/api/v1/me/vacancies/" + vacancy + "/interest", null, writes(null));
    Reply interest =
        staff2.send("PUT", "/api/v1/me/vacancies/" + vacancy + "/interest", null, writes(null));
    assertEquals(200, interest.status(), interest.toString());
    // the interest is a step on staff2's timeline, for them and for HR; never for another person
    Reply mySteps = staff2.get("/api/v1/me/vacancy-steps");
    assertEquals(200, mySteps.status(), mySteps.toString());
    JsonObject latest = mySteps.items().getJsonObject(0);
    assertEquals("Interest expressed", latest.getString("title"));
    assertEquals(vacancy, latest.getString("vacancyId"));
    assertEquals(name + " expressed interest in Treatment Manager.", latest.getString("text"));
    Reply hrSteps = as("evaluator").get("/api/v1/staff/" + STAFF2 + "/vacancy-steps");
    assertEquals(200, hrSteps.status(), hrSteps.toString());
    assertEquals(mySteps.items(), hrSteps.items());
    assertEquals(403, as("staff4").get("/api/v1/staff/" + STAFF2 + "/vacancy-steps").status());
    assertEquals(403, as("rep").get("/api/v1/staff/" + STAFF2 + "/vacancy-steps").status());
    Reply refused =
        as("staff4")
            .send("PUT", "/api/v1/me/vacancies/" + vacancy + "/interest", null, writes(null));
    assertEquals(409, refused.status(), refused.toString());
    assertTrue(refused.problemFields().contains("vacancyId"), refused.toString());
    // the matrix: every at-risk person against every open vacancy in one request
    Reply matrix = as("evaluator").get("/api/v1/eligibility-matrix");
    assertEquals(200, matrix.status(), matrix.toString());
    assertTrue(matrix.json().getJsonArray("people").size() > 0);
    assertTrue(matrix.json().getJsonNumber("eligibleCount").longValue() > 0);
  }

  @Test
  void badInputIsAProblemNamingTheField() throws Exception {
    Api admin = as("admin");
    JsonObject good = vacancyInput("INT-TM-001", "North West: Interventions", "2027-01-15");
    var unknown = Json.createObjectBuilder(good).add("salary", 1).build();
    Reply r1 = admin.post("/api/v1/vacancies", unknown);
    assertEquals(400, r1.status(), r1.toString());
    assertEquals(PROBLEM, r1.contentType());
    assertTrue(r1.body().contains("salary"), r1.toString());
    var badDate = Json.createObjectBuilder(good).add("closingDate", "2027-02-30").build();
    Reply r2 = admin.post("/api/v1/vacancies", badDate);
    assertEquals(400, r2.status(), r2.toString());
    assertEquals(PROBLEM, r2.contentType());
    assertTrue(r2.body().contains("closingDate"), r2.toString());
    var missing = Json.createObjectBuilder(good).remove("bandCode").build();
    Reply r3 = admin.post("/api/v1/vacancies", missing);
    assertEquals(400, r3.status(), r3.toString());
    assertTrue(r3.body().contains("bandCode"), r3.toString());
    Reply r4 =
        admin.post(
            "/api/v1/ring-fences",
            Json.createObjectBuilder()
                .add("from", "2027-01-01")
                .add("until", "2026-01-01")
                .build());
    assertEquals(400, r4.status(), r4.toString());
    assertTrue(r4.problemFields().contains("until"), r4.toString());
  }

  @Test
  void criteriaAreImportedFromCsvWithTheStaffImportErrorRules() throws Exception {
    Api admin = as("admin");
    String bad =
        "staff_number,criterion,achieved_on\n"
            + STAFF4
            + ",Core Skills training for programme delivery,31/02/2020\n"
            + "NOBODY1,Core Skills training for programme delivery,2020-01-01\n";
    HttpResponse<byte[]> checked =
        admin.sendBytes(
            "POST",
            "/api/v1/staff-criteria-imports",
            bad.getBytes(StandardCharsets.UTF_8),
            "text/csv");
    String body = new String(checked.body(), StandardCharsets.UTF_8);
    assertEquals(200, checked.statusCode(), body);
    assertTrue(body.contains("\"applied\":false"), body);
    assertTrue(body.contains("achieved_on"), body);
    assertTrue(body.contains("\"field\":\"staff_number\""), body);
    String good =
        "staff_number,criterion,achieved_on\n"
            + STAFF4
            + ",\"Victim Contact Scheme training, or willing to complete it\",2021-05-04\n";
    HttpResponse<byte[]> applied =
        admin.sendBytes(
            "POST",
            "/api/v1/staff-criteria-imports",
            good.getBytes(StandardCharsets.UTF_8),
            "text/csv");
    String appliedBody = new String(applied.body(), StandardCharsets.UTF_8);
    assertEquals(200, applied.statusCode(), appliedBody);
    assertTrue(appliedBody.contains("\"applied\":true"), appliedBody);
    Reply held = admin.get("/api/v1/staff/" + STAFF4 + "/criteria");
    assertEquals(200, held.status(), held.toString());
    assertTrue(held.body().contains("Victim Contact Scheme training"), held.toString());
    assertTrue(held.body().contains("2021-05-04"), held.toString());
    // nothing half-written: the bad file changed nothing
    assertEquals(
        "0",
        one(
            "SELECT COUNT(*) FROM staff_criterion c JOIN staff_member s ON s.id = c.staff_id"
                + " WHERE s.staff_number = ? AND c.achieved_on = '2020-02-29'",
            STAFF4));
  }
}
