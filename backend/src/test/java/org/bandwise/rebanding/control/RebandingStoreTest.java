package org.bandwise.rebanding.control;

import static org.bandwise.workforce.control.DemoScales.BAND_3;
import static org.bandwise.workforce.control.DemoScales.BAND_4;
import static org.bandwise.workforce.control.DemoScales.position;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.bandwise.protection.control.ProtectionPolicy;
import org.bandwise.protection.control.TaperStep;
import org.junit.jupiter.api.Test;

/** The pieces of the re-banding store that need no database. */
class RebandingStoreTest {

  @Test
  void aPeopleRowIsComparedAsTheDatabaseReadsItBack() {
    RebandingStore.Holder holder =
        new RebandingStore.Holder(
            "s1", "S002999", "Alex", "Morgan", LocalDate.of(2026, 4, 1), position(BAND_4, 6, "37"));
    HolderImpact down =
        ImpactModelTest.model(ProtectionPolicy.DEFAULT)
            .model(holder.position(), BAND_3, ImpactModelTest.EFFECTIVE, ImpactModelTest.DRAFTED);
    List<String> row = RebandingStore.personValues(holder, down);
    assertEquals(20, row.size(), "one value for each column after the key");
    assertEquals(
        Arrays.asList(
            "S002999",
            "Alex Morgan",
            "Morgan Alex",
            "2026-04-01",
            BAND_4.id(),
            "6",
            "3755000",
            BAND_3.id(),
            "5",
            "3100000",
            "DOWN",
            "0",
            "MARK_TIME",
            "2028-07-31",
            "3755000"),
        row.subList(0, 15));
    assertEquals(List.of("0", "0"), row.subList(18, 20), "no arrears, no change now");
    assertEquals(row, RebandingStore.personValues(holder, down), "the same model, the same row");

    HolderImpact same =
        ImpactModelTest.model(ProtectionPolicy.DEFAULT)
            .model(holder.position(), BAND_4, ImpactModelTest.EFFECTIVE, ImpactModelTest.DRAFTED);
    List<String> unchanged = RebandingStore.personValues(holder, same);
    assertEquals("SAME", unchanged.get(10));
    assertEquals(Arrays.asList(null, null, null, null, null, null), unchanged.subList(12, 18));
  }

  @Test
  void aTaperIsStoredAsTheProtectionTableKeepsIt() {
    assertEquals(
        "1:100,1:50",
        RebandingStore.taper(List.of(TaperStep.years(1, 100), TaperStep.years(1, 50))));
    assertEquals(null, RebandingStore.taper(List.of()));
  }
}
