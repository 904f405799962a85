package org.bandwise.workforce.control;

import org.bandwise.platform.domain.InvalidInput;

/** The broad ethnic groups of the equality-monitoring record, as the staff record holds them. */
public enum EthnicGroup {
  ASIAN("Asian"),
  BLACK("Black"),
  MIXED("Mixed"),
  WHITE("White"),
  OTHER("Other"),
  NOT_DECLARED("Not declared");

  private final String label;

  EthnicGroup(String label) {
    this.label = label;
  }

  /** The value as recorded and shown: "Asian", …, "Not declared". */
  public String label() {
    return label;
  }

  /** Reads a recorded value ("Black", "not declared"), ignoring case. */
  public static EthnicGroup fromLabel(String text) {
    String t = text == null ? "" : text.trim();
    for (EthnicGroup group : values()) {
      if (group.label.equalsIgnoreCase(t)) {
        return group;
      }
    }
    throw new InvalidInput(
        "ethnicity", "Enter ethnic group as Asian, Black, Mixed, White, Other or Not declared.");
  }
}
