package org.bandwise.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.bandwise.report.control.ReportQueries.GenderPayGapOutcome;
import org.bandwise.workforce.control.Sex;
import org.bandwise.workforce.control.WeeklyHours;
import org.junit.jupiter.api.Test;

class ReportTablesTest {

  private static String csv(ReportTable table) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFiles.csv(table, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Two men on £30,000 and £40,000, two women on £30,000 and £30,000; one bonus of £1,000 each. */
  private static GenderPayGapOutcome outcome() {
    WeeklyHours h = WeeklyHours.of(37);
    GenderPayGap gap =
        new GenderPayGap()
            .add(Sex.M, true, 3_000_000, 0, h, 100_000)
            .add(Sex.M, true, 4_000_000, 0, h, 0)
            .add(Sex.F, true, 3_000_000, 0, h, 100_000)
            .add(Sex.F, true, 3_000_000, 0, h, 0);
    return new GenderPayGapOutcome(
        new ReportScope(LocalDate.of(2026, 3, 31), null, null), gap.result(), 0, 0);
  }

  @Test
  void theReportingServiceRowHasItsOwnColumnsAndTheSameFigures() {
    String[] lines = csv(ReportTables.genderPayGapService(outcome())).split("\r\n");
    assertEquals(
        "DiffMeanHourlyPercent,DiffMedianHourlyPercent,DiffMeanBonusPercent,DiffMedianBonusPercent,"
            + "MaleBonusPercent,FemaleBonusPercent,MaleLowerQuartile,FemaleLowerQuartile,"
            + "MaleLowerMiddleQuartile,FemaleLowerMiddleQuartile,MaleUpperMiddleQuartile,"
            + "FemaleUpperMiddleQuartile,MaleTopQuartile,FemaleTopQuartile,SnapshotDate",
        lines[0]);
    // mean: men £35,000, women £30,000 → 14.3 %; median the same; bonus £1,000 each → 0.0 %
    // quartiles of 4 at £30,000 ×3 (1 man, 2 women) then £40,000 (a man): the tie of three
    // fills the lower three places, 1/3 men in each → lower 0, lower middle 1 (rounded), upper
    // middle 0 men, upper 1 man
    assertEquals(
        "14.3,14.3,0.0,0.0,50.0,50.0,0.0,100.0,100.0,0.0,0.0,100.0,100.0,0.0,2026-03-31", lines[1]);
  }

  @Test
  void theMeasuresTableGivesPoundsAndGaps() {
    String measures = csv(ReportTables.genderPayGapMeasures(outcome()));
    assertEquals("Measure,Men,Women,Gap (%)", measures.split("\r\n")[0]);
    assertEquals("Relevant employees,2,2,", measures.split("\r\n")[6]);
    assertEquals("Received a bonus (%),50.0,50.0,", measures.split("\r\n")[5]);
  }
}
