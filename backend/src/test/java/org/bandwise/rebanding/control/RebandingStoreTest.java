package org.bandwise.rebanding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bandwise.protection.control.TaperStep;
import org.junit.jupiter.api.Test;

/** The pieces of the re-banding store that need no database. */
class RebandingStoreTest {

  @Test
  void aTaperIsStoredAsTheProtectionTableKeepsIt() {
    assertEquals(
        "1:100,1:50",
        RebandingStore.taper(List.of(TaperStep.years(1, 100), TaperStep.years(1, 50))));
    assertEquals(null, RebandingStore.taper(List.of()));
  }
}
