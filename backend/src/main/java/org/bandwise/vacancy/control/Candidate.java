package org.bandwise.vacancy.control;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A member of staff as eligibility sees them.
 *
 * @param band their band now
 * @param protectedBand the band their pay is protected at, or null
 * @param atRisk their at-risk period, or null when they have never been at risk
 * @param heldCriteria the ids of the criteria (qualifications, training, experience) they hold
 * @param priorities statutory priority periods recorded by HR
 */
public record Candidate(
    String staffId,
    String name,
    BandRef band,
    BandRef protectedBand,
    AtRisk atRisk,
    Set<String> heldCriteria,
    List<StatutoryPriority> priorities) {

  public Candidate {
    Objects.requireNonNull(staffId, "staffId");
    Objects.requireNonNull(name, "name");
    heldCriteria = heldCriteria == null ? Set.of() : Set.copyOf(heldCriteria);
    priorities = priorities == null ? List.of() : List.copyOf(priorities);
  }
}
