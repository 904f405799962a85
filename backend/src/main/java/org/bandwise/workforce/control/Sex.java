package org.bandwise.workforce.control;

import java.util.Locale;
import org.bandwise.platform.domain.InvalidInput;

/**
 * Sex as recorded for gender pay gap reporting ({@code F} or {@code M}); since the GOV.UK guidance
 * of 21 May 2026 that is biological sex.
 */
public enum Sex {
  F("Female", "Women"),
  M("Male", "Men");

  private final String label;
  private final String plural;

  Sex(String label, String plural) {
    this.label = label;
    this.plural = plural;
  }

  public String label() {
    return label;
  }

  /** "Women" or "Men", as report tables name the groups. */
  public String plural() {
    return plural;
  }

  /** Reads {@code F} or {@code M} (any case). */
  public static Sex fromCode(String code) {
    String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    if (c.equals("F")) {
      return F;
    }
    if (c.equals("M")) {
      return M;
    }
    throw new InvalidInput("sex", "Enter sex as F or M.");
  }
}
