package org.bandwise.demo.control;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The steps of a story in the order they happened: by time, and in the order they were added when
 * two happen at the same moment (a JD version is submitted, then its evaluation requested).
 */
public final class StoryTimeline {

  /** One thing someone did at a moment. */
  public record Step(LocalDateTime at, String what, Runnable action) {
    public Step {
      Objects.requireNonNull(at, what);
    }
  }

  private final List<Step> steps = new ArrayList<>();

  public void at(LocalDateTime at, String what, Runnable action) {
    steps.add(new Step(at, what, action));
  }

  /** The steps by time; a stable sort keeps simultaneous steps in the order they were added. */
  public List<Step> inOrder() {
    List<Step> ordered = new ArrayList<>(steps);
    ordered.sort(Comparator.comparing(Step::at));
    return ordered;
  }
}
