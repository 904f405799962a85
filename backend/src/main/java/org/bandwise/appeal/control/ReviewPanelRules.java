package org.bandwise.appeal.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bandwise.evaluation.entity.PanelSide;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.error.FieldProblem;

/**
 * A review panel is valid with at least 3 members, at least one from management and one from the
 * staff (union) side, exactly one chair, each person once, nobody who holds the role under appeal
 * (they would judge their own pay), and a majority (more than half) of people who did not sit on
 * the original panel, so the review is a fresh look rather than the first panel marking its own
 * work.
 */
public final class ReviewPanelRules {

  public static final int MINIMUM_MEMBERS = 3;

  private ReviewPanelRules() {}

  /**
   * Every problem with the proposed panel, naming {@code members[i].userId} for a person and {@code
   * members} for the panel as a whole; empty when it is valid.
   *
   * @param originalPanelIds who sat on the panel that made the outcome under appeal
   * @param roleHolderIds who holds the role under appeal
   */
  public static List<FieldProblem> problems(
      List<ReviewPanelMember> members, Set<String> originalPanelIds, Set<String> roleHolderIds) {
    var problems = new ArrayList<FieldProblem>();
    Map<String, ReviewPanelMember> distinct = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      ReviewPanelMember member = members.get(i);
      String field = "members[" + i + "].userId";
      if (distinct.putIfAbsent(member.userId(), member) != null) {
        problems.add(new FieldProblem(field, member.name() + " is on the panel twice."));
      }
      if (roleHolderIds.contains(member.userId())) {
        problems.add(
            new FieldProblem(
                field,
                member.name()
                    + " holds the role under appeal and cannot sit on its review panel."));
      }
      if (member.side() == null) {
        problems.add(
            new FieldProblem(
                "members[" + i + "].side",
                "Choose whether " + member.name() + " sits for management or the staff side."));
      }
    }
    int size = distinct.size();
    if (size < MINIMUM_MEMBERS) {
      problems.add(
          new FieldProblem(
              "members", "A review panel needs at least " + MINIMUM_MEMBERS + " members."));
    }
    if (members.stream().noneMatch(m -> m.side() == PanelSide.MANAGEMENT)) {
      problems.add(
          new FieldProblem("members", "A review panel needs at least one management-side member."));
    }
    if (members.stream().noneMatch(m -> m.side() == PanelSide.STAFF)) {
      problems.add(
          new FieldProblem(
              "members", "A review panel needs at least one staff-side (union) member."));
    }
    long sat = distinct.keySet().stream().filter(originalPanelIds::contains).count();
    if (size > 0 && (size - sat) * 2 <= size) {
      problems.add(
          new FieldProblem(
              "members",
              "Most of the review panel must be people who did not sit on the original panel. "
                  + sat
                  + " of the "
                  + size
                  + " members sat on it."));
    }
    long chairs = distinct.values().stream().filter(ReviewPanelMember::chair).count();
    if (chairs == 0) {
      problems.add(new FieldProblem("members", "Choose one member to chair the review panel."));
    } else if (chairs > 1) {
      problems.add(
          new FieldProblem("members", "A review panel has exactly one chair, not " + chairs + "."));
    }
    return problems;
  }

  /**
   * @throws InvalidInput listing every problem with the panel
   */
  public static void check(
      List<ReviewPanelMember> members, Set<String> originalPanelIds, Set<String> roleHolderIds) {
    var problems = problems(members, originalPanelIds, roleHolderIds);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }
}
