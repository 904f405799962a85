package org.bandwise.workforce.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone's pay positions over time, each from its date until the next; nothing before the first
 * (not yet employed on these scales) and, when a leaving date is known, nothing after it.
 */
public record PayHistory(List<Entry> entries, LocalDate leftOn) {

  /** A position held from a date. */
  public record Entry(LocalDate from, PayPosition position) {
    public Entry {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(position, "position");
    }
  }

  public PayHistory {
    entries = entries.stream().sorted(Comparator.comparing(Entry::from)).toList();
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).from().equals(entries.get(i - 1).from())) {
        throw new IllegalArgumentException("two pay positions from " + entries.get(i).from());
      }
    }
  }

  /** One position held from a date, with no end. */
  public static PayHistory of(LocalDate from, PayPosition position) {
    return new PayHistory(List.of(new Entry(from, position)), null);
  }

  public Optional<PayPosition> positionOn(LocalDate day) {
    if (leftOn != null && day.isAfter(leftOn)) {
      return Optional.empty();
    }
    PayPosition held = null;
    for (Entry entry : entries) {
      if (entry.from().isAfter(day)) {
        break;
      }
      held = entry.position();
    }
    return Optional.ofNullable(held);
  }
}
