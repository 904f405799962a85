package org.bandwise.vacancy.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A seeded, realistic-sized data set for the bulk case: 2,000 at-risk people and 500 open vacancies
 * over a catalogue of 120 criteria (half of them trainable), bands 1 to 9, a few re-bandings and
 * ring-fences, some statutory priority.
 */
final class EligibilityBulkData {

  final List<Candidate> candidates = new ArrayList<>();
  final List<VacancyFacts> vacancies = new ArrayList<>();
  final TrainingCatalogue catalogue;
  final LocalDate asOf = LocalDate.of(2026, 9, 1);

  private static final int CRITERIA = 120;

  /** Low-numbered criteria are the common ones (degrees, core training). */
  private static int popular(Random random) {
    return Math.min(
        random.nextInt(CRITERIA), Math.min(random.nextInt(CRITERIA), random.nextInt(CRITERIA)));
  }

  EligibilityBulkData(int people, int openVacancies, long seed) {
    var random = new Random(seed);
    var bands = new ArrayList<BandRef>();
    for (int b = 1; b <= 9; b++) {
      bands.add(new BandRef(String.valueOf(b), "Band " + b, b));
    }
    var criteria = new ArrayList<Criterion>();
    Map<String, Integer> weeks = new HashMap<>();
    for (int c = 0; c < CRITERIA; c++) {
      criteria.add(new Criterion("c" + c, "criterion " + c));
      if (c % 2 == 0) {
        weeks.put("c" + c, 1 + random.nextInt(20));
      }
    }
    catalogue = new TrainingCatalogue(weeks);
    String[] rebandings = {"rb-1", "rb-2", "rb-3", "rb-4"};
    var statuses =
        new VacancyStatus[] {
          VacancyStatus.RING_FENCE, VacancyStatus.INTERNAL, VacancyStatus.EXTERNAL
        };
    for (int v = 0; v < openVacancies; v++) {
      var essential = new ArrayList<Criterion>();
      Set<Integer> picked = new HashSet<>();
      int k = 3 + random.nextInt(6);
      while (picked.size() < k) {
        // popular criteria come up more often, as in real person specifications
        picked.add(popular(random));
      }
      picked.forEach(c -> essential.add(criteria.get(c)));
      RingFence fence =
          switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> RingFence.allAtRisk(asOf.minusMonths(1), asOf.plusMonths(5));
            default ->
                new RingFence(
                    asOf.minusMonths(1),
                    asOf.plusMonths(5),
                    Set.of(rebandings[random.nextInt(rebandings.length)]),
                    "staff at risk from re-banding " + v % 4);
          };
      vacancies.add(
          new VacancyFacts(
              "v" + v,
              "Vacancy " + v,
              bands.get(random.nextInt(bands.size())),
              essential,
              statuses[random.nextInt(statuses.length)],
              fence));
    }
    for (int p = 0; p < people; p++) {
      Set<String> held = new HashSet<>();
      int h = 20 + random.nextInt(40);
      while (held.size() < h) {
        held.add("c" + popular(random));
      }
      BandRef band = bands.get(random.nextInt(bands.size() - 1));
      BandRef protectedBand = bands.get(Math.min(bands.size() - 1, band.rank()));
      LocalDate from = asOf.minusMonths(random.nextInt(30));
      List<StatutoryPriority> priorities =
          random.nextInt(20) == 0
              ? List.of(
                  new StatutoryPriority(
                      PriorityReason.values()[random.nextInt(4)],
                      asOf.minusMonths(2),
                      asOf.plusMonths(10)))
              : List.of();
      candidates.add(
          new Candidate(
              "s" + p,
              "Person " + p,
              band,
              protectedBand,
              new AtRisk(from, from.plusYears(2).minusDays(1), rebandings[random.nextInt(4)]),
              held,
              priorities));
    }
  }
}
