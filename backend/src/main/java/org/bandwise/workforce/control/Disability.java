package org.bandwise.workforce.control;

import org.bandwise.platform.domain.InvalidInput;

/** Disability as recorded: {@code Y}, {@code N} or {@code Not declared}. */
public enum Disability {
  Y("Y", "Disabled"),
  N("N", "Not disabled"),
  NOT_DECLARED("Not declared", "Not declared");

  private final String code;
  private final String label;

  Disability(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The value as recorded and imported: "Y", "N" or "Not declared". */
  public String code() {
    return code;
  }

  /** The value as a report shows it: "Disabled", "Not disabled", "Not declared". */
  public String label() {
    return label;
  }

  public static Disability fromCode(String text) {
    String t = text == null ? "" : text.trim();
    for (Disability d : values()) {
      if (d.code.equalsIgnoreCase(t)) {
        return d;
      }
    }
    throw new InvalidInput("disability", "Enter disability as Y, N or Not declared.");
  }
}
