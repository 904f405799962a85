package org.bandwise.vacancy.control;

import java.util.Map;
import java.util.OptionalInt;

/**
 * Which criteria can be gained by training, and the typical duration in weeks. A criterion not in
 * the catalogue cannot be trained for (a degree, years of experience).
 */
public record TrainingCatalogue(Map<String, Integer> weeksByCriterion) {

  public TrainingCatalogue {
    weeksByCriterion = Map.copyOf(weeksByCriterion);
    weeksByCriterion.forEach(
        (id, weeks) -> {
          if (weeks < 1) {
            throw new IllegalArgumentException("training takes at least a week: " + id);
          }
        });
  }

  public static TrainingCatalogue none() {
    return new TrainingCatalogue(Map.of());
  }

  public OptionalInt weeks(String criterionId) {
    Integer weeks = weeksByCriterion.get(criterionId);
    return weeks == null ? OptionalInt.empty() : OptionalInt.of(weeks);
  }
}
