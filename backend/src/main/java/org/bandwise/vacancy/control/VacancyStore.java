package org.bandwise.vacancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.platform.persistence.SqlValues;

/**
 * Vacancies, ring-fence rules, pool decisions and interest (tables {@code vacancy}, {@code
 * ring_fence}, {@code vacancy_pool_decision}, {@code vacancy_interest}). Every change is audited
 * (entity types {@code VACANCY} and {@code RING_FENCE}).
 */
@ApplicationScoped
public class VacancyStore {

  public static final String VACANCY = "VACANCY";
  public static final String RING_FENCE = "RING_FENCE";

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject EligibilityData data;
  @Inject jakarta.security.enterprise.SecurityContext securityContext;

  /** A vacancy as stored, with the names of what it refers to. */
  public record Row(
      String id,
      String title,
      String jdId,
      String jdReference,
      String jdTitle,
      String directorate,
      String family,
      String postId,
      String postNumber,
      String bandId,
      String bandCode,
      String bandName,
      int bandRank,
      String unitId,
      String unitName,
      String zone,
      BigDecimal hours,
      int posts,
      int filledPosts,
      LocalDate closingDate,
      VacancyStatus status,
      VacancyStage stage,
      LocalDate openedOn,
      boolean ringFenced,
      LocalDate rfFrom,
      LocalDate rfUntil,
      Set<String> rfRebandingIds,
      Set<String> rfRuleIds,
      String rfDescription,
      String withdrawnReason,
      LocalDateTime createdAt,
      String createdBy,
      long version) {

    public VacancyState state() {
      return new VacancyState(status, stage, posts, filledPosts);
    }

    public BandRef band() {
      return new BandRef(bandCode, bandName, bandRank);
    }
  }

  /** What HR sends to create or change a vacancy, resolved to ids. */
  public record Input(
      String jdId,
      String title,
      String postId,
      String bandId,
      String unitId,
      String zone,
      BigDecimal hours,
      int posts,
      LocalDate closingDate) {}

  private static final String SELECT =
      "SELECT v.id, v.title, v.jd_id, j.reference, j.title, j.directorate, j.role_family,"
          + " v.post_id, p.post_number, v.band_id, b.code, b.name, b.band_rank, v.unit_id, u.name,"
          + " v.zone_code, v.weekly_hours, v.posts, v.filled_posts, v.closing_date, v.status,"
          + " v.stage, v.opened_on, v.ring_fenced, v.rf_from, v.rf_until, v.rf_rebanding_ids,"
          + " v.rf_rule_ids, v.rf_description, v.withdrawn_reason, v.created_at, v.created_by,"
          + " v.version FROM vacancy v JOIN job_description j ON j.id = v.jd_id"
          + " LEFT JOIN post p ON p.id = v.post_id JOIN pay_band b ON b.id = v.band_id"
          + " JOIN org_unit u ON u.id = v.unit_id";

  private static final String ORDER = " ORDER BY v.closing_date, v.title, v.id";

  private static final String WHERE_OPEN = " WHERE v.status IN (?, ?, ?, ?)";

  /** The bulk loader eligibility uses. */
  public EligibilityData data() {
    return data;
  }

  /** The statuses in which a vacancy is open to someone (now, or later once an offer ends). */
  public static final List<String> OPEN =
      List.of("RING_FENCE", "INTERNAL", "EXTERNAL", "OFFER_MADE");

  public Page<Row> list(
      VacancyStatus status,
      String bandCode,
      String unit,
      LocalDate closingBefore,
      PageRequest page) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (status != null) {
      where.append(" AND v.status = ?");
      params.add(status.name());
    }
    if (bandCode != null && !bandCode.isBlank()) {
      where.append(" AND b.code = ?");
      params.add(bandCode);
    }
    if (unit != null && !unit.isBlank()) {
      where.append(" AND (u.id = ? OR u.name = ?)");
      params.add(unit);
      params.add(unit);
    }
    if (closingBefore != null) {
      where.append(" AND v.closing_date <= ?");
      params.add(closingBefore);
    }
    List<Object> listParams = new ArrayList<>(params);
    listParams.add(page.size());
    listParams.add(page.offset());
    List<Row> rows = vacancies(where + ORDER + " LIMIT ? OFFSET ?", listParams);
    long total =
        ((Number)
                query(
                        "SELECT COUNT(*) FROM vacancy v JOIN pay_band b ON b.id = v.band_id"
                            + " JOIN org_unit u ON u.id = v.unit_id"
                            + where,
                        params)
                    .getSingleResult())
            .longValue();
    return new Page<>(rows, total, page);
  }

  /** Every vacancy open to someone now or later, soonest closing first. */
  public List<Row> open() {
    return vacancies(WHERE_OPEN + ORDER, OPEN);
  }

  /**
   * One page of {@link #open()}, in the same order, paged in SQL ({@code
   * ix_vacancy_status_closing}): "Vacancies for me" lists every open vacancy, so the page is known
   * before any rule runs.
   */
  public Page<Row> openPage(PageRequest page) {
    List<Object> params = new ArrayList<>(OPEN);
    params.add(page.size());
    params.add(page.offset());
    List<Row> rows = vacancies(WHERE_OPEN + ORDER + " LIMIT ? OFFSET ?", params);
    long total =
        ((Number) query("SELECT COUNT(*) FROM vacancy v" + WHERE_OPEN, OPEN).getSingleResult())
            .longValue();
    return new Page<>(rows, total, page);
  }

  public Row get(String id) {
    List<Row> found = vacancies(" WHERE v.id = ?", List.of(id));
    if (found.isEmpty()) {
      throw new RecordNotFound("There is no vacancy with that id.");
    }
    return found.get(0);
  }

  /** The vacancies that {@code tail} (a WHERE clause, an order, a limit) selects; every read. */
  private List<Row> vacancies(String tail, List<?> params) {
    return rows(SELECT + tail, params).stream().map(VacancyStore::row).toList();
  }

  /** Locks the vacancy's row for the rest of the transaction and reads it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Row lock(String id) {
    List<?> found =
        em.createNativeQuery("SELECT id FROM vacancy WHERE id = ? FOR UPDATE")
            .setParameter(1, id)
            .getResultList();
    if (found.isEmpty()) {
      throw new RecordNotFound("There is no vacancy with that id.");
    }
    return get(id);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Row create(Input input) {
    String id = UUID.randomUUID().toString();
    LocalDateTime now = LocalDateTime.now(clock);
    String title = input.title() == null ? jdTitle(input.jdId()) : input.title().strip();
    em.createNativeQuery(
            "INSERT INTO vacancy (id, title, jd_id, post_id, band_id, unit_id, zone_code,"
                + " weekly_hours, posts, closing_date, status, created_at, created_by, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?)")
        .setParameter(1, id)
        .setParameter(2, title)
        .setParameter(3, input.jdId())
        .setParameter(4, input.postId())
        .setParameter(5, input.bandId())
        .setParameter(6, input.unitId())
        .setParameter(7, input.zone())
        .setParameter(8, input.hours())
        .setParameter(9, input.posts())
        .setParameter(10, input.closingDate())
        .setParameter(11, now)
        .setParameter(12, actorName())
        .setParameter(13, now)
        .executeUpdate();
    Row row = get(id);
    audited(VACANCY, id, null, "CREATED", "Vacancy " + title + " drafted", null, facts(row));
    return row;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Row update(String id, ExpectedVersion expected, Input input) {
    Row before = lock(id);
    expected.check(before.version());
    String title = input.title() == null ? jdTitle(input.jdId()) : input.title().strip();
    if (before.status() == VacancyStatus.FILLED || before.status() == VacancyStatus.WITHDRAWN) {
      throw new RuleConflict("status", "A vacancy that is filled or withdrawn cannot be changed.");
    }
    if (before.status() != VacancyStatus.DRAFT
        && (!input.jdId().equals(before.jdId())
            || !input.bandId().equals(before.bandId())
            || !input.unitId().equals(before.unitId())
            || !input.zone().equals(before.zone())
            || input.hours().compareTo(before.hours()) != 0
            || input.posts() != before.posts()
            || !title.equals(before.title())
            || !java.util.Objects.equals(input.postId(), before.postId()))) {
      throw new RuleConflict(
          "status",
          "Once a vacancy has opened only its closing date can change. Withdraw it and open a new"
              + " one to change anything else.");
    }
    em.createNativeQuery(
            "UPDATE vacancy SET title = ?, jd_id = ?, post_id = ?, band_id = ?, unit_id = ?,"
                + " zone_code = ?, weekly_hours = ?, posts = ?, closing_date = ?, updated_at = ?,"
                + " version = version + 1 WHERE id = ?")
        .setParameter(1, title)
        .setParameter(2, input.jdId())
        .setParameter(3, input.postId())
        .setParameter(4, input.bandId())
        .setParameter(5, input.unitId())
        .setParameter(6, input.zone())
        .setParameter(7, input.hours())
        .setParameter(8, input.posts())
        .setParameter(9, input.closingDate())
        .setParameter(10, LocalDateTime.now(clock))
        .setParameter(11, id)
        .executeUpdate();
    Row after = get(id);
    audited(
        VACANCY, id, null, "UPDATED", "Vacancy " + title + " changed", facts(before), facts(after));
    return after;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void delete(String id, ExpectedVersion expected) {
    Row row = lock(id);
    expected.check(row.version());
    if (row.status() != VacancyStatus.DRAFT) {
      throw new RuleConflict(
          "status", "Only a draft vacancy can be deleted. Withdraw an opened vacancy instead.");
    }
    em.createNativeQuery("DELETE FROM vacancy WHERE id = ?").setParameter(1, id).executeUpdate();
    audited(
        VACANCY,
        id,
        null,
        "DELETED",
        "Draft vacancy " + row.title() + " deleted",
        facts(row),
        null);
  }

  /**
   * Saves a new state. When the vacancy opens to the pool, the ring-fence that covers it that day
   * is fixed on it.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Row saveState(
      Row before, VacancyState state, String action, String summary, String withdrawnReason) {
    LocalDate today = LocalDate.now(clock);
    boolean opening =
        before.status() == VacancyStatus.DRAFT
            && state.status() != VacancyStatus.DRAFT
            && state.status() != VacancyStatus.WITHDRAWN;
    if (opening) {
      List<EligibilityData.RuleRow> covering = covering(before, today);
      RingFence fence = RingFence.combine(covering.stream().map(r -> r.rule().fence()).toList());
      em.createNativeQuery(
              "UPDATE vacancy SET opened_on = ?, ring_fenced = ?, rf_from = ?, rf_until = ?,"
                  + " rf_rebanding_ids = ?, rf_rule_ids = ?, rf_description = ? WHERE id = ?")
          .setParameter(1, today)
          .setParameter(2, fence != null)
          .setParameter(3, fence == null ? null : fence.from())
          .setParameter(4, fence == null ? null : fence.until())
          .setParameter(5, fence == null ? null : EligibilityData.join(fence.reBandingIds()))
          .setParameter(
              6, EligibilityData.join(covering.stream().map(EligibilityData.RuleRow::id).toList()))
          .setParameter(7, fence == null ? null : fence.poolDescription())
          .setParameter(8, before.id())
          .executeUpdate();
    }
    em.createNativeQuery(
            "UPDATE vacancy SET status = ?, stage = ?, filled_posts = ?, withdrawn_reason ="
                + " COALESCE(?, withdrawn_reason), updated_at = ?, version = version + 1"
                + " WHERE id = ?")
        .setParameter(1, state.status().name())
        .setParameter(2, state.stage() == null ? null : state.stage().name())
        .setParameter(3, state.filledPosts())
        .setParameter(4, withdrawnReason)
        .setParameter(5, LocalDateTime.now(clock))
        .setParameter(6, before.id())
        .executeUpdate();
    Row after = get(before.id());
    audited(
        VACANCY,
        before.id(),
        null,
        action,
        summary,
        Map.of("status", before.status().name()),
        Map.of("status", after.status().name()));
    return after;
  }

  /** The rules that cover a vacancy opened on a day. */
  public List<EligibilityData.RuleRow> covering(Row row, LocalDate openedOn) {
    return data.rules().stream().filter(r -> covers(r, row, openedOn)).toList();
  }

  private static boolean covers(EligibilityData.RuleRow rule, Row row, LocalDate day) {
    return rule.rule().covers(row.bandCode(), row.directorate(), row.unitId(), row.family(), day);
  }

  /** The ring-fence of an opened vacancy as fixed, or (for a draft) as it would be today. */
  public RingFence ringFence(Row row, List<EligibilityData.RuleRow> rules, LocalDate today) {
    if (row.openedOn() != null) {
      return row.ringFenced()
          ? new RingFence(row.rfFrom(), row.rfUntil(), row.rfRebandingIds(), row.rfDescription())
          : null;
    }
    return RingFence.combine(
        rules.stream().filter(r -> covers(r, row, today)).map(r -> r.rule().fence()).toList());
  }

  /** The vacancies as eligibility sees them, in the same order; one query for all criteria. */
  public List<VacancyFacts> facts(List<Row> rows, LocalDate today) {
    Map<String, List<String>> criteria =
        data.criteria(rows.stream().map(Row::jdId).collect(Collectors.toSet()), "ESSENTIAL");
    List<EligibilityData.RuleRow> rules =
        rows.stream().anyMatch(r -> r.openedOn() == null) ? data.rules() : List.of();
    List<VacancyFacts> facts = new ArrayList<>(rows.size());
    for (Row row : rows) {
      facts.add(
          new VacancyFacts(
              row.id(),
              row.title(),
              row.band(),
              criteria.getOrDefault(row.jdId(), List.of()).stream()
                  .map(c -> new Criterion(EligibilityData.key(c), c))
                  .toList(),
              row.status(),
              ringFence(row, rules, today)));
    }
    return facts;
  }

  /**
   * A vacancy's stage-1 pool in pool order, with the facts of each person in it; the reasons are
   * written about each person by name, for HR.
   */
  public record Pool(List<Eligibility> members, Map<String, EligibilityData.Person> people) {}

  public Pool pool(Row row, LocalDate today) {
    List<EligibilityData.Person> atRisk = data.people(today, null, true);
    Map<String, EligibilityData.Person> people = new java.util.HashMap<>();
    atRisk.forEach(p -> people.put(p.staffId(), p));
    VacancyFacts facts = facts(List.of(row), today).get(0);
    List<Eligibility> members =
        rules(today)
            .inVoice(EligibilityRules.Voice.ABOUT_THE_PERSON)
            .pool(facts, atRisk.stream().map(EligibilityData.Person::candidate).toList());
    return new Pool(members, people);
  }

  /** The eligibility rules as of a day, with the training catalogue and default settings. */
  public EligibilityRules rules(LocalDate today) {
    return new EligibilityRules(EligibilitySettings.defaults(), data.training(), today);
  }

  /** Every pool member with HR's decision (or none yet), as {@link VacancyLifecycle} needs. */
  public List<PoolDecision> poolDecisions(Row row, LocalDate today) {
    Pool pool = pool(row, today);
    Map<String, Decision> decisions = decisions(row.id());
    List<PoolDecision> result = new ArrayList<>();
    for (Eligibility e : pool.members()) {
      Decision d = decisions.get(e.staffId());
      result.add(
          new PoolDecision(
              e.staffId(),
              pool.people().get(e.staffId()).candidate().name(),
              d == null ? null : d.suitability(),
              d == null ? null : d.reason()));
    }
    return result;
  }

  // --- ring-fence rules ------------------------------------------------------------------------

  public record RuleInput(
      Set<String> bandCodes,
      String directorate,
      String unitId,
      String jdFamily,
      Set<String> rebandingIds,
      LocalDate from,
      LocalDate until) {}

  public record RuleView(
      String id,
      RingFenceRule rule,
      String unitName,
      LocalDateTime createdAt,
      String createdBy,
      long version) {}

  private static final String RULE_SELECT =
      "SELECT r.id, r.band_codes, r.directorate, r.unit_id, r.jd_family, r.rebanding_ids,"
          + " r.pool_description, r.from_date, r.until_date, u.name, r.created_at, r.created_by,"
          + " r.version FROM ring_fence r LEFT JOIN org_unit u ON u.id = r.unit_id";

  public Page<RuleView> rules(PageRequest page) {
    List<RuleView> items =
        ruleViews(
            " ORDER BY r.created_at DESC, r.id LIMIT ? OFFSET ?",
            List.of(page.size(), page.offset()));
    long total =
        ((Number) em.createNativeQuery("SELECT COUNT(*) FROM ring_fence").getSingleResult())
            .longValue();
    return new Page<>(items, total, page);
  }

  public RuleView rule(String id) {
    List<RuleView> found = ruleViews(" WHERE r.id = ?", List.of(id));
    if (found.isEmpty()) {
      throw new RecordNotFound("There is no ring-fence rule with that id.");
    }
    return found.get(0);
  }

  /** The ring-fence rules that {@code tail} (a WHERE clause, or an order and limit) selects. */
  private List<RuleView> ruleViews(String tail, List<?> params) {
    return rows(RULE_SELECT + tail, params).stream().map(VacancyStore::rule).toList();
  }

  /** Locks the rule's row for the rest of the transaction and reads it. */
  private RuleView lockRule(String id) {
    em.createNativeQuery("SELECT id FROM ring_fence WHERE id = ? FOR UPDATE")
        .setParameter(1, id)
        .getResultList();
    return rule(id);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public RuleView saveRule(String id, ExpectedVersion expected, RuleInput input) {
    if (input.until().isBefore(input.from())) {
      throw new InvalidInput("until", "The ring-fence must end on or after the day it starts.");
    }
    String description = poolDescription(input.rebandingIds());
    LocalDateTime now = LocalDateTime.now(clock);
    RuleView before = null;
    if (id == null) {
      id = UUID.randomUUID().toString();
      em.createNativeQuery(
              "INSERT INTO ring_fence (id, band_codes, directorate, unit_id, jd_family,"
                  + " rebanding_ids, pool_description, from_date, until_date, created_at,"
                  + " created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .setParameter(1, id)
          .setParameter(2, EligibilityData.join(input.bandCodes()))
          .setParameter(3, blankToNull(input.directorate()))
          .setParameter(4, input.unitId())
          .setParameter(5, blankToNull(input.jdFamily()))
          .setParameter(6, EligibilityData.join(input.rebandingIds()))
          .setParameter(7, description)
          .setParameter(8, input.from())
          .setParameter(9, input.until())
          .setParameter(10, now)
          .setParameter(11, actorName())
          .setParameter(12, now)
          .executeUpdate();
    } else {
      before = lockRule(id);
      expected.check(before.version());
      em.createNativeQuery(
              "UPDATE ring_fence SET band_codes = ?, directorate = ?, unit_id = ?, jd_family = ?,"
                  + " rebanding_ids = ?, pool_description = ?, from_date = ?, until_date = ?,"
                  + " updated_at = ?, version = version + 1 WHERE id = ?")
          .setParameter(1, EligibilityData.join(input.bandCodes()))
          .setParameter(2, blankToNull(input.directorate()))
          .setParameter(3, input.unitId())
          .setParameter(4, blankToNull(input.jdFamily()))
          .setParameter(5, EligibilityData.join(input.rebandingIds()))
          .setParameter(6, description)
          .setParameter(7, input.from())
          .setParameter(8, input.until())
          .setParameter(9, now)
          .setParameter(10, id)
          .executeUpdate();
    }
    RuleView after = rule(id);
    audited(
        RING_FENCE,
        id,
        null,
        before == null ? "CREATED" : "UPDATED",
        RingFenceText.of(after.rule(), after.unitName()),
        before == null ? null : ruleFacts(before),
        ruleFacts(after));
    return after;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void deleteRule(String id, ExpectedVersion expected) {
    RuleView before = lockRule(id);
    expected.check(before.version());
    em.createNativeQuery("DELETE FROM ring_fence WHERE id = ?").setParameter(1, id).executeUpdate();
    audited(RING_FENCE, id, null, "DELETED", "Ring-fence rule removed", ruleFacts(before), null);
  }

  /** "staff at risk from the Intervention Facilitator re-banding" (or "staff at risk"). */
  String poolDescription(Set<String> rebandingIds) {
    if (rebandingIds == null || rebandingIds.isEmpty()) {
      return RingFence.ALL_AT_RISK;
    }
    List<String> ids = new ArrayList<>(rebandingIds);
    String marks = ids.stream().map(x -> "?").collect(Collectors.joining(","));
    List<String> titles = new ArrayList<>();
    for (Object[] r :
        rows(
            "SELECT r.id, j.title FROM rebanding r JOIN job_description j ON j.id = r.jd_id"
                + " WHERE r.id IN ("
                + marks
                + ") ORDER BY j.title",
            new ArrayList<>(ids))) {
      titles.add(r[1].toString());
    }
    if (titles.size() != ids.size()) {
      throw new InvalidInput("rebandingIds", "Choose re-bandings that exist.");
    }
    return "staff at risk from the "
        + String.join(" or ", titles.stream().distinct().toList())
        + " re-banding";
  }

  // --- pool decisions and interest -------------------------------------------------------------

  public record Decision(
      String staffId, Suitability suitability, String reason, String by, LocalDateTime at) {}

  public Map<String, Decision> decisions(String vacancyId) {
    Map<String, Decision> result = new LinkedHashMap<>();
    for (Object[] r :
        rows(
            "SELECT staff_id, suitability, reason, decided_by, decided_at"
                + " FROM vacancy_pool_decision WHERE vacancy_id = ?",
            List.of(vacancyId))) {
      result.put(
          r[0].toString(),
          new Decision(
              r[0].toString(),
              Suitability.valueOf(r[1].toString()),
              r[2].toString(),
              r[3].toString(),
              SqlValues.timestamp(r[4])));
    }
    return result;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void decide(
      Row vacancy, String staffId, String name, Suitability suitability, String reason) {
    em.createNativeQuery("DELETE FROM vacancy_pool_decision WHERE vacancy_id = ? AND staff_id = ?")
        .setParameter(1, vacancy.id())
        .setParameter(2, staffId)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO vacancy_pool_decision (vacancy_id, staff_id, suitability, reason,"
                + " decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)")
        .setParameter(1, vacancy.id())
        .setParameter(2, staffId)
        .setParameter(3, suitability.name())
        .setParameter(4, reason.strip())
        .setParameter(5, actorName())
        .setParameter(6, LocalDateTime.now(clock))
        .executeUpdate();
    audited(
        VACANCY,
        vacancy.id(),
        staffId,
        "POOL_DECISION",
        name
            + (suitability == Suitability.SUITABLE ? " found suitable" : " found not suitable")
            + " for "
            + vacancy.title()
            + ": "
            + reason.strip(),
        null,
        Map.of("staffId", staffId, "suitability", suitability.name(), "reason", reason.strip()));
  }

  public record InterestRow(
      String vacancyId,
      String staffId,
      String staffNumber,
      String name,
      VacancyStage stage,
      LocalDateTime at) {}

  public Page<InterestRow> interest(String vacancyId, PageRequest page) {
    List<InterestRow> items =
        rows(
                "SELECT i.vacancy_id, s.id, s.staff_number, s.first_name, s.last_name, i.stage,"
                    + " i.expressed_at FROM vacancy_interest i JOIN staff_member s"
                    + " ON s.id = i.staff_id WHERE i.vacancy_id = ?"
                    + " ORDER BY i.expressed_at, s.staff_number LIMIT ? OFFSET ?",
                List.of(vacancyId, page.size(), page.offset()))
            .stream()
            .map(
                r ->
                    new InterestRow(
                        r[0].toString(),
                        r[1].toString(),
                        r[2].toString(),
                        r[3] + " " + SqlValues.text(r[4]),
                        VacancyStage.valueOf(r[5].toString()),
                        SqlValues.timestamp(r[6])))
            .toList();
    long total =
        ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM vacancy_interest WHERE vacancy_id = ?")
                    .setParameter(1, vacancyId)
                    .getSingleResult())
            .longValue();
    return new Page<>(items, total, page);
  }

  /** The ids of the staff interested in a vacancy. */
  public Set<String> interestedStaff(String vacancyId) {
    Set<String> ids = new HashSet<>();
    rows("SELECT staff_id FROM vacancy_interest WHERE vacancy_id = ?", List.of(vacancyId))
        .forEach(r -> ids.add(r[0].toString()));
    return ids;
  }

  /** The ids of the vacancies a person is interested in. */
  public Set<String> interestsOf(String staffId) {
    Set<String> ids = new HashSet<>();
    rows("SELECT vacancy_id FROM vacancy_interest WHERE staff_id = ?", List.of(staffId))
        .forEach(r -> ids.add(r[0].toString()));
    return ids;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public InterestRow express(Row vacancy, String staffId, String name, VacancyStage stage) {
    List<Object[]> existing =
        rows(
            "SELECT stage, expressed_at FROM vacancy_interest WHERE vacancy_id = ? AND staff_id = ?",
            List.of(vacancy.id(), staffId));
    if (!existing.isEmpty()) {
      return new InterestRow(
          vacancy.id(),
          staffId,
          null,
          name,
          VacancyStage.valueOf(existing.get(0)[0].toString()),
          SqlValues.timestamp(existing.get(0)[1]));
    }
    LocalDateTime now = LocalDateTime.now(clock);
    em.createNativeQuery(
            "INSERT INTO vacancy_interest (vacancy_id, staff_id, stage, expressed_at)"
                + " VALUES (?, ?, ?, ?)")
        .setParameter(1, vacancy.id())
        .setParameter(2, staffId)
        .setParameter(3, stage.name())
        .setParameter(4, now)
        .executeUpdate();
    audited(
        VACANCY,
        vacancy.id(),
        staffId,
        "INTEREST_EXPRESSED",
        name + " expressed interest in " + vacancy.title(),
        null,
        Map.of("staffId", staffId, "stage", stage.name()));
    return new InterestRow(vacancy.id(), staffId, null, name, stage, now);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void withdrawInterest(Row vacancy, String staffId, String name) {
    int gone =
        em.createNativeQuery("DELETE FROM vacancy_interest WHERE vacancy_id = ? AND staff_id = ?")
            .setParameter(1, vacancy.id())
            .setParameter(2, staffId)
            .executeUpdate();
    if (gone > 0) {
      audited(
          VACANCY,
          vacancy.id(),
          staffId,
          "INTEREST_WITHDRAWN",
          name + " withdrew their interest in " + vacancy.title(),
          Map.of("staffId", staffId),
          null);
    }
  }

  /**
   * The vacancy's timeline: its audit events and its offers', oldest first, one query (the trail's
   * entity and parent indexes). The vacancy's own "offer made" and "offer ended" state changes are
   * left off: the offer's step says the same with more (suitable or not, the reasons).
   */
  public List<VacancyTimeline.Step> timeline(String vacancyId, String vacancyTitle) {
    List<Object> params = new ArrayList<>(List.of(VACANCY, vacancyId));
    params.addAll(VacancyTimeline.VACANCY_ECHOES);
    params.add(vacancyId);
    List<VacancyTimeline.Step> steps = new ArrayList<>();
    for (Object[] r :
        rows(
            "SELECT occurred_at, actor, entity_type, action, summary FROM audit_event WHERE"
                + " (entity_type = ? AND entity_id = ? AND action NOT IN ("
                + marks(VacancyTimeline.VACANCY_ECHOES.size())
                + ")) OR (entity_type = 'OFFER' AND parent_id = ?)"
                + " ORDER BY occurred_at, seq LIMIT 500",
            params)) {
      steps.add(
          VacancyTimeline.step(
              SqlValues.timestamp(r[0]),
              SqlValues.text(r[1]),
              SqlValues.text(r[2]),
              SqlValues.text(r[3]),
              SqlValues.text(r[4]),
              vacancyId,
              vacancyTitle));
    }
    return steps;
  }

  /**
   * A person's vacancy steps, newest first: the interest they expressed or withdrew (trail events
   * of the vacancy whose parent is the person) and every step of the offers made to them, across
   * vacancies, with each vacancy's title. One query whatever the number of vacancies or offers (a
   * union of two index reads: the trail's parent index, and the person's offers by {@code
   * ix_vacancy_offer_staff} joined to the trail's entity index).
   */
  public List<VacancyTimeline.Step> personTimeline(String staffId, int limit) {
    List<Object> params = new ArrayList<>();
    params.add(staffId);
    params.addAll(VacancyTimeline.PERSON_OFFER_ACTIONS);
    params.add(staffId);
    params.addAll(VacancyTimeline.PERSON_INTEREST_ACTIONS);
    params.add(limit);
    List<VacancyTimeline.Step> steps = new ArrayList<>();
    for (Object[] r :
        rows(
            "SELECT t.occurred_at, t.actor, t.entity_type, t.action, t.summary, t.vacancy_id,"
                + " t.title FROM ("
                + "SELECT a.occurred_at, a.seq, a.actor, a.entity_type, a.action, a.summary,"
                + " v.id AS vacancy_id, v.title FROM vacancy_offer o"
                + " JOIN audit_event a ON a.entity_type = 'OFFER' AND a.entity_id = o.id"
                + " JOIN vacancy v ON v.id = o.vacancy_id"
                + " WHERE o.staff_id = ? AND a.action IN ("
                + marks(VacancyTimeline.PERSON_OFFER_ACTIONS.size())
                + ") UNION ALL "
                + "SELECT a.occurred_at, a.seq, a.actor, a.entity_type, a.action, a.summary,"
                + " v.id AS vacancy_id, v.title FROM audit_event a"
                + " JOIN vacancy v ON v.id = a.entity_id"
                + " WHERE a.parent_id = ? AND a.entity_type = 'VACANCY' AND a.action IN ("
                + marks(VacancyTimeline.PERSON_INTEREST_ACTIONS.size())
                + ")) t ORDER BY t.occurred_at DESC, t.seq DESC LIMIT ?",
            params)) {
      steps.add(
          VacancyTimeline.step(
              SqlValues.timestamp(r[0]),
              SqlValues.text(r[1]),
              SqlValues.text(r[2]),
              SqlValues.text(r[3]),
              SqlValues.text(r[4]),
              SqlValues.text(r[5]),
              SqlValues.text(r[6])));
    }
    return steps;
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  // --- helpers ---------------------------------------------------------------------------------

  private String jdTitle(String jdId) {
    List<?> found =
        em.createNativeQuery("SELECT title FROM job_description WHERE id = ?")
            .setParameter(1, jdId)
            .getResultList();
    if (found.isEmpty()) {
      throw new InvalidInput("jobDescriptionId", "Choose a job description that exists.");
    }
    return found.get(0).toString();
  }

  String actorName() {
    try {
      java.security.Principal caller = securityContext.getCallerPrincipal();
      return caller == null ? "system" : caller.getName();
    } catch (IllegalStateException noCallerHere) {
      return "system";
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static Map<String, Object> facts(Row row) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("title", row.title());
    f.put("band", row.bandCode());
    f.put("unit", row.unitName());
    f.put("payZone", row.zone());
    f.put("weeklyHours", row.hours().toPlainString());
    f.put("posts", row.posts());
    f.put("closingDate", row.closingDate().toString());
    f.put("status", row.status().name());
    return f;
  }

  private static Map<String, Object> ruleFacts(RuleView rule) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("bandCodes", EligibilityData.join(rule.rule().bandCodes()));
    f.put("directorate", rule.rule().directorate());
    f.put("unit", rule.unitName());
    f.put("jdFamily", rule.rule().jdFamily());
    f.put("pool", rule.rule().poolDescription());
    f.put("from", rule.rule().from().toString());
    f.put("until", rule.rule().until().toString());
    return f;
  }

  private static RuleView rule(Object[] r) {
    return new RuleView(
        r[0].toString(),
        new RingFenceRule(
            EligibilityData.split(SqlValues.text(r[1])),
            SqlValues.text(r[2]),
            SqlValues.text(r[3]),
            SqlValues.text(r[4]),
            EligibilityData.split(SqlValues.text(r[5])),
            SqlValues.text(r[6]),
            SqlValues.date(r[7]),
            SqlValues.date(r[8])),
        SqlValues.text(r[9]),
        SqlValues.timestamp(r[10]),
        r[11].toString(),
        ((Number) r[12]).longValue());
  }

  private static Row row(Object[] r) {
    return new Row(
        r[0].toString(),
        r[1].toString(),
        r[2].toString(),
        r[3].toString(),
        r[4].toString(),
        SqlValues.text(r[5]),
        SqlValues.text(r[6]),
        SqlValues.text(r[7]),
        SqlValues.text(r[8]),
        r[9].toString(),
        r[10].toString(),
        r[11].toString(),
        ((Number) r[12]).intValue(),
        r[13].toString(),
        r[14].toString(),
        r[15].toString(),
        new BigDecimal(r[16].toString()),
        ((Number) r[17]).intValue(),
        ((Number) r[18]).intValue(),
        SqlValues.date(r[19]),
        VacancyStatus.valueOf(r[20].toString()),
        r[21] == null ? null : VacancyStage.valueOf(r[21].toString()),
        SqlValues.date(r[22]),
        SqlValues.bool(r[23]),
        SqlValues.date(r[24]),
        SqlValues.date(r[25]),
        EligibilityData.split(SqlValues.text(r[26])),
        EligibilityData.split(SqlValues.text(r[27])),
        SqlValues.text(r[28]),
        SqlValues.text(r[29]),
        SqlValues.timestamp(r[30]),
        r[31].toString(),
        ((Number) r[32]).longValue());
  }

  private Query query(String sql, Collection<?> params) {
    Query q = em.createNativeQuery(sql);
    int i = 1;
    for (Object p : params) {
      q.setParameter(i++, p);
    }
    return q;
  }

  @SuppressWarnings("unchecked")
  List<Object[]> rows(String sql, List<?> params) {
    List<Object[]> result = new ArrayList<>();
    for (Object row : query(sql, params).getResultList()) {
      result.add(row instanceof Object[] a ? a : new Object[] {row});
    }
    return result;
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

  /** A summary cut to 500 characters, ending with an ellipsis when cut. */
  public static String brief(String summary) {
    return summary == null || summary.length() <= 500 ? summary : summary.substring(0, 499) + "…";
  }
}
