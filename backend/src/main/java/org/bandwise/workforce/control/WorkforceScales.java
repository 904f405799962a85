package org.bandwise.workforce.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.persistence.InList;
import org.bandwise.platform.persistence.SqlValues;

/**
 * Reads the agreed pay scales of some bands into {@link PayScales}, so contractual pay is worked
 * out by the one rule ({@link ContractualPay}) with every scale's own dates. Proposed and retired
 * scales never count for pay.
 */
@ApplicationScoped
public class WorkforceScales {

  @PersistenceContext EntityManager em;

  /** The agreed scales, in every zone, of the bands with these ids (one query). */
  public PayScales forBands(Collection<String> bandIds) {
    List<String> ids = bandIds.stream().distinct().toList();
    if (ids.isEmpty()) {
      return new PayScales(List.of());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        InList.bind(
                em.createNativeQuery(
                    "SELECT s.id, b.id, b.name, b.band_rank, s.zone_code, s.effective_from,"
                        + " p.point_number, p.annual_salary_pence"
                        + " FROM pay_scale s JOIN pay_band b ON b.id = s.band_id"
                        + " JOIN pay_point p ON p.scale_id = s.id"
                        + " WHERE s.status = 'AGREED' AND s.retired = FALSE AND s.band_id IN "
                        + InList.placeholders(1, ids.size())
                        + " ORDER BY s.id, p.point_number"),
                1,
                ids)
            .getResultList();
    Map<String, Object[]> heads = new LinkedHashMap<>();
    Map<String, List<ScalePoint>> points = new LinkedHashMap<>();
    for (Object[] r : rows) {
      String scaleId = r[0].toString();
      heads.putIfAbsent(scaleId, r);
      points
          .computeIfAbsent(scaleId, k -> new ArrayList<>())
          .add(
              new ScalePoint(
                  ((Number) r[6]).intValue(), Money.ofPence(((Number) r[7]).longValue())));
    }
    List<DatedScale> scales = new ArrayList<>();
    for (Map.Entry<String, Object[]> head : heads.entrySet()) {
      Object[] r = head.getValue();
      scales.add(
          new DatedScale(
              new BandRef(r[1].toString(), r[2].toString(), ((Number) r[3]).intValue()),
              r[4].toString(),
              SqlValues.date(r[5]),
              points.get(head.getKey())));
    }
    return new PayScales(scales);
  }
}
