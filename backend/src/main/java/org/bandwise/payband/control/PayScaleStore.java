package org.bandwise.payband.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.payband.entity.Money;
import org.bandwise.payband.entity.PayBand;
import org.bandwise.payband.entity.PayPoint;
import org.bandwise.payband.entity.PayScale;
import org.bandwise.payband.entity.ScaleStatus;
import org.bandwise.platform.cache.ReferenceData;
import org.bandwise.platform.cache.ReferenceKind;
import org.bandwise.platform.domain.ExistingRecordConflict;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.error.FieldProblem;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;

/**
 * Pay scales: one band's pay points per zone over time. Added, copied with an uplift, changed and
 * retired by HR admins, audited. Changes join the caller's transaction (the resource's).
 */
@ApplicationScoped
public class PayScaleStore {

  static final String ENTITY = "PAY_SCALE";

  @PersistenceContext EntityManager em;
  @Inject PayBandStore bands;
  @Inject PayStructureStore structures;
  @Inject AuditTrail audit;
  @Inject ReferenceData reference;
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

  public ScaleView create(
      String bandId,
      String zone,
      LocalDate effectiveFrom,
      ScaleStatus status,
      String note,
      List<PayScaleRules.PointInput> points) {
    PayBand band = bands.get(bandId);
    if (band.retired()) {
      throw new InvalidInput(
          "bandId", band.name() + " is retired, so it cannot have new pay scales.");
    }
    String zoneName = structures.zone(zone, "zone").name();
    requireValid(effectiveFrom, points);
    requireSlotFree(band, zone, zoneName, effectiveFrom, null);
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
    reference.changed(ReferenceKind.PAY);
    audit.record(
        ENTITY,
        scale.id(),
        band.id(),
        "CREATED",
        PayWords.scaleName(band.name(), zoneName, effectiveFrom) + " added",
        null,
        scale.auditSnapshot(band.name()));
    em.flush();
    return new ScaleView(scale, timelineOf(band.id()).timing(facts(scale), today()));
  }

  /**
   * A new scale for the same band and zone from a later date, every salary raised by the same
   * percentage ({@link PayUplift}: rounded to the penny, halves up).
   */
  public ScaleView copy(
      String sourceScaleId,
      LocalDate effectiveFrom,
      ScaleStatus status,
      BigDecimal upliftPercent,
      String note) {
    PayScale source = find(sourceScaleId);
    PayBand band = bands.get(source.bandId());
    String zoneName = structures.zone(source.zoneCode(), "zone").name();
    if (band.retired()) {
      throw new RuleConflict(band.name() + " is retired, so it cannot have new pay scales.");
    }
    List<FieldProblem> problems = new ArrayList<>(PayScaleRules.checkEffectiveFrom(effectiveFrom));
    if (problems.isEmpty() && !effectiveFrom.isAfter(source.effectiveFrom())) {
      problems.add(
          new FieldProblem(
              "effectiveFrom",
              "The new scale must take effect after "
                  + PayWords.date(source.effectiveFrom())
                  + ", when the scale it copies took effect."));
    }
    problems.addAll(PayUplift.check(upliftPercent));
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    List<PayScaleRules.PointInput> raised =
        source.points().stream()
            .map(
                p ->
                    new PayScaleRules.PointInput(
                        p.number(), PayUplift.apply(p.annualSalary().pence(), upliftPercent)))
            .toList();
    List<FieldProblem> pointProblems = PayScaleRules.checkPoints(raised);
    if (!pointProblems.isEmpty()) {
      throw new InvalidInput(
          "upliftPercent",
          "This uplift would take a salary above £1,000,000. Enter a smaller uplift.");
    }
    requireSlotFree(band, source.zoneCode(), zoneName, effectiveFrom, null);
    PayScale scale =
        new PayScale(
            band.id(),
            source.zoneCode(),
            effectiveFrom,
            status,
            PayBandStore.blankToNull(note),
            toPoints(raised),
            now());
    em.persist(scale);
    reference.changed(ReferenceKind.PAY);
    audit.record(
        ENTITY,
        scale.id(),
        band.id(),
        "CREATED",
        PayWords.scaleName(band.name(), zoneName, effectiveFrom)
            + " added: the scale from "
            + PayWords.date(source.effectiveFrom())
            + " with a "
            + upliftPercent.stripTrailingZeros().toPlainString()
            + "% uplift",
        null,
        scale.auditSnapshot(band.name()));
    em.flush();
    return new ScaleView(scale, timelineOf(band.id()).timing(facts(scale), today()));
  }

  /**
   * Changes or retires a scale. A past scale (replaced by a later agreed scale already in force) is
   * the record of what people were paid: it is read-only.
   */
  public ScaleView update(
      String scaleId,
      ExpectedVersion expected,
      LocalDate effectiveFrom,
      ScaleStatus status,
      String note,
      List<PayScaleRules.PointInput> points,
      boolean retired) {
    PayScale scale = find(scaleId);
    expected.check(scale.version());
    PayBand band = bands.get(scale.bandId());
    String zoneName = structures.zone(scale.zoneCode(), "zone").name();
    ScaleTimeline timeline = timelineOf(band.id());
    if (timeline.timing(facts(scale), today()) == ScaleTimeline.Timing.PAST) {
      throw new RuleConflict(
          "The "
              + PayWords.scaleName(band.name(), zoneName, scale.effectiveFrom())
              + " is no longer in force, so it cannot be changed. Add a new scale instead.");
    }
    requireValid(effectiveFrom, points);
    if (!retired) {
      requireSlotFree(band, scale.zoneCode(), zoneName, effectiveFrom, scale.id());
    }
    Map<String, Object> before = scale.auditSnapshot(band.name());
    boolean retiring = retired && !scale.retired();
    scale.change(
        effectiveFrom, status, PayBandStore.blankToNull(note), toPoints(points), retired, now());
    reference.changed(ReferenceKind.PAY);
    audit.record(
        ENTITY,
        scale.id(),
        band.id(),
        retiring ? "RETIRED" : "UPDATED",
        PayWords.scaleName(band.name(), zoneName, effectiveFrom)
            + (retiring ? " retired" : " changed"),
        before,
        scale.auditSnapshot(band.name()));
    em.flush();
    return new ScaleView(scale, timelineOf(band.id()).timing(facts(scale), today()));
  }

  private PayScale find(String scaleId) {
    PayScale scale = em.find(PayScale.class, scaleId);
    if (scale == null) {
      throw new RecordNotFound("There is no such pay scale. The link may be wrong or out of date.");
    }
    return scale;
  }

  private static void requireValid(LocalDate effectiveFrom, List<PayScaleRules.PointInput> points) {
    List<FieldProblem> problems = new ArrayList<>(PayScaleRules.checkEffectiveFrom(effectiveFrom));
    problems.addAll(PayScaleRules.checkPoints(points));
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private void requireSlotFree(
      PayBand band, String zone, String zoneName, LocalDate effectiveFrom, String exceptScaleId) {
    // the live slot another scale holds is a conflict with that scale (409, naming it)
    em.createNamedQuery("PayScale.liveInSlot", PayScale.class)
        .setParameter("bandId", band.id())
        .setParameter("zone", zone)
        .setParameter("effectiveFrom", effectiveFrom)
        .getResultStream()
        .filter(other -> !other.id().equals(exceptScaleId))
        .findFirst()
        .ifPresent(
            other -> {
              throw new ExistingRecordConflict(
                  "effectiveFrom",
                  band.name()
                      + " already has a "
                      + zoneName
                      + " scale from "
                      + PayWords.date(effectiveFrom)
                      + ". Change that scale instead, or choose another date.",
                  other.id());
            });
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
