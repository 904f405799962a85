import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.bandwise.vacancy.control.AtRisk;
import org.bandwise.vacancy.control.BandRef;
import org.bandwise.vacancy.control.Candidate;
import org.bandwise.vacancy.control.Criterion;
import org.bandwise.vacancy.control.EligibilityMatrix;
import org.bandwise.vacancy.control.EligibilityRules;
import org.bandwise.vacancy.control.EligibilitySettings;
import org.bandwise.vacancy.control.PriorityReason;
import org.bandwise.vacancy.control.RingFence;
import org.bandwise.vacancy.control.StatutoryPriority;
import org.bandwise.vacancy.control.TrainingCatalogue;
import org.bandwise.vacancy.control.VacancyFacts;
import org.bandwise.vacancy.control.VacancyStatus;

/**
 * The eligibility matrix of bench/vacancies.sh: PEOPLE at-risk staff against VACANCIES open vacancies
 * (what GET /eligibility-matrix computes once its fixed number of queries have loaded the facts),
 * timed as the endpoint does it (EligibilityRules.matrix, one pass) beside a naive baseline that
 * assesses each pair on its own (EligibilityRules.assess per pair, as a loop calling the
 * one-person-one-vacancy answer would). The baseline runs on a sample of people and is scaled up.
 *
 * <pre>java -cp backend/target/classes bench/VacancyMatrixBench.java PEOPLE VACANCIES ROUNDS SAMPLE</pre>
 */
public class VacancyMatrixBench {

  public static void main(String[] args) {
    int people = Integer.parseInt(args[0]);
    int vacancies = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    int sample = Math.min(people, Integer.parseInt(args[3]));
    Random random = new Random(42);
    LocalDate today = LocalDate.of(2026, 11, 30);
    BandRef[] bands = {
      new BandRef("2", "Band 2", 2), new BandRef("3", "Band 3", 3),
      new BandRef("4", "Band 4", 4), new BandRef("5", "Band 5", 5)
    };
    List<String> catalogue = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      catalogue.add("criterion-" + i);
    }
    Map<String, Integer> weeks = new HashMap<>();
    for (int i = 0; i < 40; i++) {
      weeks.put("criterion-" + i, 2 + i % 20);
    }
    List<Candidate> candidates = new ArrayList<>(people);
    for (int i = 0; i < people; i++) {
      Set<String> held = new HashSet<>();
      for (int k = 0; k < 12; k++) {
        held.add(catalogue.get(random.nextInt(catalogue.size())));
      }
      BandRef band = bands[random.nextInt(3)];
      candidates.add(
          new Candidate(
              "staff-" + i,
              "Person " + i,
              band,
              bands[Math.min(3, band.rank() - 1)],
              new AtRisk(LocalDate.of(2026, 8, 1), LocalDate.of(2028, 7, 31), "rebanding-" + (i % 3)),
              held,
              i % 50 == 0
                  ? List.of(
                      new StatutoryPriority(
                          PriorityReason.MATERNITY_LEAVE, LocalDate.of(2026, 6, 1), null))
                  : List.of()));
    }
    List<VacancyFacts> facts = new ArrayList<>(vacancies);
    VacancyStatus[] statuses = {VacancyStatus.RING_FENCE, VacancyStatus.INTERNAL};
    for (int j = 0; j < vacancies; j++) {
      List<Criterion> essential = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        String c = catalogue.get(random.nextInt(catalogue.size()));
        essential.add(new Criterion(c, c));
      }
      facts.add(
          new VacancyFacts(
              "vacancy-" + j,
              "Vacancy " + j,
              bands[1 + random.nextInt(3)],
              essential,
              statuses[j % 2],
              j % 3 == 0
                  ? null
                  : new RingFence(
                      LocalDate.of(2026, 8, 1),
                      LocalDate.of(2027, 1, 31),
                      Set.of("rebanding-" + (j % 3)),
                      "staff at risk from re-banding " + (j % 3))));
    }
    EligibilityRules rules =
        new EligibilityRules(EligibilitySettings.defaults(), new TrainingCatalogue(weeks), today);

    long best = Long.MAX_VALUE;
    long eligible = 0;
    for (int r = 0; r < rounds; r++) {
      long start = System.nanoTime();
      EligibilityMatrix matrix = rules.matrix(candidates, facts);
      eligible = matrix.eligibleCount();
      best = Math.min(best, System.nanoTime() - start);
    }
    List<Candidate> some = candidates.subList(0, sample);
    long naiveBest = Long.MAX_VALUE;
    long naiveEligible = 0;
    for (int r = 0; r < Math.max(1, rounds / 3); r++) {
      long start = System.nanoTime();
      long count = 0;
      for (Candidate c : some) {
        for (VacancyFacts v : facts) {
          if (rules.assess(c, v).eligible()) {
            count++;
          }
        }
      }
      naiveEligible = count;
      naiveBest = Math.min(naiveBest, System.nanoTime() - start);
    }
    double bulkMs = best / 1e6;
    double naiveMs = naiveBest / 1e6 * people / sample;
    long sampleEligibleFromMatrix = 0;
    EligibilityMatrix check = rules.matrix(some, facts);
    sampleEligibleFromMatrix = check.eligibleCount();
    System.out.printf(
        "%-44s %12s %12s%n", "eligibility matrix " + people + " x " + vacancies, "ms", "target");
    System.out.printf("%-44s %12.1f %12s%n", "bulk (EligibilityRules.matrix, best of " + rounds + ")",
        bulkMs, "<= 1000");
    System.out.printf(
        "%-44s %12.1f %12s%n",
        "naive per pair (assess, " + sample + " people scaled)", naiveMs, "baseline");
    System.out.printf("%-44s %12.1f%n", "speed-up", naiveMs / bulkMs);
    System.out.printf(
        "eligible pairs: %d of %d; the sample agrees with the bulk answer: %s%n",
        eligible,
        (long) people * vacancies,
        naiveEligible == sampleEligibleFromMatrix);
  }
}
