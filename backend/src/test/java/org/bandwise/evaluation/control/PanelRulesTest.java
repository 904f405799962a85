package org.bandwise.evaluation.control;

import static org.bandwise.evaluation.entity.PanelSide.MANAGEMENT;
import static org.bandwise.evaluation.entity.PanelSide.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.bandwise.evaluation.control.PanelRules.ProposedSeat;
import org.bandwise.evaluation.entity.PanelSide;
import org.bandwise.platform.error.FieldProblem;
import org.junit.jupiter.api.Test;

class PanelRulesTest {

  private static ProposedSeat seat(String id, PanelSide side, boolean chair) {
    return new ProposedSeat(id, "Person " + id, side, chair, true, true);
  }

  private static List<String> messages(List<ProposedSeat> seats, Set<String> holders) {
    return PanelRules.problems(seats, holders).stream().map(FieldProblem::message).toList();
  }

  @Test
  void aJointPanelOfThreeWithOneChairIsValid() {
    assertEquals(
        List.of(),
        messages(
            List.of(
                seat("a", MANAGEMENT, true), seat("b", MANAGEMENT, false), seat("c", STAFF, false)),
            Set.of()));
  }

  @Test
  void needsAtLeastThreeMembers() {
    assertEquals(
        List.of("Choose at least 3 panel members"),
        messages(List.of(seat("a", MANAGEMENT, true), seat("c", STAFF, false)), Set.of()));
  }

  @Test
  void needsBothSides() {
    assertTrue(
        messages(
                List.of(
                    seat("a", MANAGEMENT, true),
                    seat("b", MANAGEMENT, false),
                    seat("c", MANAGEMENT, false)),
                Set.of())
            .contains("Choose at least one staff-side (trade union) member"));
    assertTrue(
        messages(
                List.of(seat("a", STAFF, true), seat("b", STAFF, false), seat("c", STAFF, false)),
                Set.of())
            .contains("Choose at least one management-side member"));
  }

  @Test
  void needsExactlyOneChair() {
    assertTrue(
        messages(
                List.of(
                    seat("a", MANAGEMENT, false),
                    seat("b", MANAGEMENT, false),
                    seat("c", STAFF, false)),
                Set.of())
            .contains("Choose a chair for the panel"));
    assertTrue(
        messages(
                List.of(
                    seat("a", MANAGEMENT, true),
                    seat("b", MANAGEMENT, true),
                    seat("c", STAFF, false)),
                Set.of())
            .contains("Choose only one chair for the panel, not 2"));
  }

  @Test
  void nobodyWhoHoldsThePostSitsOnItsPanel() {
    var problems =
        PanelRules.problems(
            List.of(
                seat("a", MANAGEMENT, true), seat("b", MANAGEMENT, false), seat("c", STAFF, false)),
            Set.of("c"));
    assertEquals(1, problems.size());
    assertEquals("members[2].userId", problems.get(0).field());
    assertEquals("Person c holds this post, so cannot sit on its panel", problems.get(0).message());
  }

  @Test
  void eachPersonSitsOnceAndMustBeAnEvaluatorOrRep() {
    var staffMember = new ProposedSeat("d", "Person d", STAFF, false, true, false);
    var problems =
        PanelRules.problems(
            List.of(seat("a", MANAGEMENT, true), seat("a", MANAGEMENT, false), staffMember),
            Set.of());
    var fields = problems.stream().map(FieldProblem::field).toList();
    assertTrue(fields.contains("members[1].userId"));
    assertTrue(fields.contains("members[2].userId"));
    assertTrue(fields.contains("members"), "two distinct people are fewer than three");
  }
}
