package org.bandwise.workforce.control;

import java.util.Objects;

/**
 * A pay band as the pay rules need it: its id (how scales are found), its name (how people read it,
 * "Band 4") and its rank in its structure (higher is more senior), which decides whether a move is
 * up or down.
 */
public record BandRef(String id, String name, int rank) {

  public BandRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
