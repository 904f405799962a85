package org.bandwise.evaluation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bandwise.evaluation.control.ConsensusView.Recorded;
import org.bandwise.evaluation.entity.Evaluation;
import org.bandwise.scheme.entity.Scheme;
import org.junit.jupiter.api.Test;

/** A member sees the others' provisional levels for a factor only after recording their own. */
class IndependentScoringTest {

  private final Scheme scheme = Panels.scheme();
  private final Evaluation evaluation = Panels.withPanel(scheme);
  private final List<Recorded> recorded =
      List.of(
          new Recorded("chair", "KNOWLEDGE", 1),
          new Recorded("rep", "KNOWLEDGE", 3),
          new Recorded("rep", "RISK", 2));

  private ConsensusView.FactorView factor(ConsensusView.View view, String code) {
    return view.factors().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void aMemberWhoHasNotRecordedAFactorSeesNoOneElsesLevelForIt() {
    ConsensusView.View manager = ConsensusView.view(evaluation, scheme, recorded, "manager", true);
    assertEquals(List.of(), factor(manager, "KNOWLEDGE").memberLevels());
    assertEquals(2, factor(manager, "KNOWLEDGE").hiddenLevels());
    assertFalse(factor(manager, "KNOWLEDGE").differs(), "the spread would give the levels away");
    assertEquals(2, manager.membersRecorded());
  }

  @Test
  void aMemberSeesTheOthersOnceTheirOwnIsRecordedForThatFactorOnly() {
    ConsensusView.View chair = ConsensusView.view(evaluation, scheme, recorded, "chair", true);
    assertEquals(2, factor(chair, "KNOWLEDGE").memberLevels().size());
    assertTrue(factor(chair, "KNOWLEDGE").differs());
    assertEquals(List.of(), factor(chair, "RISK").memberLevels(), "not recorded RISK yet");
    assertEquals(1, factor(chair, "RISK").hiddenLevels());
  }

  @Test
  void readersWhoAreNotOnThePanelSeeEveryLevel() {
    ConsensusView.View hr = ConsensusView.view(evaluation, scheme, recorded, "hr", false);
    assertEquals(2, factor(hr, "KNOWLEDGE").memberLevels().size());
    assertEquals(0, factor(hr, "KNOWLEDGE").hiddenLevels());
    assertEquals(1, factor(hr, "RISK").memberLevels().size());
  }
}
