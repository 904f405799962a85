package org.bandwise.payband.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bandwise.payband.control.ScaleTimeline.ScaleFacts;
import org.bandwise.payband.control.ScaleTimeline.Timing;
import org.bandwise.payband.entity.ScaleStatus;
import org.junit.jupiter.api.Test;

class ScaleTimelineTest {

  private static final LocalDate APRIL_2025 = LocalDate.of(2025, 4, 1);
  private static final LocalDate APRIL_2026 = LocalDate.of(2026, 4, 1);
  private static final LocalDate APRIL_2027 = LocalDate.of(2027, 4, 1);

  private final ScaleFacts past =
      new ScaleFacts("past", "NATIONAL", APRIL_2025, ScaleStatus.AGREED, false);
  private final ScaleFacts current =
      new ScaleFacts("current", "NATIONAL", APRIL_2026, ScaleStatus.AGREED, false);
  private final ScaleFacts proposed =
      new ScaleFacts("proposed", "NATIONAL", APRIL_2027, ScaleStatus.PROPOSED, false);
  private final ScaleFacts london =
      new ScaleFacts("london", "LONDON", APRIL_2026, ScaleStatus.AGREED, false);
  private final ScaleTimeline timeline =
      new ScaleTimeline(List.of(past, current, proposed, london));

  @Test
  void theLatestAgreedScaleOnOrBeforeTheDayIsInForce() {
    assertEquals(
        "past", timeline.inForce("NATIONAL", APRIL_2026.minusDays(1), false).orElseThrow().id());
    assertEquals("current", timeline.inForce("NATIONAL", APRIL_2026, false).orElseThrow().id());
    assertEquals(
        "current",
        timeline.inForce("NATIONAL", LocalDate.of(2026, 11, 22), false).orElseThrow().id());
  }

  @Test
  void nothingIsInForceBeforeTheFirstScale() {
    assertTrue(timeline.inForce("NATIONAL", APRIL_2025.minusDays(1), false).isEmpty());
  }

  @Test
  void proposedScalesCountOnlyWhenAskedFor() {
    assertEquals("current", timeline.inForce("NATIONAL", APRIL_2027, false).orElseThrow().id());
    assertEquals("proposed", timeline.inForce("NATIONAL", APRIL_2027, true).orElseThrow().id());
  }

  @Test
  void zonesAreSeparate() {
    assertEquals("london", timeline.inForce("LONDON", APRIL_2027, true).orElseThrow().id());
    assertTrue(timeline.inForce("LONDON", APRIL_2025, false).isEmpty());
  }

  @Test
  void retiredScalesNeverApply() {
    ScaleFacts retired =
        new ScaleFacts("retired", "NATIONAL", APRIL_2026.plusMonths(1), ScaleStatus.AGREED, true);
    ScaleTimeline withRetired = new ScaleTimeline(List.of(past, current, retired));
    assertEquals("current", withRetired.inForce("NATIONAL", APRIL_2027, false).orElseThrow().id());
    assertEquals(Timing.CURRENT, withRetired.timing(current, APRIL_2027));
  }

  @Test
  void timingAgainstADay() {
    LocalDate today = LocalDate.of(2026, 11, 22);
    assertEquals(Timing.PAST, timeline.timing(past, today));
    assertEquals(Timing.CURRENT, timeline.timing(current, today));
    assertEquals(Timing.FUTURE, timeline.timing(proposed, today));
    assertEquals(Timing.CURRENT, timeline.timing(london, today));
  }
}
