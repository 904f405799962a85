package org.bandwise.appeal.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.error.FieldProblem;
import org.junit.jupiter.api.Test;

class AppealPartiesTest {

  @Test
  void individualAppealsNameTheirMembers() {
    assertEquals(List.of(), AppealParties.individual(List.of("alex")).problems());
    assertEquals(
        List.of(new FieldProblem("members", "Name the member the appeal is for.")),
        AppealParties.individual(List.of()).problems());
    assertEquals(
        List.of(
            new FieldProblem(
                "members",
                "An individual appeal names its members. Choose a group appeal to include all"
                    + " holders of the role.")),
        new AppealParties(AppealScope.INDIVIDUAL, List.of("alex"), true).problems());
  }

  @Test
  void groupAppealsNameMembersOrCoverEveryHolder() {
    assertDoesNotThrow(() -> AppealParties.group(List.of("alex", "jordan")).check());
    assertDoesNotThrow(() -> AppealParties.allHolders().check());
    assertEquals(
        List.of(
            new FieldProblem(
                "members",
                "Name the members the appeal is for, or include all holders of the role.")),
        AppealParties.group(List.of()).problems());
  }

  @Test
  void eachMemberOnceAndAScopeChosen() {
    InvalidInput refused =
        assertThrows(
            InvalidInput.class,
            () -> AppealParties.group(Arrays.asList("alex", "alex", " ")).check());
    assertEquals(
        List.of(
            new FieldProblem("members[1]", "This member is already named."),
            new FieldProblem("members[2]", "Choose a member.")),
        refused.fieldProblems());
    assertEquals(
        List.of(
            new FieldProblem("scope", "Choose whether the appeal is for individuals or a group.")),
        new AppealParties(null, List.of("alex"), false).problems());
  }
}
