package org.bandwise.appeal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bandwise.appeal.control.AppealRecords.GroundRow;
import org.junit.jupiter.api.Test;

class UpheldOutcomeTest {

  private static final Map<String, Integer> AWARDED =
      Map.of("WORKING_CONDITIONS", 1, "KNOWLEDGE", 4, "PLANNING", 3);

  private static GroundRow ground(String factor, int awarded, int claimed, Integer decided) {
    return new GroundRow(factor, awarded, claimed, null, null, decided, "Reasons.");
  }

  @Test
  void onlyUpheldOrPartlyUpheldOutcomeAppealsMakeANewOutcome() {
    assertTrue(UpheldOutcome.makesNewOutcome(AppealKind.OUTCOME, AppealDecision.UPHELD));
    assertTrue(UpheldOutcome.makesNewOutcome(AppealKind.OUTCOME, AppealDecision.PARTLY_UPHELD));
    assertFalse(UpheldOutcome.makesNewOutcome(AppealKind.OUTCOME, AppealDecision.NOT_UPHELD));
    assertFalse(UpheldOutcome.makesNewOutcome(AppealKind.JD_CONTENT, AppealDecision.UPHELD));
    assertFalse(UpheldOutcome.makesNewOutcome(AppealKind.ASSIGNMENT, AppealDecision.UPHELD));
  }

  @Test
  void theDecidedLevelsReplaceTheAwardedOnesAndTheRestStand() {
    Map<String, Integer> levels =
        UpheldOutcome.levels(
            AWARDED,
            List.of(ground("WORKING_CONDITIONS", 1, 2, 2), ground("PLANNING", 3, 4, null)));
    assertEquals(Map.of("WORKING_CONDITIONS", 2, "KNOWLEDGE", 4, "PLANNING", 3), levels);
    assertTrue(UpheldOutcome.changes(AWARDED, levels));
  }

  @Test
  void aDecisionThatKeepsEveryLevelChangesNothing() {
    Map<String, Integer> levels =
        UpheldOutcome.levels(AWARDED, List.of(ground("WORKING_CONDITIONS", 1, 2, 1)));
    assertFalse(UpheldOutcome.changes(AWARDED, levels));
    // a factor the outcome does not have is ignored
    assertEquals(AWARDED, UpheldOutcome.levels(AWARDED, List.of(ground("NOPE", 1, 2, 2))));
  }

  @Test
  void theNewOutcomeTakesEffectFromTheFirstLodging() {
    LocalDate first = LocalDate.of(2026, 10, 5);
    LocalDate second = LocalDate.of(2027, 2, 1);
    assertEquals(first, UpheldOutcome.effectiveFrom(first, second));
    assertEquals(second, UpheldOutcome.effectiveFrom(null, second));
  }

  @Test
  void protectionEndsWhenTheBandIsRestored() {
    assertTrue(UpheldOutcome.restoresBand(4, 4));
    assertTrue(UpheldOutcome.restoresBand(5, 4));
    assertFalse(UpheldOutcome.restoresBand(3, 4));
  }
}
