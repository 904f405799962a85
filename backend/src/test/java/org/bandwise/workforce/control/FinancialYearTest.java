package org.bandwise.workforce.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinancialYearTest {

  @Test
  void runsFromAprilToMarchAndIsLabelledByItsTwoYears() {
    FinancialYear year = FinancialYear.containing(LocalDate.of(2026, 8, 1));
    assertEquals("2026-27", year.label());
    assertEquals(LocalDate.of(2026, 4, 1), year.start());
    assertEquals(LocalDate.of(2027, 3, 31), year.end());
    assertEquals("2025-26", FinancialYear.containing(LocalDate.of(2026, 3, 31)).label());
    assertEquals("2026-27", FinancialYear.containing(LocalDate.of(2026, 4, 1)).label());
    assertEquals("2028-29", year.plusYears(2).label());
    assertEquals("1999-00", new FinancialYear(1999).label());
    assertTrue(year.contains(LocalDate.of(2027, 3, 31)));
    assertFalse(year.contains(LocalDate.of(2027, 4, 1)));
  }
}
