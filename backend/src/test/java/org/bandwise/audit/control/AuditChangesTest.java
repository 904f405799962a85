package org.bandwise.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bandwise.audit.control.AuditChanges.Change;
import org.junit.jupiter.api.Test;

class AuditChangesTest {

  @Test
  void listsOnlyTheFieldsThatChanged() {
    List<Change> changes =
        AuditChanges.between(
            "{\"name\":\"Band 4\",\"rank\":4,\"retired\":false}",
            "{\"name\":\"Band 4 (PO)\",\"rank\":4,\"retired\":true}");
    assertEquals(
        List.of(
            new Change("name", "Band 4", "Band 4 (PO)"), new Change("retired", "false", "true")),
        changes);
  }

  @Test
  void aCreationHasOnlyNewValues() {
    assertEquals(
        List.of(new Change("code", null, "4")), AuditChanges.between(null, "{\"code\":\"4\"}"));
  }

  @Test
  void nullsAndMissingFieldsAreTheSame() {
    assertEquals(List.of(), AuditChanges.between("{\"note\":null}", "{}"));
  }
}
