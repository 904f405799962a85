package org.bandwise.evaluation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.bandwise.evaluation.entity.Evaluation;
import org.bandwise.job.entity.JdVersion;
import org.bandwise.platform.persistence.SqlValues;
import org.bandwise.scheme.control.ScoreOutcome;
import org.bandwise.scheme.entity.Scheme;
import org.bandwise.scheme.entity.SchemeFactor;

/**
 * Each factor's agreed level beside the levels in force for the same role family's other JDs and
 * for the benchmark JDs, scored under any version of the same scheme.
 */
@ApplicationScoped
public class ConsistencyView {

  public record Comparison(
      String jdId,
      String reference,
      String title,
      int level,
      boolean benchmark,
      boolean sameFamily,
      String band) {}

  public record FactorView(
      String code,
      String name,
      Integer level,
      OptionalDouble familyMedian,
      boolean flagged,
      List<Comparison> comparisons) {}

  public record View(List<FactorView> factors, boolean nearBoundary, long flaggedFactors) {
    public boolean checkRequired() {
      return ConsistencyRules.checkRequired(nearBoundary, flaggedFactors);
    }
  }

  private record Row(Comparison comparison, String factorCode) {}

  @PersistenceContext EntityManager em;

  public View of(Evaluation evaluation, Scheme scheme, ScoreOutcome score) {
    JdVersion version = em.find(JdVersion.class, evaluation.jdVersionId());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT j.id, j.reference, j.title, a.level_number, j.benchmark,"
                    + " CASE WHEN j.role_family = ?1 THEN 1 ELSE 0 END, b.code, a.factor_code"
                    + " FROM job_description j"
                    + " JOIN jd_version v ON v.id = j.in_force_version_id"
                    + " JOIN evaluation e ON e.id = v.outcome_evaluation_id"
                    + " JOIN scheme s ON s.id = e.scheme_id AND s.code = ?2"
                    + " JOIN agreed_level a ON a.evaluation_id = e.id"
                    + " LEFT JOIN pay_band b ON b.id = e.band_id"
                    + " WHERE j.id <> ?3 AND (j.role_family = ?1 OR j.benchmark = TRUE)"
                    + " ORDER BY j.title")
            .setParameter(1, version.roleFamily())
            .setParameter(2, scheme.code())
            .setParameter(3, evaluation.jdId())
            .getResultList();
    List<Row> all = new ArrayList<>();
    for (Object[] r : rows) {
      all.add(
          new Row(
              new Comparison(
                  r[0].toString(),
                  r[1].toString(),
                  r[2].toString(),
                  ((Number) r[3]).intValue(),
                  SqlValues.bool(r[4]),
                  SqlValues.bool(r[5]),
                  SqlValues.text(r[6])),
              r[7].toString()));
    }
    List<FactorView> factors = new ArrayList<>();
    for (SchemeFactor factor : scheme.factors()) {
      List<Comparison> comparisons =
          all.stream()
              .filter(r -> r.factorCode().equals(factor.code()))
              .map(Row::comparison)
              .toList();
      OptionalDouble median =
          ConsistencyRules.median(
              comparisons.stream().filter(Comparison::sameFamily).map(Comparison::level).toList());
      Integer level = evaluation.agreedLevel(factor.code()).map(l -> l.level()).orElse(null);
      boolean flagged = level != null && ConsistencyRules.flagged(level, median);
      factors.add(
          new FactorView(factor.code(), factor.name(), level, median, flagged, comparisons));
    }
    return new View(
        factors, score.nearBoundary(), factors.stream().filter(FactorView::flagged).count());
  }
}
