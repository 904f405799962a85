package org.bandwise.appeal.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bandwise.appeal.control.AppealRecords.GroundRow;

/**
 * What an upheld or partly upheld decision on an outcome appeal does to the outcome. The review
 * panel's decided level replaces the awarded one on each disputed factor it decided; every other
 * factor keeps the level the original panel agreed. The new outcome is scored under the same scheme
 * version and takes effect from the day the appeal was first lodged (pay is backdated to then). A
 * decision that leaves every level as awarded makes no new outcome. A person whose band the new
 * outcome restores (at or above the band their pay is protected at) no longer needs protection.
 */
public final class UpheldOutcome {

  private UpheldOutcome() {}

  /** Whether a decision makes a new outcome at all (only for an outcome appeal). */
  public static boolean makesNewOutcome(AppealKind kind, AppealDecision decision) {
    return kind == AppealKind.OUTCOME
        && (decision == AppealDecision.UPHELD || decision == AppealDecision.PARTLY_UPHELD);
  }

  /**
   * The levels of the new outcome: the awarded levels with the review panel's decided levels.
   *
   * @param awarded the original outcome's level per factor code
   * @param grounds the disputed factors with the panel's decided level (null: not changed)
   */
  public static Map<String, Integer> levels(Map<String, Integer> awarded, List<GroundRow> grounds) {
    Map<String, Integer> levels = new LinkedHashMap<>(awarded);
    for (GroundRow ground : grounds) {
      if (ground.decidedLevel() != null && levels.containsKey(ground.factor())) {
        levels.put(ground.factor(), ground.decidedLevel());
      }
    }
    return levels;
  }

  /** Whether any level differs from the awarded one. */
  public static boolean changes(Map<String, Integer> awarded, Map<String, Integer> levels) {
    return !awarded.equals(levels);
  }

  /** The new outcome takes effect from the day the appeal was first lodged. */
  public static java.time.LocalDate effectiveFrom(
      java.time.LocalDate firstLodgedOn, java.time.LocalDate lodgedOn) {
    return firstLodgedOn != null ? firstLodgedOn : lodgedOn;
  }

  /** Whether moving to a band of this rank restores a person protected at that band rank. */
  public static boolean restoresBand(int newBandRank, int protectedBandRank) {
    return newBandRank >= protectedBandRank;
  }
}
