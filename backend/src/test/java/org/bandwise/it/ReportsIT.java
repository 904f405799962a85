package org.bandwise.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reports over staff written straight into the database (as an import writes them): the gender
 * pay gap's six measures worked out by hand here from the scales in force, a tie split across a
 * quartile boundary, someone part-time, someone protected, someone on reduced pay, a leaver and a
 * future starter left out, the unit filter with its sub-units, small-group suppression, who may see
 * what, a bad snapshot date, and downloads that open.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

  private static final String PASSWORD = "bandwise-demo";
  private static final LocalDate SNAPSHOT = LocalDate.of(2026, 4, 30);
  private static final LocalDate FROM = LocalDate.of(2026, 4, 1);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.bandwise();
  }

  @ArquillianResource URL url;

  private static String one(Connection c, String sql, Object... params) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  private static void run(Connection c, String sql, Object... params) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      s.executeUpdate();
    }
  }

  /**
   * The full-time salary of a point of a probation band's National scale in force on the snapshot.
   */
  private static long salary(Connection c, String band, int point) throws Exception {
    String pence =
        one(
            c,
            "SELECT p.annual_salary_pence FROM pay_point p JOIN pay_scale s ON s.id = p.scale_id"
                + " WHERE s.band_id = ? AND s.zone_code = 'NATIONAL' AND s.status = 'AGREED'"
                + " AND s.retired = FALSE AND s.effective_from <= ? AND p.point_number = ?"
                + " ORDER BY s.effective_from DESC LIMIT 1",
            band,
            SNAPSHOT,
            point);
    assertNotNull(pence, "a scale in force for point " + point);
    return Long.parseLong(pence);
  }

  private record Fixture(
      String suffix, String region, String pdu, String small, long[] b3, long[] b4) {}

  private static String unit(Connection c, String name, String parent) throws Exception {
    String id = UUID.randomUUID().toString();
    run(
        c,
        "INSERT INTO org_unit (id, name, kind, parent_id, created_at) VALUES (?, ?, ?, ?, NOW(3))",
        id,
        name,
        parent == null ? "REGION" : "PDU",
        parent);
    return id;
  }

  private static String post(Connection c, String number, String jd, String unit) throws Exception {
    String id = UUID.randomUUID().toString();
    run(
        c,
        "INSERT INTO post (id, post_number, jd_id, unit_id, zone_code, weekly_hours, created_at,"
            + " updated_at) VALUES (?, ?, ?, ?, 'NATIONAL', 37, NOW(3), NOW(3))",
        id,
        number,
        jd,
        unit);
    return id;
  }

  private static int counter;

  /** One person: sex (or null), band id, point, hours, full pay, bonus pence, post, dates. */
  private static String person(
      Connection c,
      String suffix,
      String sex,
      String structure,
      String band,
      int point,
      String hours,
      boolean fullPay,
      long bonus,
      String post,
      LocalDate start,
      LocalDate leaving)
      throws Exception {
    String id = UUID.randomUUID().toString();
    run(
        c,
        "INSERT INTO staff_member (id, staff_number, first_name, last_name, start_date,"
            + " leaving_date, sex, ethnic_group, disability, date_of_birth, bonus_pence, full_pay,"
            + " created_at, updated_at) VALUES (?, ?, 'Test', ?, ?, ?, ?, 'WHITE', 'N',"
            + " '1985-06-01', ?, ?, NOW(3), NOW(3))",
        id,
        "RP" + suffix + (++counter),
        "Person " + counter,
        start,
        leaving,
        sex,
        bonus,
        fullPay);
    run(
        c,
        "INSERT INTO staff_assignment (id, staff_id, effective_from, post_id, structure_id,"
            + " band_id, zone_code, pay_point, weekly_hours, reason, created_at, created_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, 'NATIONAL', ?, ?, 'IMPORT', NOW(3), 'it')",
        UUID.randomUUID().toString(),
        id,
        FROM,
        post,
        structure,
        band,
        point,
        new BigDecimal(hours));
    return id;
  }

  private Fixture seed() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    try (Connection c = TestDatabase.connect()) {
      String structure = one(c, "SELECT id FROM pay_structure WHERE name = 'Probation pay bands'");
      String band3 =
          one(c, "SELECT id FROM pay_band WHERE structure_id = ? AND code = '3'", structure);
      String band4 =
          one(c, "SELECT id FROM pay_band WHERE structure_id = ? AND code = '4'", structure);
      long[] b3 = new long[6];
      long[] b4 = new long[7];
      for (int p = 1; p <= 5; p++) {
        b3[p] = salary(c, band3, p);
      }
      for (int p = 1; p <= 6; p++) {
        b4[p] = salary(c, band4, p);
      }
      String jd = one(c, "SELECT id FROM job_description ORDER BY reference LIMIT 1");
      String region = unit(c, "Reports region " + suffix, null);
      String pdu = unit(c, "Reports PDU " + suffix, region);
      String small = unit(c, "Reports small " + suffix, null);
      String regionPost = post(c, "RR-" + suffix, jd, region);
      String pduPost = post(c, "RP-" + suffix, jd, pdu);
      String smallPost = post(c, "RS-" + suffix, jd, small);
      LocalDate start = LocalDate.of(2020, 1, 1);
      // women in the PDU: two on Band 3 point 1 (one part-time), one with a bonus, one on Band 4,
      // one on reduced pay with a bonus
      person(c, suffix, "F", structure, band3, 1, "37", true, 0, pduPost, start, null);
      person(c, suffix, "F", structure, band3, 1, "18.5", true, 0, pduPost, start, null);
      person(c, suffix, "F", structure, band3, 2, "37", true, 50_000, pduPost, start, null);
      person(c, suffix, "F", structure, band4, 1, "37", true, 0, pduPost, start, null);
      person(c, suffix, "F", structure, band3, 1, "37", false, 30_000, pduPost, start, null);
      // men in the PDU; one downgraded from Band 4 point 6 to Band 3 point 5, on mark time
      person(c, suffix, "M", structure, band3, 1, "37", true, 0, pduPost, start, null);
      person(c, suffix, "M", structure, band4, 1, "37", true, 100_000, pduPost, start, null);
      String downgraded =
          person(c, suffix, "M", structure, band3, 5, "37", true, 0, pduPost, start, null);
      run(
          c,
          "INSERT INTO pay_protection (id, staff_id, type, starts_on, last_day, protected_pence,"
              + " difference_pence, created_at, updated_at)"
              + " VALUES (?, ?, 'MARK_TIME', ?, ?, ?, ?, NOW(3), NOW(3))",
          UUID.randomUUID().toString(),
          downgraded,
          FROM,
          LocalDate.of(2028, 3, 31),
          b4[6],
          b4[6] - b3[5]);
      person(c, suffix, "M", structure, band4, 2, "37", true, 200_000, pduPost, start, null);
      person(c, suffix, "M", structure, band4, 3, "37", true, 0, pduPost, start, null);
      // not relevant: left before the snapshot, starts after it
      person(
          c,
          suffix,
          "M",
          structure,
          band4,
          6,
          "37",
          true,
          900_000,
          pduPost,
          start,
          LocalDate.of(2026, 4, 15));
      person(
          c,
          suffix,
          "F",
          structure,
          band4,
          6,
          "37",
          true,
          0,
          pduPost,
          LocalDate.of(2026, 5, 1),
          null);
      // sex not recorded: in the distribution, not in the gender pay gap
      person(c, suffix, null, structure, band3, 1, "37", true, 0, pduPost, start, null);
      // in the region itself (above the PDU): a woman on Band 3 point 1
      person(c, suffix, "F", structure, band3, 1, "37", true, 0, regionPost, start, null);
      // a small unit: one man, one woman, no bonuses
      person(c, suffix, "M", structure, band3, 2, "37", true, 0, smallPost, start, null);
      person(c, suffix, "F", structure, band3, 3, "37", true, 0, smallPost, start, null);
      return new Fixture(suffix, region, pdu, small, b3, b4);
    }
  }

  private static BigDecimal gap(BigDecimal men, BigDecimal women) {
    return men.subtract(women)
        .multiply(BigDecimal.valueOf(100))
        .divide(men, 1, RoundingMode.HALF_UP);
  }

  private static BigDecimal mean(List<Long> values) {
    long sum = values.stream().mapToLong(Long::longValue).sum();
    return BigDecimal.valueOf(sum)
        .divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128);
  }

  private static BigDecimal median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1
        ? BigDecimal.valueOf(sorted.get(n / 2))
        : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2))
            .divide(BigDecimal.valueOf(2));
  }

  private static BigDecimal number(JsonObject o, String field) {
    JsonNumber n = o.getJsonNumber(field);
    return n == null ? null : n.bigDecimalValue().setScale(1, RoundingMode.HALF_UP);
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /**
   * Assignments (with the person's and post's reported columns) that report_fact (V26, V27) does
   * not hold exactly, plus the difference in row counts: 0 when the triggers kept it in step.
   */
  private static long factsOutOfStep(Connection c) throws Exception {
    long missing =
        Long.parseLong(
            one(
                c,
                "SELECT COUNT(*) FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id"
                    + " LEFT JOIN post p ON p.id = a.post_id"
                    + " LEFT JOIN pay_structure st ON st.id = a.structure_id"
                    + " LEFT JOIN pay_band b ON b.id = a.band_id"
                    + " LEFT JOIN pay_zone z ON z.code = a.zone_code"
                    + " LEFT JOIN org_unit u ON u.id = p.unit_id"
                    + " LEFT JOIN job_description j ON j.id = p.jd_id WHERE NOT EXISTS (SELECT 1 FROM"
                    + " report_fact f WHERE f.staff_id = a.staff_id"
                    + " AND f.effective_from = a.effective_from"
                    + " AND f.effective_to <=> a.effective_to AND f.start_date <=> s.start_date"
                    + " AND f.leaving_date <=> s.leaving_date AND BINARY f.sex <=> BINARY s.sex"
                    + " AND BINARY f.ethnic_group <=> BINARY s.ethnic_group"
                    + " AND BINARY f.disability <=> BINARY s.disability"
                    + " AND f.date_of_birth <=> s.date_of_birth"
                    + " AND f.allowances_pence = s.allowances_pence"
                    + " AND f.bonus_pence = s.bonus_pence AND f.full_pay = s.full_pay"
                    + " AND f.structure_key <=> st.report_key AND f.band_key <=> b.report_key"
                    + " AND f.zone_key = z.report_key AND f.pay_point <=> a.pay_point"
                    + " AND f.weekly_hours = a.weekly_hours AND f.post_id <=> a.post_id"
                    + " AND f.unit_key <=> u.report_key AND f.jd_key <=> j.report_key)"));
    long assignments = Long.parseLong(one(c, "SELECT COUNT(*) FROM staff_assignment"));
    long facts = Long.parseLong(one(c, "SELECT COUNT(*) FROM report_fact"));
    return missing + Math.abs(assignments - facts);
  }

  @Test
  void reportFactsFollowEveryWriteOfAssignmentsPeopleAndPosts() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    // dates long before every report here, so the other tests' figures are not touched
    LocalDate start = LocalDate.of(2001, 1, 1);
    try (Connection c = TestDatabase.connect()) {
      assertEquals(0, factsOutOfStep(c), "in step before");
      String structure = one(c, "SELECT id FROM pay_structure WHERE name = 'Probation pay bands'");
      String band3 =
          one(c, "SELECT id FROM pay_band WHERE structure_id = ? AND code = '3'", structure);
      String band4 =
          one(c, "SELECT id FROM pay_band WHERE structure_id = ? AND code = '4'", structure);
      String jd = one(c, "SELECT id FROM job_description ORDER BY reference LIMIT 1");
      String one = unit(c, "Facts unit " + suffix, null);
      String other = unit(c, "Facts other " + suffix, null);
      String post = post(c, "RF-" + suffix, jd, one);
      String id = person(c, suffix, "F", structure, band3, 1, "37", true, 0, post, start, null);
      run(c, "UPDATE staff_member SET leaving_date = '2001-12-31' WHERE id = ?", id);
      // the assignment's start moves (its key in report_fact)
      run(c, "UPDATE staff_assignment SET effective_from = ? WHERE staff_id = ?", start, id);
      assertEquals(
          "2001-12-31",
          one(
              c,
              "SELECT leaving_date FROM report_fact WHERE staff_id = ? AND effective_from = ?",
              id,
              start),
          "a new assignment, the leaving date, a new start");
      // the person's reported details; a change of name alone changes nothing
      run(
          c,
          "UPDATE staff_member SET sex = 'M', ethnic_group = 'ASIAN', disability = 'Y',"
              + " date_of_birth = '1970-02-03', allowances_pence = 1200, bonus_pence = 700,"
              + " full_pay = FALSE WHERE id = ?",
          id);
      run(c, "UPDATE staff_member SET last_name = 'Renamed' WHERE id = ?", id);
      assertEquals("M", one(c, "SELECT sex FROM report_fact WHERE staff_id = ?", id));
      assertEquals(0, factsOutOfStep(c), "after the person's details changed");
      // a re-banding: the assignment in force is closed and a new one opened
      run(
          c,
          "UPDATE staff_assignment SET effective_to = '2001-06-30' WHERE staff_id = ?"
              + " AND effective_to IS NULL",
          id);
      run(
          c,
          "INSERT INTO staff_assignment (id, staff_id, effective_from, post_id, structure_id,"
              + " band_id, zone_code, pay_point, weekly_hours, reason, created_at, created_by)"
              + " VALUES (?, ?, '2001-07-01', ?, ?, ?, 'NATIONAL', 2, 30, 'REBANDING', NOW(3),"
              + " 'it')",
          UUID.randomUUID().toString(),
          id,
          post,
          structure,
          band4);
      assertEquals("2", one(c, "SELECT COUNT(*) FROM report_fact WHERE staff_id = ?", id));
      assertEquals(0, factsOutOfStep(c), "after a re-banding");
      // the post moves to another unit; an assignment's start moves (its key)
      run(c, "UPDATE post SET unit_id = ? WHERE id = ?", other, post);
      assertEquals(
          "2",
          one(
              c,
              "SELECT COUNT(*) FROM report_fact f JOIN org_unit u ON u.report_key = f.unit_key"
                  + " WHERE u.id = ?",
              other),
          "moved");
      run(
          c,
          "UPDATE staff_assignment SET effective_from = '2001-07-02' WHERE staff_id = ?"
              + " AND effective_from = '2001-07-01'",
          id);
      assertEquals(
          "2001-07-02",
          one(c, "SELECT MAX(effective_from) FROM report_fact WHERE staff_id = ?", id));
      assertEquals(0, factsOutOfStep(c), "after the post and the start moved");
      // deleted assignments leave nothing behind
      run(c, "DELETE FROM staff_assignment WHERE staff_id = ?", id);
      assertEquals("0", one(c, "SELECT COUNT(*) FROM report_fact WHERE staff_id = ?", id));
      assertEquals(0, factsOutOfStep(c), "after the deletes");
    }
  }

  @Test
  void genderPayGapMeasuresUnitFilterSuppressionRolesAndExports() throws Exception {
    Fixture f = seed();
    Api admin = Api.signedIn(url, "admin", PASSWORD);

    Reply region =
        admin.get("/api/v1/reports/gender-pay-gap?snapshot=" + SNAPSHOT + "&unit=" + f.region());
    assertEquals(200, region.status(), region.toString());
    JsonObject r = region.json();
    assertEquals(SNAPSHOT.toString(), r.getString("snapshot"));
    assertEquals("Reports region " + f.suffix(), r.getJsonObject("unit").getString("name"));
    // relevant: 6 women (one on reduced pay) and 5 men; the leaver and the future starter are not
    assertEquals(11, r.getInt("relevantEmployees"));
    assertEquals(10, r.getInt("fullPayRelevantEmployees"));
    assertEquals(1, r.getInt("sexNotRecorded"));
    assertFalse(r.getBoolean("suppressed"));

    // Hourly pay is annual ÷ 12 × 7 ÷ 30.44 ÷ hours; with every salary on one structure's 37-hour
    // week, the part-timer's pro rata salary gives the same hourly pay as full time, and the
    // factor 7 ÷ (12 × 30.44 × 37) cancels out of every gap: the gaps are those of the full-time
    // salaries (the protected man's being his protected Band 4 point 6).
    long[] b3 = f.b3();
    long[] b4 = f.b4();
    List<Long> women = List.of(b3[1], b3[1], b3[2], b4[1], b3[1]);
    List<Long> men = List.of(b3[1], b4[1], b4[6], b4[2], b4[3]);
    assertEquals(gap(mean(men), mean(women)), number(r, "meanHourlyGapPercent"), region.toString());
    assertEquals(
        gap(median(men), median(women)), number(r, "medianHourlyGapPercent"), region.toString());
    // bonuses over all relevant employees: men £1,000 and £2,000 (2 of 5); women £500 and £300,
    // the latter on reduced pay (2 of 6); an even count's median is the mean of the middle two
    assertEquals(new BigDecimal("40.0"), number(r, "malesReceivingBonusPercent"));
    assertEquals(new BigDecimal("33.3"), number(r, "femalesReceivingBonusPercent"));
    assertEquals(
        gap(BigDecimal.valueOf(150_000), BigDecimal.valueOf(40_000)),
        number(r, "meanBonusGapPercent"));
    assertEquals(new BigDecimal("73.3"), number(r, "medianBonusGapPercent"));
    assertEquals(150_000, r.getJsonObject("men").getJsonNumber("medianBonusPence").longValue());
    assertEquals(40_000, r.getJsonObject("women").getJsonNumber("medianBonusPence").longValue());

    // 10 full-pay people: 3, 2, 3, 2 (two left over: lower and upper middle). Four share the
    // lowest rate (3 women, 1 man) across the lower / lower-middle boundary: 3 places below it
    // take 3 × 1/4 = 0.75 → 1 man; the woman left over opens the lower middle.
    JsonArray quartiles = r.getJsonArray("quartiles");
    assertEquals(4, quartiles.size());
    int[][] expected = {{3, 1}, {2, 0}, {3, 2}, {2, 2}};
    String[] pct = {"33.3", "0.0", "66.7", "100.0"};
    String[] names = {"LOWER", "LOWER_MIDDLE", "UPPER_MIDDLE", "UPPER"};
    for (int i = 0; i < 4; i++) {
      JsonObject q = quartiles.getJsonObject(i);
      assertEquals(names[i], q.getString("quartile"));
      assertEquals(expected[i][0], q.getInt("count"), q.toString());
      assertEquals(expected[i][1], q.getInt("men"), q.toString());
      assertEquals(new BigDecimal(pct[i]), number(q, "malePercent"), q.toString());
      assertEquals(
          new BigDecimal("100.0").subtract(new BigDecimal(pct[i])), number(q, "femalePercent"));
    }

    // the PDU alone leaves out the woman in the region above it; by exact name works too
    Reply pdu =
        admin.get(
            "/api/v1/reports/gender-pay-gap?snapshot="
                + SNAPSHOT
                + "&unit="
                + q("Reports PDU " + f.suffix()));
    assertEquals(200, pdu.status(), pdu.toString());
    assertEquals(10, pdu.json().getInt("relevantEmployees"));
    List<Long> pduWomen = List.of(b3[1], b3[1], b3[2], b4[1]);
    assertEquals(gap(mean(men), mean(pduWomen)), number(pdu.json(), "meanHourlyGapPercent"));

    // a small unit: withheld from an HR evaluator, shown to an HR admin; no bonuses → not
    // applicable
    Api evaluator = Api.signedIn(url, "evaluator", PASSWORD);
    Reply smallSeen =
        evaluator.get("/api/v1/reports/gender-pay-gap?snapshot=" + SNAPSHOT + "&unit=" + f.small());
    assertEquals(200, smallSeen.status(), smallSeen.toString());
    assertTrue(smallSeen.json().getBoolean("suppressed"));
    assertFalse(smallSeen.json().containsKey("meanHourlyGapPercent"), smallSeen.toString());
    assertEquals(0, smallSeen.json().getJsonArray("quartiles").size());
    Reply smallAdmin =
        admin.get("/api/v1/reports/gender-pay-gap?snapshot=" + SNAPSHOT + "&unit=" + f.small());
    assertFalse(smallAdmin.json().getBoolean("suppressed"));
    assertEquals(
        gap(BigDecimal.valueOf(b3[2]), BigDecimal.valueOf(b3[3])),
        number(smallAdmin.json(), "meanHourlyGapPercent"));
    assertFalse(smallAdmin.json().containsKey("meanBonusGapPercent"), smallAdmin.toString());
    assertEquals(new BigDecimal("0.0"), number(smallAdmin.json(), "malesReceivingBonusPercent"));
    assertEquals(
        403,
        evaluator
            .get("/api/v1/reports/gender-pay-gap/export?format=csv&unit=" + f.small())
            .status());

    // everyone signed in sees the organisation's report (default snapshot: the latest 31 March);
    // only HR and auditors narrow it to a unit
    Api staff = Api.signedIn(url, "staff", PASSWORD);
    Reply org = staff.get("/api/v1/reports/gender-pay-gap");
    assertEquals(200, org.status(), org.toString());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate march = LocalDate.of(today.getYear(), Month.MARCH, 31);
    assertEquals(
        (today.isBefore(march) ? march.minusYears(1) : march).toString(),
        org.json().getString("snapshot"));
    assertEquals(403, staff.get("/api/v1/reports/gender-pay-gap?unit=" + f.region()).status());
    Api rep = Api.signedIn(url, "rep", PASSWORD);
    assertEquals(200, rep.get("/api/v1/reports/gender-pay-gap?snapshot=" + SNAPSHOT).status());
    assertEquals(403, rep.get("/api/v1/reports/equal-pay").status());
    assertEquals(403, staff.get("/api/v1/reports/band-distribution").status());
    assertEquals(401, Api.at(url).get("/api/v1/reports/gender-pay-gap").status());

    // bad input names the field
    Reply badDate = admin.get("/api/v1/reports/gender-pay-gap?snapshot=2026-02-30");
    assertEquals(400, badDate.status(), badDate.toString());
    assertTrue(badDate.problemFields().contains("snapshot"), badDate.toString());
    Reply badUnit = admin.get("/api/v1/reports/gender-pay-gap?unit=" + q("No such unit here"));
    assertEquals(400, badUnit.status(), badUnit.toString());
    assertTrue(badUnit.problemFields().contains("unit"), badUnit.toString());
    Reply badFormat = admin.get("/api/v1/reports/gender-pay-gap/export?format=pdf");
    assertEquals(400, badFormat.status(), badFormat.toString());
    assertTrue(badFormat.problemFields().contains("format"), badFormat.toString());

    // downloads: the reporting service's row, the supporting tables, a workbook that opens
    String base =
        "/api/v1/reports/gender-pay-gap/export?snapshot=" + SNAPSHOT + "&unit=" + f.region();
    Reply service = admin.get(base + "&format=service");
    assertEquals(200, service.status(), service.toString());
    assertTrue(service.contentType().startsWith("text/csv"));
    String[] lines = service.body().split("\r\n");
    assertTrue(lines[0].startsWith("DiffMeanHourlyPercent,DiffMedianHourlyPercent,"), lines[0]);
    assertTrue(lines[1].startsWith(gap(mean(men), mean(women)).toPlainString() + ","), lines[1]);
    assertTrue(lines[1].endsWith(",2026-04-30"), lines[1]);
    Reply quartileCsv = admin.get(base + "&format=csv&table=quartiles");
    assertTrue(quartileCsv.body().startsWith("Quartile,People,Men,Women,Men (%),Women (%)"));
    assertTrue(quartileCsv.body().contains("Lower,3,1,2,33.3,66.7"), quartileCsv.body());
    byte[] xlsx = admin.bytes(base + "&format=xlsx");
    assertEquals(2, sheets(xlsx));
  }

  private static int sheets(byte[] xlsx) throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("report", ".xlsx");
    int sheets = 0;
    try {
      java.nio.file.Files.write(file, xlsx);
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
        sheets =
            (int) zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/sheet")).count();
      }
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
    return sheets;
  }

  @Test
  void equalPayAuditAndBandDistributionWithSuppression() throws Exception {
    Fixture f = seed();
    String scope = "?date=" + SNAPSHOT + "&unit=" + f.region();
    Api admin = Api.signedIn(url, "admin", PASSWORD);
    Api evaluator = Api.signedIn(url, "evaluator", PASSWORD);
    Api auditor = Api.signedIn(url, "auditor", PASSWORD);

    Reply audit = evaluator.get("/api/v1/reports/equal-pay" + scope);
    assertEquals(200, audit.status(), audit.toString());
    JsonObject band4 = group(audit.json(), "EQUIVALENT_WORK", "Band 4");
    // Band 4: one woman and three men → fewer than 5 on a side: no figures for an evaluator
    assertEquals(4, band4.getInt("headcount"));
    JsonObject bySex = band4.getJsonArray("comparisons").getJsonObject(0);
    assertEquals("SEX", bySex.getString("characteristic"));
    assertTrue(bySex.getBoolean("suppressed"));
    assertEquals("Fewer than 5", bySex.getString("note"));
    assertFalse(bySex.containsKey("groupFigures"), bySex.toString());
    assertFalse(band4.getJsonArray("jobDescriptions").isEmpty(), "drill down to its JDs");
    JsonObject adminBand4 =
        group(admin.get("/api/v1/reports/equal-pay" + scope).json(), "EQUIVALENT_WORK", "Band 4");
    JsonObject adminBySex = adminBand4.getJsonArray("comparisons").getJsonObject(0);
    assertEquals(1, adminBySex.getJsonObject("groupFigures").getInt("headcount"));
    assertEquals(
        f.b4()[1],
        adminBySex.getJsonObject("groupFigures").getJsonNumber("meanBasicPence").longValue());
    assertEquals(200, auditor.get("/api/v1/reports/equal-pay" + scope).status());
    Reply equalCsv = evaluator.get("/api/v1/reports/equal-pay/export" + scope);
    assertEquals(200, equalCsv.status(), equalCsv.toString());
    assertTrue(equalCsv.body().startsWith("Kind of equal work,Work group,"));
    assertTrue(equalCsv.body().contains("Fewer than 5"));
    assertEquals(
        2, sheets(evaluator.bytes("/api/v1/reports/equal-pay/export" + scope + "&format=xlsx")));

    Reply dist = evaluator.get("/api/v1/reports/band-distribution" + scope);
    assertEquals(200, dist.status(), dist.toString());
    JsonObject total = dist.json().getJsonObject("total");
    // 12 in the region on the day (the leaver and the future starter are not)
    assertEquals(12, total.getInt("headcount"));
    // 11 × 37 + 18.5 = 425.5 hours ÷ 37 = 11.5
    assertEquals(0, new BigDecimal("11.5").compareTo(total.getJsonNumber("fte").bigDecimalValue()));
    assertEquals(f.b4()[6] - f.b3()[5], total.getJsonNumber("protectionPence").longValue());
    assertEquals(1, total.getInt("protectedHeadcount"));
    assertEquals(
        total.getJsonNumber("contractualPayBillPence").longValue()
            + total.getJsonNumber("protectionPence").longValue(),
        total.getJsonNumber("paidPayBillPence").longValue());
    JsonObject b4row = null;
    for (JsonObject row : dist.json().getJsonArray("bands").getValuesAs(JsonObject.class)) {
      if (row.containsKey("band") && row.getJsonObject("band").getString("code").equals("4")) {
        b4row = row;
      }
    }
    assertNotNull(b4row, dist.toString());
    assertEquals(4, b4row.getInt("headcount"));
    assertEquals(
        2 * f.b4()[1] + f.b4()[2] + f.b4()[3],
        b4row.getJsonNumber("contractualPayBillPence").longValue());
    boolean womenBand4Suppressed = false;
    boolean womenBand3Shown = false;
    for (JsonObject s : dist.json().getJsonArray("representation").getValuesAs(JsonObject.class)) {
      if (s.getString("characteristic").equals("SEX") && s.getString("group").equals("Women")) {
        String code = s.getJsonObject("band").getString("code");
        if (code.equals("4")) {
          womenBand4Suppressed = s.getBoolean("suppressed") && !s.containsKey("headcount");
        }
        if (code.equals("3")) {
          // Band 3: 8 people, 5 of them women (4 in the PDU, 1 in the region)
          womenBand3Shown =
              s.getInt("headcount") == 5 && s.getJsonNumber("percent").doubleValue() == 62.5;
        }
      }
    }
    assertTrue(womenBand4Suppressed, dist.toString());
    assertTrue(womenBand3Shown, dist.toString());
    Reply bandsCsv = evaluator.get("/api/v1/reports/band-distribution/export" + scope);
    assertEquals(200, bandsCsv.status());
    assertTrue(bandsCsv.body().startsWith("Structure,Band,Headcount,FTE,"), bandsCsv.body());
    assertTrue(bandsCsv.body().contains("All,All bands,12,11.50,"), bandsCsv.body());
    assertEquals(
        3,
        sheets(
            evaluator.bytes("/api/v1/reports/band-distribution/export" + scope + "&format=xlsx")));
    Reply badDate = evaluator.get("/api/v1/reports/band-distribution?date=31-03-2026");
    assertEquals(400, badDate.status());
    assertTrue(badDate.problemFields().contains("date"), badDate.toString());
  }

  @Test
  void protectionReportPeopleCostByFinancialYearExpiriesRolesAndExports() throws Exception {
    Fixture f = seed();
    String scope = "?date=" + SNAPSHOT + "&unit=" + f.region();
    Api evaluator = Api.signedIn(url, "evaluator", PASSWORD);
    Reply reply = evaluator.get("/api/v1/reports/protection" + scope);
    assertEquals(200, reply.status(), reply.toString());
    JsonObject r = reply.json();
    long difference = f.b4()[6] - f.b3()[5];
    assertEquals(1, r.getInt("protectedCount"));
    assertEquals(difference, r.getJsonNumber("annualCostPence").longValue());
    JsonObject person = r.getJsonObject("people").getJsonArray("items").getJsonObject(0);
    assertEquals(1, r.getJsonObject("people").getInt("totalItems"));
    assertTrue(person.getString("staffNumber").startsWith("RP" + f.suffix()), person.toString());
    assertEquals("Reports PDU " + f.suffix(), person.getString("unit"));
    assertEquals("MARK_TIME", person.getString("protectionType"));
    assertEquals("2028-03-31", person.getString("lastDay"));
    assertEquals(f.b4()[6], person.getJsonNumber("protectedPayPence").longValue());
    assertEquals(f.b3()[5], person.getJsonNumber("currentPayPence").longValue());
    assertEquals(f.b4()[6], person.getJsonNumber("paidPayPence").longValue());
    // from 30 April 2026: 1 of April's 30 days and 11 whole months in 2026-27; 12 in 2027-28
    BigDecimal d = BigDecimal.valueOf(difference);
    long month = d.divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP).longValue();
    long oneDay = d.divide(BigDecimal.valueOf(360), 0, RoundingMode.HALF_UP).longValue();
    var years = r.getJsonArray("costByFinancialYear");
    assertEquals(2, years.size(), years.toString());
    assertEquals("2026-27", years.getJsonObject(0).getString("year"));
    assertEquals(
        oneDay + 11 * month, years.getJsonObject(0).getJsonNumber("costPence").longValue());
    assertEquals("2027-28", years.getJsonObject(1).getString("year"));
    assertEquals(12 * month, years.getJsonObject(1).getJsonNumber("costPence").longValue());
    var expiries = r.getJsonArray("expiriesByMonth");
    assertEquals(24, expiries.size());
    assertEquals("2026-04", expiries.getJsonObject(0).getString("month"));
    assertEquals("2028-03", expiries.getJsonObject(23).getString("month"));
    assertEquals(1, expiries.getJsonObject(23).getInt("count"));
    assertEquals(0, expiries.getJsonObject(0).getInt("count"));
    // the second page is empty; the small unit has nobody protected
    JsonObject page2 =
        evaluator.get("/api/v1/reports/protection" + scope + "&size=1&page=2").json();
    assertTrue(page2.getJsonObject("people").getJsonArray("items").isEmpty());
    assertEquals(
        0,
        evaluator
            .get("/api/v1/reports/protection?date=" + SNAPSHOT + "&unit=" + f.small())
            .json()
            .getInt("protectedCount"));

    assertEquals(
        200, Api.signedIn(url, "auditor", PASSWORD).get("/api/v1/reports/protection").status());
    assertEquals(
        200, Api.signedIn(url, "admin", PASSWORD).get("/api/v1/reports/protection").status());
    assertEquals(
        403, Api.signedIn(url, "staff", PASSWORD).get("/api/v1/reports/protection").status());
    assertEquals(
        403, Api.signedIn(url, "rep", PASSWORD).get("/api/v1/reports/protection").status());

    Reply csv = evaluator.get("/api/v1/reports/protection/export" + scope);
    assertEquals(200, csv.status(), csv.toString());
    assertTrue(csv.body().startsWith("Staff number,Name,Unit,Old band,"), csv.body());
    assertTrue(csv.body().contains("31 March 2028"), csv.body());
    Reply costs = evaluator.get("/api/v1/reports/protection/export" + scope + "&table=costs");
    assertTrue(costs.body().contains("2027-28," + BigDecimal.valueOf(12 * month, 2)), costs.body());
    assertEquals(
        3, sheets(evaluator.bytes("/api/v1/reports/protection/export" + scope + "&format=xlsx")));
    Reply badTable = evaluator.get("/api/v1/reports/protection/export" + scope + "&table=nope");
    assertEquals(400, badTable.status());
    assertTrue(badTable.problemFields().contains("table"), badTable.toString());
  }

  @Test
  void evaluationThroughputByDirectorateAndQuarterAndRoles() throws Exception {
    String directorate;
    try (Connection c = TestDatabase.connect()) {
      String jd = one(c, "SELECT id FROM job_description ORDER BY reference LIMIT 1");
      String version =
          one(c, "SELECT id FROM jd_version WHERE jd_id = ? ORDER BY version_no LIMIT 1", jd);
      directorate = one(c, "SELECT directorate FROM jd_version WHERE id = ?", version);
      String requester = one(c, "SELECT id FROM app_user ORDER BY id LIMIT 1");
      // 2001-02 Q1 (nobody else asked then): published after 10 and 30 days, one still waiting;
      // Q2: one rejected (in neither)
      Object[][] rows = {
        {"2001-04-10", "PUBLISHED", "2001-04-20"},
        {"2001-05-01", "PUBLISHED", "2001-05-31"},
        {"2001-06-01", "REQUESTED", null},
        {"2001-07-02", "REJECTED", null},
      };
      for (Object[] r : rows) {
        run(
            c,
            "INSERT INTO evaluation (id, jd_id, jd_version_id, requester_id, requester_type,"
                + " reason, requested_at, status, published_at, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, 'HR', 'Throughput test', ?, ?, ?, NOW(3), NOW(3))",
            UUID.randomUUID().toString(),
            jd,
            version,
            requester,
            LocalDate.parse((String) r[0]).atTime(9, 0),
            r[1],
            r[2] == null ? null : LocalDate.parse((String) r[2]).atTime(15, 0));
      }
    }
    String period = "?from=2001-04-01&to=2001-12-31";
    Api auditor = Api.signedIn(url, "auditor", PASSWORD);
    Reply reply = auditor.get("/api/v1/reports/evaluation-throughput" + period);
    assertEquals(200, reply.status(), reply.toString());
    JsonObject r = reply.json();
    JsonObject published = r.getJsonObject("published");
    assertEquals(2, published.getInt("count"));
    assertEquals(
        0, new BigDecimal("20").compareTo(published.getJsonNumber("medianDays").bigDecimalValue()));
    assertEquals(
        0, new BigDecimal("20").compareTo(published.getJsonNumber("meanDays").bigDecimalValue()));
    assertEquals(30, published.getInt("longestDays"));
    JsonObject waiting = r.getJsonObject("waiting");
    assertEquals(1, waiting.getInt("count"));
    assertEquals(
        java.time.temporal.ChronoUnit.DAYS.between(
            LocalDate.of(2001, 6, 1), LocalDate.now(ZoneOffset.UTC)),
        waiting.getInt("longestDays"),
        1);
    assertEquals(1, r.getJsonArray("rows").size(), r.toString());
    JsonObject row = r.getJsonArray("rows").getJsonObject(0);
    assertEquals(directorate, row.getString("directorate"));
    assertEquals("2001-02 Q1", row.getString("quarter"));

    Reply csv = auditor.get("/api/v1/reports/evaluation-throughput/export" + period);
    assertEquals(200, csv.status(), csv.toString());
    assertTrue(csv.body().startsWith("Directorate,Quarter,Published,"), csv.body());
    assertTrue(csv.body().contains("2001-02 Q1,2,20.0,20.0,30,1,"), csv.body());
    assertEquals(
        1,
        sheets(
            auditor.bytes(
                "/api/v1/reports/evaluation-throughput/export" + period + "&format=xlsx")));
    Reply backwards =
        auditor.get("/api/v1/reports/evaluation-throughput?from=2002-01-01&to=2001-01-01");
    assertEquals(400, backwards.status());
    assertTrue(backwards.problemFields().contains("from"), backwards.toString());
    assertEquals(
        403,
        Api.signedIn(url, "staff", PASSWORD).get("/api/v1/reports/evaluation-throughput").status());
    assertEquals(
        200,
        Api.signedIn(url, "evaluator", PASSWORD)
            .get("/api/v1/reports/evaluation-throughput")
            .status());
  }

  @Test
  void appealsByKindOutcomeWorkingDaysToDecisionAndRoles() throws Exception {
    try (Connection c = TestDatabase.connect()) {
      String jd = one(c, "SELECT id FROM job_description ORDER BY reference LIMIT 1");
      String creator = one(c, "SELECT id FROM app_user ORDER BY id LIMIT 1");
      // March 2001 (nobody else appealed then; no bank holidays that month): an outcome appeal
      // lodged Monday 5th and upheld Friday 9th (4 working days), one lodged Monday 12th and not
      // upheld Monday 19th (5), one open past its decide-by date; a JD appeal withdrawn
      Object[][] rows = {
        {"OUTCOME", "DECIDED", "UPHELD", "2001-03-05", "2001-03-09"},
        {"OUTCOME", "CLOSED", "NOT_UPHELD", "2001-03-12", "2001-03-19"},
        {"OUTCOME", "UNDER_REVIEW", null, "2001-03-14", null},
        {"JD_CONTENT", "WITHDRAWN", null, "2001-03-15", null},
      };
      for (Object[] r : rows) {
        String id = UUID.randomUUID().toString();
        LocalDate lodged = LocalDate.parse((String) r[3]);
        run(
            c,
            "INSERT INTO appeal (id, kind, scope, status, decision, jd_id, lodged_on,"
                + " first_lodged_on, decide_by, created_by, created_at, updated_at)"
                + " VALUES (?, ?, 'INDIVIDUAL', ?, ?, ?, ?, ?, ?, ?, NOW(3), NOW(3))",
            id,
            r[0],
            r[1],
            r[2],
            jd,
            lodged,
            lodged,
            lodged.plusDays(28),
            creator);
        if (r[4] != null) {
          run(
              c,
              "INSERT INTO appeal_step (id, appeal_id, step, status, taken_at, taken_by)"
                  + " VALUES (?, ?, 'DECIDE', 'DECIDED', ?, 'it')",
              UUID.randomUUID().toString(),
              id,
              LocalDate.parse((String) r[4]).atTime(16, 0));
        }
      }
    }
    String period = "?from=2001-03-01&to=2001-03-31";
    Api evaluator = Api.signedIn(url, "evaluator", PASSWORD);
    Reply reply = evaluator.get("/api/v1/reports/appeals" + period);
    assertEquals(200, reply.status(), reply.toString());
    JsonObject r = reply.json();
    assertEquals(2, r.getJsonArray("rows").size(), r.toString());
    JsonObject outcome = r.getJsonArray("rows").getJsonObject(0);
    assertEquals("OUTCOME", outcome.getString("kind"));
    assertEquals(1, outcome.getInt("upheld"));
    assertEquals(1, outcome.getInt("notUpheld"));
    assertEquals(0, outcome.getInt("partlyUpheld"));
    assertEquals(1, outcome.getInt("open"));
    assertEquals(3, outcome.getInt("total"));
    assertEquals(1, outcome.getInt("overdue"));
    JsonObject days = outcome.getJsonObject("decisionWorkingDays");
    assertEquals(2, days.getInt("count"));
    assertEquals(
        0, new BigDecimal("4.5").compareTo(days.getJsonNumber("medianDays").bigDecimalValue()));
    assertEquals(5, days.getInt("longestDays"));
    JsonObject jdRow = r.getJsonArray("rows").getJsonObject(1);
    assertEquals("JD_CONTENT", jdRow.getString("kind"));
    assertEquals(1, jdRow.getInt("withdrawn"));
    assertEquals(4, r.getJsonObject("total").getInt("total"));
    Reply csv = evaluator.get("/api/v1/reports/appeals/export" + period);
    assertEquals(200, csv.status(), csv.toString());
    assertTrue(csv.body().startsWith("Kind,Upheld,Partly upheld,Not upheld,"), csv.body());
    assertTrue(csv.body().contains("Evaluation outcome,1,0,1,0,1,3,1,2,4.5,4.5,5"), csv.body());
    assertEquals(
        1, sheets(evaluator.bytes("/api/v1/reports/appeals/export" + period + "&format=xlsx")));
    assertEquals(403, Api.signedIn(url, "staff", PASSWORD).get("/api/v1/reports/appeals").status());
    assertEquals(403, Api.signedIn(url, "rep", PASSWORD).get("/api/v1/reports/appeals").status());
    assertEquals(
        200, Api.signedIn(url, "auditor", PASSWORD).get("/api/v1/reports/appeals").status());
  }

  private static JsonObject group(JsonObject audit, String kind, String bandName) {
    for (JsonObject g : audit.getJsonArray("groups").getValuesAs(JsonObject.class)) {
      JsonObject wg = g.getJsonObject("workGroup");
      if (wg.getString("kind").equals(kind) && wg.getString("label").endsWith(" " + bandName)) {
        return g;
      }
    }
    throw new AssertionError("no " + bandName + " in " + audit);
  }
}
