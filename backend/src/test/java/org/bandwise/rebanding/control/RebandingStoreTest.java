package org.bandwise.rebanding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.bandwise.protection.control.TaperStep;
import org.junit.jupiter.api.Test;

/** The pieces of the re-banding store that need no database. */
class RebandingStoreTest {

  @Test
  void generatedValuesAreWrittenAsLiteralsAndAnythingElseIsRefused() {
    assertEquals(
        "'3f1c2a9e-0b7d-4c1e-9a43-2d5f6e7a8b90'",
        RebandingStore.literal("3f1c2a9e-0b7d-4c1e-9a43-2d5f6e7a8b90"));
    assertEquals("'2026-08-01'", RebandingStore.literal("2026-08-01"));
    assertEquals("'MARK_TIME'", RebandingStore.literal("MARK_TIME"));
    assertEquals("'1:100,1:50'", RebandingStore.literal("1:100,1:50"));
    assertThrows(IllegalArgumentException.class, () -> RebandingStore.literal("O'Brien"));
    assertThrows(IllegalArgumentException.class, () -> RebandingStore.literal("a\\' OR 1=1"));
  }

  @Test
  void aTaperIsStoredAsTheProtectionTableKeepsIt() {
    assertEquals(
        "1:100,1:50",
        RebandingStore.taper(List.of(TaperStep.years(1, 100), TaperStep.years(1, 50))));
    assertEquals(null, RebandingStore.taper(List.of()));
  }
}
