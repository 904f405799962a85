package org.bandwise.vacancy.control;

/**
 * Times the bulk eligibility case (2,000 at-risk people × 500 open vacancies) in memory: run with
 * {@code java -cp backend/target/classes:backend/target/test-classes
 * org.bandwise.vacancy.control.EligibilityBenchmark}. It warms up, then prints the best of five
 * runs for the verdicts alone ({@link EligibilityRules#matrix}) and for every pair with its reasons
 * ({@link EligibilityRules#forEach}).
 */
public final class EligibilityBenchmark {

  private EligibilityBenchmark() {}

  public static void main(String[] args) {
    var data = new EligibilityBulkData(2_000, 500, 20260801L);
    var rules = new EligibilityRules(EligibilitySettings.defaults(), data.catalogue, data.asOf);
    long[] sink = new long[1];
    for (int warm = 0; warm < 3; warm++) {
      rules.matrix(data.candidates, data.vacancies);
      rules.forEach(data.candidates, data.vacancies, e -> sink[0] += e.reasons().size());
    }
    long bestMatrix = Long.MAX_VALUE;
    long bestReasons = Long.MAX_VALUE;
    long eligible = 0;
    for (int run = 0; run < 5; run++) {
      long start = System.nanoTime();
      eligible = rules.matrix(data.candidates, data.vacancies).eligibleCount();
      bestMatrix = Math.min(bestMatrix, System.nanoTime() - start);
      sink[0] = 0;
      start = System.nanoTime();
      rules.forEach(data.candidates, data.vacancies, e -> sink[0] += e.reasons().size());
      bestReasons = Math.min(bestReasons, System.nanoTime() - start);
    }
    System.out.printf(
        "2,000 people x 500 vacancies = 1,000,000 pairs (%d eligible)%n"
            + "verdicts only:      %d ms%n"
            + "with every reason:  %d ms (%d reasons in the last run)%n",
        eligible, bestMatrix / 1_000_000, bestReasons / 1_000_000, sink[0]);
  }
}
