package org.bandwise.audit.control;

import java.util.List;
import org.bandwise.audit.entity.AuditEvent;

/**
 * An audit event as people read it: who by name, the record's kind and name, the action, and each
 * changed field with its label and values in plain English beside the values as recorded.
 */
public record AuditEntry(
    AuditEvent event,
    String actorName,
    String recordKind,
    String recordName,
    String actionLabel,
    String summary,
    List<Line> changes) {

  /** One changed field. */
  public record Line(
      String field,
      String label,
      String oldValue,
      String newValue,
      String oldText,
      String newText) {}
}
