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

/** Members' provisional levels side by side, factor by factor. */
@ApplicationScoped
public class ConsensusView {

  public record MemberLevel(String userId, String displayName, int level) {}

  public record FactorView(
      String code,
      String name,
      List<MemberLevel> memberLevels,
      boolean differs,
      Integer agreedLevel) {}

  public record View(int membersRecorded, List<FactorView> factors) {}

  @PersistenceContext EntityManager em;

  public View of(Evaluation evaluation, Scheme scheme) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT user_id, factor_code, level_number FROM provisional_level WHERE evaluation_id = ?1")
            .setParameter(1, evaluation.id())
            .getResultList();
    Set<String> recorded = new HashSet<>();
    List<FactorView> factors = new ArrayList<>();
    for (SchemeFactor factor : scheme.factors()) {
      List<MemberLevel> levels = new ArrayList<>();
      for (PanelSeat seat : evaluation.panel()) {
        for (Object[] r : rows) {
          if (r[0].toString().equals(seat.userId()) && r[1].toString().equals(factor.code())) {
            levels.add(
                new MemberLevel(seat.userId(), seat.displayName(), ((Number) r[2]).intValue()));
            recorded.add(seat.userId());
          }
        }
      }
      factors.add(
          new FactorView(
              factor.code(),
              factor.name(),
              levels,
              ConsensusRules.differ(levels.stream().map(MemberLevel::level).toList()),
              evaluation.agreedLevel(factor.code()).map(l -> l.level()).orElse(null)));
    }
    return new View(recorded.size(), factors);
  }
}
