package org.bandwise.evaluation.control;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bandwise.evaluation.entity.PanelSide;
import org.bandwise.evaluation.entity.SignOff;

/**
 * A published outcome is the joint panel's decision, not one evaluator's: before it is published at
 * least one management-side member, one staff-side (trade-union) member and the chair must each
 * sign off the agreed levels. The chair may count for their own side too. A change to any agreed
 * level, or to the panel, withdraws every sign-off (see {@code Evaluation#agree}), because members
 * signed off the levels as they were.
 */
public final class SignOffRules {

  /** Whose sign-off is still needed. */
  public enum Missing {
    CHAIR("the chair"),
    MANAGEMENT("a management-side member"),
    STAFF("a staff-side member");

    private final String words;

    Missing(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /** Who has signed, and whose sign-off is still needed. */
  public record State(List<SignOff> signed, Set<Missing> missing) {
    public State {
      signed = List.copyOf(signed);
      missing = missing.isEmpty() ? EnumSet.noneOf(Missing.class) : EnumSet.copyOf(missing);
    }

    public boolean complete() {
      return missing.isEmpty();
    }
  }

  private SignOffRules() {}

  public static State of(List<SignOff> signOffs) {
    Set<Missing> missing = EnumSet.allOf(Missing.class);
    for (SignOff signOff : signOffs) {
      if (signOff.chair()) {
        missing.remove(Missing.CHAIR);
      }
      missing.remove(signOff.side() == PanelSide.MANAGEMENT ? Missing.MANAGEMENT : Missing.STAFF);
    }
    return new State(signOffs, missing);
  }

  /** "the chair, a management-side member and a staff-side member", in that order. */
  public static String words(Set<Missing> missing) {
    List<String> words = missing.stream().sorted().map(Missing::words).toList();
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " and "
        + words.get(words.size() - 1);
  }
}
