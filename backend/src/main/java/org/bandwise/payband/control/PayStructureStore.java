package org.bandwise.payband.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.payband.entity.PayStructure;
import org.bandwise.payband.entity.PayZone;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;

/** Pay structures and pay zones: the reference data bands and scales hang on. */
@ApplicationScoped
public class PayStructureStore {

  static final String ENTITY = "PAY_STRUCTURE";

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * A new pay structure, audited; its code is unique. No screen creates one yet: the demo story
   * does, and so will an import of an organisation's pay structures.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public PayStructure create(String code, String name, String description) {
    boolean taken =
        !em.createNamedQuery("PayStructure.findByCode", PayStructure.class)
            .setParameter("code", code)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new InvalidInput(
          "code",
          "There is already a pay structure with the code " + code + ". Enter another code.");
    }
    PayStructure structure =
        new PayStructure(
            code, name, PayBandStore.blankToNull(description), LocalDateTime.now(clock));
    em.persist(structure);
    audit.record(
        ENTITY,
        structure.id(),
        null,
        "CREATED",
        structure.name() + " added",
        null,
        structure.auditSnapshot());
    em.flush();
    return structure;
  }

  /** The structure with this code, if there is one. */
  public Optional<PayStructure> byCode(String code) {
    return em.createNamedQuery("PayStructure.findByCode", PayStructure.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

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
   * in and the zones there are.
   */
  public PayZone zone(String code, String field) {
    PayZone zone = code == null ? null : em.find(PayZone.class, code);
    if (zone == null) {
      throw new InvalidInput(
          field,
          "Select a pay zone: "
              + zones().stream().map(PayZone::name).collect(Collectors.joining(" or "))
              + ".");
    }
    return zone;
  }
}
