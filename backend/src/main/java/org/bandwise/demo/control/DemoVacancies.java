package org.bandwise.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.bandwise.vacancy.control.EligibilityData;
import org.bandwise.vacancy.control.OfferRules;
import org.bandwise.vacancy.control.OfferStore;
import org.bandwise.vacancy.control.RingFenceRule;
import org.bandwise.vacancy.control.StaffCriteriaStore;
import org.bandwise.vacancy.control.Suitability;
import org.bandwise.vacancy.control.TrialPeriod;
import org.bandwise.vacancy.control.VacancyLifecycle;
import org.bandwise.vacancy.control.VacancyStore;

/**
 * The demo's ring-fenced vacancies, made with the application's own code after the re-banding
 * story: the training catalogue; the criteria the facilitators hold (imported through the criteria
 * import, from their JDs' essential criteria); the facilitator ring-fence (every Band 4 vacancy in
 * Interventions from 1 August 2026 for six months, for the staff at risk from the facilitator
 * re-banding); Band 4 vacancies in Interventions (Treatment Manager, ring-fenced) and elsewhere
 * (Victim Liaison Officer, DASO, Probation Officer, open to internal applicants); one offer
 * accepted and in its trial, and one declined with reasons. {@code staff2} (at risk) is in the pool
 * of the Interventions vacancies; {@code staff} and {@code staff4} (Band 3 PSO facilitators) are
 * not.
 */
@ApplicationScoped
public class DemoVacancies {

  private static final Logger LOG = Logger.getLogger(DemoVacancies.class.getName());

  @PersistenceContext EntityManager em;
  @Inject VacancyStore vacancies;
  @Inject OfferStore offers;
  @Inject StaffCriteriaStore criteria;
  @Inject Clock clock;

  static final String PQIP_TM =
      "Professional Qualification in Probation (PQiP) or an equivalent professional qualification";
  static final String DELIVERED_TWICE =
      "Has delivered the programme at least twice as a facilitator";

  @Transactional(Transactional.TxType.MANDATORY)
  public void make() {
    String rebanding =
        one(
            "SELECT r.id FROM rebanding r JOIN job_description j ON j.id = r.jd_id"
                + " WHERE j.reference = 'INT-IF-001' AND r.status = 'APPLIED'");
    String band4 =
        one(
            "SELECT b.id FROM pay_band b JOIN pay_structure s ON s.id = b.structure_id"
                + " WHERE s.code = 'PROBATION' AND b.code = '4'");
    if (rebanding == null || band4 == null) {
      LOG.info("No vacancies in the demo: the facilitator re-banding was not made");
      return;
    }
    LocalDate today = LocalDate.now(clock);
    criteria.replaceTraining(
        List.of(
            new StaffCriteriaStore.CatalogueEntry(
                "Treatment management training for the programmes supervised", 12),
            new StaffCriteriaStore.CatalogueEntry(
                "Accredited programme training for Horizon, Kaizen or BBR", 8),
            new StaffCriteriaStore.CatalogueEntry("Core Skills training for programme delivery", 6),
            new StaffCriteriaStore.CatalogueEntry(
                "Victim Contact Scheme training, or willing to complete it", 4),
            new StaffCriteriaStore.CatalogueEntry(
                "Domestic-abuse risk identification (DASH) training", 2)));
    importCriteria();

    RingFenceRule facilitators =
        new RingFenceRule(
            Set.of("4"),
            "Interventions",
            null,
            null,
            Set.of(rebanding),
            null,
            DemoRebandings.FACILITATORS_FROM,
            RingFenceRule.lastDayOf(DemoRebandings.FACILITATORS_FROM, 6));
    vacancies.saveRule(
        null,
        null,
        new VacancyStore.RuleInput(
            facilitators.bandCodes(),
            facilitators.directorate(),
            null,
            null,
            facilitators.reBandingIds(),
            facilitators.from(),
            facilitators.until()));

    VacancyStore.Row tmNorthWest =
        open("INT-TM-001", "Treatment Manager", "North West: Interventions", band4, today, 45);
    VacancyStore.Row tmNorthEast =
        open("INT-TM-001", "Treatment Manager", "North East: Interventions", band4, today, 52);
    VacancyStore.Row tmLondon =
        open("INT-TM-001", "Treatment Manager", "London: Interventions", band4, today, 30);
    VacancyStore.Row vlo =
        internal(
            open(
                "PDU-VLO-001",
                "Victim Liaison Officer",
                "North West: Merseyside North PDU",
                band4,
                today,
                40),
            today);
    internal(
        open(
            "PDU-DASO-001",
            "Domestic Abuse Safety Officer (DASO)",
            "North West: Cumbria PDU",
            band4,
            today,
            35),
        today);
    VacancyStore.Row po =
        internal(
            open("PDU-PO-001", "Probation Officer", "London: Lambeth PDU", band4, today, 60),
            today);

    // one offer accepted and in its trial: the first other person in the London pool
    VacancyStore.Pool pool = vacancies.pool(tmLondon, today);
    String staff2 =
        one(
            "SELECT s.id FROM staff_member s JOIN app_user u ON u.id = s.user_id"
                + " WHERE u.username = 'staff2'");
    List<String> others = new ArrayList<>();
    pool.members()
        .forEach(
            e -> {
              if (!e.staffId().equals(staff2)) {
                others.add(e.staffId());
              }
            });
    if (!others.isEmpty()) {
      String trialist = others.get(0);
      String name = pool.people().get(trialist).candidate().name();
      vacancies.decide(
          tmLondon,
          trialist,
          name,
          Suitability.SUITABLE,
          "Has delivered accredited programmes for six years and supervises new facilitators.");
      VacancyStore.Row locked = vacancies.lock(tmLondon.id());
      OfferStore.Row offer = offers.make(locked, trialist, name, true);
      LocalDate start = today.minusWeeks(2);
      offers.accept(offer, OfferRules.accept(offer.status(), start, TrialPeriod.DEFAULT_WEEKS));
    }
    // one declined with reasons: a VLO offer, then a PO offer open to internal applicants
    if (others.size() > 1) {
      String decliner = others.get(1);
      String name = pool.people().get(decliner).candidate().name();
      OfferStore.Row offer = offers.make(vacancies.lock(po.id()), decliner, name, true);
      offers.decline(
          offers.lock(offer.id()),
          "The post is in London, a daily journey of over two hours each way, and I care for a"
              + " parent at home in the evenings.");
    }
    LOG.info(
        "Demo: vacancies made ("
            + tmNorthWest.title()
            + ", "
            + tmNorthEast.title()
            + ", "
            + vlo.title()
            + " and others), with the facilitator ring-fence");
  }

  private VacancyStore.Row open(
      String jdReference, String title, String unit, String band4, LocalDate today, int days) {
    String jd = one("SELECT id FROM job_description WHERE reference = ?", jdReference);
    String unitId = one("SELECT id FROM org_unit WHERE name = ?", unit);
    if (unitId == null) {
      unitId =
          one("SELECT id FROM org_unit WHERE name LIKE ? ORDER BY name LIMIT 1", "%Interventions%");
    }
    VacancyStore.Row row =
        vacancies.create(
            new VacancyStore.Input(
                jd,
                title,
                null,
                band4,
                unitId,
                "NATIONAL",
                new BigDecimal("37.00"),
                1,
                today.plusDays(days)));
    return vacancies.saveState(
        row,
        VacancyLifecycle.openRingFence(row.state()),
        "RING_FENCE_OPENED",
        row.title() + " opened to the ring-fenced pool",
        null);
  }

  private VacancyStore.Row internal(VacancyStore.Row row, LocalDate today) {
    VacancyStore.Row locked = vacancies.lock(row.id());
    for (var d : vacancies.poolDecisions(locked, today)) {
      vacancies.decide(
          locked,
          d.staffId(),
          d.name(),
          Suitability.NOT_SUITABLE,
          "Does not yet have the experience this post needs; we will keep looking with them.");
    }
    return vacancies.saveState(
        locked,
        VacancyLifecycle.openInternal(locked.state(), vacancies.poolDecisions(locked, today)),
        "INTERNAL_OPENED",
        row.title() + " opened to internal applicants",
        null);
  }

  /**
   * Imports the criteria the facilitators hold through the criteria import: each holder of a
   * facilitator JD holds its essential criteria from their start date, and the Band 4 facilitators
   * also hold a professional qualification and programme delivery experience (not treatment
   * management training, which takes 12 weeks).
   */
  private void importCriteria() {
    em.flush();
    // the facilitators' posts now carry the Intervention Facilitator JD (the re-banding moved
    // them);
    // their band before it tells the probation officers (Band 4) from the PSOs (Band 3)
    @SuppressWarnings("unchecked")
    List<Object[]> holders =
        em.createNativeQuery(
                "SELECT s.staff_number, b.code, COALESCE(s.start_date, ?)"
                    + " FROM staff_member s JOIN staff_assignment a ON a.staff_id = s.id"
                    + " JOIN pay_band b ON b.id = a.band_id"
                    + " JOIN post p ON p.id = a.post_id JOIN job_description j ON j.id = p.jd_id"
                    + " WHERE j.reference IN ('INT-IF-001', 'INT-PF-PO-001', 'INT-PF-PSO-001')"
                    + " AND a.effective_from = ? ORDER BY s.staff_number")
            .setParameter(1, DemoData.WORKFORCE_FROM)
            .setParameter(2, DemoData.WORKFORCE_FROM)
            .getResultList();
    String po = one("SELECT id FROM job_description WHERE reference = 'INT-PF-PO-001'");
    String pso = one("SELECT id FROM job_description WHERE reference = 'INT-PF-PSO-001'");
    var jdCriteria = vacancies.data().criteria(List.of(po, pso), "ESSENTIAL");
    StringBuilder csv = new StringBuilder("staff_number,criterion,achieved_on\n");
    for (Object[] h : holders) {
      String number = h[0].toString();
      String achieved = h[2].toString();
      boolean officer = "4".equals(h[1].toString());
      for (String c : jdCriteria.getOrDefault(officer ? po : pso, List.of())) {
        csv.append(row(number, c, achieved));
      }
      if (officer) {
        csv.append(row(number, PQIP_TM, achieved));
        csv.append(row(number, DELIVERED_TWICE, achieved));
      }
    }
    try {
      Path file = Files.createTempFile("demo-criteria", ".csv");
      try {
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        var result = criteria.importCsv(file, false);
        if (!result.errors().isEmpty()) {
          throw new IllegalStateException(
              "The demo criteria did not import: " + result.errors().get(0).message());
        }
        LOG.info("Demo: " + result.created() + " criteria held imported");
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String row(String number, String criterion, String achieved) {
    return number + ",\"" + criterion.replace("\"", "\"\"") + "\"," + achieved + "\n";
  }

  private String one(String sql, Object... params) {
    var q = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    List<?> rows = q.getResultList();
    return rows.isEmpty() || rows.get(0) == null ? null : rows.get(0).toString();
  }

  /** The key a criterion is matched on, for callers that check the demo. */
  static String key(String criterion) {
    return EligibilityData.key(criterion);
  }
}
