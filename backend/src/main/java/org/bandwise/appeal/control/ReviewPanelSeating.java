package org.bandwise.appeal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bandwise.appeal.control.AppealRecords.AppealRow;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.evaluation.entity.PanelSide;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.NotPermitted;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.error.FieldProblem;
import org.bandwise.workforce.control.PostHolders;

/**
 * Seating an appeal's review panel: who sits, and the rule ({@link ReviewPanelRules}) they meet.
 */
@ApplicationScoped
public class ReviewPanelSeating {

  @PersistenceContext EntityManager em;
  @Inject PostHolders postHolders;
  @Inject AuditTrail audit;
  @Inject AppealTimeline timeline;

  /**
   * Seats (or reseats) the review panel before a decision.
   *
   * @throws InvalidInput listing every problem with the panel ({@link ReviewPanelRules})
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void seatPanel(
      AppealViewer actor,
      AppealRow row,
      ExpectedVersion expected,
      List<String> userIds,
      List<PanelSide> sides,
      List<Boolean> chairs) {
    expected.check(row.version());
    if (!actor.hr()) {
      throw new NotPermitted("Only HR can seat a review panel.");
    }
    if (!row.status().awaitingDecision()) {
      throw new RuleConflict(
          "reviewPanel",
          "A review panel can only be seated for a lodged appeal before its decision. This appeal "
              + row.status().phrase()
              + ".");
    }
    var members = new ArrayList<ReviewPanelMember>();
    var problems = new ArrayList<FieldProblem>();
    for (int i = 0; i < userIds.size(); i++) {
      List<?> found =
          em.createNativeQuery("SELECT display_name FROM app_user WHERE id = ?")
              .setParameter(1, userIds.get(i))
              .getResultList();
      if (found.isEmpty()) {
        problems.add(
            new FieldProblem("members[" + i + "].userId", "Choose a person with a sign-in."));
        continue;
      }
      members.add(
          new ReviewPanelMember(
              userIds.get(i),
              found.get(0).toString(),
              sides.get(i),
              Boolean.TRUE.equals(chairs.get(i))));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Set<String> original = new HashSet<>();
    if (row.evaluationId() != null) {
      for (Object u :
          em.createNativeQuery("SELECT user_id FROM panel_member WHERE evaluation_id = ?")
              .setParameter(1, row.evaluationId())
              .getResultList()) {
        original.add(u.toString());
      }
    }
    ReviewPanelRules.check(members, original, postHolders.userIds(row.jdId()));
    em.createNativeQuery("DELETE FROM appeal_panel_member WHERE appeal_id = ?")
        .setParameter(1, row.id())
        .executeUpdate();
    for (ReviewPanelMember m : members) {
      em.createNativeQuery(
              "INSERT INTO appeal_panel_member (appeal_id, user_id, display_name, side, chair)"
                  + " VALUES (?, ?, ?, ?, ?)")
          .setParameter(1, row.id())
          .setParameter(2, m.userId())
          .setParameter(3, m.name())
          .setParameter(4, m.side().name())
          .setParameter(5, m.chair())
          .executeUpdate();
    }
    timeline.touch(row);
    String names = String.join(", ", members.stream().map(ReviewPanelMember::name).toList());
    timeline.record(
        row.id(), "PANEL", row.status(), actor, "Review panel seated: " + names + ".", null);
    audit.record(
        "APPEAL",
        row.id(),
        row.jdId(),
        "PANEL",
        "Seated the review panel of the appeal about " + row.jdTitle(),
        null,
        Map.of("panel", members.stream().map(m -> m.userId() + ":" + m.side()).toList()));
  }
}
