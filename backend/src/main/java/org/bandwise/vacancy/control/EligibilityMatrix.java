package org.bandwise.vacancy.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every person against every vacancy, the verdicts only (one byte a pair): whether eligible now, in
 * the pool, and first in it by statutory priority. Rows are the candidates, columns the vacancies,
 * in the order given. The reasons for any pair come from {@link EligibilityRules#assess}.
 */
public final class EligibilityMatrix {

  private final List<Candidate> candidates;
  private final List<VacancyFacts> vacancies;
  private final byte[] cells;

  EligibilityMatrix(List<Candidate> candidates, List<VacancyFacts> vacancies, byte[] cells) {
    this.candidates = List.copyOf(candidates);
    this.vacancies = List.copyOf(vacancies);
    this.cells = cells;
  }

  public List<Candidate> candidates() {
    return candidates;
  }

  public List<VacancyFacts> vacancies() {
    return vacancies;
  }

  public boolean eligible(int candidate, int vacancy) {
    return (cell(candidate, vacancy) & EligibilityRules.ELIGIBLE) != 0;
  }

  public boolean inPool(int candidate, int vacancy) {
    return (cell(candidate, vacancy) & EligibilityRules.IN_POOL) != 0;
  }

  public boolean priority(int candidate, int vacancy) {
    return (cell(candidate, vacancy) & EligibilityRules.PRIORITY) != 0;
  }

  public VacancyStage stage(int candidate, int vacancy) {
    return inPool(candidate, vacancy) ? VacancyStage.RING_FENCE : VacancyStage.INTERNAL;
  }

  /** A vacancy's pool (candidate indexes): statutory priority first, then by name. */
  public List<Integer> pool(int vacancy) {
    var pool = new ArrayList<Integer>();
    for (int i = 0; i < candidates.size(); i++) {
      if (inPool(i, vacancy)) {
        pool.add(i);
      }
    }
    pool.sort(
        Comparator.comparing((Integer i) -> !priority(i, vacancy))
            .thenComparing(i -> candidates.get(i).name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(i -> candidates.get(i).staffId()));
    return pool;
  }

  /** The vacancies (indexes) whose pool a person is in: "the vacancies that fit". */
  public List<Integer> poolVacancies(int candidate) {
    var fits = new ArrayList<Integer>();
    for (int j = 0; j < vacancies.size(); j++) {
      if (inPool(candidate, j)) {
        fits.add(j);
      }
    }
    return fits;
  }

  /** How many pairs are eligible now. */
  public long eligibleCount() {
    long count = 0;
    for (byte cell : cells) {
      if ((cell & EligibilityRules.ELIGIBLE) != 0) {
        count++;
      }
    }
    return count;
  }

  private int cell(int candidate, int vacancy) {
    if (vacancy < 0 || vacancy >= vacancies.size()) {
      throw new IndexOutOfBoundsException("vacancy " + vacancy);
    }
    return cells[candidate * vacancies.size() + vacancy];
  }
}
