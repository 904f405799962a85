package org.bandwise.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.protection.control.Protection;
import org.bandwise.protection.control.ProtectionPolicy;
import org.bandwise.protection.control.ProtectionRules;
import org.bandwise.protection.control.ProtectionStore;
import org.bandwise.rebanding.control.RebandingStore;
import org.bandwise.workforce.control.BandRef;
import org.bandwise.workforce.control.ContractualPay;
import org.bandwise.workforce.control.PayPosition;
import org.bandwise.workforce.control.PayScales;
import org.bandwise.workforce.control.WeeklyHours;
import org.bandwise.workforce.control.WorkforceScales;

/**
 * The demo's re-banding story, made with the application's own code once the workforce has been
 * imported: the facilitators (Band 4 probation officers on {@code INT-PF-PO-001} and Band 3 PSOs on
 * {@code INT-PF-PSO-001}) re-banded onto the Intervention Facilitator JD ({@code INT-IF-001}, Band
 * 3) from 1 August 2026 — modelled and applied through {@link RebandingStore}, so the Band 4s get
 * mark time until 31 July 2028 — and the DASOs' earlier protection at Band 4, which expired after
 * 30 June 2026 while their own evaluation is pending ({@link ProtectionRules#expire}). Without
 * staff records (no import yet) it does nothing.
 */
@ApplicationScoped
public class DemoRebandings {

  private static final Logger LOG = Logger.getLogger(DemoRebandings.class.getName());

  /** The facilitator re-banding's effective date. */
  public static final LocalDate FACILITATORS_FROM = LocalDate.of(2026, 8, 1);

  /** The DASOs' protection: 2 years of mark time whose last day was 30 June 2026. */
  public static final LocalDate DASO_PROTECTED_FROM = LocalDate.of(2024, 7, 1);

  @PersistenceContext EntityManager em;
  @Inject RebandingStore rebandings;
  @Inject ProtectionStore protections;
  @Inject WorkforceScales scales;
  @Inject Clock clock;

  /** Makes both parts of the story; call right after the workforce import. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void make() {
    facilitators();
    dasos();
  }

  private String one(String sql, Object... params) {
    var q = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    List<?> rows = q.getResultList();
    return rows.isEmpty() || rows.get(0) == null ? null : rows.get(0).toString();
  }

  private long count(String sql, Object... params) {
    var q = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    return ((Number) q.getSingleResult()).longValue();
  }

  /** Models and applies the facilitator re-banding; answers its id, or null when not made. */
  @Transactional(Transactional.TxType.MANDATORY)
  public String facilitators() {
    String evaluation =
        one(
            "SELECT e.id FROM evaluation e JOIN job_description j ON j.id = e.jd_id"
                + " WHERE j.reference = 'INT-IF-001' AND e.status = 'PUBLISHED'"
                + " ORDER BY e.published_at DESC LIMIT 1");
    String po = one("SELECT id FROM job_description WHERE reference = 'INT-PF-PO-001'");
    String pso = one("SELECT id FROM job_description WHERE reference = 'INT-PF-PSO-001'");
    if (evaluation == null || po == null || pso == null) {
      LOG.info("No facilitator re-banding in the demo: its JDs or outcome are missing");
      return null;
    }
    long holders =
        count(
            "SELECT COUNT(*) FROM post p JOIN staff_assignment a ON a.post_id = p.id"
                + " WHERE p.jd_id IN (?, ?) AND a.effective_to IS NULL",
            po,
            pso);
    if (holders == 0) {
      LOG.info("No facilitator re-banding in the demo: no staff records hold the facilitator JDs");
      return null;
    }
    String id = rebandings.create(evaluation, List.of(po, pso), FACILITATORS_FROM, "system");
    RebandingStore.Header draft = rebandings.header(id);
    rebandings.apply(id, ExpectedVersion.of(draft.version()), "system");
    LOG.info("Demo: the facilitator re-banding applied to " + draft.headcount() + " people");
    return id;
  }

  /**
   * Records the DASOs' expired protection at Band 4: mark time from 1 July 2024 with a last
   * protected day of 30 June 2026, at Band 4's first point, ended as expired.
   *
   * @return how many were recorded
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int dasos() {
    String band3 =
        one(
            "SELECT b.id FROM pay_band b JOIN pay_structure s ON s.id = b.structure_id"
                + " WHERE s.code = 'PROBATION' AND b.code = '3'");
    String band4 =
        one(
            "SELECT b.id FROM pay_band b JOIN pay_structure s ON s.id = b.structure_id"
                + " WHERE s.code = 'PROBATION' AND b.code = '4'");
    if (band3 == null || band4 == null) {
      return 0;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> dasos =
        em.createNativeQuery(
                "SELECT DISTINCT s.id, b.id, b.name, b.band_rank, a.zone_code, a.pay_point"
                    + " FROM job_description j JOIN post p ON p.jd_id = j.id"
                    + " JOIN staff_assignment a ON a.post_id = p.id AND a.effective_to IS NULL"
                    + " JOIN staff_member s ON s.id = a.staff_id JOIN pay_band b ON b.id = a.band_id"
                    + " WHERE j.reference = 'PDU-DASO-001' AND a.pay_point IS NOT NULL"
                    + " AND (s.start_date IS NULL OR s.start_date <= ?)"
                    + " AND NOT EXISTS (SELECT 1 FROM pay_protection pp WHERE pp.staff_id = s.id)")
            .setParameter(1, DASO_PROTECTED_FROM)
            .getResultList();
    if (dasos.isEmpty()) {
      return 0;
    }
    Set<String> bandIds = new HashSet<>(List.of(band4));
    dasos.forEach(d -> bandIds.add(d[1].toString()));
    PayScales payScales = scales.forBands(bandIds);
    ContractualPay pay = new ContractualPay(payScales);
    LocalDate lastDay = DASO_PROTECTED_FROM.plusYears(2).minusDays(1);
    String band4Name = one("SELECT name FROM pay_band WHERE id = ?", band4);
    int band4Rank = Integer.parseInt(one("SELECT band_rank FROM pay_band WHERE id = ?", band4));
    LocalDate today = LocalDate.now(clock);
    int made = 0;
    for (Object[] d : dasos) {
      String zone = d[4].toString();
      BandRef own = new BandRef(d[1].toString(), d[2].toString(), ((Number) d[3]).intValue());
      PayPosition now = new PayPosition(own, zone, ((Number) d[5]).intValue(), WeeklyHours.of(37));
      PayPosition band4Start =
          new PayPosition(new BandRef(band4, band4Name, band4Rank), zone, 1, WeeklyHours.of(37));
      if (payScales.inForce(own, zone, lastDay).isEmpty()
          || payScales.inForce(band4Start.band(), zone, lastDay).isEmpty()) {
        continue;
      }
      var started =
          ProtectionRules.start(
              ProtectionPolicy.DEFAULT,
              DASO_PROTECTED_FROM,
              pay.fullTimeOn(band4Start, lastDay),
              pay.fullTimeOn(now, lastDay));
      if (started.isEmpty()) {
        continue;
      }
      Protection expired = ProtectionRules.expire(started.get(), today);
      protections.record(
          d[0].toString(),
          expired,
          band4,
          "Paid at Band 4 under protection while the DASO role's own evaluation is pending.");
      made++;
    }
    LOG.info("Demo: " + made + " DASOs' expired Band 4 protections recorded");
    return made;
  }
}
