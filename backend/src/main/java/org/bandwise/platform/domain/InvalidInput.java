package org.bandwise.platform.domain;

import java.util.List;
import org.bandwise.platform.error.FieldProblem;

/** The request's values break a rule: each problem names its field (HTTP 400). */
public class InvalidInput extends DomainException {

  private static final long serialVersionUID = 1L;

  public InvalidInput(List<FieldProblem> problems) {
    super(summary(problems), problems);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid input names at least one field");
    }
  }

  public InvalidInput(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  private static String summary(List<FieldProblem> problems) {
    return problems.size() == 1
        ? problems.get(0).message()
        : problems.size() + " answers need correcting.";
  }
}
