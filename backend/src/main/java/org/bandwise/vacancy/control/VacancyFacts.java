package org.bandwise.vacancy.control;

import java.util.List;
import java.util.Objects;

/**
 * A vacancy as eligibility sees it.
 *
 * @param essentialCriteria the essential criteria of the JD version in force
 * @param ringFence the ring-fence that covers it, or null (then stage 1 is for all staff at risk,
 *     with no planned end)
 */
public record VacancyFacts(
    String id,
    String title,
    BandRef band,
    List<Criterion> essentialCriteria,
    VacancyStatus status,
    RingFence ringFence) {

  public VacancyFacts {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(status, "status");
    essentialCriteria = essentialCriteria == null ? List.of() : List.copyOf(essentialCriteria);
  }
}
