package org.bandwise.vacancy.control;

import java.util.List;
import org.bandwise.calendar.control.DateText;

/** Ring-fences in sentences, for the rules page, the vacancy page and the audit trail. */
public final class RingFenceText {

  private RingFenceText() {}

  /**
   * "Every Band 4 vacancy in Interventions opened from 1 August 2026 to 31 January 2027 is offered
   * first to staff at risk from the Intervention Facilitator re-banding."
   */
  public static String of(RingFenceRule rule, String unitName) {
    StringBuilder s = new StringBuilder("Every ");
    if (!rule.bandCodes().isEmpty()) {
      List<String> bands = rule.bandCodes().stream().sorted().map(c -> "Band " + c).toList();
      s.append(String.join(" or ", bands)).append(' ');
    }
    if (rule.jdFamily() != null && !rule.jdFamily().isBlank()) {
      s.append(rule.jdFamily()).append(' ');
    }
    s.append("vacancy");
    if (unitName != null) {
      s.append(" in ").append(unitName);
    }
    if (rule.directorate() != null && !rule.directorate().isBlank()) {
      s.append(" in ").append(rule.directorate());
    }
    s.append(" opened from ")
        .append(DateText.of(rule.from()))
        .append(" to ")
        .append(DateText.of(rule.until()))
        .append(" is offered first to ")
        .append(rule.poolDescription() == null ? RingFence.ALL_AT_RISK : rule.poolDescription())
        .append('.');
    return s.toString();
  }

  /**
   * "Ring-fenced for staff at risk until 31 January 2027; open to internal applicants after that."
   */
  public static String of(RingFence fence) {
    if (fence == null) {
      return "Not covered by a ring-fence rule: offered first to all staff at risk.";
    }
    return "Ring-fenced for "
        + fence.poolDescription()
        + (fence.until() == null ? "" : " until " + DateText.of(fence.until()))
        + "; open to internal applicants after that.";
  }
}
