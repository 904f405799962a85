package org.bandwise.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryTimelineTest {

  private static final LocalDateTime MORNING = LocalDateTime.of(2026, 6, 2, 9, 0);

  @Test
  void stepsRunInTimeOrderAndSimultaneousStepsInTheOrderAdded() {
    StoryTimeline timeline = new StoryTimeline();
    timeline.at(MORNING.plusDays(1), "publish", () -> {});
    timeline.at(MORNING, "submit", () -> {});
    timeline.at(MORNING, "request", () -> {});
    timeline.at(MORNING.minusYears(1), "create", () -> {});

    assertEquals(
        List.of("create", "submit", "request", "publish"),
        timeline.inOrder().stream().map(StoryTimeline.Step::what).toList());
  }
}
