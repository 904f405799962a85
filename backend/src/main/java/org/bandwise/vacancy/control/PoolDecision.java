package org.bandwise.vacancy.control;

import java.util.ArrayList;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.error.FieldProblem;

/**
 * Where a person in a vacancy's stage-1 pool stands: suitable or not suitable with a written
 * reason, or (both null) not yet decided.
 */
public record PoolDecision(String staffId, String name, Suitability suitability, String reason) {

  /** Decided, with a written reason. */
  public boolean complete() {
    return suitability != null && reason != null && !reason.isBlank();
  }

  /**
   * Checks a decision HR is recording.
   *
   * @throws InvalidInput naming {@code suitability} and {@code reason}
   */
  public void check() {
    var problems = new ArrayList<FieldProblem>();
    if (suitability == null) {
      problems.add(
          new FieldProblem("suitability", "Choose whether " + name + " is suitable for the post."));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(
          new FieldProblem(
              "reason",
              "Enter the reason for the decision. " + name + " will be given it in writing."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }
}
