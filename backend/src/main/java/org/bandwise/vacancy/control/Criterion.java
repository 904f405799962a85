package org.bandwise.vacancy.control;

import java.util.Objects;

/** An essential criterion of a vacancy's JD, from the criteria catalogue. */
public record Criterion(String id, String name) {

  public Criterion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
