package org.bandwise.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Units, posts and staff records through the API: who may read whom, pay on today's scale with
 * protection, and equality data that never leaks.
 */
class PeopleIT extends DeployedBandwise {

  /** Two staff records, linked to the demo accounts staff and staff2; staff2 is protected. */
  private String[] seed() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String mine = "IT" + suffix + "A";
    String theirs = "IT" + suffix + "B";
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    try (Connection c = TestDatabase.connect()) {
      for (String user : new String[] {"staff", "staff2"}) {
        String userId = one(c, "SELECT id FROM app_user WHERE username = ?", user);
        String old = one(c, "SELECT id FROM staff_member WHERE user_id = ?", userId);
        if (old != null) {
          run(c, "UPDATE staff_member SET user_id = NULL WHERE id = ?", old);
        }
      }
      String structure = one(c, "SELECT id FROM pay_structure WHERE name = 'Probation pay bands'");
      String band4 =
          one(c, "SELECT id FROM pay_band WHERE structure_id = ? AND code = '4'", structure);
      String band3 =
          one(c, "SELECT id FROM pay_band WHERE structure_id = ? AND code = '3'", structure);
      String jd = one(c, "SELECT id FROM job_description ORDER BY reference LIMIT 1");
      String unit = UUID.randomUUID().toString();
      run(
          c,
          "INSERT INTO org_unit (id, name, kind, created_at) VALUES (?, ?, 'PDU', NOW(3))",
          unit,
          "IT unit " + suffix);
      String post = UUID.randomUUID().toString();
      run(
          c,
          "INSERT INTO post (id, post_number, jd_id, unit_id, zone_code, weekly_hours, created_at,"
              + " updated_at) VALUES (?, ?, ?, ?, 'NATIONAL', 37, NOW(3), NOW(3))",
          post,
          "ITP-" + suffix,
          jd,
          unit);
      String[][] people = {
        {mine, "staff", "Sam", "Okafor", band4, "37"},
        {theirs, "staff2", "Alex", "Ng", band3, "18.5"}
      };
      for (String[] p : people) {
        String id = UUID.randomUUID().toString();
        run(
            c,
            "INSERT INTO staff_member (id, staff_number, first_name, last_name, user_id, sex,"
                + " ethnic_group, disability, date_of_birth, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, (SELECT id FROM app_user WHERE username = ?), 'F', 'ASIAN',"
                + " 'NOT_DECLARED', '1980-05-01', NOW(3), NOW(3))",
            id,
            p[0],
            p[2],
            p[3],
            p[1]);
        run(
            c,
            "INSERT INTO staff_assignment (id, staff_id, effective_from, post_id, structure_id,"
                + " band_id, zone_code, pay_point, weekly_hours, reason, created_at, created_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'NATIONAL', 1, ?, 'IMPORT', NOW(3), 'it')",
            UUID.randomUUID().toString(),
            id,
            today.minusYears(1),
            post,
            structure,
            p[4],
            new java.math.BigDecimal(p[5]));
        if (p[1].equals("staff2")) {
          run(
              c,
              "INSERT INTO pay_protection (id, staff_id, type, starts_on, last_day,"
                  + " protected_pence, difference_pence, created_at, updated_at)"
                  + " VALUES (?, ?, 'MARK_TIME', ?, ?, 9000000, 1000000, NOW(3), NOW(3))",
              UUID.randomUUID().toString(),
              id,
              today.minusMonths(1),
              today.plusYears(1));
        }
      }
    }
    return new String[] {mine, theirs, "IT unit " + suffix};
  }

  /**
   * The search reads each person's position as kept on their record (V25). A position worked out
   * before a dated change came into force is worked out again before a search reads it, and a
   * record that was never worked out (written by plain SQL here) is found all the same.
   */
  @Test
  void theSearchFollowsChangesThatComeIntoForce() throws Exception {
    String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    String mover = "ITM" + suffix;
    String fresh = "ITN" + suffix;
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    try (Connection c = TestDatabase.connect()) {
      String structure = one(c, "SELECT id FROM pay_structure WHERE name = 'Probation pay bands'");
      String band3 =
          one(c, "SELECT id FROM pay_band WHERE structure_id = ? AND code = '3'", structure);
      String band4 =
          one(c, "SELECT id FROM pay_band WHERE structure_id = ? AND code = '4'", structure);
      String[][] people = {{mover, "Mover"}, {fresh, "Fresh"}};
      for (String[] p : people) {
        String id = UUID.randomUUID().toString();
        run(
            c,
            "INSERT INTO staff_member (id, staff_number, first_name, last_name, created_at,"
                + " updated_at) VALUES (?, ?, 'Robin', ?, NOW(3), NOW(3))",
            id,
            p[0],
            p[1] + suffix);
        // Band 3 until yesterday, Band 4 from today
        for (Object[] a :
            new Object[][] {
              {today.minusYears(1), today.minusDays(1), band3}, {today, null, band4}
            }) {
          run(
              c,
              "INSERT INTO staff_assignment (id, staff_id, effective_from, effective_to,"
                  + " structure_id, band_id, zone_code, pay_point, weekly_hours, reason,"
                  + " created_at, created_by)"
                  + " VALUES (?, ?, ?, ?, ?, ?, 'NATIONAL', 1, 37, 'IMPORT', NOW(3), 'it')",
              UUID.randomUUID().toString(),
              id,
              a[0],
              a[1],
              structure,
              a[2]);
        }
        if (p[0].equals(mover)) {
          // as worked out yesterday: Band 3, holding until yesterday
          run(
              c,
              "UPDATE staff_member SET current_band_id = ?, position_from = ?, position_until = ?"
                  + " WHERE id = ?",
              band3,
              today.minusYears(1),
              today.minusDays(1),
              id);
        }
      }
    }
    Api evaluator = Api.signedIn(url, "evaluator", PASSWORD);
    for (String who : new String[] {mover, fresh}) {
      Reply band4 = evaluator.get("/api/v1/staff?band=4&q=" + who);
      assertEquals(200, band4.status(), band4.toString());
      assertEquals(1, band4.json().getInt("totalItems"), who + " is in Band 4 from today");
      assertEquals("4", band4.items().getJsonObject(0).getString("band"));
      assertEquals(0, evaluator.get("/api/v1/staff?band=3&q=" + who).json().getInt("totalItems"));
    }
    try (Connection c = TestDatabase.connect()) {
      assertEquals(
          "9999-12-31",
          one(c, "SELECT position_until FROM staff_member WHERE staff_number = ?", mover),
          "worked out again, it holds until a later change");
    }
  }

  @Test
  void peopleReadOnlyWhatTheyMayAndEqualityDataNeverLeaks() throws Exception {
    String[] seeded = seed();
    String mine = seeded[0];
    String theirs = seeded[1];

    Api staff = Api.signedIn(url, "staff", PASSWORD);
    Reply me = staff.get("/api/v1/me");
    assertEquals(200, me.status(), me.toString());
    JsonObject record = me.json();
    assertEquals(mine, record.getString("staffNumber"));
    assertEquals("4", record.getJsonObject("band").getString("code"));
    assertEquals(1, record.getInt("payPoint"));
    assertTrue(record.getJsonNumber("contractualSalaryPence").longValue() > 0, me.toString());
    assertEquals(
        record.getJsonNumber("contractualSalaryPence").longValue(),
        record.getJsonNumber("paidSalaryPence").longValue());
    assertFalse(record.getBoolean("atRisk"));
    assertEquals("Asian", record.getJsonObject("equality").getString("ethnicity"));
    assertEquals("Not declared", record.getJsonObject("equality").getString("disability"));

    // a staff member never reads another's record, nor the lists
    assertEquals(403, staff.get("/api/v1/staff/" + theirs).status());
    assertEquals(403, staff.get("/api/v1/staff?q=" + theirs).status());
    assertEquals(403, staff.get("/api/v1/units").status());

    Api staff2 = Api.signedIn(url, "staff2", PASSWORD);
    JsonObject protectedOne = staff2.get("/api/v1/me").json();
    assertTrue(protectedOne.getBoolean("atRisk"));
    assertEquals("MARK_TIME", protectedOne.getJsonObject("protection").getString("type"));
    // mark time: paid the protected £90,000 pro rata to 18.5 of 37 hours
    assertEquals(4500000, protectedOne.getJsonNumber("paidSalaryPence").longValue());
    assertTrue(
        protectedOne.getJsonNumber("contractualSalaryPence").longValue()
            < protectedOne.getJsonNumber("paidSalaryPence").longValue());
    assertFalse(protectedOne.getJsonArray("notices").isEmpty());

    Api evaluator = Api.signedIn(url, "evaluator", PASSWORD);
    Reply seen = evaluator.get("/api/v1/staff/" + theirs);
    assertEquals(200, seen.status(), seen.toString());
    assertFalse(seen.json().containsKey("equality"), "HR evaluators never see equality data");
    assertFalse(seen.body().contains("Asian"));

    Api admin = Api.signedIn(url, "admin", PASSWORD);
    assertTrue(admin.get("/api/v1/staff/" + theirs).json().containsKey("equality"));
    assertEquals(404, admin.get("/api/v1/staff/NOSUCH" + theirs).status());

    Reply search = evaluator.get("/api/v1/staff?unit=" + seeded[2].replace(" ", "%20"));
    assertEquals(200, search.status(), search.toString());
    assertEquals(2, search.json().getInt("totalItems"));
    JsonObject first = search.items().getJsonObject(0);
    assertEquals(theirs, first.getString("staffNumber"), "Ng sorts before Okafor");
    assertTrue(first.getBoolean("atRisk"));
    assertFalse(search.body().contains("Asian"));
    assertEquals(
        1, evaluator.get("/api/v1/staff?atRisk=true&q=" + theirs).json().getInt("totalItems"));
    assertEquals(
        0, evaluator.get("/api/v1/staff?atRisk=false&q=" + theirs).json().getInt("totalItems"));
    assertEquals(1, evaluator.get("/api/v1/staff?band=4&q=" + mine).json().getInt("totalItems"));

    Reply template = admin.get("/api/v1/staff-imports/template");
    assertEquals(200, template.status(), template.toString());
    assertTrue(template.body().startsWith("staff_number,first_name,last_name,"));
    assertEquals(403, staff.get("/api/v1/staff-imports/template").status());

    Reply units = evaluator.get("/api/v1/units");
    assertEquals(200, units.status());
    assertTrue(units.body().contains(seeded[2]));
    Reply posts = evaluator.get("/api/v1/posts?unit=" + seeded[2].replace(" ", "%20"));
    assertEquals(200, posts.status(), posts.toString());
    assertEquals(1, posts.json().getInt("totalItems"));
    assertTrue(posts.items().getJsonObject(0).getBoolean("filled"));
    assertEquals(2, posts.items().getJsonObject(0).getJsonArray("holders").size());
  }
}
