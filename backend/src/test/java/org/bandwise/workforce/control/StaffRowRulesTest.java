package org.bandwise.workforce.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffRowRulesTest {

  private static final ImportReferences.Structure PROBATION =
      new ImportReferences.Structure("s1", "PROBATION", "Probation pay bands");
  private static final ImportReferences.Band BAND_3 =
      new ImportReferences.Band(DemoScales.BAND_3.id(), "s1", "3", "Band 3", 3);
  private static final ImportReferences.Band BAND_4 =
      new ImportReferences.Band(DemoScales.BAND_4.id(), "s1", "4", "Band 4", 4);
  private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

  static ImportReferences refs() {
    Map<String, ImportReferences.Band> bands = new HashMap<>();
    for (ImportReferences.Band b : List.of(BAND_3, BAND_4)) {
      bands.put(ImportReferences.bandKey("s1", b.code()), b);
      bands.put(ImportReferences.bandKey("s1", b.name()), b);
    }
    return new ImportReferences(
        Map.of("probation", PROBATION, "probation pay bands", PROBATION),
        PROBATION,
        bands,
        Map.of("national", "NATIONAL", "london", "LONDON"),
        "NATIONAL",
        Map.of("int-if-001", "jd-1"),
        Map.of("staff2", "user-2"),
        DemoScales.with());
  }

  static Map<String, String> good() {
    Map<String, String> row = new HashMap<>();
    row.put("staff_number", "S1");
    row.put("first_name", "Alex");
    row.put("last_name", "Morgan");
    row.put("work_email", "alex@probation.example.org");
    row.put("username", "staff2");
    row.put("post_number", "P-1");
    row.put("jd_reference", "INT-IF-001");
    row.put("unit", "North East: Interventions");
    row.put("pay_zone", "National");
    row.put("pay_structure", "PROBATION");
    row.put("band", "Band 4");
    row.put("pay_point", "6");
    row.put("weekly_hours", "18.50");
    row.put("start_date", "04/04/2016");
    row.put("leaving_date", "");
    row.put("sex", "m");
    row.put("ethnicity", "not declared");
    row.put("disability", "N");
    row.put("date_of_birth", "1987-08-25");
    row.put("union", "napo");
    row.put("allowances_pence", "250000");
    row.put("bonus_pence", "");
    row.put("full_pay", "N");
    return row;
  }

  private static StaffLine check(Map<String, String> row, List<ImportError> errors) {
    return StaffRowRules.check(7, row::get, row.keySet(), refs(), MAY, errors);
  }

  private static List<String> fields(Map<String, String> row) {
    List<ImportError> errors = new ArrayList<>();
    assertNull(check(row, errors));
    errors.forEach(e -> assertEquals(7, e.row()));
    errors.forEach(e -> assertTrue(e.message().endsWith("."), e.message()));
    return errors.stream().map(ImportError::field).toList();
  }

  @Test
  void aGoodRowIsReadIntoTypedValues() {
    List<ImportError> errors = new ArrayList<>();
    StaffLine line = check(good(), errors);
    assertEquals(List.of(), errors);
    assertNotNull(line);
    assertEquals(BAND_4, line.band());
    assertEquals(6, line.payPoint());
    assertEquals(new BigDecimal("18.5"), line.weeklyHours());
    assertEquals(LocalDate.of(2016, 4, 4), line.startDate());
    assertEquals("user-2", line.userId());
    assertEquals("jd-1", line.jdId());
    assertEquals("NATIONAL", line.zone());
    assertEquals(Sex.M, line.sex());
    assertEquals(EthnicGroup.NOT_DECLARED, line.ethnicGroup());
    assertEquals("NAPO", line.union());
    assertEquals(250000, line.allowancesPence());
    assertEquals(0, line.bonusPence());
    assertEquals(false, line.fullPay());
  }

  @Test
  void everyProblemOfARowIsReportedNotJustTheFirst() {
    Map<String, String> row = good();
    row.put("band", "9");
    row.put("weekly_hours", "0");
    row.put("start_date", "31/02/2026");
    row.put("date_of_birth", "1987-13-01");
    row.put("username", "nobody");
    row.put("sex", "X");
    assertEquals(
        List.of("username", "band", "weekly_hours", "start_date", "date_of_birth", "sex"),
        fields(row));
  }

  @Test
  void aPayPointMustBeOnTheBandsScaleInForce() {
    Map<String, String> row = good();
    row.put("band", "3");
    row.put("pay_point", "9");
    List<ImportError> errors = new ArrayList<>();
    assertNull(check(row, errors));
    assertEquals("Band 3 has no pay point 9. Its points are 1 to 5.", errors.get(0).message());
    assertEquals("S1", errors.get(0).staffNumber());
    List<ImportError> before = new ArrayList<>();
    StaffRowRules.check(1, good()::get, good().keySet(), refs(), LocalDate.of(2026, 3, 31), before);
    assertEquals("pay_point", before.get(0).field());
    assertTrue(before.get(0).message().contains("no agreed pay scale"), before.get(0).message());
  }

  @Test
  void hoursAreMoreThanNothingAndAtMost48() {
    for (String bad : new String[] {"0", "-1", "48.01", "49", "many", "18.555"}) {
      Map<String, String> row = good();
      row.put("weekly_hours", bad);
      assertEquals(List.of("weekly_hours"), fields(row), bad);
    }
    Map<String, String> row = good();
    row.put("weekly_hours", "48");
    assertNotNull(check(row, new ArrayList<>()));
  }

  @Test
  void datesAreYearMonthDayOrDayMonthYear() {
    assertEquals(LocalDate.of(2026, 8, 1), StaffRowRules.parseDate("2026-08-01"));
    assertEquals(LocalDate.of(2026, 8, 1), StaffRowRules.parseDate("01/08/2026"));
    assertEquals(LocalDate.of(2024, 2, 29), StaffRowRules.parseDate("29/02/2024"));
    for (String bad :
        new String[] {
          "2026-02-30", "30/02/2026", "2026/08/01", "08-01-2026", "1 Aug 2026", "2026-8-1"
        }) {
      assertNull(StaffRowRules.parseDate(bad), bad);
    }
    Map<String, String> row = good();
    row.put("leaving_date", "2015-01-01");
    assertEquals(List.of("leaving_date"), fields(row));
  }

  @Test
  void requiredCellsMustBeFilledButOptionalOnesMayBeBlank() {
    Map<String, String> row = good();
    row.put("first_name", " ");
    row.put("pay_point", "");
    assertEquals(List.of("first_name", "pay_point"), fields(row));
    Map<String, String> minimal = new HashMap<>();
    for (String column : StaffFileColumns.REQUIRED) {
      minimal.put(column, good().get(column));
    }
    StaffLine line = check(minimal, new ArrayList<>());
    assertNotNull(line);
    assertEquals(PROBATION, line.structure());
    assertEquals("NATIONAL", line.zone());
    assertEquals(true, line.fullPay());
    assertEquals(false, line.has("username"));
  }

  @Test
  void codedValuesAreCheckedAndUnknownReferencesNamed() {
    Map<String, String> row = good();
    row.put("ethnicity", "Martian");
    row.put("disability", "maybe");
    row.put("union", "RMT");
    row.put("full_pay", "yes");
    row.put("pay_zone", "Mars");
    row.put("jd_reference", "NOPE-1");
    row.put("allowances_pence", "12.50");
    assertEquals(
        List.of(
            "jd_reference",
            "pay_zone",
            "ethnicity",
            "disability",
            "union",
            "allowances_pence",
            "full_pay"),
        fields(row));
  }

  @Test
  void theHeaderNamesUnknownRepeatedAndMissingColumns() {
    List<ImportError> errors = new ArrayList<>();
    Map<String, Integer> positions =
        StaffRowRules.header(
            List.of("\uFEFFstaff_number", "First_Name", "shoe_size", "last_name", "band", "band"),
            errors);
    assertEquals(0, positions.get("staff_number"));
    assertEquals(1, positions.get("first_name"));
    assertEquals(
        List.of("shoe_size", "band", "pay_point", "weekly_hours"),
        errors.stream().map(ImportError::field).toList());
    errors.forEach(e -> assertEquals(0, e.row()));
  }

  @Test
  void aMissingRequiredColumnIsNotReportedOnEveryRow() {
    Map<String, String> row = good();
    row.remove("band");
    List<ImportError> errors = new ArrayList<>();
    assertNull(StaffRowRules.check(1, row::get, Set.copyOf(row.keySet()), refs(), MAY, errors));
    assertEquals(List.of(), errors);
  }
}
