package org.bandwise.vacancy.control;

import java.time.LocalDate;
import java.util.Objects;

/** Statutory priority for a period; {@code to} is null while open-ended. Both ends inclusive. */
public record StatutoryPriority(PriorityReason reason, LocalDate from, LocalDate to) {

  public StatutoryPriority {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(from, "from");
    if (to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("a priority period ends after it starts");
    }
  }

  public boolean on(LocalDate day) {
    return !day.isBefore(from) && (to == null || !day.isAfter(to));
  }
}
