package org.bandwise.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bandwise.appeal.control.AppealKind;
import org.bandwise.appeal.control.AppealStatus;
import org.bandwise.calendar.control.WorkingDays;
import org.junit.jupiter.api.Test;

class AppealsSummaryTest {

  // 25 and 26 December 2026 are Friday and Saturday; 28 December is the substitute Boxing Day
  private static final WorkingDays DAYS =
      new WorkingDays(
          List.of(
              LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1)));

  @Test
  void outcomesWorkingDaysToDecisionAndOverdue() {
    AppealsSummary s = new AppealsSummary(DAYS, LocalDate.of(2027, 2, 1));
    // lodged Monday 21 December, decided Monday 4 January: 22, 23, 24, 29, 30, 31 Dec, 4 Jan = 7
    s.add(
        AppealKind.OUTCOME,
        AppealStatus.DECIDED,
        "UPHELD",
        LocalDate.of(2026, 12, 21),
        LocalDate.of(2027, 1, 4),
        LocalDate.of(2027, 1, 20));
    // lodged Monday 11 January, decided Friday 15 January: 4 working days
    s.add(
        AppealKind.OUTCOME,
        AppealStatus.CLOSED,
        "PARTLY_UPHELD",
        LocalDate.of(2027, 1, 11),
        LocalDate.of(2027, 1, 15),
        LocalDate.of(2027, 2, 1));
    // open, due 29 January: overdue on 1 February; open, due 1 February: not yet
    s.add(
        AppealKind.OUTCOME,
        AppealStatus.UNDER_REVIEW,
        null,
        LocalDate.of(2027, 1, 4),
        null,
        LocalDate.of(2027, 1, 29));
    s.add(
        AppealKind.JD_CONTENT,
        AppealStatus.LODGED,
        null,
        LocalDate.of(2027, 1, 18),
        null,
        LocalDate.of(2027, 2, 1));
    s.add(
        AppealKind.JD_CONTENT,
        AppealStatus.WITHDRAWN,
        null,
        LocalDate.of(2027, 1, 5),
        null,
        LocalDate.of(2027, 2, 1));

    List<AppealsSummary.Row> rows = s.rows();
    assertEquals(2, rows.size());
    AppealsSummary.Row outcome = rows.get(0);
    assertEquals(AppealKind.OUTCOME, outcome.kind());
    assertEquals(1, outcome.outcomes().get(AppealsSummary.Outcome.UPHELD));
    assertEquals(1, outcome.outcomes().get(AppealsSummary.Outcome.PARTLY_UPHELD));
    assertEquals(0, outcome.outcomes().get(AppealsSummary.Outcome.NOT_UPHELD));
    assertEquals(1, outcome.outcomes().get(AppealsSummary.Outcome.OPEN));
    assertEquals(3, outcome.total());
    assertEquals(1, outcome.overdue());
    assertEquals(2, outcome.decisionDays().count());
    assertEquals(new BigDecimal("5.5"), outcome.decisionDays().medianDays());
    assertEquals(7, outcome.decisionDays().longestDays());
    AppealsSummary.Row jd = rows.get(1);
    assertEquals(1, jd.outcomes().get(AppealsSummary.Outcome.WITHDRAWN));
    assertEquals(0, jd.overdue());
    assertEquals(0, jd.decisionDays().count());
    AppealsSummary.Row total = s.total();
    assertEquals(5, total.total());
    assertEquals(1, total.overdue());
    assertEquals(2, total.decisionDays().count());
  }
}
