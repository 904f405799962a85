package org.bandwise.scheme.entity;

/**
 * Where a scheme version stands: a DRAFT can be edited; an ACTIVE version is the one new
 * evaluations use; a RETIRED one takes no new evaluations but keeps those made with it.
 */
public enum SchemeStatus {
  DRAFT,
  ACTIVE,
  RETIRED;

  /** As people say it: "a draft", "active", "retired". */
  public String inWords() {
    return switch (this) {
      case DRAFT -> "a draft";
      case ACTIVE -> "active";
      case RETIRED -> "retired";
    };
  }

  /** The only moves are DRAFT → ACTIVE and ACTIVE → RETIRED: a version never goes back. */
  public boolean canMoveTo(SchemeStatus next) {
    return (this == DRAFT && next == ACTIVE) || (this == ACTIVE && next == RETIRED);
  }
}
