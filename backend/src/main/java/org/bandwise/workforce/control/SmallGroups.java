package org.bandwise.workforce.control;

/**
 * The rule that keeps special-category data anonymous: a group of fewer people than the minimum (5
 * by default) is shown as "Fewer than 5" with no figures, because a figure about two or three
 * people tells everyone who knows them something about each of them.
 */
public record SmallGroups(int minimum) {

  public static final SmallGroups DEFAULT = new SmallGroups(5);

  public SmallGroups {
    if (minimum < 1) {
      throw new IllegalArgumentException("the minimum group size is 1 or more: " + minimum);
    }
  }

  public boolean suppresses(long headcount) {
    return headcount < minimum;
  }

  /** "Fewer than 5". */
  public String label() {
    return "Fewer than " + minimum;
  }
}
