package org.bandwise.payband.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.payband.entity.Money;
import org.bandwise.payband.entity.PayBand;
import org.bandwise.payband.entity.PayPoint;
import org.bandwise.payband.entity.PayScale;
import org.bandwise.payband.entity.ScaleStatus;
import org.bandwise.platform.error.FieldProblem;
import org.bandwise.platform.error.ProblemException;
import org.bandwise.platform.http.PageRequest;
import org.bandwise.platform.http.Preconditions;
import org.bandwise.platform.persistence.Page;

/**
 * Pay scales: one band's pay points per zone over time. Added, changed and retired by HR admins,
 * audited.
 */
@ApplicationScoped
public class PayScaleStore {

  static final String ENTITY = "PAY_SCALE";

  @PersistenceContext EntityManager em;
  @Inject PayBandStore bands;
  @Inject PayStructureStore structures;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  public Page<ScaleView> list(String bandId, String zone, PageRequest page) {
    bands.get(bandId);
    if (zone != null) {
      structures.zone(zone, "zone");
    }
    List<PayScale> scales =
        em.createNamedQuery("PayScale.byBand", PayScale.class)
            .setParameter("bandId", bandId)
            .setParameter("zone", zone)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createNamedQuery("PayScale.countByBand", Long.class)
            .setParameter("bandId", bandId)
            .setParameter("zone", zone)
            .getSingleResult();
    ScaleTimeline timeline = timelineOf(bandId);
    LocalDate today = today();
    return new Page<>(
        scales.stream().map(s -> new ScaleView(s, timeline.timing(facts(s), today))).toList(),
        total,
        page);
  }

  public ScaleView get(String scaleId) {
    PayScale scale = find(scaleId);
    return new ScaleView(scale, timelineOf(scale.bandId()).timing(facts(scale), today()));
  }

  /** The scale in force for a band on a day, if any (see {@link ScaleTimeline}). */
  public Optional<PayScale> inForce(
      String bandId, String zone, LocalDate day, boolean includeProposed) {
    bands.get(bandId);
    structures.zone(zone, "zone");
    return timelineOf(bandId)
        .inForce(zone, day, includeProposed)
        .map(f -> em.find(PayScale.class, f.id()));
  }

  @Transactional
  public ScaleView create(
      String bandId,
      String zone,
      LocalDate effectiveFrom,
      ScaleStatus status,
      String note,
      List<PayScaleRules.PointInput> points) {
    PayBand band = bands.get(bandId);
    if (band.retired()) {
      throw ProblemException.invalid("bandId", band.name() + " is retired: it gets no new scales.");
    }
    structures.zone(zone, "zone");
    requireValid(points);
    requireSlotFree(band, zone, effectiveFrom, null);
    PayScale scale =
        new PayScale(
            band.id(),
            zone,
            effectiveFrom,
            status,
            PayBandStore.blankToNull(note),
            toPoints(points),
            now());
    em.persist(scale);
    audit.record(
        ENTITY,
        scale.id(),
        band.id(),
        "CREATED",
        band.name() + " " + zone + " scale from " + effectiveFrom + " added",
        null,
        scale.auditSnapshot(band.name()));
    em.flush();
    return new ScaleView(scale, timelineOf(band.id()).timing(facts(scale), today()));
  }

  @Transactional
  public ScaleView update(
      String scaleId,
      String ifMatch,
      LocalDate effectiveFrom,
      ScaleStatus status,
      String note,
      List<PayScaleRules.PointInput> points,
      boolean retired) {
    PayScale scale = find(scaleId);
    Preconditions.requireMatch(ifMatch, scale.version());
    PayBand band = bands.get(scale.bandId());
    requireValid(points);
    if (!retired) {
      requireSlotFree(band, scale.zoneCode(), effectiveFrom, scale.id());
    }
    Map<String, Object> before = scale.auditSnapshot(band.name());
    boolean retiring = retired && !scale.retired();
    scale.change(
        effectiveFrom, status, PayBandStore.blankToNull(note), toPoints(points), retired, now());
    audit.record(
        ENTITY,
        scale.id(),
        band.id(),
        retiring ? "RETIRED" : "UPDATED",
        band.name()
            + " "
            + scale.zoneCode()
            + " scale from "
            + effectiveFrom
            + (retiring ? " retired" : " changed"),
        before,
        scale.auditSnapshot(band.name()));
    em.flush();
    return new ScaleView(scale, timelineOf(band.id()).timing(facts(scale), today()));
  }

  private PayScale find(String scaleId) {
    PayScale scale = em.find(PayScale.class, scaleId);
    if (scale == null) {
      throw ProblemException.notFound("There is no pay scale with id " + scaleId + ".");
    }
    return scale;
  }

  private static void requireValid(List<PayScaleRules.PointInput> points) {
    List<FieldProblem> problems = PayScaleRules.checkPoints(points);
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
  }

  private void requireSlotFree(
      PayBand band, String zone, LocalDate effectiveFrom, String exceptScaleId) {
    boolean taken =
        em.createNamedQuery("PayScale.liveInSlot", PayScale.class)
            .setParameter("bandId", band.id())
            .setParameter("zone", zone)
            .setParameter("effectiveFrom", effectiveFrom)
            .getResultStream()
            .anyMatch(other -> !other.id().equals(exceptScaleId));
    if (taken) {
      throw ProblemException.invalid(
          "effectiveFrom",
          band.name()
              + " already has a "
              + zone
              + " scale from "
              + effectiveFrom
              + "; change that one instead.");
    }
  }

  private ScaleTimeline timelineOf(String bandId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createQuery(
                "SELECT s.id, s.zoneCode, s.effectiveFrom, s.status, s.retired FROM PayScale s WHERE s.bandId = :bandId")
            .setParameter("bandId", bandId)
            .getResultList();
    return new ScaleTimeline(
        rows.stream()
            .map(
                r ->
                    new ScaleTimeline.ScaleFacts(
                        (String) r[0],
                        (String) r[1],
                        (LocalDate) r[2],
                        (ScaleStatus) r[3],
                        (Boolean) r[4]))
            .toList());
  }

  private static ScaleTimeline.ScaleFacts facts(PayScale s) {
    return new ScaleTimeline.ScaleFacts(
        s.id(), s.zoneCode(), s.effectiveFrom(), s.status(), s.retired());
  }

  private static List<PayPoint> toPoints(List<PayScaleRules.PointInput> points) {
    return points.stream()
        .map(p -> new PayPoint(p.number(), Money.ofPence(p.annualSalaryPence()).pence()))
        .toList();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
