package org.bandwise.platform.domain;

import java.util.List;
import org.bandwise.platform.error.FieldProblem;

/**
 * The change is well formed but the record's state does not allow it now (for example publishing
 * before the panel signed off, or a reference that is already taken) (HTTP 409).
 */
public class RuleConflict extends DomainException {

  private static final long serialVersionUID = 1L;

  public RuleConflict(String message) {
    super(message, List.of());
  }

  public RuleConflict(String field, String message) {
    super(message, List.of(new FieldProblem(field, message)));
  }
}
