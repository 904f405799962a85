package org.bandwise.evaluation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.evaluation.entity.AgreedLevel;
import org.bandwise.evaluation.entity.Evaluation;
import org.bandwise.evaluation.entity.EvaluationStatus;
import org.bandwise.evaluation.entity.PanelSeat;
import org.bandwise.evaluation.entity.PanelSide;
import org.bandwise.evaluation.entity.Priority;
import org.bandwise.evaluation.entity.RequesterType;
import org.bandwise.evaluation.entity.SignOff;
import org.bandwise.identity.control.People;
import org.bandwise.identity.entity.Role;
import org.bandwise.job.control.JdLifecycle;
import org.bandwise.job.control.JobDescriptionStore;
import org.bandwise.job.entity.JdVersion;
import org.bandwise.platform.domain.ExistingRecordConflict;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.NotPermitted;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.error.FieldProblem;
import org.bandwise.platform.persistence.UniqueKeys;
import org.bandwise.scheme.control.SchemeStore;
import org.bandwise.scheme.entity.Scheme;
import org.bandwise.scheme.entity.SchemeFactor;
import org.bandwise.scheme.entity.SchemeStatus;

/**
 * Evaluations through their life: requested, decided, scored by a panel, checked, signed off and
 * published. Every change joins the caller's transaction (the boundary's), checks the version the
 * change was made against, is audited, and answers with the evaluation's state derived once.
 */
@ApplicationScoped
public class EvaluationStore {

  static final String ENTITY = "EVALUATION";

  /** A member the panel form proposes. */
  public record SeatInput(String userId, PanelSide side, boolean chair) {}

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject JobDescriptionStore jds;
  @Inject org.bandwise.workforce.control.PostHolders postHolders;
  @Inject SchemeStore schemes;
  @Inject People people;
  @Inject EvaluationStates states;
  @Inject Clock clock;

  public Evaluation get(String id) {
    Evaluation evaluation = em.find(Evaluation.class, id);
    if (evaluation == null) {
      throw new RecordNotFound("There is no such evaluation.");
    }
    return evaluation;
  }

  /** The open request (requested, accepted or with its panel) of a JD, if there is one. */
  public Evaluation openRequestOf(String jdId) {
    return em.createQuery(
            "SELECT e FROM Evaluation e WHERE e.jdId = :jd AND e.status IN :open", Evaluation.class)
        .setParameter("jd", jdId)
        .setParameter(
            "open",
            List.of(
                EvaluationStatus.REQUESTED, EvaluationStatus.ACCEPTED, EvaluationStatus.IN_PANEL))
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * Asks for a JD version to be evaluated. A JD has at most one open request, whichever version it
   * names: a second would split the panel's work and the queue's waiting time.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Evaluation request(
      JdVersion version, String reason, String requesterId, RequesterType requesterType) {
    Evaluation open = openRequestOf(version.jd().id());
    if (open != null) {
      throw alreadyOpen(open.id());
    }
    if (!JdLifecycle.canBeEvaluated(version.status())) {
      throw new RuleConflict(
          "jdVersionId",
          "Only a submitted or in-force version can be evaluated, and this one is "
              + JdLifecycle.label(version.status())
              + ".");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("reason", "Enter why the role should be evaluated");
    }
    Evaluation evaluation =
        new Evaluation(
            version.jd().id(),
            version.id(),
            requesterId,
            requesterType,
            reason.trim(),
            LocalDateTime.now(clock));
    em.persist(evaluation);
    UniqueKeys.flush(em, () -> alreadyOpen(null));
    audit.record(
        ENTITY,
        evaluation.id(),
        version.jd().id(),
        "REQUESTED",
        "Evaluation of " + version.title() + " (version " + version.number() + ") requested",
        null,
        evaluation.auditSnapshot());
    return evaluation;
  }

  private static ExistingRecordConflict alreadyOpen(String existingId) {
    return new ExistingRecordConflict(
        "jdVersionId",
        "An evaluation of this job description has already been requested and is still open."
            + " Follow that request instead of making a new one.",
        existingId);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public EvaluationState decide(
      String id,
      ExpectedVersion expected,
      boolean accept,
      Priority priority,
      String reason,
      String byName) {
    Evaluation evaluation = get(id);
    expected.check(evaluation.version());
    Map<String, Object> before = evaluation.auditSnapshot();
    LocalDateTime now = LocalDateTime.now(clock);
    if (accept) {
      if (priority == null) {
        throw new InvalidInput("priority", "Select a priority to accept the request");
      }
      evaluation.accept(priority, byName, now);
      jds.startEvaluation(jds.version(evaluation.jdVersionId()));
    } else {
      if (reason == null || reason.isBlank()) {
        throw new InvalidInput("reason", "Enter why the request is rejected");
      }
      evaluation.reject(reason.trim(), byName, now);
    }
    audit.record(
        ENTITY,
        evaluation.id(),
        evaluation.jdId(),
        accept ? "ACCEPTED" : "REJECTED",
        accept ? "Accepted as " + priority : "Rejected: " + reason.trim(),
        before,
        evaluation.auditSnapshot());
    return settle(evaluation);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public EvaluationState seatPanel(
      String id, ExpectedVersion expected, String schemeId, List<SeatInput> seats) {
    Evaluation evaluation = get(id);
    expected.check(evaluation.version());
    Scheme scheme =
        schemes
            .find(UUID.fromString(schemeId))
            .orElseThrow(() -> new InvalidInput("schemeId", "Select a scheme that exists"));
    boolean unchanged = schemeId.equals(evaluation.schemeId());
    if (scheme.status() != SchemeStatus.ACTIVE && !unchanged) {
      throw new InvalidInput("schemeId", "Select an active scheme version");
    }
    var known = people.byIds(seats.stream().map(SeatInput::userId).toList());
    List<PanelRules.ProposedSeat> proposed = new ArrayList<>();
    for (SeatInput seat : seats) {
      People.Person person = known.get(seat.userId());
      proposed.add(
          new PanelRules.ProposedSeat(
              seat.userId(),
              person == null ? "This person" : person.displayName(),
              seat.side(),
              seat.chair(),
              person != null,
              person != null
                  && (person.has(Role.HR_EVALUATOR)
                      || person.has(Role.HR_ADMIN)
                      || person.has(Role.UNION_REP))));
    }
    List<FieldProblem> problems =
        PanelRules.problems(proposed, postHolders.userIds(evaluation.jdId()));
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Map<String, Object> before = evaluation.auditSnapshot();
    List<SignOff> withdrawn =
        evaluation.seatPanel(
            schemeId,
            proposed.stream()
                .map(p -> new PanelSeat(p.userId(), p.name(), p.side(), p.chair()))
                .toList(),
            LocalDateTime.now(clock));
    audit.record(
        ENTITY,
        evaluation.id(),
        evaluation.jdId(),
        "PANEL_SET",
        "Panel set: "
            + String.join("; ", evaluation.panel().stream().map(PanelSeat::toString).toList()),
        before,
        evaluation.auditSnapshot());
    auditWithdrawn(evaluation, withdrawn, "the panel changed");
    return settle(evaluation);
  }

  /** A member's own provisional levels; factors left out keep their earlier choice. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Evaluation recordProvisional(String id, String userId, Map<String, Integer> levels) {
    Evaluation evaluation = get(id);
    if (!evaluation.seats(userId)) {
      throw new NotPermitted("Only the members of this panel record provisional levels on it.");
    }
    if (evaluation.status() != EvaluationStatus.IN_PANEL) {
      throw new RuleConflict(
          "status",
          "Provisional levels are recorded while the panel sits, and this evaluation is "
              + Evaluation.label(evaluation.status())
              + ".");
    }
    Scheme scheme = states.schemeOf(evaluation);
    List<FieldProblem> problems = new ArrayList<>();
    for (var entry : new TreeMap<>(levels).entrySet()) {
      problems.addAll(
          levelProblems(scheme, entry.getKey(), entry.getValue(), "levels." + entry.getKey()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> earlier =
        em.createNativeQuery(
                "SELECT factor_code, level_number FROM provisional_level"
                    + " WHERE evaluation_id = ?1 AND user_id = ?2")
            .setParameter(1, id)
            .setParameter(2, userId)
            .getResultList();
    Map<String, Object> before = new TreeMap<>();
    earlier.forEach(r -> before.put(r[0].toString(), ((Number) r[1]).intValue()));
    Map<String, Object> after = new TreeMap<>(before);
    after.putAll(levels);
    LocalDateTime now = LocalDateTime.now(clock);
    for (var entry : levels.entrySet()) {
      em.createNativeQuery(
              "DELETE FROM provisional_level WHERE evaluation_id = ?1 AND user_id = ?2 AND factor_code = ?3")
          .setParameter(1, id)
          .setParameter(2, userId)
          .setParameter(3, entry.getKey())
          .executeUpdate();
      em.createNativeQuery(
              "INSERT INTO provisional_level (evaluation_id, user_id, factor_code, level_number, recorded_at)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5)")
          .setParameter(1, id)
          .setParameter(2, userId)
          .setParameter(3, entry.getKey())
          .setParameter(4, entry.getValue())
          .setParameter(5, now)
          .executeUpdate();
    }
    String member = evaluation.seatOf(userId).map(PanelSeat::displayName).orElse(userId);
    audit.record(
        ENTITY,
        evaluation.id(),
        evaluation.jdId(),
        "PROVISIONAL_LEVELS",
        member + " recorded provisional levels for " + levels.size() + " factors",
        before,
        after);
    return evaluation;
  }

  /**
   * The panel's agreed level for a factor, with its rationale. A changed level or rationale clears
   * the consistency check and withdraws every sign-off (audited); the same level and rationale
   * again change nothing.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public EvaluationState agree(
      String id,
      ExpectedVersion expected,
      String factorCode,
      int level,
      String rationale,
      String byName) {
    Evaluation evaluation = get(id);
    expected.check(evaluation.version());
    if (evaluation.status() != EvaluationStatus.IN_PANEL) {
      throw new RuleConflict(
          "status",
          "Levels are agreed while the panel sits, and this evaluation is "
              + Evaluation.label(evaluation.status())
              + ".");
    }
    Scheme scheme = states.schemeOf(evaluation);
    SchemeFactor factor =
        scheme.factors().stream()
            .filter(f -> f.code().equals(factorCode))
            .findFirst()
            .orElseThrow(() -> new RecordNotFound("This scheme has no such factor."));
    List<FieldProblem> problems =
        new ArrayList<>(levelProblems(scheme, factorCode, level, "level"));
    if (rationale == null || rationale.isBlank()) {
      problems.add(
          new FieldProblem(
              "rationale",
              "Enter the panel’s rationale for the level of " + factor.name().toLowerCase()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    var current = evaluation.agreedLevel(factorCode);
    if (current.isPresent()
        && current.get().level() == level
        && Objects.equals(current.get().rationale(), rationale.trim())) {
      return states.of(evaluation);
    }
    Map<String, Object> before = evaluation.auditSnapshot();
    before.put(factorCode, current.map(AgreedLevel::level).orElse(null));
    before.put(factorCode + " rationale", current.map(AgreedLevel::rationale).orElse(null));
    LocalDateTime now = LocalDateTime.now(clock);
    int points = factor.level(level).orElseThrow().points();
    List<SignOff> withdrawn =
        evaluation.agree(
            new AgreedLevel(factorCode, level, points, rationale.trim(), byName, now), now);
    Map<String, Object> after = evaluation.auditSnapshot();
    after.put(factorCode, level);
    after.put(factorCode + " rationale", rationale.trim());
    audit.record(
        ENTITY,
        evaluation.id(),
        evaluation.jdId(),
        "LEVEL_AGREED",
        factor.name() + ": level " + level + " (" + points + " points)",
        before,
        after);
    auditWithdrawn(evaluation, withdrawn, "an agreed level changed");
    return settle(evaluation);
  }

  /** The signed-in member's sign-off of the agreed levels as they stand. */
  @Transactional(Transactional.TxType.MANDATORY)
  public EvaluationState signOff(String id, ExpectedVersion expected, String userId) {
    Evaluation evaluation = get(id);
    PanelSeat seat =
        evaluation
            .seatOf(userId)
            .orElseThrow(
                () -> new NotPermitted("Only the members of this panel sign off its levels."));
    expected.check(evaluation.version());
    if (evaluation.status() == EvaluationStatus.IN_PANEL && !states.of(evaluation).complete()) {
      throw new RuleConflict(
          "The panel has not agreed a level for every factor yet. Sign off once every level is"
              + " agreed.");
    }
    Map<String, Object> before = evaluation.auditSnapshot();
    evaluation.signOff(seat, LocalDateTime.now(clock));
    audit.record(
        ENTITY,
        evaluation.id(),
        evaluation.jdId(),
        "SIGNED_OFF",
        seat.displayName() + " signed off the agreed levels",
        before,
        evaluation.auditSnapshot());
    return settle(evaluation);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public EvaluationState recordCheck(
      String id, ExpectedVersion expected, String conclusion, String byName) {
    Evaluation evaluation = get(id);
    expected.check(evaluation.version());
    if (conclusion == null || conclusion.isBlank()) {
      throw new InvalidInput("conclusion", "Enter the conclusion of the consistency check");
    }
    EvaluationState state = states.of(evaluation);
    if (!state.complete()) {
      throw new RuleConflict(
          "conclusion", "Agree a level for every factor before the consistency check.");
    }
    Map<String, Object> before = evaluation.auditSnapshot();
    int total = state.runningTotal();
    evaluation.recordCheck(conclusion.trim(), byName, total, LocalDateTime.now(clock));
    audit.record(
        ENTITY,
        evaluation.id(),
        evaluation.jdId(),
        "CHECKED",
        "Consistency check recorded at " + total + " points",
        before,
        evaluation.auditSnapshot());
    return settle(evaluation);
  }

  /** Publishes the outcome; refused while anything blocks it (see {@link PublicationReadiness}). */
  @Transactional(Transactional.TxType.MANDATORY)
  public EvaluationState publish(
      String id, ExpectedVersion expected, LocalDate effectiveFrom, String byName) {
    Evaluation evaluation = get(id);
    expected.check(evaluation.version());
    if (evaluation.status() != EvaluationStatus.IN_PANEL) {
      throw new RuleConflict(
          "status",
          "Only an evaluation with its panel can be published, and this one is "
              + Evaluation.label(evaluation.status())
              + ".");
    }
    EvaluationState state = states.of(evaluation);
    if (!state.blockers().isEmpty()) {
      throw new RuleConflict(
          "status",
          "The outcome cannot be published yet. "
              + String.join(
                  " ",
                  state.blockers().stream().map(PublicationReadiness.Blocker::message).toList()));
    }
    var score = state.score();
    Map<String, Object> before = evaluation.auditSnapshot();
    LocalDateTime now = LocalDateTime.now(clock);
    String bandId = score.band().bandId().toString();
    evaluation.publish(score.total(), bandId, effectiveFrom, byName, now);
    JdVersion version = jds.version(evaluation.jdVersionId());
    jds.recordOutcome(version, evaluation.id(), effectiveFrom, bandId, score.total());
    if (!effectiveFrom.isAfter(LocalDate.now(clock))) {
      evaluation.takeEffect(now);
    }
    audit.record(
        ENTITY,
        evaluation.id(),
        evaluation.jdId(),
        "PUBLISHED",
        score.summary() + " Effective from " + NextStep.day(effectiveFrom) + ".",
        before,
        evaluation.auditSnapshot());
    return settle(evaluation);
  }

  /** Puts in force every published outcome whose effective date has come. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int putDueOutcomesInForce() {
    LocalDate today = LocalDate.now(clock);
    List<Evaluation> due =
        em.createQuery(
                "SELECT e FROM Evaluation e WHERE e.status = :published AND e.inForce = FALSE"
                    + " AND e.effectiveFrom <= :today ORDER BY e.effectiveFrom",
                Evaluation.class)
            .setParameter("published", EvaluationStatus.PUBLISHED)
            .setParameter("today", today)
            .getResultList();
    for (Evaluation evaluation : due) {
      jds.putInForce(
          jds.version(evaluation.jdVersionId()), evaluation.bandId(), evaluation.total());
      evaluation.takeEffect(LocalDateTime.now(clock));
    }
    return due.size();
  }

  /** Derives the state after a change, keeps the queue's flag in step, and writes it now. */
  private EvaluationState settle(Evaluation evaluation) {
    EvaluationState state = states.of(evaluation);
    evaluation.markAwaitingSignOff(state.awaitingSignOff());
    UniqueKeys.flush(
        em, () -> new RuleConflict("Someone else changed this evaluation at the same moment."));
    return state;
  }

  private void auditWithdrawn(Evaluation evaluation, List<SignOff> withdrawn, String because) {
    if (withdrawn.isEmpty()) {
      return;
    }
    audit.record(
        ENTITY,
        evaluation.id(),
        evaluation.jdId(),
        "SIGN_OFFS_WITHDRAWN",
        "Sign-offs withdrawn because " + because,
        Map.of("signOffs", String.join("; ", withdrawn.stream().map(SignOff::toString).toList())),
        Map.of("signOffs", ""));
  }

  private static List<FieldProblem> levelProblems(
      Scheme scheme, String factorCode, Integer level, String field) {
    var factor = scheme.factors().stream().filter(f -> f.code().equals(factorCode)).findFirst();
    if (factor.isEmpty()) {
      return List.of(new FieldProblem(field, "This scheme has no such factor"));
    }
    int levels = factor.get().levels().size();
    if (level == null || level < 1 || level > levels) {
      return List.of(
          new FieldProblem(
              field,
              "Select a level from 1 to " + levels + " for " + factor.get().name().toLowerCase()));
    }
    return List.of();
  }
}
