package org.bandwise.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.bandwise.audit.entity.AuditEvent;

/**
 * Turns a batch of audit events into {@link AuditEntry entries} people can read. The names it needs
 * are fetched for the whole batch at once (one query per kind of record), so a page of 100 events
 * costs a handful of queries.
 */
@ApplicationScoped
public class AuditPresenter {

  @Inject RecordNames recordNames;

  public List<AuditEntry> present(List<AuditEvent> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    List<Parsed> parsed = events.stream().map(Parsed::of).toList();
    Map<String, Set<String>> idsByKind = new HashMap<>();
    Set<String> actors = new HashSet<>();
    for (Parsed p : parsed) {
      idsByKind.computeIfAbsent(p.event.entityType(), k -> new HashSet<>()).add(p.event.entityId());
      actors.add(p.event.actor());
      for (AuditChanges.Change change : p.changes) {
        String kind = RecordNames.kindOfIdField(change.field());
        if (kind != null) {
          for (String value : new String[] {change.oldValue(), change.newValue()}) {
            if (value != null) {
              idsByKind.computeIfAbsent(kind, k -> new HashSet<>()).add(value);
            }
          }
        }
      }
    }
    Map<String, String> names = recordNames.names(idsByKind);
    Map<String, String> people = recordNames.people(actors);
    Map<String, String> zones = recordNames.zones();
    Function<String, String> lookup =
        key -> key.startsWith("zone:") ? zones.get(key.substring(5)) : names.get(key);
    List<AuditEntry> entries = new ArrayList<>(parsed.size());
    for (Parsed p : parsed) {
      AuditEvent e = p.event;
      String kind = AuditVocabulary.kind(e.entityType());
      List<AuditEntry.Line> lines = new ArrayList<>(p.changes.size());
      for (AuditChanges.Change c : p.changes) {
        lines.add(
            new AuditEntry.Line(
                c.field(),
                AuditVocabulary.field(c.field(), p.snapshot),
                c.oldValue(),
                c.newValue(),
                AuditVocabulary.value(c.field(), c.oldValue(), lookup),
                AuditVocabulary.value(c.field(), c.newValue(), lookup)));
      }
      entries.add(
          new AuditEntry(
              e,
              people.getOrDefault(e.actor(), e.actor()),
              kind,
              names.getOrDefault(e.entityId(), kind),
              AuditVocabulary.action(e.action()),
              AuditVocabulary.text(e.summary()),
              lines));
    }
    return entries;
  }

  /** An event with its snapshots read once: the changes, and every field's latest value. */
  private record Parsed(
      AuditEvent event, List<AuditChanges.Change> changes, Map<String, String> snapshot) {

    static Parsed of(AuditEvent event) {
      Map<String, String> snapshot = new HashMap<>(AuditChanges.values(event.beforeJson()));
      snapshot.putAll(AuditChanges.values(event.afterJson()));
      return new Parsed(
          event, AuditChanges.between(event.beforeJson(), event.afterJson()), snapshot);
    }
  }
}
