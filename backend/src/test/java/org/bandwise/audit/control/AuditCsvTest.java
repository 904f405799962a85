package org.bandwise.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import org.bandwise.audit.entity.AuditEvent;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  @Test
  void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
    assertEquals("'=HYPERLINK(\"http://evil\")", AuditCsv.safe("=HYPERLINK(\"http://evil\")"));
    assertEquals("'+1", AuditCsv.safe("+1"));
    assertEquals("'-2+3", AuditCsv.safe("-2+3"));
    assertEquals("'@SUM(A1)", AuditCsv.safe("@SUM(A1)"));
    assertEquals("'\tx", AuditCsv.safe("\tx"));
    assertEquals("'\rx", AuditCsv.safe("\rx"));
    assertEquals("Band 4 = £31,900", AuditCsv.safe("Band 4 = £31,900"));
    assertEquals("", AuditCsv.safe(null));
  }

  @Test
  void oneRowPerChangedFieldOrOneForAnEventWithoutChanges() {
    AuditEvent event =
        new AuditEvent(
            LocalDateTime.of(2026, 4, 1, 9, 30, 5),
            "admin",
            "PAY_BAND",
            "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            null,
            "UPDATED",
            "Band 4 changed",
            null,
            null);
    AuditEntry changed =
        new AuditEntry(
            event,
            "Ada Admin",
            "Pay band",
            "Band 4 (Probation pay bands)",
            "Changed",
            "Band 4 changed",
            List.of(
                new AuditEntry.Line(
                    "name", "Name", "Band 4", "Band 4 (PO)", "Band 4", "Band 4 (PO)"),
                new AuditEntry.Line("retired", "Retired", "false", "true", "No", "Yes")));
    List<List<String>> rows = AuditCsv.rows(changed);
    assertEquals(2, rows.size());
    assertEquals(AuditCsv.HEADER.size(), rows.get(0).size());
    assertEquals(
        List.of(
            "2026-04-01 09:30:05",
            "Ada Admin",
            "admin",
            "Pay band",
            "Band 4 (Probation pay bands)",
            "Changed",
            "Band 4 changed",
            "Retired",
            "No",
            "Yes",
            "3fa85f64-5717-4562-b3fc-2c963f66afa6"),
        rows.get(1));
    AuditEntry unchanged =
        new AuditEntry(event, "Ada Admin", "Pay band", "Band 4", "Changed", null, List.of());
    assertEquals(1, AuditCsv.rows(unchanged).size());
    assertEquals("", AuditCsv.rows(unchanged).get(0).get(7));
  }
}
