package org.bandwise.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.error.FieldProblem;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

  @Test
  void aDateRangeIncludesBothWholeDays() {
    AuditFilter filter =
        new AuditFilter(" admin ", null, null, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
    assertEquals("admin", filter.actor());
    assertEquals(LocalDateTime.of(2026, 4, 1, 0, 0), filter.fromInstant());
    assertEquals(LocalDateTime.of(2026, 5, 1, 0, 0), filter.toInstantExclusive());
    assertNull(new AuditFilter("  ", null, null, null, null).actor());
  }

  @Test
  void refusesAnEndBeforeTheStartAndDatesNoOneMeans() {
    InvalidInput backwards =
        assertThrows(
            InvalidInput.class,
            () ->
                new AuditFilter(
                    null, null, null, LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 1)));
    assertEquals(
        List.of("to"), backwards.fieldProblems().stream().map(FieldProblem::field).toList());
    InvalidInput absurd =
        assertThrows(
            InvalidInput.class,
            () ->
                new AuditFilter(null, null, null, LocalDate.MIN, LocalDate.of(+999999999, 12, 31)));
    assertEquals(
        List.of("from", "to"), absurd.fieldProblems().stream().map(FieldProblem::field).toList());
  }
}
