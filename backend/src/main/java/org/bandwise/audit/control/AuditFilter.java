package org.bandwise.audit.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.error.FieldProblem;

/**
 * Which audit events to read: by who made the change, the kind of record, one record (and the
 * records filed under it) and a range of UTC days, both ends included. Any part may be absent.
 */
public record AuditFilter(
    String actor, String entityType, String entityId, LocalDate from, LocalDate to) {

  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 9998;

  public static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null, null);

  /** Checks the date range makes sense, reporting every problem at once. */
  public AuditFilter {
    actor = actor == null || actor.isBlank() ? null : actor.trim();
    List<FieldProblem> problems = new ArrayList<>();
    if (from != null && (from.getYear() < FIRST_YEAR || from.getYear() > LAST_YEAR)) {
      problems.add(
          new FieldProblem("from", "The start date must be a real date between 2000 and 9998."));
    }
    if (to != null && (to.getYear() < FIRST_YEAR || to.getYear() > LAST_YEAR)) {
      problems.add(
          new FieldProblem("to", "The end date must be a real date between 2000 and 9998."));
    }
    if (problems.isEmpty() && from != null && to != null && to.isBefore(from)) {
      problems.add(
          new FieldProblem("to", "The end date must be the same as or after the start date."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  /** The first instant included, or null. */
  LocalDateTime fromInstant() {
    return from == null ? null : from.atStartOfDay();
  }

  /** The first instant no longer included (the day after {@code to}), or null. */
  LocalDateTime toInstantExclusive() {
    return to == null ? null : to.plusDays(1).atStartOfDay();
  }
}
