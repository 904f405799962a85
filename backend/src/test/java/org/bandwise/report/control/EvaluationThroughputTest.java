package org.bandwise.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationThroughputTest {

  @Test
  void quartersRunFromAprilInTheFinancialYear() {
    assertEquals("2026-27 Q1", EvaluationThroughput.Quarter.of(LocalDate.of(2026, 4, 1)).label());
    assertEquals("2026-27 Q1", EvaluationThroughput.Quarter.of(LocalDate.of(2026, 6, 30)).label());
    assertEquals("2026-27 Q2", EvaluationThroughput.Quarter.of(LocalDate.of(2026, 7, 1)).label());
    assertEquals("2026-27 Q3", EvaluationThroughput.Quarter.of(LocalDate.of(2026, 12, 31)).label());
    assertEquals("2026-27 Q4", EvaluationThroughput.Quarter.of(LocalDate.of(2027, 1, 1)).label());
    assertEquals("2026-27 Q4", EvaluationThroughput.Quarter.of(LocalDate.of(2027, 3, 31)).label());
    assertEquals("2025-26 Q4", EvaluationThroughput.Quarter.of(LocalDate.of(2026, 3, 31)).label());
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    WaitingTimes w = WaitingTimes.of(List.of(10, 3, 4, 30));
    assertEquals(4, w.count());
    assertEquals(new BigDecimal("7.0"), w.medianDays());
    assertEquals(new BigDecimal("11.8"), w.meanDays()); // 47 ÷ 4 = 11.75
    assertEquals(30, w.longestDays());
    WaitingTimes none = WaitingTimes.of(List.of());
    assertEquals(0, none.count());
    assertNull(none.medianDays());
    assertNull(none.longestDays());
  }

  @Test
  void publishedAndWaitingAreCountedApartByDirectorateAndQuarter() {
    LocalDate today = LocalDate.of(2026, 11, 30);
    EvaluationThroughput t = new EvaluationThroughput(today);
    // Operations, Q1: published after 10 and 20 days; still waiting since 1 June (182 days)
    t.add("Operations", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 11), false);
    t.add("Operations", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 21), false);
    t.add("Operations", LocalDate.of(2026, 6, 1), null, true);
    // Finance, Q3: one rejected (in neither), one waiting 29 days
    t.add("Finance", LocalDate.of(2026, 10, 1), null, false);
    t.add("Finance", LocalDate.of(2026, 11, 1), null, true);
    List<EvaluationThroughput.Row> rows = t.rows();
    assertEquals(2, rows.size());
    assertEquals("Finance", rows.get(0).directorate());
    assertEquals("2026-27 Q3", rows.get(0).quarter().label());
    assertEquals(0, rows.get(0).published().count());
    assertEquals(29, rows.get(0).waiting().longestDays());
    EvaluationThroughput.Row ops = rows.get(1);
    assertEquals(2, ops.published().count());
    assertEquals(new BigDecimal("15.0"), ops.published().medianDays());
    assertEquals(20, ops.published().longestDays());
    assertEquals(182, ops.waiting().longestDays());
    assertEquals(2, t.totalPublished().count());
    assertEquals(2, t.totalWaiting().count());
    assertEquals(new BigDecimal("105.5"), t.totalWaiting().medianDays());
  }
}
