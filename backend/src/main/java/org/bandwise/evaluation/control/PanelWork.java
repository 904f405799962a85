package org.bandwise.evaluation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
import org.bandwise.evaluation.entity.SignOff;
import org.bandwise.identity.control.People;
import org.bandwise.identity.entity.Role;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.NotPermitted;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.error.FieldProblem;
import org.bandwise.scheme.control.SchemeStore;
import org.bandwise.scheme.entity.Scheme;
import org.bandwise.scheme.entity.SchemeFactor;
import org.bandwise.scheme.entity.SchemeStatus;
import org.bandwise.workforce.control.PostHolders;

/**
 * The panel's work on an evaluation: seating it ({@link PanelRules}), each member's provisional
 * levels, the agreed levels with their rationale, the consistency check and the sign-offs. A change
 * to the panel or to an agreed level withdraws the sign-offs it invalidates.
 */
@ApplicationScoped
public class PanelWork {

  /** A member the panel form proposes. */
  public record SeatInput(String userId, PanelSide side, boolean chair) {}

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject PostHolders postHolders;
  @Inject SchemeStore schemes;
  @Inject People people;
  @Inject EvaluationStates states;
  @Inject EvaluationStore evaluations;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public EvaluationState seatPanel(
      String id, ExpectedVersion expected, String schemeId, List<SeatInput> seats) {
    Evaluation evaluation = evaluations.get(id);
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
        EvaluationStore.ENTITY,
        evaluation.id(),
        evaluation.jdId(),
        "PANEL_SET",
        "Panel set: "
            + String.join("; ", evaluation.panel().stream().map(PanelSeat::toString).toList()),
        before,
        evaluation.auditSnapshot());
    evaluations.auditWithdrawn(evaluation, withdrawn, "the panel changed");
    return evaluations.settle(evaluation);
  }

  /** A member's own provisional levels; factors left out keep their earlier choice. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Evaluation recordProvisional(String id, String userId, Map<String, Integer> levels) {
    Evaluation evaluation = evaluations.get(id);
    if (!evaluation.seats(userId)) {
      throw new NotPermitted("Only the members of this panel record provisional levels on it.");
    }
    requireSitting(evaluation, "Provisional levels are recorded");
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
        EvaluationStore.ENTITY,
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
    Evaluation evaluation = evaluations.get(id);
    expected.check(evaluation.version());
    requireSitting(evaluation, "Levels are agreed");
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
        EvaluationStore.ENTITY,
        evaluation.id(),
        evaluation.jdId(),
        "LEVEL_AGREED",
        factor.name() + ": level " + level + " (" + points + " points)",
        before,
        after);
    evaluations.auditWithdrawn(evaluation, withdrawn, "an agreed level changed");
    return evaluations.settle(evaluation);
  }

  /** The signed-in member's sign-off of the agreed levels as they stand. */
  @Transactional(Transactional.TxType.MANDATORY)
  public EvaluationState signOff(String id, ExpectedVersion expected, String userId) {
    Evaluation evaluation = evaluations.get(id);
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
        EvaluationStore.ENTITY,
        evaluation.id(),
        evaluation.jdId(),
        "SIGNED_OFF",
        seat.displayName() + " signed off the agreed levels",
        before,
        evaluation.auditSnapshot());
    return evaluations.settle(evaluation);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public EvaluationState recordCheck(
      String id, ExpectedVersion expected, String conclusion, String byName) {
    Evaluation evaluation = evaluations.get(id);
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
        EvaluationStore.ENTITY,
        evaluation.id(),
        evaluation.jdId(),
        "CHECKED",
        "Consistency check recorded at " + total + " points",
        before,
        evaluation.auditSnapshot());
    return evaluations.settle(evaluation);
  }

  /** Refuses {@code what} (a sentence's subject and verb) unless the panel sits. */
  private static void requireSitting(Evaluation evaluation, String what) {
    if (evaluation.status() != EvaluationStatus.IN_PANEL) {
      throw new RuleConflict(
          "status",
          what
              + " while the panel sits, and this evaluation is "
              + Evaluation.label(evaluation.status())
              + ".");
    }
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
