package org.bandwise.payband.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.bandwise.payband.entity.PayStructure;
import org.bandwise.payband.entity.PayZone;
import org.bandwise.platform.error.ProblemException;
import org.bandwise.platform.http.PageRequest;
import org.bandwise.platform.persistence.Page;

/** Pay structures and pay zones: the reference data bands and scales hang on. */
@ApplicationScoped
public class PayStructureStore {

  @PersistenceContext EntityManager em;

  public Page<PayStructure> structures(PageRequest page) {
    List<PayStructure> items =
        em.createNamedQuery("PayStructure.all", PayStructure.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(
        items, em.createNamedQuery("PayStructure.count", Long.class).getSingleResult(), page);
  }

  public List<PayZone> zones() {
    return em.createNamedQuery("PayZone.all", PayZone.class).getResultList();
  }

  /**
   * The zone with this code; a request naming an unknown zone is refused, naming the field it came
   * in.
   */
  public PayZone zone(String code, String field) {
    PayZone zone = code == null ? null : em.find(PayZone.class, code);
    if (zone == null) {
      throw ProblemException.invalid(field, "There is no pay zone " + code + ".");
    }
    return zone;
  }
}
