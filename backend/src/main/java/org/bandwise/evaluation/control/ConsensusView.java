package org.bandwise.evaluation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bandwise.evaluation.entity.Evaluation;
import org.bandwise.evaluation.entity.PanelSeat;
import org.bandwise.scheme.entity.Scheme;
import org.bandwise.scheme.entity.SchemeFactor;

/**
 * Members' provisional levels side by side, factor by factor, as one viewer may see them. Scoring
 * is independent: a member sees the others' levels for a factor only once they have recorded their
 * own, so no one is anchored by another's choice; readers who are not on the panel (HR, auditors)
 * see every level.
 */
@ApplicationScoped
public class ConsensusView {

  public record MemberLevel(String userId, String displayName, int level) {}

  public record FactorView(
      String code,
      String name,
      List<MemberLevel> memberLevels,
      int hiddenLevels,
      boolean differs,
      Integer agreedLevel) {}

  public record View(int membersRecorded, List<FactorView> factors) {}

  /** A recorded provisional level. */
  public record Recorded(String userId, String factorCode, int level) {}

  @PersistenceContext EntityManager em;

  /**
   * @param viewerId the signed-in user
   * @param panelMember whether the viewer sits on the panel (then others' levels stay hidden until
   *     the viewer records their own for the factor)
   */
  public View of(Evaluation evaluation, Scheme scheme, String viewerId, boolean panelMember) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT user_id, factor_code, level_number FROM provisional_level"
                    + " WHERE evaluation_id = ?1")
            .setParameter(1, evaluation.id())
            .getResultList();
    List<Recorded> recorded =
        rows.stream()
            .map(r -> new Recorded(r[0].toString(), r[1].toString(), ((Number) r[2]).intValue()))
            .toList();
    return view(evaluation, scheme, recorded, viewerId, panelMember);
  }

  /** The rule itself, without the database. */
  public static View view(
      Evaluation evaluation,
      Scheme scheme,
      List<Recorded> recorded,
      String viewerId,
      boolean panelMember) {
    Set<String> membersRecorded = new HashSet<>();
    List<FactorView> factors = new ArrayList<>();
    for (SchemeFactor factor : scheme.factors()) {
      boolean ownRecorded =
          recorded.stream()
              .anyMatch(r -> r.userId().equals(viewerId) && r.factorCode().equals(factor.code()));
      List<MemberLevel> levels = new ArrayList<>();
      int hidden = 0;
      for (PanelSeat seat : evaluation.panel()) {
        for (Recorded r : recorded) {
          if (r.userId().equals(seat.userId()) && r.factorCode().equals(factor.code())) {
            membersRecorded.add(seat.userId());
            boolean visible = !panelMember || ownRecorded || seat.userId().equals(viewerId);
            if (visible) {
              levels.add(new MemberLevel(seat.userId(), seat.displayName(), r.level()));
            } else {
              hidden++;
            }
          }
        }
      }
      factors.add(
          new FactorView(
              factor.code(),
              factor.name(),
              levels,
              hidden,
              ConsensusRules.differ(levels.stream().map(MemberLevel::level).toList()),
              evaluation.agreedLevel(factor.code()).map(l -> l.level()).orElse(null)));
    }
    return new View(membersRecorded.size(), factors);
  }
}
