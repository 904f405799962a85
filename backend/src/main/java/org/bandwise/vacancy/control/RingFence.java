package org.bandwise.vacancy.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The ring-fence that applies to one vacancy: its planned period, and whom its pool is for — staff
 * at risk from the named re-bandings, or all staff at risk when {@code reBandingIds} is empty.
 *
 * @param poolDescription whom the pool is for, in words: "staff at risk from the Intervention
 *     Facilitator re-banding"
 */
public record RingFence(
    LocalDate from, LocalDate until, Set<String> reBandingIds, String poolDescription) {

  public static final String ALL_AT_RISK = "staff at risk";

  public RingFence {
    reBandingIds = reBandingIds == null ? Set.of() : Set.copyOf(reBandingIds);
    if (poolDescription == null || poolDescription.isBlank()) {
      poolDescription = ALL_AT_RISK;
    }
  }

  /** A ring-fence for every member of staff at risk. */
  public static RingFence allAtRisk(LocalDate from, LocalDate until) {
    return new RingFence(from, until, Set.of(), ALL_AT_RISK);
  }

  /**
   * Whether a person at risk from this re-banding is in its pool. Someone whose protection came
   * from no re-banding (recorded by HR, as for the DASOs) is in the pool of a ring-fence for all at
   * risk only.
   */
  public boolean admits(String reBandingId) {
    return reBandingIds.isEmpty() || (reBandingId != null && reBandingIds.contains(reBandingId));
  }

  /**
   * Several rules covering one vacancy make one ring-fence: the widest pool (all at risk if any
   * rule is) and the longest period.
   *
   * @return null when no rule covers the vacancy
   */
  public static RingFence combine(List<RingFence> fences) {
    if (fences.isEmpty()) {
      return null;
    }
    if (fences.size() == 1) {
      return fences.get(0);
    }
    LocalDate from =
        fences.stream()
            .map(RingFence::from)
            .filter(Objects::nonNull)
            .min(Comparator.naturalOrder())
            .orElse(null);
    LocalDate until =
        fences.stream()
            .map(RingFence::until)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(null);
    if (fences.stream().anyMatch(f -> f.reBandingIds().isEmpty())) {
      return new RingFence(from, until, Set.of(), ALL_AT_RISK);
    }
    Set<String> ids = new HashSet<>();
    fences.forEach(f -> ids.addAll(f.reBandingIds()));
    String description =
        String.join(" or ", fences.stream().map(RingFence::poolDescription).distinct().toList());
    return new RingFence(from, until, ids, description);
  }
}
