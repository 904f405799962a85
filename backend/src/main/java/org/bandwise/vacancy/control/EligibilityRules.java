package org.bandwise.vacancy.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.bandwise.calendar.control.DateText;

/**
 * Who may apply for which vacancy, and why, as of a day.
 *
 * <p><b>The stage-1 pool</b> of a vacancy is the staff who are all of:
 *
 * <ul>
 *   <li>at risk now (from a downgrade, for their protection period), from a re-banding the
 *       vacancy's ring-fence is for (any, when it is for all staff at risk);
 *   <li>in a band — or protected at a band — the same as or higher than the vacancy's, compared by
 *       rank in the pay structure;
 *   <li>holding every essential criterion now, or able to gain the missing ones by training that
 *       would finish within the training window (6 months by default). Every missing criterion must
 *       be in the training catalogue, and the courses are counted one after another: their typical
 *       durations add up, because one person takes them.
 * </ul>
 *
 * Pool members with statutory priority on the day (pregnancy, maternity, adoption or shared
 * parental leave) come first in the pool, then the rest, each group by name.
 *
 * <p><b>Eligible now</b>: while the vacancy is ring-fenced, pool members only; once open to
 * internal (or external) applicants, pool members and every other member of staff who holds every
 * essential criterion now (training time is a pool privilege). Not while it is a draft, has an
 * offer open, or is filled or withdrawn. The stage at which a person may apply is {@code
 * RING_FENCE} for pool members and {@code INTERNAL} for everyone else.
 *
 * <p><b>Bulk</b>: {@link #matrix} and {@link #forEach} take every person against every vacancy in
 * one pass. Criteria are numbered once per call; each person's held criteria become a bit set and
 * each vacancy's essential criteria an array of those numbers, so a pair costs one look-up per
 * essential criterion. Every sentence is built once per person, vacancy, criterion or band pair and
 * shared, never per pair.
 */
public final class EligibilityRules {

  private final EligibilitySettings settings;
  private final TrainingCatalogue training;
  private final LocalDate asOf;

  /** The longest training, in whole weeks, that finishes within the window from {@code asOf}. */
  private final int maxTrainingWeeks;

  public EligibilityRules(
      EligibilitySettings settings, TrainingCatalogue training, LocalDate asOf) {
    this.settings = Objects.requireNonNull(settings);
    this.training = Objects.requireNonNull(training);
    this.asOf = Objects.requireNonNull(asOf);
    LocalDate limit = asOf.plusMonths(settings.trainingWindowMonths());
    int weeks = 0;
    while (!asOf.plusWeeks(weeks + 1L).isAfter(limit)) {
      weeks++;
    }
    this.maxTrainingWeeks = weeks;
  }

  public LocalDate asOf() {
    return asOf;
  }

  /** The longest training, in whole weeks, a pool member may still need. */
  public int maxTrainingWeeks() {
    return maxTrainingWeeks;
  }

  /** One person against one vacancy. */
  public Eligibility assess(Candidate candidate, VacancyFacts vacancy) {
    Session session = new Session(List.of(vacancy));
    return session.explain(session.prepare(candidate), session.vacancies.get(0));
  }

  /** One person against each vacancy, in the vacancies' order ("Vacancies for me"). */
  public List<Eligibility> forCandidate(Candidate candidate, List<VacancyFacts> vacancies) {
    Session session = new Session(vacancies);
    PreparedCandidate person = session.prepare(candidate);
    var answers = new ArrayList<Eligibility>(vacancies.size());
    for (PreparedVacancy vacancy : session.vacancies) {
      answers.add(session.explain(person, vacancy));
    }
    return answers;
  }

  /**
   * Everyone against one vacancy: the pool first, in pool order (statutory priority first, then by
   * name), then everyone else by name.
   */
  public List<Eligibility> forVacancy(VacancyFacts vacancy, List<Candidate> candidates) {
    Session session = new Session(List.of(vacancy));
    PreparedVacancy prepared = session.vacancies.get(0);
    var answers = new ArrayList<Eligibility>(candidates.size());
    var names = new HashMap<String, String>();
    for (Candidate candidate : candidates) {
      answers.add(session.explain(session.prepare(candidate), prepared));
      names.put(candidate.staffId(), candidate.name());
    }
    answers.sort(poolOrder(names));
    return answers;
  }

  /** The vacancy's stage-1 pool, in pool order. */
  public List<Eligibility> pool(VacancyFacts vacancy, List<Candidate> candidates) {
    return forVacancy(vacancy, candidates).stream().filter(Eligibility::inPool).toList();
  }

  /** Every person against every vacancy, the verdicts only, in one pass. */
  public EligibilityMatrix matrix(List<Candidate> candidates, List<VacancyFacts> vacancies) {
    Session session = new Session(vacancies);
    int m = vacancies.size();
    byte[] cells = new byte[Math.multiplyExact(candidates.size(), m)];
    PreparedVacancy[] prepared = session.vacancies.toArray(PreparedVacancy[]::new);
    for (int i = 0; i < candidates.size(); i++) {
      PreparedCandidate person = session.prepare(candidates.get(i));
      for (int j = 0; j < m; j++) {
        cells[i * m + j] = (byte) session.verdict(person, prepared[j]);
      }
    }
    return new EligibilityMatrix(candidates, vacancies, cells);
  }

  /**
   * Every person against every vacancy with the reasons, handed to {@code sink} one pair at a time
   * (person by person, each against the vacancies in order) so nothing is kept that the caller does
   * not keep.
   */
  public void forEach(
      List<Candidate> candidates, List<VacancyFacts> vacancies, Consumer<Eligibility> sink) {
    Session session = new Session(vacancies);
    for (Candidate candidate : candidates) {
      PreparedCandidate person = session.prepare(candidate);
      for (PreparedVacancy vacancy : session.vacancies) {
        sink.accept(session.explain(person, vacancy));
      }
    }
  }

  static Comparator<Eligibility> poolOrder(Map<String, String> names) {
    return Comparator.comparing((Eligibility e) -> !e.inPool())
        .thenComparing(e -> !e.priority())
        .thenComparing(e -> names.getOrDefault(e.staffId(), ""), String.CASE_INSENSITIVE_ORDER)
        .thenComparing(Eligibility::staffId);
  }

  // ---------------------------------------------------------------------------------------------

  static final int ELIGIBLE = 1;
  static final int IN_POOL = 2;
  static final int PRIORITY = 4;

  private record PreparedVacancy(
      VacancyFacts facts,
      int bandSlot,
      int[] criteria,
      int[] weeks,
      EligibilityReason[] held,
      EligibilityReason[] missing,
      EligibilityReason[] trainableInPool,
      EligibilityReason[] trainableOutOfPool,
      EligibilityReason stageInPool,
      EligibilityReason stageOutOfPool,
      boolean openToPool,
      boolean openToInternal) {}

  private static final class PreparedCandidate {
    final Candidate facts;
    final BitSet held;
    final BandRef effectiveBand;
    final boolean byProtection;
    final boolean atRiskNow;
    final boolean priority;
    final EligibilityReason atRiskReason;
    final EligibilityReason priorityReason;
    final EligibilityReason[] bandReasons;
    final Map<String, EligibilityReason> fenceRefusals = new HashMap<>(4);

    PreparedCandidate(
        Candidate facts,
        BitSet held,
        BandRef effectiveBand,
        boolean byProtection,
        boolean atRiskNow,
        boolean priority,
        EligibilityReason atRiskReason,
        EligibilityReason priorityReason,
        int bandSlots) {
      this.facts = facts;
      this.held = held;
      this.effectiveBand = effectiveBand;
      this.byProtection = byProtection;
      this.atRiskNow = atRiskNow;
      this.priority = priority;
      this.atRiskReason = atRiskReason;
      this.priorityReason = priorityReason;
      this.bandReasons = new EligibilityReason[bandSlots];
    }
  }

  /** The numbering and shared sentences of one call. */
  private final class Session {

    final Map<String, Integer> criterionIndex = new HashMap<>();
    final List<BandRef> bands = new ArrayList<>();
    final List<PreparedVacancy> vacancies;
    final Map<Integer, EligibilityReason> trainingWithin = new HashMap<>();
    final Map<Integer, EligibilityReason> trainingTooLong = new HashMap<>();
    final EligibilityReason trainingOutOfPool =
        EligibilityReason.of(
            EligibilityRule.TRAINING,
            false,
            "Training time counts only for people in the ring-fenced pool, so you need every"
                + " essential criterion now to apply.");

    Session(List<VacancyFacts> facts) {
      Map<BandRef, Integer> bandSlots = new HashMap<>();
      vacancies = new ArrayList<>(facts.size());
      for (VacancyFacts vacancy : facts) {
        int slot =
            bandSlots.computeIfAbsent(
                vacancy.band(),
                b -> {
                  bands.add(b);
                  return bands.size() - 1;
                });
        vacancies.add(prepare(vacancy, slot));
      }
    }

    PreparedVacancy prepare(VacancyFacts vacancy, int bandSlot) {
      List<Criterion> essentials = vacancy.essentialCriteria();
      int k = essentials.size();
      int[] indexes = new int[k];
      int[] weeks = new int[k];
      var held = new EligibilityReason[k];
      var missing = new EligibilityReason[k];
      var trainableIn = new EligibilityReason[k];
      var trainableOut = new EligibilityReason[k];
      for (int c = 0; c < k; c++) {
        Criterion criterion = essentials.get(c);
        indexes[c] = criterionIndex.computeIfAbsent(criterion.id(), id -> criterionIndex.size());
        weeks[c] = training.weeks(criterion.id()).orElse(-1);
        held[c] =
            new EligibilityReason(
                EligibilityRule.ESSENTIAL_CRITERION,
                criterion.id(),
                true,
                "You have " + criterion.name() + ".");
        missing[c] =
            new EligibilityReason(
                EligibilityRule.ESSENTIAL_CRITERION,
                criterion.id(),
                false,
                "You do not have " + criterion.name() + ", which is essential for this post.");
        if (weeks[c] > 0) {
          String text =
              "You do not have "
                  + criterion.name()
                  + " yet: training takes about "
                  + weeks(weeks[c])
                  + ".";
          trainableIn[c] =
              new EligibilityReason(
                  EligibilityRule.ESSENTIAL_CRITERION, criterion.id(), true, text);
          trainableOut[c] =
              new EligibilityReason(
                  EligibilityRule.ESSENTIAL_CRITERION, criterion.id(), false, text);
        }
      }
      VacancyStatus status = vacancy.status();
      RingFence fence = vacancy.ringFence();
      String until =
          fence == null || fence.until() == null ? null : " until " + DateText.of(fence.until());
      EligibilityReason inPool;
      EligibilityReason outOfPool;
      switch (status) {
        case RING_FENCE -> {
          inPool =
              EligibilityReason.of(
                  EligibilityRule.STAGE,
                  true,
                  "Ring-fenced for staff at risk"
                      + (until == null ? "" : until)
                      + ", and you are in the pool.");
          outOfPool =
              EligibilityReason.of(
                  EligibilityRule.STAGE,
                  false,
                  until == null
                      ? "Ring-fenced for staff at risk; open to internal applicants once everyone"
                          + " in the pool has been considered."
                      : "Ring-fenced for staff at risk"
                          + until
                          + "; open to internal applicants after that.");
        }
        case INTERNAL -> {
          inPool =
              EligibilityReason.of(EligibilityRule.STAGE, true, "Open to internal applicants.");
          outOfPool = inPool;
        }
        case EXTERNAL -> {
          inPool =
              EligibilityReason.of(
                  EligibilityRule.STAGE, true, "Open to internal and external applicants.");
          outOfPool = inPool;
        }
        case DRAFT -> {
          inPool =
              EligibilityReason.of(EligibilityRule.STAGE, false, "This vacancy is not open yet.");
          outOfPool = inPool;
        }
        case OFFER_MADE -> {
          inPool =
              EligibilityReason.of(
                  EligibilityRule.STAGE,
                  false,
                  "An offer has been made for this vacancy, so it is not taking applications.");
          outOfPool = inPool;
        }
        case FILLED -> {
          inPool =
              EligibilityReason.of(EligibilityRule.STAGE, false, "This vacancy has been filled.");
          outOfPool = inPool;
        }
        case WITHDRAWN -> {
          inPool =
              EligibilityReason.of(
                  EligibilityRule.STAGE, false, "This vacancy has been withdrawn.");
          outOfPool = inPool;
        }
        default -> throw new IllegalStateException("unknown status " + status);
      }
      boolean openToPool =
          status == VacancyStatus.RING_FENCE
              || status == VacancyStatus.INTERNAL
              || status == VacancyStatus.EXTERNAL;
      boolean openToInternal = status == VacancyStatus.INTERNAL || status == VacancyStatus.EXTERNAL;
      return new PreparedVacancy(
          vacancy,
          bandSlot,
          indexes,
          weeks,
          held,
          missing,
          trainableIn,
          trainableOut,
          inPool,
          outOfPool,
          openToPool,
          openToInternal);
    }

    PreparedCandidate prepare(Candidate candidate) {
      var held = new BitSet(criterionIndex.size());
      for (String id : candidate.heldCriteria()) {
        Integer index = criterionIndex.get(id);
        if (index != null) {
          held.set(index);
        }
      }
      BandRef band = candidate.band();
      BandRef protectedBand = candidate.protectedBand();
      boolean byProtection =
          protectedBand != null && (band == null || protectedBand.rank() > band.rank());
      BandRef effective = byProtection ? protectedBand : band;

      AtRisk risk = candidate.atRisk();
      boolean atRiskNow = risk != null && risk.on(asOf);
      EligibilityReason atRiskReason;
      if (risk == null) {
        atRiskReason =
            EligibilityReason.of(
                EligibilityRule.AT_RISK,
                false,
                "You are not at risk, so you are not in the ring-fenced pool.");
      } else if (asOf.isBefore(risk.from())) {
        atRiskReason =
            EligibilityReason.of(
                EligibilityRule.AT_RISK,
                false,
                "You will be at risk from "
                    + DateText.of(risk.from())
                    + ", and in the ring-fenced pool from then.");
      } else if (asOf.isAfter(risk.until())) {
        atRiskReason =
            EligibilityReason.of(
                EligibilityRule.AT_RISK,
                false,
                "Your at-risk period ended on "
                    + DateText.of(risk.until())
                    + ", so you are no longer in the ring-fenced pool.");
      } else {
        atRiskReason =
            EligibilityReason.of(
                EligibilityRule.AT_RISK,
                true,
                "You are at risk until " + DateText.of(risk.until()) + ".");
      }

      StatutoryPriority priority =
          candidate.priorities().stream().filter(p -> p.on(asOf)).findFirst().orElse(null);
      EligibilityReason priorityReason =
          priority == null
              ? null
              : EligibilityReason.of(
                  EligibilityRule.PRIORITY,
                  true,
                  "You come first in the pool because of your "
                      + priority.reason().text()
                      + " (from "
                      + DateText.of(priority.from())
                      + (priority.to() == null ? "" : " to " + DateText.of(priority.to()))
                      + ").");
      return new PreparedCandidate(
          candidate,
          held,
          effective,
          byProtection,
          atRiskNow,
          priority != null,
          atRiskReason,
          priorityReason,
          bands.size());
    }

    /** The verdict bits for a pair: no sentences. */
    int verdict(PreparedCandidate person, PreparedVacancy vacancy) {
      boolean poolPossible = admitted(person, vacancy) && bandMet(person, vacancy);
      if (!poolPossible && !vacancy.openToInternal()) {
        return 0;
      }
      int weeks = 0;
      boolean allHeld = true;
      boolean trainable = true;
      int[] criteria = vacancy.criteria();
      for (int c = 0; c < criteria.length; c++) {
        if (!person.held.get(criteria[c])) {
          allHeld = false;
          int w = vacancy.weeks()[c];
          if (w < 0) {
            trainable = false;
          } else {
            weeks += w;
          }
        }
      }
      boolean inPool = poolPossible && (allHeld || (trainable && weeks <= maxTrainingWeeks));
      boolean eligible = inPool ? vacancy.openToPool() : vacancy.openToInternal() && allHeld;
      return (eligible ? ELIGIBLE : 0)
          | (inPool ? IN_POOL : 0)
          | (inPool && person.priority ? PRIORITY : 0);
    }

    Eligibility explain(PreparedCandidate person, PreparedVacancy vacancy) {
      int bits = verdict(person, vacancy);
      boolean inPool = (bits & IN_POOL) != 0;
      boolean admitted = admitted(person, vacancy);
      boolean bandMet = bandMet(person, vacancy);
      int[] criteria = vacancy.criteria();
      var reasons = new ArrayList<EligibilityReason>(criteria.length + 5);

      reasons.add(
          admitted || !person.atRiskNow ? person.atRiskReason : fenceRefusal(person, vacancy));
      reasons.add(bandReason(person, vacancy));

      int weeks = 0;
      boolean missingAny = false;
      boolean trainable = true;
      for (int c = 0; c < criteria.length; c++) {
        if (person.held.get(criteria[c])) {
          reasons.add(vacancy.held()[c]);
        } else {
          missingAny = true;
          int w = vacancy.weeks()[c];
          if (w < 0) {
            trainable = false;
            reasons.add(vacancy.missing()[c]);
          } else {
            weeks += w;
            reasons.add(inPool ? vacancy.trainableInPool()[c] : vacancy.trainableOutOfPool()[c]);
          }
        }
      }
      if (missingAny && trainable) {
        reasons.add(trainingReason(weeks, admitted && bandMet));
      }
      if (inPool && person.priority) {
        reasons.add(person.priorityReason);
      }
      reasons.add(inPool ? vacancy.stageInPool() : vacancy.stageOutOfPool());
      return new Eligibility(
          person.facts.staffId(),
          vacancy.facts().id(),
          (bits & ELIGIBLE) != 0,
          inPool ? VacancyStage.RING_FENCE : VacancyStage.INTERNAL,
          inPool,
          (bits & PRIORITY) != 0,
          reasons);
    }

    private boolean admitted(PreparedCandidate person, PreparedVacancy vacancy) {
      if (!person.atRiskNow) {
        return false;
      }
      RingFence fence = vacancy.facts().ringFence();
      return fence == null || fence.admits(person.facts.atRisk().reBandingId());
    }

    private boolean bandMet(PreparedCandidate person, PreparedVacancy vacancy) {
      return person.effectiveBand != null
          && person.effectiveBand.rank() >= vacancy.facts().band().rank();
    }

    private EligibilityReason fenceRefusal(PreparedCandidate person, PreparedVacancy vacancy) {
      RingFence fence = vacancy.facts().ringFence();
      return person.fenceRefusals.computeIfAbsent(
          fence.poolDescription(),
          description ->
              EligibilityReason.of(
                  EligibilityRule.AT_RISK,
                  false,
                  "You are at risk until "
                      + DateText.of(person.facts.atRisk().until())
                      + ", but this vacancy is ring-fenced for "
                      + description
                      + "."));
    }

    private EligibilityReason bandReason(PreparedCandidate person, PreparedVacancy vacancy) {
      int slot = vacancy.bandSlot();
      EligibilityReason reason = person.bandReasons[slot];
      if (reason == null) {
        reason = bandText(person, bands.get(slot));
        person.bandReasons[slot] = reason;
      }
      return reason;
    }

    private EligibilityReason bandText(PreparedCandidate person, BandRef vacancyBand) {
      BandRef own = person.effectiveBand;
      if (own == null) {
        return EligibilityReason.of(
            EligibilityRule.BAND,
            false,
            "You have no band on record, so the band rule is not met.");
      }
      String yours =
          (person.byProtection ? "Your protected band, " : "Your band, ") + own.name() + ", is ";
      if (own.rank() == vacancyBand.rank()) {
        return EligibilityReason.of(
            EligibilityRule.BAND, true, yours + "the same as this vacancy's band.");
      }
      boolean higher = own.rank() > vacancyBand.rank();
      return EligibilityReason.of(
          EligibilityRule.BAND,
          higher,
          yours
              + (higher ? "higher" : "lower")
              + " than this vacancy's band, "
              + vacancyBand.name()
              + ".");
    }

    private EligibilityReason trainingReason(int weeks, boolean otherwiseInPool) {
      if (weeks > maxTrainingWeeks) {
        return trainingTooLong.computeIfAbsent(
            weeks,
            w ->
                EligibilityReason.of(
                    EligibilityRule.TRAINING,
                    false,
                    "The training you need takes about "
                        + weeks(w)
                        + " in all, longer than the "
                        + months(settings.trainingWindowMonths())
                        + " allowed for the ring-fenced pool."));
      }
      if (!otherwiseInPool) {
        return trainingOutOfPool;
      }
      return trainingWithin.computeIfAbsent(
          weeks,
          w ->
              EligibilityReason.of(
                  EligibilityRule.TRAINING,
                  true,
                  "With about "
                      + weeks(w)
                      + " of training you would meet every essential criterion by "
                      + DateText.of(asOf.plusWeeks(w))
                      + ", within the "
                      + months(settings.trainingWindowMonths())
                      + " allowed for the ring-fenced pool."));
    }
  }

  private static String weeks(int n) {
    return n == 1 ? "1 week" : n + " weeks";
  }

  private static String months(int n) {
    return n == 1 ? "1 month" : n + " months";
  }
}
