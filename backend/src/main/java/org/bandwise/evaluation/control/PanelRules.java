package org.bandwise.evaluation.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bandwise.evaluation.entity.PanelSide;
import org.bandwise.platform.error.FieldProblem;

/**
 * A joint panel is valid with at least 3 members, at least one from management and one from the
 * staff (trade-union) side, exactly one chair, each person once, and nobody who holds the JD under
 * evaluation: a holder would be judging their own pay.
 */
public final class PanelRules {

  public static final int MINIMUM_MEMBERS = 3;

  /** A proposed seat; {@code mayEvaluate} is false for people without an evaluating role. */
  public record ProposedSeat(
      String userId,
      String name,
      PanelSide side,
      boolean chair,
      boolean known,
      boolean mayEvaluate) {}

  private PanelRules() {}

  public static List<FieldProblem> problems(List<ProposedSeat> seats, Set<String> holderIds) {
    List<FieldProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < seats.size(); i++) {
      ProposedSeat seat = seats.get(i);
      String field = "members[" + i + "].userId";
      if (!seat.known()) {
        problems.add(new FieldProblem(field, "Select a person who has an account"));
        continue;
      }
      if (!seen.add(seat.userId())) {
        problems.add(
            new FieldProblem(
                field, seat.name() + " is on the panel twice: choose each person once"));
      }
      if (!seat.mayEvaluate()) {
        problems.add(
            new FieldProblem(
                field,
                seat.name()
                    + " is not an HR evaluator, HR admin or union rep, so cannot sit on a panel"));
      }
      if (holderIds.contains(seat.userId())) {
        problems.add(
            new FieldProblem(field, seat.name() + " holds this post, so cannot sit on its panel"));
      }
    }
    if (seen.size() < MINIMUM_MEMBERS) {
      problems.add(
          new FieldProblem("members", "Choose at least " + MINIMUM_MEMBERS + " panel members"));
    }
    if (seats.stream().noneMatch(s -> s.side() == PanelSide.MANAGEMENT)) {
      problems.add(new FieldProblem("members", "Choose at least one management-side member"));
    }
    if (seats.stream().noneMatch(s -> s.side() == PanelSide.STAFF)) {
      problems.add(
          new FieldProblem("members", "Choose at least one staff-side (trade union) member"));
    }
    long chairs = seats.stream().filter(ProposedSeat::chair).count();
    if (chairs != 1) {
      problems.add(
          new FieldProblem(
              "members",
              chairs == 0
                  ? "Choose a chair for the panel"
                  : "Choose only one chair for the panel, not " + chairs));
    }
    return problems;
  }
}
