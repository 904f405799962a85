package org.bandwise.vacancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 2,000 at-risk people against 500 open vacancies in one pass: the bulk answers must agree with the
 * one-pair rule. Not timed here (timings on a shared machine are noise); {@link
 * EligibilityBenchmark} measures it.
 */
class EligibilityBulkTest {

  static final EligibilityBulkData DATA = new EligibilityBulkData(2_000, 500, 20260801L);

  static final EligibilityRules RULES =
      new EligibilityRules(EligibilitySettings.defaults(), DATA.catalogue, DATA.asOf);

  /** Computed once for every test here: the pass under test. */
  static final EligibilityMatrix MATRIX = RULES.matrix(DATA.candidates, DATA.vacancies);

  final EligibilityRules rules = RULES;

  @Test
  void theMatrixAgreesWithThePairByPairRule() {
    EligibilityMatrix matrix = MATRIX;
    var random = new Random(7);
    for (int n = 0; n < 2_000; n++) {
      int i = random.nextInt(DATA.candidates.size());
      int j = random.nextInt(DATA.vacancies.size());
      Eligibility one = rules.assess(DATA.candidates.get(i), DATA.vacancies.get(j));
      assertEquals(one.eligible(), matrix.eligible(i, j), i + "," + j);
      assertEquals(one.inPool(), matrix.inPool(i, j), i + "," + j);
      assertEquals(one.priority(), matrix.priority(i, j), i + "," + j);
      assertEquals(one.stage(), matrix.stage(i, j), i + "," + j);
    }
    // the data set is not degenerate: some pairs in each answer
    long eligible = matrix.eligibleCount();
    assertTrue(eligible > 10_000 && eligible < 990_000, "eligible pairs: " + eligible);
    long pooled = 0;
    for (int j = 0; j < DATA.vacancies.size(); j++) {
      pooled += matrix.pool(j).size();
    }
    assertTrue(pooled > 1_000, "pool places: " + pooled);
  }

  @Test
  void everyPairWithReasonsIsStreamedOnceInOrderAndAgreesWithTheMatrix() {
    EligibilityMatrix matrix = MATRIX;
    AtomicLong seen = new AtomicLong();
    AtomicInteger mismatches = new AtomicInteger();
    int m = DATA.vacancies.size();
    rules.forEach(
        DATA.candidates,
        DATA.vacancies,
        e -> {
          long index = seen.getAndIncrement();
          int i = (int) (index / m);
          int j = (int) (index % m);
          if (!e.staffId().equals(DATA.candidates.get(i).staffId())
              || !e.vacancyId().equals(DATA.vacancies.get(j).id())
              || e.eligible() != matrix.eligible(i, j)
              || e.inPool() != matrix.inPool(i, j)
              || e.reasons().isEmpty()
              || e.reasons().get(0).rule() != EligibilityRule.AT_RISK
              || e.reasons().get(e.reasons().size() - 1).rule() != EligibilityRule.STAGE) {
            mismatches.incrementAndGet();
          }
        });
    assertEquals(2_000L * 500, seen.get());
    assertEquals(0, mismatches.get());
  }

  @Test
  void aPoolIsOrderedPriorityFirstThenByName() {
    EligibilityMatrix matrix = MATRIX;
    int checked = 0;
    for (int j = 0; j < DATA.vacancies.size() && checked < 50; j++) {
      List<Integer> pool = matrix.pool(j);
      if (pool.size() < 2) {
        continue;
      }
      checked++;
      List<String> expected =
          rules.pool(DATA.vacancies.get(j), DATA.candidates).stream()
              .map(Eligibility::staffId)
              .toList();
      var actual = new ArrayList<String>();
      pool.forEach(i -> actual.add(DATA.candidates.get(i).staffId()));
      assertEquals(expected, actual, "vacancy " + j);
      boolean seenOrdinary = false;
      for (int i : pool) {
        if (!matrix.priority(i, j)) {
          seenOrdinary = true;
        } else {
          assertTrue(!seenOrdinary, "priority after the rest in vacancy " + j);
        }
      }
    }
    assertTrue(checked > 10);
  }

  @Test
  void theVacanciesThatFitAPersonAreThoseWhosePoolTheyAreIn() {
    EligibilityMatrix matrix = MATRIX;
    for (int i = 0; i < 50; i++) {
      for (int j : matrix.poolVacancies(i)) {
        assertTrue(matrix.pool(j).contains(i));
      }
    }
  }
}
