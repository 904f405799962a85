package org.bandwise.payband.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.payband.entity.PayBand;
import org.bandwise.payband.entity.PayStructure;
import org.bandwise.platform.cache.ReferenceData;
import org.bandwise.platform.cache.ReferenceKind;
import org.bandwise.platform.domain.ExistingRecordConflict;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.platform.persistence.SqlValues;

/**
 * Pay bands: listed with their range on a day, created, changed and retired by HR admins, audited.
 * Changes join the caller's transaction (the resource's), so the band and its audit event commit
 * together.
 */
@ApplicationScoped
public class PayBandStore {

  static final String ENTITY = "PAY_BAND";

  /**
   * One query for a page of bands and each band's range on a day: the scale in force is picked by a
   * correlated sub-query on (band, zone, retired, effective date), which the index
   * ix_pay_scale_lookup answers.
   */
  static final String LIST_SQL =
      "SELECT b.id, b.structure_id, st.name AS structure_name, b.code, b.name, b.band_rank,"
          + " b.open_to_new_entrants, b.retired,"
          + " s.id AS scale_id, s.zone_code, s.effective_from, s.status, s.min_pence, s.max_pence"
          + " FROM pay_band b"
          + " JOIN pay_structure st ON st.id = b.structure_id"
          + " LEFT JOIN pay_scale s ON s.id = ("
          + "   SELECT s2.id FROM pay_scale s2"
          + "   WHERE s2.band_id = b.id AND s2.zone_code = ? AND s2.retired = FALSE AND s2.effective_from <= ?"
          + "     AND (s2.status = 'AGREED' OR ? = TRUE)"
          + "   ORDER BY s2.effective_from DESC LIMIT 1)"
          + " WHERE (? IS NULL OR b.structure_id = ?) AND (b.retired = FALSE OR ? = TRUE)"
          + " ORDER BY st.name, b.band_rank, b.code"
          + " LIMIT ? OFFSET ?";

  static final String COUNT_SQL =
      "SELECT COUNT(*) FROM pay_band b WHERE (? IS NULL OR b.structure_id = ?) AND (b.retired = FALSE OR ? = TRUE)";

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject ReferenceData reference;
  @Inject Clock clock;

  public Page<BandWithRange> list(
      String structureId,
      LocalDate day,
      String zone,
      boolean includeProposed,
      boolean includeRetired,
      PageRequest page) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(LIST_SQL)
            .setParameter(1, zone)
            .setParameter(2, day)
            .setParameter(3, includeProposed)
            .setParameter(4, structureId)
            .setParameter(5, structureId)
            .setParameter(6, includeRetired)
            .setParameter(7, page.size())
            .setParameter(8, page.offset())
            .getResultList();
    long total =
        ((Number)
                em.createNativeQuery(COUNT_SQL)
                    .setParameter(1, structureId)
                    .setParameter(2, structureId)
                    .setParameter(3, includeRetired)
                    .getSingleResult())
            .longValue();
    return new Page<>(rows.stream().map(PayBandStore::row).toList(), total, page);
  }

  public PayBand get(String id) {
    PayBand band = em.find(PayBand.class, id);
    if (band == null) {
      throw new RecordNotFound("There is no such pay band. The link may be wrong or out of date.");
    }
    return band;
  }

  public PayBand create(
      String structureId,
      String code,
      String name,
      int rank,
      String description,
      boolean openToNewEntrants) {
    PayStructure structure = em.find(PayStructure.class, structureId);
    if (structure == null) {
      throw new InvalidInput("structureId", "Select a pay structure that exists.");
    }
    requireCodeFree(structure, code, null);
    PayBand band =
        new PayBand(
            structure,
            code.trim(),
            name.trim(),
            rank,
            blankToNull(description),
            openToNewEntrants,
            now());
    em.persist(band);
    reference.changed(ReferenceKind.PAY);
    audit.record(
        ENTITY,
        band.id(),
        null,
        "CREATED",
        band.name() + " added to " + structure.name(),
        null,
        band.auditSnapshot());
    em.flush();
    return band;
  }

  public PayBand update(
      String id,
      ExpectedVersion expected,
      String code,
      String name,
      int rank,
      String description,
      boolean openToNewEntrants,
      boolean retired) {
    PayBand band = get(id);
    expected.check(band.version());
    requireCodeFree(band.structure(), code, band.id());
    Map<String, Object> before = band.auditSnapshot();
    boolean retiring = retired && !band.retired();
    band.change(
        code.trim(),
        name.trim(),
        rank,
        blankToNull(description),
        openToNewEntrants,
        retired,
        now());
    reference.changed(ReferenceKind.PAY);
    audit.record(
        ENTITY,
        band.id(),
        null,
        retiring ? "RETIRED" : "UPDATED",
        band.name() + (retiring ? " retired" : " changed"),
        before,
        band.auditSnapshot());
    em.flush();
    return band;
  }

  private void requireCodeFree(PayStructure structure, String code, String exceptBandId) {
    // a code another band holds is a conflict with that band (409, naming it), not bad input
    em.createNamedQuery("PayBand.findByStructureAndCode", PayBand.class)
        .setParameter("structureId", structure.id())
        .setParameter("code", code.trim())
        .getResultStream()
        .filter(other -> !other.id().equals(exceptBandId))
        .findFirst()
        .ifPresent(
            other -> {
              throw new ExistingRecordConflict(
                  "code",
                  structure.name()
                      + " already has a band with the code "
                      + code.trim()
                      + ". Enter a different code.",
                  other.id());
            });
  }

  private static BandWithRange row(Object[] r) {
    return new BandWithRange(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        ((Number) r[5]).intValue(),
        SqlValues.bool(r[6]),
        SqlValues.bool(r[7]),
        (String) r[8],
        (String) r[9],
        SqlValues.date(r[10]),
        (String) r[11],
        r[12] == null ? null : ((Number) r[12]).longValue(),
        r[13] == null ? null : ((Number) r[13]).longValue());
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
