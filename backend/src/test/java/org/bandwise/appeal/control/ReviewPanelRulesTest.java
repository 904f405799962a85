package org.bandwise.appeal.control;

import static org.bandwise.evaluation.entity.PanelSide.MANAGEMENT;
import static org.bandwise.evaluation.entity.PanelSide.STAFF;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.bandwise.evaluation.entity.PanelSide;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.error.FieldProblem;
import org.junit.jupiter.api.Test;

class ReviewPanelRulesTest {

  /** The facilitator outcome's original panel: Priya and Sam (management), Kim (Napo). */
  private static final Set<String> ORIGINAL = Set.of("priya", "sam", "kim");

  /** The Intervention Facilitator post holders. */
  private static final Set<String> HOLDERS = Set.of("alex", "jordan");

  private static ReviewPanelMember m(String id, PanelSide side, boolean chair) {
    return new ReviewPanelMember(id, name(id), side, chair);
  }

  private static String name(String id) {
    return Character.toUpperCase(id.charAt(0)) + id.substring(1) + " Example";
  }

  private static List<FieldProblem> problems(ReviewPanelMember... members) {
    return ReviewPanelRules.problems(List.of(members), ORIGINAL, HOLDERS);
  }

  @Test
  void aFreshJointPanelWithOneChairIsValid() {
    assertEquals(
        List.of(),
        problems(
            m("asha", MANAGEMENT, true), m("priya", MANAGEMENT, false), m("lee", STAFF, false)));
    assertDoesNotThrow(
        () ->
            ReviewPanelRules.check(
                List.of(
                    m("asha", MANAGEMENT, true),
                    m("ben", MANAGEMENT, false),
                    m("lee", STAFF, false)),
                ORIGINAL,
                HOLDERS));
  }

  @Test
  void needsAtLeastThreeDifferentPeople() {
    assertEquals(
        List.of(new FieldProblem("members", "A review panel needs at least 3 members.")),
        problems(m("asha", MANAGEMENT, true), m("lee", STAFF, false)));
    assertEquals(
        List.of(
            new FieldProblem("members[2].userId", "Asha Example is on the panel twice."),
            new FieldProblem("members", "A review panel needs at least 3 members.")),
        problems(m("asha", MANAGEMENT, true), m("lee", STAFF, false), m("asha", MANAGEMENT, true)));
  }

  @Test
  void needsBothSides() {
    assertEquals(
        List.of(
            new FieldProblem(
                "members", "A review panel needs at least one staff-side (union) member.")),
        problems(
            m("asha", MANAGEMENT, true), m("ben", MANAGEMENT, false), m("cy", MANAGEMENT, false)));
    assertEquals(
        List.of(
            new FieldProblem(
                "members", "A review panel needs at least one management-side member.")),
        problems(m("lee", STAFF, true), m("mo", STAFF, false), m("nia", STAFF, false)));
  }

  @Test
  void needsAMajorityWhoDidNotSitOnTheOriginalPanel() {
    assertEquals(
        List.of(
            new FieldProblem(
                "members",
                "Most of the review panel must be people who did not sit on the original panel. 2"
                    + " of the 3 members sat on it.")),
        problems(
            m("asha", MANAGEMENT, true), m("priya", MANAGEMENT, false), m("kim", STAFF, false)));
    // half is not a majority
    assertEquals(
        List.of(
            new FieldProblem(
                "members",
                "Most of the review panel must be people who did not sit on the original panel. 2"
                    + " of the 4 members sat on it.")),
        problems(
            m("asha", MANAGEMENT, true),
            m("priya", MANAGEMENT, false),
            m("kim", STAFF, false),
            m("lee", STAFF, false)));
    // three of five is
    assertEquals(
        List.of(),
        problems(
            m("asha", MANAGEMENT, true),
            m("priya", MANAGEMENT, false),
            m("kim", STAFF, false),
            m("lee", STAFF, false),
            m("ben", MANAGEMENT, false)));
  }

  @Test
  void noHolderOfTheRoleUnderAppeal() {
    assertEquals(
        List.of(
            new FieldProblem(
                "members[2].userId",
                "Alex Example holds the role under appeal and cannot sit on its review panel.")),
        problems(
            m("asha", MANAGEMENT, true), m("ben", MANAGEMENT, false), m("alex", STAFF, false)));
  }

  @Test
  void needsExactlyOneChair() {
    assertEquals(
        List.of(new FieldProblem("members", "Choose one member to chair the review panel.")),
        problems(
            m("asha", MANAGEMENT, false), m("ben", MANAGEMENT, false), m("lee", STAFF, false)));
    assertEquals(
        List.of(new FieldProblem("members", "A review panel has exactly one chair, not 2.")),
        problems(m("asha", MANAGEMENT, true), m("ben", MANAGEMENT, false), m("lee", STAFF, true)));
  }

  @Test
  void everySideIsChosenAndEveryProblemIsReportedAtOnce() {
    InvalidInput refused =
        assertThrows(
            InvalidInput.class,
            () ->
                ReviewPanelRules.check(
                    List.of(m("kim", null, false), m("alex", STAFF, false)), ORIGINAL, HOLDERS));
    assertEquals(
        List.of(
            new FieldProblem(
                "members[0].side",
                "Choose whether Kim Example sits for management or the staff side."),
            new FieldProblem(
                "members[1].userId",
                "Alex Example holds the role under appeal and cannot sit on its review panel."),
            new FieldProblem("members", "A review panel needs at least 3 members."),
            new FieldProblem(
                "members", "A review panel needs at least one management-side member."),
            new FieldProblem(
                "members",
                "Most of the review panel must be people who did not sit on the original panel. 1"
                    + " of the 2 members sat on it."),
            new FieldProblem("members", "Choose one member to chair the review panel.")),
        refused.fieldProblems());
    assertEquals("6 answers need correcting.", refused.getMessage());
  }
}
