package org.bandwise.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo story is made by the application at first start (DemoData), once. Every IT class is a
 * new start of the server on the same database, so whichever start made the story, the others (this
 * one included, unless it runs first) must have found it made and changed nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

  private static final String PASSWORD = "bandwise-demo";
  private static final List<String> DEMO_JDS =
      List.of(
          "AP-MGR-001",
          "AP-RW-001",
          "INT-IF-001",
          "INT-PF-PO-001",
          "INT-PF-PSO-001",
          "INT-TM-001",
          "NSD-SPO-CT-001",
          "PDU-CDO-001",
          "PDU-DASO-001",
          "PDU-PO-001",
          "PDU-PSO-001",
          "PDU-SPO-001",
          "PDU-VLO-001");

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

  @Test
  void theStoryIsMadeOnceWhateverTheNumberOfStarts() throws SQLException {
    assertEquals(
        1, TestDatabase.count("SELECT COUNT(*) FROM demo_data WHERE created_at IS NOT NULL"));
    for (String reference : DEMO_JDS) {
      assertEquals(
          1,
          TestDatabase.count(
              "SELECT COUNT(*) FROM audit_event a JOIN job_description j ON j.id = a.entity_id"
                  + " WHERE a.entity_type = 'JOB_DESCRIPTION' AND a.action = 'CREATED'"
                  + " AND a.actor = 'system' AND j.reference = ?",
              reference),
          reference + " was created once, audited as the system's");
    }
    assertEquals(
        9,
        TestDatabase.count(
            "SELECT COUNT(*) FROM app_user WHERE username IN"
                + " ('admin','evaluator','rep','staff','auditor','evaluator2','rep2','staff2','staff3')"));
    assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM pay_structure"));
    // the story's evaluations, by the system at story times (before 23 November 2026)
    assertEquals(
        14,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'EVALUATION'"
                + " AND action = 'REQUESTED' AND actor = 'system'"
                + " AND occurred_at < '2026-11-23'"));
  }

  @Test
  void theStoryHappenedWhenItSaysAndEveryStepWasAudited() throws SQLException {
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM evaluation e JOIN job_description j ON j.id = e.jd_id"
                + " WHERE j.reference = 'INT-IF-001' AND e.status = 'PUBLISHED'"
                + " AND e.published_at = '2026-09-15 10:00:00' AND e.effective_from = '2026-10-01'"
                + " AND e.in_force = TRUE"));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event a JOIN job_description j ON j.id = a.parent_id"
                + " WHERE j.reference = 'INT-IF-001' AND a.action = 'PUBLISHED'"
                + " AND a.entity_type = 'EVALUATION'"
                + " AND a.occurred_at = '2026-09-15 10:00:00'"));
    // the AP manager's second version waits, accepted, for its panel; the CDO request is undecided
    assertEquals("ACCEPTED", status(DemoRecords.evaluation("AP-MGR-001", 2, "ACCEPTED")));
    assertEquals("REQUESTED", status(DemoRecords.evaluation("PDU-CDO-001", 1, "REQUESTED")));
    assertEquals("IN_PANEL", status(DemoRecords.evaluation("NSD-SPO-CT-001", 1, "IN_PANEL")));
  }

  /**
   * Every published outcome's total and band are what the scheme's scoring gives for its agreed
   * levels (the score endpoint runs {@code Scoring}); the story itself holds no total.
   */
  /**
   * The demo workforce came in through the staff import (validated, then applied) from the bundled
   * file, effective from 1 April 2026, with the demo accounts linked to their records.
   */
  @Test
  void theWorkforceIsImportedThroughTheStaffImport() throws SQLException {
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM staff_import WHERE file_name = 'staff.csv' AND status = 'APPLIED'"
                + " AND created_count = 3000 AND created_by = 'system'"
                + " AND effective_from = '2026-04-01'"));
    assertEquals(
        3000,
        TestDatabase.count(
            "SELECT COUNT(*) FROM staff_member WHERE staff_number REGEXP '^S[0-9]{6}$'"));
    assertEquals(
        3000,
        TestDatabase.count(
            "SELECT COUNT(*) FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id"
                + " JOIN staff_import i ON i.id = a.import_id WHERE i.file_name = 'staff.csv'"
                + " AND a.reason = 'IMPORT' AND a.effective_from = '2026-04-01'"));
    assertTrue(TestDatabase.count("SELECT COUNT(*) FROM org_unit WHERE kind = 'REGION'") >= 12);
    assertTrue(
        TestDatabase.count(
                "SELECT COUNT(*) FROM staff_assignment a JOIN pay_band b ON b.id = a.band_id"
                    + " JOIN post p ON p.id = a.post_id JOIN job_description j ON j.id = p.jd_id"
                    + " WHERE a.effective_from = '2026-04-01' AND a.reason = 'IMPORT'"
                    + " AND b.code = '4'"
                    // the re-banding moves the replaced JD's posts onto the Intervention
                    // Facilitator JD
                    + " AND j.reference IN ('INT-PF-PO-001', 'INT-IF-001')")
            >= 20,
        "20+ Band 4 probation officer facilitators");
    String[][] accounts = {{"staff", "3"}, {"staff2", "4"}, {"staff3", "5"}};
    for (String[] account : accounts) {
      assertEquals(
          1,
          TestDatabase.count(
              "SELECT COUNT(*) FROM staff_member s JOIN app_user u ON u.id = s.user_id"
                  + " JOIN staff_assignment a ON a.staff_id = s.id AND a.effective_from = '2026-04-01'"
                  + " JOIN pay_band b ON b.id = a.band_id WHERE u.username = ? AND b.code = ?",
              account[0],
              account[1]),
          account[0] + " is linked to a Band " + account[1] + " record");
    }
    Reply me = Api.signedIn(url, "staff2", PASSWORD).get("/api/v1/me");
    assertEquals(200, me.status(), me.toString());
    assertEquals("S002999", me.json().getString("staffNumber"));
    assertTrue(
        me.json().getJsonArray("payHistory").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                h ->
                    h.getString("reason").equals("IMPORT")
                        && h.getString("effectiveFrom").equals("2026-04-01")
                        && h.getJsonObject("band").getString("code").equals("4")),
        me.toString());
    // the facilitator re-banding from 1 August 2026, applied through the re-banding code
    JsonObject protection = me.json().getJsonObject("protection");
    assertEquals("2028-07-31", protection.getString("until"), me.toString());
    assertEquals(3_755_000L, protection.getJsonNumber("protectedSalaryPence").longValue());
    assertTrue(me.json().getBoolean("atRisk"));
    assertTrue(
        TestDatabase.count(
                "SELECT COUNT(*) FROM rebanding_person p JOIN rebanding r ON r.id = p.rebanding_id"
                    + " WHERE r.status = 'APPLIED' AND r.effective_from = '2026-08-01'"
                    + " AND p.change_kind = 'DOWN'")
            >= 20,
        "20+ Band 4 facilitators downgraded");
    assertTrue(
        TestDatabase.count(
                "SELECT COUNT(*) FROM rebanding_person p JOIN rebanding r ON r.id = p.rebanding_id"
                    + " WHERE r.status = 'APPLIED' AND r.effective_from = '2026-08-01'"
                    + " AND p.change_kind = 'SAME'")
            >= 25,
        "25+ Band 3 facilitators stay in their band");
  }

  @Test
  void publishedOutcomesAreScoredByTheScheme() throws SQLException {
    Api evaluator = Api.signedIn(url, "evaluator", PASSWORD);
    List<String[]> published = new ArrayList<>();
    try (Connection db = TestDatabase.connect();
        PreparedStatement find =
            db.prepareStatement(
                "SELECT e.id, e.scheme_id, e.total, b.code, j.reference FROM evaluation e"
                    + " JOIN pay_band b ON b.id = e.band_id"
                    + " JOIN job_description j ON j.id = e.jd_id"
                    + " WHERE e.status = 'PUBLISHED' AND e.published_by IS NOT NULL"
                    + " AND e.published_at < '2026-11-23'");
        ResultSet rows = find.executeQuery()) {
      while (rows.next()) {
        published.add(
            new String[] {
              rows.getString(1),
              rows.getString(2),
              rows.getString(3),
              rows.getString(4),
              rows.getString(5)
            });
      }
    }
    Map<String, String> outcomes = new TreeMap<>();
    for (String[] row : published) {
      if (!DEMO_JDS.contains(row[4])) {
        continue;
      }
      JsonObjectBuilder levels = Json.createObjectBuilder();
      for (Map.Entry<String, Integer> level : agreedLevels(row[0]).entrySet()) {
        levels.add(level.getKey(), level.getValue());
      }
      JsonObject score =
          evaluator
              .post(
                  "/api/v1/schemes/" + row[1] + "/score",
                  Json.createObjectBuilder().add("levels", levels).build())
              .json();
      assertEquals(score.getInt("total"), Integer.parseInt(row[2]), row[4] + " total");
      assertEquals(score.getString("band"), row[3], row[4] + " band");
      outcomes.put(row[4], row[2] + " Band " + row[3]);
    }
    assertEquals(10, outcomes.size(), outcomes.toString());
    // the story's known facts: the new facilitator JD is one point below Band 4
    assertEquals("479 Band 3", outcomes.get("INT-IF-001"));
    assertEquals("557 Band 4", outcomes.get("INT-PF-PO-001"));
    assertEquals("459 Band 3", outcomes.get("INT-PF-PSO-001"));
    assertEquals("465 Band 3", outcomes.get("PDU-DASO-001"));
    assertNotNull(outcomes.get("AP-MGR-001"));
    // in force at 479 as published, unless a class before this one upheld an appeal against it:
    // then the JD carries the revised outcome's total (AppealDecisionIT: 489)
    assertTrue(
        TestDatabase.count(
                "SELECT COUNT(*) FROM job_description j WHERE j.reference = 'INT-IF-001'"
                    + " AND j.status = 'IN_FORCE' AND (j.total = 479 OR j.total = (SELECT"
                    + " MAX(r.total) FROM appeal a JOIN evaluation r"
                    + " ON r.id = a.revised_evaluation_id WHERE r.jd_id = j.id))")
            == 1);
  }

  private static Map<String, Integer> agreedLevels(String evaluationId) throws SQLException {
    Map<String, Integer> levels = new TreeMap<>();
    try (Connection db = TestDatabase.connect();
        PreparedStatement find =
            db.prepareStatement(
                "SELECT factor_code, level_number FROM agreed_level WHERE evaluation_id = ?")) {
      find.setString(1, evaluationId);
      try (ResultSet rows = find.executeQuery()) {
        while (rows.next()) {
          levels.put(rows.getString(1), rows.getInt(2));
        }
      }
    }
    return levels;
  }

  private static String status(String evaluationId) {
    try {
      try (Connection db = TestDatabase.connect();
          PreparedStatement find =
              db.prepareStatement("SELECT status FROM evaluation WHERE id = ?")) {
        find.setString(1, evaluationId);
        try (ResultSet rows = find.executeQuery()) {
          rows.next();
          return rows.getString(1);
        }
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }
}
