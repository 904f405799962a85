package org.bandwise.config;

import java.util.List;

/**
 * One or more settings cannot be used: start-up stops. Each problem is one sentence naming its
 * setting, so an operator knows what to change.
 */
public class InvalidSetting extends IllegalStateException {

  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public InvalidSetting(List<String> problems) {
    super(String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
