package org.bandwise.platform.domain;

import java.util.List;
import org.bandwise.platform.error.FieldProblem;

/**
 * A rule refused a request. Control and entity classes throw the subclasses with a sentence a
 * person understands; the boundary maps each kind to an HTTP answer in one place ({@code
 * ProblemMapper}), so no rule knows about HTTP. The transaction it crosses is rolled back.
 */
public abstract class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<FieldProblem> fieldProblems;

  protected DomainException(String message, List<FieldProblem> fieldProblems) {
    super(message);
    this.fieldProblems = List.copyOf(fieldProblems);
  }

  /** The fields the refusal is about, by their path in the request; empty when it is the whole. */
  public List<FieldProblem> fieldProblems() {
    return fieldProblems;
  }
}
