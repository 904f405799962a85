package org.bandwise.appeal.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.error.FieldProblem;

/**
 * Whom an appeal is for: an individual appeal names its members; a group appeal names its members
 * or covers all holders of the role. Each member is named once.
 */
public record AppealParties(AppealScope scope, List<String> memberIds, boolean allHoldersOfRole) {

  public AppealParties {
    memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
  }

  public static AppealParties individual(List<String> memberIds) {
    return new AppealParties(AppealScope.INDIVIDUAL, memberIds, false);
  }

  public static AppealParties group(List<String> memberIds) {
    return new AppealParties(AppealScope.GROUP, memberIds, false);
  }

  public static AppealParties allHolders() {
    return new AppealParties(AppealScope.GROUP, List.of(), true);
  }

  /**
   * What is wrong, naming {@code scope}, {@code members} or {@code members[i]}; empty when fine.
   */
  public List<FieldProblem> problems() {
    var problems = new ArrayList<FieldProblem>();
    if (scope == null) {
      problems.add(
          new FieldProblem("scope", "Choose whether the appeal is for individuals or a group."));
      return problems;
    }
    if (scope == AppealScope.INDIVIDUAL && allHoldersOfRole) {
      problems.add(
          new FieldProblem(
              "members",
              "An individual appeal names its members. Choose a group appeal to include all"
                  + " holders of the role."));
    } else if (memberIds.isEmpty() && !allHoldersOfRole) {
      problems.add(
          new FieldProblem(
              "members",
              scope == AppealScope.INDIVIDUAL
                  ? "Name the member the appeal is for."
                  : "Name the members the appeal is for, or include all holders of the role."));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < memberIds.size(); i++) {
      String id = memberIds.get(i);
      if (id == null || id.isBlank()) {
        problems.add(new FieldProblem("members[" + i + "]", "Choose a member."));
      } else if (!seen.add(id)) {
        problems.add(new FieldProblem("members[" + i + "]", "This member is already named."));
      }
    }
    return problems;
  }

  /**
   * @throws InvalidInput listing every problem
   */
  public void check() {
    var problems = problems();
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }
}
