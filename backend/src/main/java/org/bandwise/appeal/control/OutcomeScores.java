package org.bandwise.appeal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.bandwise.evaluation.control.EvaluationStore;
import org.bandwise.evaluation.entity.AgreedLevel;
import org.bandwise.evaluation.entity.Evaluation;
import org.bandwise.evaluation.entity.EvaluationStatus;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.scheme.control.SchemeStore;
import org.bandwise.scheme.control.ScoreOutcome;
import org.bandwise.scheme.control.Scoring;
import org.bandwise.scheme.control.ScoringTable;

/** The outcomes appeals are about: the evaluation, its scheme's table, its levels and its score. */
@ApplicationScoped
public class OutcomeScores {

  @Inject EvaluationStore evaluations;
  @Inject SchemeStore schemes;

  Evaluation evaluation(String id) {
    return evaluations.get(id);
  }

  /** The evaluation when it exists and is published; null otherwise. */
  Evaluation published(String id) {
    try {
      Evaluation evaluation = evaluations.get(id);
      return evaluation.status() == EvaluationStatus.PUBLISHED ? evaluation : null;
    } catch (RecordNotFound notThere) {
      return null;
    }
  }

  ScoringTable table(Evaluation evaluation) {
    return schemes.get(UUID.fromString(evaluation.schemeId())).scoringTable();
  }

  /** The agreed level of each factor, by factor code. */
  static Map<String, Integer> awardedLevels(Evaluation evaluation) {
    Map<String, Integer> levels = new HashMap<>();
    for (AgreedLevel level : evaluation.agreedLevels()) {
      levels.put(level.factorCode(), level.level());
    }
    return levels;
  }

  ScoreOutcome score(Evaluation evaluation) {
    return Scoring.score(table(evaluation), awardedLevels(evaluation));
  }
}
