package org.bandwise.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AuditVocabularyTest {

  private static final String SCHEME_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
  private static final Function<String, String> NAMES =
      Map.of(SCHEME_ID, "NHS Job Evaluation Scheme, version 1", "zone:LONDON", "London")::get;

  private static String value(String field, String raw) {
    return AuditVocabulary.value(field, raw, NAMES);
  }

  @Test
  void namesKindsAndActionsInWordsIncludingOnesAddedLater() {
    assertEquals("Pay scale", AuditVocabulary.kind("PAY_SCALE"));
    assertEquals("Job description version", AuditVocabulary.kind("JD_VERSION"));
    assertEquals("Staff record", AuditVocabulary.kind("STAFF_RECORD"));
    assertEquals("Request accepted", AuditVocabulary.action("ACCEPTED"));
    assertEquals("Signed off", AuditVocabulary.action("SIGNED_OFF"));
  }

  @Test
  void labelsFieldsInPlainEnglish() {
    assertEquals("Effective from", AuditVocabulary.field("effectiveFrom", Map.of()));
    assertEquals("Open to new entrants", AuditVocabulary.field("openToNewEntrants", Map.of()));
    assertEquals("Some new field", AuditVocabulary.field("someNewField", Map.of()));
    Map<String, String> scheme = Map.of("factors.WORKING_CONDITIONS", "16. Working conditions");
    assertEquals(
        "Working conditions: level 2",
        AuditVocabulary.field("factors.WORKING_CONDITIONS.level2", scheme));
    assertEquals(
        "Working conditions: description",
        AuditVocabulary.field("factors.WORKING_CONDITIONS.description", scheme));
    assertEquals(
        "Factor: Working conditions", AuditVocabulary.field("factors.WORKING_CONDITIONS", scheme));
  }

  @Test
  void writesValuesWithoutCodesIdsOrIsoDates() {
    assertEquals("1 April 2026", value("effectiveFrom", "2026-04-01"));
    assertEquals("Yes", value("retired", "true"));
    assertEquals("No", value("openToNewEntrants", "false"));
    assertEquals("Agreed", value("status", "AGREED"));
    assertEquals("With the panel", value("status", "IN_PANEL"));
    assertEquals("HR admin, Staff member", value("roles", "[\"HR_ADMIN\",\"STAFF\"]"));
    assertEquals("None", value("roles", "[]"));
    assertEquals("Napo", value("union", "NAPO"));
    assertEquals("P1 (urgent)", value("priority", "P1"));
    assertEquals("London", value("zone", "LONDON"));
    assertEquals("NHS Job Evaluation Scheme, version 1", value("schemeId", SCHEME_ID));
    assertEquals("Another record", value("bandId", "00000000-0000-4000-8000-000000000000"));
    assertNull(value("note", null));
  }

  @Test
  void leavesCodesPeopleTypedAlone() {
    assertEquals("T3F2A1", value("code", "T3F2A1"));
    assertEquals("JD-PO-001", value("reference", "JD-PO-001"));
    assertEquals("NHS", value("name", "NHS"));
  }

  @Test
  void rewritesPersonSpecificationLines() {
    assertEquals(
        "Essential qualification: PQiP\nDesirable experience: Groupwork since 2020",
        value(
            "criteria",
            "ESSENTIAL QUALIFICATION: PQiP\nDESIRABLE EXPERIENCE: Groupwork since 2020"));
  }

  @Test
  void rewritesDatesAndMultiWordCodesInSummaries() {
    assertEquals(
        "Band 4 NATIONAL scale from 1 April 2026 added",
        AuditVocabulary.text("Band 4 NATIONAL scale from 2026-04-01 added"));
    assertEquals("Moved to under evaluation", AuditVocabulary.text("Moved to UNDER_EVALUATION"));
    assertEquals("Not a date 2026-02-30", AuditVocabulary.text("Not a date 2026-02-30"));
  }
}
