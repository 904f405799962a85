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
import org.bandwise.identity.control.People;
import org.bandwise.identity.entity.Role;
import org.bandwise.job.control.JdLifecycle;
import org.bandwise.job.control.JobDescriptionStore;
import org.bandwise.job.entity.JdVersion;
import org.bandwise.job.entity.JobDescription;
import org.bandwise.platform.error.FieldProblem;
import org.bandwise.platform.error.ProblemException;
import org.bandwise.platform.http.Preconditions;
import org.bandwise.scheme.control.SchemeStore;
import org.bandwise.scheme.control.ScoreOutcome;
import org.bandwise.scheme.control.Scoring;
import org.bandwise.scheme.entity.Scheme;
import org.bandwise.scheme.entity.SchemeFactor;
import org.bandwise.scheme.entity.SchemeStatus;

/** Evaluations through their life: requested, decided, scored by a panel, checked, published. */
@ApplicationScoped
public class EvaluationStore {

  static final String ENTITY = "EVALUATION";

  /** A member the panel form proposes. */
  public record SeatInput(String userId, PanelSide side, boolean chair) {}

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject JobDescriptionStore jds;
  @Inject SchemeStore schemes;
  @Inject People people;
  @Inject ConsistencyView consistency;
  @Inject Clock clock;

  public Evaluation get(String id) {
    Evaluation evaluation = em.find(Evaluation.class, id);
    if (evaluation == null) {
      throw ProblemException.notFound("There is no evaluation " + id + ".");
    }
    return evaluation;
  }

  public Scheme schemeOf(Evaluation evaluation) {
    if (evaluation.schemeId() == null) {
      return null;
    }
    return schemes
        .find(UUID.fromString(evaluation.schemeId()))
        .orElseThrow(
            () -> new IllegalStateException("scheme " + evaluation.schemeId() + " is gone"));
  }

  /** The total and band of the levels agreed so far. */
  public static ScoreOutcome runningScore(Scheme scheme, Evaluation evaluation) {
    int total = evaluation.agreedLevels().stream().mapToInt(AgreedLevel::points).sum();
    return Scoring.outcomeOf(scheme.scoringTable(), total);
  }

  @Transactional
  public Evaluation request(
      String versionId, String reason, String requesterId, RequesterType requesterType) {
    JdVersion version = jds.version(versionId);
    if (!JdLifecycle.canBeEvaluated(version.status())) {
      throw ProblemException.conflict(
          "jdVersionId",
          "Only a submitted or in-force version can be evaluated; this one is "
              + JdLifecycle.label(version.status())
              + ".");
    }
    if (jds.hasOpenEvaluation(versionId)) {
      throw ProblemException.conflict(
          "jdVersionId", "An evaluation of this version has already been requested.");
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

  @Transactional
  public Evaluation decide(
      String id, String ifMatch, boolean accept, Priority priority, String reason, String byName) {
    Evaluation evaluation = get(id);
    Preconditions.requireMatch(ifMatch, evaluation.version());
    Map<String, Object> before = evaluation.auditSnapshot();
    LocalDateTime now = LocalDateTime.now(clock);
    if (accept) {
      if (priority == null) {
        throw ProblemException.invalid("priority", "choose P1 or P2 to accept the request");
      }
      evaluation.accept(priority, byName, now);
      jds.startEvaluation(jds.version(evaluation.jdVersionId()));
    } else {
      if (reason == null || reason.isBlank()) {
        throw ProblemException.invalid("reason", "say why the request is rejected");
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
    em.flush();
    return evaluation;
  }

  @Transactional
  public Evaluation seatPanel(String id, String ifMatch, String schemeId, List<SeatInput> seats) {
    Evaluation evaluation = get(id);
    Preconditions.requireMatch(ifMatch, evaluation.version());
    Scheme scheme =
        schemes
            .find(UUID.fromString(schemeId))
            .orElseThrow(() -> ProblemException.invalid("schemeId", "there is no such scheme"));
    boolean unchanged = schemeId.equals(evaluation.schemeId());
    if (scheme.status() != SchemeStatus.ACTIVE && !unchanged) {
      throw ProblemException.invalid("schemeId", "choose an active scheme version");
    }
    var known = people.byIds(seats.stream().map(SeatInput::userId).toList());
    List<PanelRules.ProposedSeat> proposed = new ArrayList<>();
    for (SeatInput seat : seats) {
      People.Person person = known.get(seat.userId());
      proposed.add(
          new PanelRules.ProposedSeat(
              seat.userId(),
              person == null ? seat.userId() : person.displayName(),
              seat.side(),
              seat.chair(),
              person != null,
              person != null
                  && (person.has(Role.HR_EVALUATOR)
                      || person.has(Role.HR_ADMIN)
                      || person.has(Role.UNION_REP))));
    }
    JobDescription jd = jds.get(evaluation.jdId());
    List<FieldProblem> problems = PanelRules.problems(proposed, jd.holders());
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
    Map<String, Object> before = evaluation.auditSnapshot();
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
    em.flush();
    return evaluation;
  }

  /** A member's own provisional levels; factors left out keep their earlier choice. */
  @Transactional
  public void recordProvisional(String id, String userId, Map<String, Integer> levels) {
    Evaluation evaluation = get(id);
    if (evaluation.status() != EvaluationStatus.IN_PANEL) {
      throw ProblemException.conflict(
          "status", "Provisional levels are recorded while the panel sits.");
    }
    if (!evaluation.seats(userId)) {
      throw ProblemException.forbidden("Only members of this panel record provisional levels.");
    }
    Scheme scheme = schemeOf(evaluation);
    List<FieldProblem> problems = new ArrayList<>();
    for (var entry : new TreeMap<>(levels).entrySet()) {
      problems.addAll(
          levelProblems(scheme, entry.getKey(), entry.getValue(), "levels." + entry.getKey()));
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
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
  }

  @Transactional
  public Evaluation agree(
      String id, String ifMatch, String factorCode, int level, String rationale, String byName) {
    Evaluation evaluation = get(id);
    Preconditions.requireMatch(ifMatch, evaluation.version());
    if (evaluation.status() != EvaluationStatus.IN_PANEL) {
      throw ProblemException.conflict(
          "status",
          "Levels are agreed while the panel sits; this evaluation is "
              + evaluation.status()
              + ".");
    }
    Scheme scheme = schemeOf(evaluation);
    SchemeFactor factor =
        scheme.factors().stream()
            .filter(f -> f.code().equals(factorCode))
            .findFirst()
            .orElseThrow(
                () -> ProblemException.notFound("The scheme has no factor " + factorCode + "."));
    List<FieldProblem> problems =
        new ArrayList<>(levelProblems(scheme, factorCode, level, "level"));
    if (rationale == null || rationale.isBlank()) {
      problems.add(new FieldProblem("rationale", "give the panel's reason for this level"));
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
    Map<String, Object> before = evaluation.auditSnapshot();
    before.put(factorCode, evaluation.agreedLevel(factorCode).map(AgreedLevel::level).orElse(null));
    LocalDateTime now = LocalDateTime.now(clock);
    int points = factor.level(level).orElseThrow().points();
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
    em.flush();
    return evaluation;
  }

  @Transactional
  public Evaluation recordCheck(String id, String ifMatch, String conclusion, String byName) {
    Evaluation evaluation = get(id);
    Preconditions.requireMatch(ifMatch, evaluation.version());
    Scheme scheme = schemeOf(evaluation);
    if (scheme == null || evaluation.agreedLevels().size() < scheme.factors().size()) {
      throw ProblemException.conflict(
          "conclusion", "Agree a level for every factor before the consistency check.");
    }
    Map<String, Object> before = evaluation.auditSnapshot();
    int total = runningScore(scheme, evaluation).total();
    evaluation.recordCheck(conclusion.trim(), byName, total, LocalDateTime.now(clock));
    audit.record(
        ENTITY,
        evaluation.id(),
        evaluation.jdId(),
        "CHECKED",
        "Consistency check recorded at " + total + " points",
        before,
        evaluation.auditSnapshot());
    em.flush();
    return evaluation;
  }

  /** What stands between the evaluation and publication; empty when it can be published. */
  public List<String> blockers(Evaluation evaluation, Scheme scheme) {
    if (scheme == null || evaluation.status() != EvaluationStatus.IN_PANEL) {
      return evaluation.status() == EvaluationStatus.PUBLISHED
          ? List.of()
          : PublicationReadiness.blockers(
              new PublicationReadiness.Facts(false, false, 0, 0, false, false, false));
    }
    ScoreOutcome score = runningScore(scheme, evaluation);
    boolean complete = evaluation.agreedLevels().size() == scheme.factors().size();
    boolean checkRequired = complete && consistency.of(evaluation, scheme, score).checkRequired();
    var known = people.byIds(evaluation.panel().stream().map(PanelSeat::userId).toList());
    List<PanelRules.ProposedSeat> seats =
        evaluation.panel().stream()
            .map(
                s ->
                    new PanelRules.ProposedSeat(
                        s.userId(),
                        s.displayName(),
                        s.side(),
                        s.chair(),
                        known.containsKey(s.userId()),
                        true))
            .toList();
    boolean panelValid = PanelRules.problems(seats, jds.get(evaluation.jdId()).holders()).isEmpty();
    return PublicationReadiness.blockers(
        new PublicationReadiness.Facts(
            true,
            panelValid,
            evaluation.agreedLevels().size(),
            scheme.factors().size(),
            score.outOfRange(),
            checkRequired,
            evaluation.checkConclusion() != null));
  }

  @Transactional
  public Evaluation publish(String id, String ifMatch, LocalDate effectiveFrom, String byName) {
    Evaluation evaluation = get(id);
    Preconditions.requireMatch(ifMatch, evaluation.version());
    if (evaluation.status() != EvaluationStatus.IN_PANEL) {
      throw ProblemException.conflict(
          "status", "Only an evaluation being scored by its panel can be published.");
    }
    Scheme scheme = schemeOf(evaluation);
    List<String> blockers = blockers(evaluation, scheme);
    if (!blockers.isEmpty()) {
      throw ProblemException.conflict(
          "status", "Not ready to publish: " + String.join(" ", blockers));
    }
    ScoreOutcome score = runningScore(scheme, evaluation);
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
        score.summary() + " Effective from " + effectiveFrom + ".",
        before,
        evaluation.auditSnapshot());
    em.flush();
    return evaluation;
  }

  /** Puts in force every published outcome whose effective date has come. */
  @Transactional
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

  private static List<FieldProblem> levelProblems(
      Scheme scheme, String factorCode, Integer level, String field) {
    var factor = scheme.factors().stream().filter(f -> f.code().equals(factorCode)).findFirst();
    if (factor.isEmpty()) {
      return List.of(new FieldProblem(field, "this scheme has no factor " + factorCode));
    }
    int levels = factor.get().levels().size();
    if (level == null || level < 1 || level > levels) {
      return List.of(
          new FieldProblem(
              field, factor.get().name() + " has levels 1 to " + levels + ", not " + level));
    }
    return List.of();
  }
}
