package org.bandwise.vacancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.calendar.control.DateText;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.platform.persistence.SqlValues;
import org.bandwise.protection.control.EndReason;
import org.bandwise.protection.control.ProtectionPolicy;
import org.bandwise.protection.control.ProtectionRules;
import org.bandwise.protection.control.ProtectionStore;
import org.bandwise.rebanding.control.Assimilation;
import org.bandwise.rebanding.control.PayPolicies;
import org.bandwise.workforce.control.CurrentPositions;
import org.bandwise.workforce.control.DatedScale;
import org.bandwise.workforce.control.PayPosition;
import org.bandwise.workforce.control.PayScales;
import org.bandwise.workforce.control.ScalePoint;
import org.bandwise.workforce.control.StaffDirectory;
import org.bandwise.workforce.control.WeeklyHours;
import org.bandwise.workforce.control.WorkforceScales;

/**
 * Offers and their trial periods (table {@code vacancy_offer}). One offer per vacancy at a time is
 * enforced twice: the vacancy row is locked while an offer is made ({@link VacancyLifecycle}
 * refuses a second), and the unique key on {@code live_vacancy_id} refuses one whatever races.
 * Confirming a trial assigns the person to the post through the pay history and ends protection
 * with the protection rules ({@link ProtectionRules#appointmentEnds}, {@link ProtectionStore#end}).
 */
@ApplicationScoped
public class OfferStore {

  public static final String OFFER = "OFFER";

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject VacancyStore vacancies;
  @Inject StaffDirectory directory;
  @Inject WorkforceScales scales;
  @Inject PayPolicies policies;
  @Inject ProtectionStore protections;
  @Inject CurrentPositions positions;

  public record Row(
      String id,
      String vacancyId,
      String title,
      String bandCode,
      String unitName,
      String staffId,
      String staffNumber,
      String name,
      OfferStatus status,
      VacancyStage stage,
      boolean suitable,
      LocalDateTime madeAt,
      String madeBy,
      LocalDateTime answeredAt,
      String declineReason,
      Boolean declineEndsProtection,
      String declineText,
      String withdrawnReason,
      TrialPeriod trial,
      LocalDate outcomeOn,
      String outcomeReason,
      String outcomeText,
      Boolean protectionEnded,
      long version) {}

  private static final String SELECT =
      "SELECT o.id, o.vacancy_id, v.title, b.code, u.name, s.id, s.staff_number, s.first_name,"
          + " s.last_name, o.status, o.stage, o.suitable, o.made_at, o.made_by, o.answered_at,"
          + " o.decline_reason, o.decline_ends_protection, o.decline_text, o.withdrawn_reason,"
          + " o.trial_start, o.trial_end, o.trial_extended_to, o.trial_extension_reason,"
          + " o.outcome_on, o.outcome_reason, o.outcome_text, o.protection_ended, o.version"
          + " FROM vacancy_offer o JOIN vacancy v ON v.id = o.vacancy_id"
          + " JOIN pay_band b ON b.id = v.band_id JOIN org_unit u ON u.id = v.unit_id"
          + " JOIN staff_member s ON s.id = o.staff_id";

  public Page<Row> byVacancy(String vacancyId, PageRequest page) {
    return page("o.vacancy_id = ?", vacancyId, page);
  }

  public Page<Row> byStaff(String staffId, PageRequest page) {
    return page("o.staff_id = ?", staffId, page);
  }

  private Page<Row> page(String where, String value, PageRequest page) {
    List<Row> items =
        vacancies
            .rows(
                SELECT + " WHERE " + where + " ORDER BY o.made_at DESC, o.id LIMIT ? OFFSET ?",
                List.of(value, page.size(), page.offset()))
            .stream()
            .map(OfferStore::row)
            .toList();
    long total =
        ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM vacancy_offer o WHERE " + where)
                    .setParameter(1, value)
                    .getSingleResult())
            .longValue();
    return new Page<>(items, total, page);
  }

  /** The vacancy's live offer (open or in trial), if any. */
  public Row live(String vacancyId) {
    List<Object[]> found =
        vacancies.rows(SELECT + " WHERE o.live_vacancy_id = ?", List.of(vacancyId));
    return found.isEmpty() ? null : row(found.get(0));
  }

  public Row get(String id) {
    List<Object[]> found = vacancies.rows(SELECT + " WHERE o.id = ?", List.of(id));
    if (found.isEmpty()) {
      throw new RecordNotFound("There is no offer with that id.");
    }
    return row(found.get(0));
  }

  /** Locks the offer and its vacancy, vacancy first (the order every change takes). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Row lock(String id) {
    Row offer = get(id);
    vacancies.lock(offer.vacancyId());
    em.createNativeQuery("SELECT id FROM vacancy_offer WHERE id = ? FOR UPDATE")
        .setParameter(1, id)
        .getResultList();
    return get(id);
  }

  /** Makes an offer on a locked vacancy; the caller has checked the lifecycle and the pool. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Row make(VacancyStore.Row vacancy, String staffId, String name, boolean suitable) {
    String id = UUID.randomUUID().toString();
    LocalDateTime now = LocalDateTime.now(clock);
    VacancyState next = VacancyLifecycle.makeOffer(vacancy.state());
    int inserted =
        em.createNativeQuery(
                "INSERT INTO vacancy_offer (id, vacancy_id, staff_id, status, stage, suitable,"
                    + " live_vacancy_id, made_at, made_by, updated_at)"
                    + " SELECT ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ? FROM DUAL WHERE NOT EXISTS"
                    + " (SELECT 1 FROM vacancy_offer WHERE live_vacancy_id = ?)")
            .setParameter(1, id)
            .setParameter(2, vacancy.id())
            .setParameter(3, staffId)
            .setParameter(4, vacancy.stage().name())
            .setParameter(5, suitable)
            .setParameter(6, vacancy.id())
            .setParameter(7, now)
            .setParameter(8, vacancies.actorName())
            .setParameter(9, now)
            .setParameter(10, vacancy.id())
            .executeUpdate();
    if (inserted == 0) {
      throw new RuleConflict(
          "status",
          "This vacancy already has an offer open. Record the answer to that offer, or the"
              + " outcome of its trial, before making another.");
    }
    vacancies.saveState(
        vacancy, next, "OFFER_MADE", "Offer of " + vacancy.title() + " made to " + name, null);
    audited(
        OFFER,
        id,
        vacancy.id(),
        "CREATED",
        "Offer of "
            + vacancy.title()
            + " made to "
            + name
            + (suitable ? ", recorded as suitable" : ", recorded as not suitable"),
        null,
        Map.of("staffId", staffId, "suitable", suitable, "stage", vacancy.stage().name()));
    return get(id);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Row accept(Row offer, TrialPeriod trial) {
    LocalDateTime now = LocalDateTime.now(clock);
    em.createNativeQuery(
            "UPDATE vacancy_offer SET status = 'IN_TRIAL', answered_at = ?, trial_start = ?,"
                + " trial_end = ?, updated_at = ?, version = version + 1 WHERE id = ?")
        .setParameter(1, now)
        .setParameter(2, trial.startOn())
        .setParameter(3, trial.endOn())
        .setParameter(4, now)
        .setParameter(5, offer.id())
        .executeUpdate();
    audited(
        OFFER,
        offer.id(),
        offer.vacancyId(),
        "OFFER_ACCEPTED",
        offer.name() + " accepted the offer of " + offer.title() + ". " + trial.text(),
        Map.of("status", offer.status().name()),
        Map.of("status", "IN_TRIAL", "trialEndsOn", trial.endsOn().toString()));
    return get(offer.id());
  }

  /**
   * The person declines. Ends their protection when the offer was suitable and the pay policy says
   * so; the outcome says so either way.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Row decline(Row offer, String reason) {
    LocalDate today = LocalDate.now(clock);
    StaffDirectory.StaffRecord person = directory.byStaffNumber(offer.staffNumber(), today);
    var protection = person.protection().orElse(null);
    ProtectionPolicy policy =
        protection == null || protection.protectedBandId() == null
            ? ProtectionPolicy.DEFAULT
            : policies.ofBand(protection.protectedBandId()).protection();
    DeclineOutcome outcome =
        OfferRules.decline(
            offer.status(),
            reason,
            offer.suitable(),
            protection != null && policy.refusalOfSuitableOfferEndsProtection());
    if (outcome.endsProtection()) {
      long version = protections.get(protection.id()).version();
      protections.end(
          protection.id(),
          ExpectedVersion.of(version),
          EndReason.REFUSED_SUITABLE_OFFER,
          today.minusDays(1).isBefore(protection.protection().start())
              ? protection.protection().start().minusDays(1)
              : today.minusDays(1),
          "Declined a suitable offer of " + offer.title() + ".");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    em.createNativeQuery(
            "UPDATE vacancy_offer SET status = 'DECLINED', live_vacancy_id = NULL, answered_at = ?,"
                + " decline_reason = ?, decline_ends_protection = ?, decline_text = ?,"
                + " updated_at = ?, version = version + 1 WHERE id = ?")
        .setParameter(1, now)
        .setParameter(2, reason.strip())
        .setParameter(3, outcome.endsProtection())
        .setParameter(4, outcome.text())
        .setParameter(5, now)
        .setParameter(6, offer.id())
        .executeUpdate();
    audited(
        OFFER,
        offer.id(),
        offer.vacancyId(),
        "DECLINED",
        offer.name()
            + " declined the offer of "
            + offer.title()
            + ": "
            + reason.strip()
            + " "
            + outcome.text(),
        Map.of("status", offer.status().name()),
        Map.of("status", "DECLINED", "endsProtection", outcome.endsProtection()));
    endOffer(offer, "The offer to " + offer.name() + " was declined.");
    return get(offer.id());
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Row withdraw(Row offer, String reason) {
    OfferRules.withdraw(offer.status(), reason);
    LocalDateTime now = LocalDateTime.now(clock);
    em.createNativeQuery(
            "UPDATE vacancy_offer SET status = 'WITHDRAWN', live_vacancy_id = NULL,"
                + " withdrawn_reason = ?, updated_at = ?, version = version + 1 WHERE id = ?")
        .setParameter(1, reason.strip())
        .setParameter(2, now)
        .setParameter(3, offer.id())
        .executeUpdate();
    audited(
        OFFER,
        offer.id(),
        offer.vacancyId(),
        "WITHDRAWN",
        "Offer of " + offer.title() + " to " + offer.name() + " withdrawn: " + reason.strip(),
        Map.of("status", offer.status().name()),
        Map.of("status", "WITHDRAWN"));
    endOffer(offer, "The offer to " + offer.name() + " was withdrawn.");
    return get(offer.id());
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Row extend(Row offer, LocalDate agreedEnd, String reason) {
    if (offer.trial() == null) {
      OfferRules.extendTrial(offer.status(), null, agreedEnd, reason);
    }
    TrialPeriod extended = OfferRules.extendTrial(offer.status(), offer.trial(), agreedEnd, reason);
    em.createNativeQuery(
            "UPDATE vacancy_offer SET trial_extended_to = ?, trial_extension_reason = ?,"
                + " updated_at = ?, version = version + 1 WHERE id = ?")
        .setParameter(1, extended.extendedTo())
        .setParameter(2, extended.extensionReason())
        .setParameter(3, LocalDateTime.now(clock))
        .setParameter(4, offer.id())
        .executeUpdate();
    audited(
        OFFER,
        offer.id(),
        offer.vacancyId(),
        "TRIAL_EXTENDED",
        offer.name()
            + "'s trial in "
            + offer.title()
            + " extended: "
            + extended.text()
            + " "
            + extended.extensionReason(),
        Map.of("trialEndsOn", offer.trial().endsOn().toString()),
        Map.of("trialEndsOn", extended.endsOn().toString()));
    return get(offer.id());
  }

  /** The trial was not successful: back in the pool, protection unchanged. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Row notSuccessful(Row offer, LocalDate on, String reason) {
    requireTrial(offer);
    TrialResult result = OfferRules.notSuccessful(offer.status(), offer.trial(), on, reason);
    saveOutcome(offer, result, on, reason.strip());
    endOffer(offer, offer.name() + "'s trial was not successful.");
    return get(offer.id());
  }

  /**
   * The trial is confirmed: the person is assigned to the post from {@code on} (pay history, on the
   * point the pay policy's assimilation gives), and their protection ends when the post's pay meets
   * or exceeds the protected pay.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Row confirm(Row offer, VacancyStore.Row vacancy, LocalDate on) {
    requireTrial(offer);
    StaffDirectory.StaffRecord person = directory.byStaffNumber(offer.staffNumber(), on);
    var current =
        person
            .current()
            .orElseThrow(
                () ->
                    new RuleConflict(
                        "staffNumber",
                        offer.name() + " has no pay record on that day, so cannot be appointed."));
    String structureId =
        em.createNativeQuery("SELECT structure_id FROM pay_band WHERE id = ?")
            .setParameter(1, vacancy.bandId())
            .getSingleResult()
            .toString();
    var newBand =
        new org.bandwise.workforce.control.BandRef(
            vacancy.bandId(), vacancy.bandName(), vacancy.bandRank());
    Set<String> bandIds = new java.util.HashSet<>(Set.of(vacancy.bandId()));
    if (current.band() != null) {
      bandIds.add(current.band().id());
    }
    PayScales payScales = scales.forBands(bandIds);
    DatedScale newScale =
        payScales
            .inForce(newBand, vacancy.zone(), on)
            .orElseThrow(
                () ->
                    new RuleConflict(
                        "decidedOn",
                        vacancy.bandName() + " has no pay scale in force on that day."));
    Money currentFullTime = person.fullTimeSalary().orElse(null);
    ScalePoint point;
    if (current.band() == null || current.point() == null || currentFullTime == null) {
      point = newScale.first();
    } else {
      PayPosition position =
          new PayPosition(current.band(), current.zone(), current.point(), current.hours());
      try {
        point =
            Assimilation.assimilate(
                    position,
                    currentFullTime,
                    newBand,
                    newScale,
                    policies.ofBand(vacancy.bandId()).assimilation())
                .point();
      } catch (InvalidInput sameLevel) {
        point = newScale.first();
      }
    }
    Money newFullTime = point.fullTimeAnnual();
    var protection = person.protection().orElse(null);
    Money protectedPay =
        protection == null || currentFullTime == null
            ? null
            : Money.ofPence(
                protection
                    .protection()
                    .paidFullTimeOn(on, currentFullTime)
                    .setScale(0, RoundingMode.HALF_UP)
                    .longValueExact());
    TrialResult result =
        OfferRules.confirm(offer.status(), offer.trial(), on, newFullTime, protectedPay);
    boolean ends =
        protection != null
            && currentFullTime != null
            && ProtectionRules.appointmentEnds(
                protection.protection(), on, newFullTime, currentFullTime);
    assign(person.id(), vacancy, structureId, point.number(), on);
    if (ends) {
      long version = protections.get(protection.id()).version();
      protections.end(
          protection.id(),
          ExpectedVersion.of(version),
          EndReason.APPOINTED,
          on.minusDays(1),
          OfferRules.PROTECTION_END_REASON);
    }
    TrialResult recorded = new TrialResult(result.outcome(), false, ends, result.text());
    saveOutcome(offer, recorded, on, null);
    VacancyStore.Row locked = vacancies.get(offer.vacancyId());
    vacancies.saveState(
        locked,
        VacancyLifecycle.fillPost(locked.state()),
        "POST_FILLED",
        offer.name() + " appointed to " + offer.title() + " after a successful trial.",
        null);
    return get(offer.id());
  }

  /** Writes the appointment into the pay history: the entry in force ends the day before. */
  private void assign(
      String staffId, VacancyStore.Row vacancy, String structureId, int point, LocalDate on) {
    LocalDateTime now = LocalDateTime.now(clock);
    em.createNativeQuery("DELETE FROM staff_assignment WHERE staff_id = ? AND effective_from >= ?")
        .setParameter(1, staffId)
        .setParameter(2, on)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE staff_assignment SET effective_to = ? WHERE staff_id = ?"
                + " AND effective_from < ? AND (effective_to IS NULL OR effective_to >= ?)")
        .setParameter(1, on.minusDays(1))
        .setParameter(2, staffId)
        .setParameter(3, on)
        .setParameter(4, on)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO staff_assignment (id, staff_id, effective_from, effective_to, post_id,"
                + " structure_id, band_id, zone_code, pay_point, weekly_hours, reason, note,"
                + " created_at, created_by) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?,"
                + " 'APPOINTMENT', ?, ?, ?)")
        .setParameter(1, UUID.randomUUID().toString())
        .setParameter(2, staffId)
        .setParameter(3, on)
        .setParameter(4, vacancy.postId())
        .setParameter(5, structureId)
        .setParameter(6, vacancy.bandId())
        .setParameter(7, vacancy.zone())
        .setParameter(8, point)
        .setParameter(9, WeeklyHours.of(vacancy.hours().toPlainString()).value())
        .setParameter(10, "Appointed to " + vacancy.title() + " after a successful trial.")
        .setParameter(11, now)
        .setParameter(12, vacancies.actorName())
        .executeUpdate();
    positions.workOut(LocalDate.now(clock), "s.id = ?", staffId);
    audited(
        "STAFF",
        staffId,
        null,
        "APPOINTED",
        "Appointed to " + vacancy.title() + " from " + DateText.of(on),
        null,
        Map.of("band", vacancy.bandCode(), "point", point, "from", on.toString()));
  }

  private void saveOutcome(Row offer, TrialResult result, LocalDate on, String reason) {
    em.createNativeQuery(
            "UPDATE vacancy_offer SET status = ?, live_vacancy_id = NULL, outcome_on = ?,"
                + " outcome_reason = ?, outcome_text = ?, protection_ended = ?, updated_at = ?,"
                + " version = version + 1 WHERE id = ?")
        .setParameter(1, result.outcome().name())
        .setParameter(2, on)
        .setParameter(3, reason)
        .setParameter(4, result.text())
        .setParameter(5, result.protectionEnds())
        .setParameter(6, LocalDateTime.now(clock))
        .setParameter(7, offer.id())
        .executeUpdate();
    audited(
        OFFER,
        offer.id(),
        offer.vacancyId(),
        result.outcome() == OfferStatus.CONFIRMED ? "TRIAL_CONFIRMED" : "TRIAL_NOT_SUCCESSFUL",
        offer.name()
            + ", "
            + offer.title()
            + ": "
            + result.text()
            + (reason == null ? "" : " " + reason),
        Map.of("status", offer.status().name()),
        Map.of("status", result.outcome().name(), "protectionEnded", result.protectionEnds()));
  }

  private void endOffer(Row offer, String summary) {
    VacancyStore.Row vacancy = vacancies.get(offer.vacancyId());
    vacancies.saveState(
        vacancy, VacancyLifecycle.endOffer(vacancy.state()), "OFFER_ENDED", summary, null);
  }

  private static void requireTrial(Row offer) {
    if (offer.status() != OfferStatus.IN_TRIAL || offer.trial() == null) {
      throw new RuleConflict(
          "status", "You can only record the outcome of a trial that is running.");
    }
  }

  private static Row row(Object[] r) {
    LocalDate start = SqlValues.date(r[19]);
    TrialPeriod trial =
        start == null
            ? null
            : new TrialPeriod(
                start, SqlValues.date(r[20]), SqlValues.date(r[21]), SqlValues.text(r[22]));
    Object ends = r[16];
    Object ended = r[26];
    return new Row(
        r[0].toString(),
        r[1].toString(),
        r[2].toString(),
        r[3].toString(),
        r[4].toString(),
        r[5].toString(),
        r[6].toString(),
        r[7] + " " + SqlValues.text(r[8]),
        OfferStatus.valueOf(r[9].toString()),
        VacancyStage.valueOf(r[10].toString()),
        SqlValues.bool(r[11]),
        SqlValues.timestamp(r[12]),
        r[13].toString(),
        SqlValues.timestamp(r[14]),
        SqlValues.text(r[15]),
        ends == null ? null : SqlValues.bool(ends),
        SqlValues.text(r[17]),
        SqlValues.text(r[18]),
        trial,
        SqlValues.date(r[23]),
        SqlValues.text(r[24]),
        SqlValues.text(r[25]),
        ended == null ? null : SqlValues.bool(ended),
        ((Number) r[27]).longValue());
  }

  /** Records an audit event; the summary is cut to the 500 characters the trail keeps. */
  private void audited(
      String type,
      String id,
      String parent,
      String action,
      String summary,
      Map<String, ?> before,
      Map<String, ?> after) {
    audit.record(type, id, parent, action, VacancyStore.brief(summary), before, after);
  }
}
