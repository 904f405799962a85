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
 *
 * <p><b>Voice</b>: the sentences speak to the person ("You are at risk until 31 July 2028.") when
 * they read their own eligibility, and about them by name ("Sam Patel is at risk until 31 July
 * 2028.") when HR or a union rep reads it ({@link Voice}). Every criterion sentence names the
 * criterion after a colon ("You meet the essential criterion: Has delivered accredited
 * programmes."), so it reads whatever the catalogue calls the criterion.
 */
public final class EligibilityRules {

  /** Who reads the sentences. */
  public enum Voice {
    /** The person themself: "You are at risk until 31 July 2028." */
    TO_THE_PERSON,
    /** HR or a union rep: "Sam Patel is at risk until 31 July 2028." */
    ABOUT_THE_PERSON
  }

  private final EligibilitySettings settings;
  private final TrainingCatalogue training;
  private final LocalDate asOf;
  private final Voice voice;

  /** The longest training, in whole weeks, that finishes within the window from {@code asOf}. */
  private final int maxTrainingWeeks;

  /** The rules speaking to the person ({@link Voice#TO_THE_PERSON}). */
  public EligibilityRules(
      EligibilitySettings settings, TrainingCatalogue training, LocalDate asOf) {
    this(settings, training, asOf, Voice.TO_THE_PERSON);
  }

  public EligibilityRules(
      EligibilitySettings settings, TrainingCatalogue training, LocalDate asOf, Voice voice) {
    this.settings = Objects.requireNonNull(settings);
    this.training = Objects.requireNonNull(training);
    this.asOf = Objects.requireNonNull(asOf);
    this.voice = Objects.requireNonNull(voice);
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

  public Voice voice() {
    return voice;
  }

  /** The same rules, on the same day, with the sentences in the given voice. */
  public EligibilityRules inVoice(Voice other) {
    return other == voice ? this : new EligibilityRules(settings, training, asOf, other);
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

  /** The kinds of criterion sentence, per criterion number. */
  private static final int HELD = 0;

  private static final int MISSING = 1;
  private static final int TRAINABLE_IN_POOL = 2;
  private static final int TRAINABLE_OUT_OF_POOL = 3;

  private record PreparedVacancy(
      VacancyFacts facts,
      int bandSlot,
      int[] criteria,
      int[] weeks,
      String fencedFor,
      EligibilityReason stageOutOfPool,
      EligibilityReason stageOpen,
      boolean openToPool,
      boolean openToInternal) {}

  private static final class PreparedCandidate {
    final Candidate facts;
    final Wording wording;
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
        Wording wording,
        BitSet held,
        BandRef effectiveBand,
        boolean byProtection,
        boolean atRiskNow,
        boolean priority,
        EligibilityReason atRiskReason,
        EligibilityReason priorityReason,
        int bandSlots) {
      this.facts = facts;
      this.wording = wording;
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

  /**
   * The words for one reader: "You are" / "Sam Patel is". Speaking to the person, one wording is
   * shared by the whole call; about a person, each person has their own, so a sentence is still
   * built once per person and criterion (or number of weeks), never per pair.
   */
  private final class Wording {

    /** The person's name, or null when speaking to the person. */
    private final String name;

    private final List<String> criterionIds;
    private final List<String> criterionNames;
    private final List<Integer> criterionWeeks;

    /** Per criterion number: held, missing, trainable (in the pool), trainable (out of it). */
    private final EligibilityReason[] criterionReasons;

    private final Map<Integer, EligibilityReason> trainingWithin = new HashMap<>();
    private final Map<Integer, EligibilityReason> trainingTooLong = new HashMap<>();
    private EligibilityReason trainingOutOfPool;

    Wording(
        String name,
        List<String> criterionIds,
        List<String> criterionNames,
        List<Integer> criterionWeeks) {
      this.name = name == null ? null : name.isBlank() ? "This person" : name.strip();
      this.criterionIds = criterionIds;
      this.criterionNames = criterionNames;
      this.criterionWeeks = criterionWeeks;
      this.criterionReasons = new EligibilityReason[criterionNames.size() * 4];
    }

    /** "You" / "Sam Patel", starting a sentence. */
    String subject() {
      return name == null ? "You" : name;
    }

    /** "you" / "Sam Patel", inside a sentence. */
    String object() {
      return name == null ? "you" : name;
    }

    /** The subject with its verb: "You meet" / "Sam Patel meets". */
    String says(String toThePerson, String aboutThePerson) {
      return subject() + " " + (name == null ? toThePerson : aboutThePerson);
    }

    /** "you need" / "Sam Patel needs", inside a sentence. */
    String saysInside(String toThePerson, String aboutThePerson) {
      return object() + " " + (name == null ? toThePerson : aboutThePerson);
    }

    /** "Your" / "Sam Patel's". */
    String possessive() {
      return name == null ? "Your" : name + "'s";
    }

    /** "your" / "their". */
    String their() {
      return name == null ? "your" : "their";
    }

    /** "you are" / "they are", referring back to the subject. */
    String theyAre() {
      return name == null ? "you are" : "they are";
    }

    EligibilityReason criterion(int index, int kind) {
      int slot = index * 4 + kind;
      EligibilityReason reason = criterionReasons[slot];
      if (reason == null) {
        reason = criterionText(index, kind);
        criterionReasons[slot] = reason;
      }
      return reason;
    }

    private EligibilityReason criterionText(int index, int kind) {
      String named = criterionSentence(criterionNames.get(index));
      String id = criterionIds.get(index);
      return switch (kind) {
        case HELD ->
            new EligibilityReason(
                EligibilityRule.ESSENTIAL_CRITERION,
                id,
                true,
                says("meet", "meets") + " the essential criterion: " + named);
        case MISSING ->
            new EligibilityReason(
                EligibilityRule.ESSENTIAL_CRITERION,
                id,
                false,
                says("are", "is") + " missing the essential criterion: " + named);
        default ->
            new EligibilityReason(
                EligibilityRule.ESSENTIAL_CRITERION,
                id,
                kind == TRAINABLE_IN_POOL,
                subject()
                    + " could meet the essential criterion after training of about "
                    + weeks(criterionWeeks.get(index))
                    + ": "
                    + named);
      };
    }

    EligibilityReason trainingOutOfPool() {
      if (trainingOutOfPool == null) {
        trainingOutOfPool =
            EligibilityReason.of(
                EligibilityRule.TRAINING,
                false,
                "Training time counts only for people in the ring-fenced pool, so "
                    + saysInside("need", "needs")
                    + " every essential criterion now to apply.");
      }
      return trainingOutOfPool;
    }

    EligibilityReason trainingTooLong(int weeks) {
      return trainingTooLong.computeIfAbsent(
          weeks,
          w ->
              EligibilityReason.of(
                  EligibilityRule.TRAINING,
                  false,
                  "The training "
                      + saysInside("need", "needs")
                      + " takes about "
                      + weeks(w)
                      + " in all, longer than the "
                      + months(settings.trainingWindowMonths())
                      + " allowed for the ring-fenced pool."));
    }

    EligibilityReason trainingWithin(int weeks) {
      return trainingWithin.computeIfAbsent(
          weeks,
          w ->
              EligibilityReason.of(
                  EligibilityRule.TRAINING,
                  true,
                  "With about "
                      + weeks(w)
                      + " of training "
                      + object()
                      + " would meet every essential criterion by "
                      + DateText.of(asOf.plusWeeks(w))
                      + ", within the "
                      + months(settings.trainingWindowMonths())
                      + " allowed for the ring-fenced pool."));
    }

    /** "Ring-fenced for staff at risk until 31 January 2027, and you are in the pool." */
    EligibilityReason inThePool(String fencedFor) {
      return EligibilityReason.of(
          EligibilityRule.STAGE,
          true,
          fencedFor + ", and " + saysInside("are", "is") + " in the pool.");
    }
  }

  /** The numbering and shared sentences of one call. */
  private final class Session {

    final Map<String, Integer> criterionIndex = new HashMap<>();
    final List<String> criterionIds = new ArrayList<>();
    final List<String> criterionNames = new ArrayList<>();
    final List<Integer> criterionWeeks = new ArrayList<>();
    final List<BandRef> bands = new ArrayList<>();
    final List<PreparedVacancy> vacancies;

    /** Speaking to the person: one wording for everyone (and its in-pool stage sentences). */
    final Wording shared;

    final Map<String, EligibilityReason> sharedInPool = new HashMap<>();

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
      shared =
          voice == Voice.TO_THE_PERSON
              ? new Wording(null, criterionIds, criterionNames, criterionWeeks)
              : null;
    }

    Wording wordingFor(Candidate candidate) {
      return shared != null
          ? shared
          : new Wording(candidate.name(), criterionIds, criterionNames, criterionWeeks);
    }

    PreparedVacancy prepare(VacancyFacts vacancy, int bandSlot) {
      List<Criterion> essentials = vacancy.essentialCriteria();
      int k = essentials.size();
      int[] indexes = new int[k];
      int[] weeks = new int[k];
      for (int c = 0; c < k; c++) {
        Criterion criterion = essentials.get(c);
        Integer index = criterionIndex.get(criterion.id());
        if (index == null) {
          index = criterionIds.size();
          criterionIndex.put(criterion.id(), index);
          criterionIds.add(criterion.id());
          criterionNames.add(criterion.name());
          criterionWeeks.add(training.weeks(criterion.id()).orElse(-1));
        }
        indexes[c] = index;
        weeks[c] = criterionWeeks.get(index);
      }
      VacancyStatus status = vacancy.status();
      RingFence fence = vacancy.ringFence();
      String until =
          fence == null || fence.until() == null ? null : " until " + DateText.of(fence.until());
      String fencedFor = null;
      EligibilityReason open = null;
      EligibilityReason outOfPool;
      switch (status) {
        case RING_FENCE -> {
          fencedFor = "Ring-fenced for staff at risk" + (until == null ? "" : until);
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
          outOfPool =
              EligibilityReason.of(EligibilityRule.STAGE, true, "Open to internal applicants.");
          open = outOfPool;
        }
        case EXTERNAL -> {
          outOfPool =
              EligibilityReason.of(
                  EligibilityRule.STAGE, true, "Open to internal and external applicants.");
          open = outOfPool;
        }
        case DRAFT -> {
          outOfPool =
              EligibilityReason.of(EligibilityRule.STAGE, false, "This vacancy is not open yet.");
          open = outOfPool;
        }
        case OFFER_MADE -> {
          outOfPool =
              EligibilityReason.of(
                  EligibilityRule.STAGE,
                  false,
                  "An offer has been made for this vacancy, so it is not taking applications.");
          open = outOfPool;
        }
        case FILLED -> {
          outOfPool =
              EligibilityReason.of(EligibilityRule.STAGE, false, "This vacancy has been filled.");
          open = outOfPool;
        }
        case WITHDRAWN -> {
          outOfPool =
              EligibilityReason.of(
                  EligibilityRule.STAGE, false, "This vacancy has been withdrawn.");
          open = outOfPool;
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
          fencedFor,
          outOfPool,
          open,
          openToPool,
          openToInternal);
    }

    /** The stage sentence for a pool member. */
    EligibilityReason stageInPool(PreparedCandidate person, PreparedVacancy vacancy) {
      if (vacancy.fencedFor() == null) {
        return vacancy.stageOpen();
      }
      if (person.wording == shared) {
        return sharedInPool.computeIfAbsent(vacancy.fencedFor(), shared::inThePool);
      }
      return person.wording.inThePool(vacancy.fencedFor());
    }

    PreparedCandidate prepare(Candidate candidate) {
      var held = new BitSet(criterionIndex.size());
      for (String id : candidate.heldCriteria()) {
        Integer index = criterionIndex.get(id);
        if (index != null) {
          held.set(index);
        }
      }
      Wording words = wordingFor(candidate);
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
                words.says("are", "is")
                    + " not at risk, so "
                    + words.theyAre()
                    + " not in the ring-fenced pool.");
      } else if (asOf.isBefore(risk.from())) {
        atRiskReason =
            EligibilityReason.of(
                EligibilityRule.AT_RISK,
                false,
                words.subject()
                    + " will be at risk from "
                    + DateText.of(risk.from())
                    + ", and in the ring-fenced pool from then.");
      } else if (asOf.isAfter(risk.until())) {
        atRiskReason =
            EligibilityReason.of(
                EligibilityRule.AT_RISK,
                false,
                words.possessive()
                    + " at-risk period ended on "
                    + DateText.of(risk.until())
                    + ", so "
                    + words.theyAre()
                    + " no longer in the ring-fenced pool.");
      } else {
        atRiskReason =
            EligibilityReason.of(
                EligibilityRule.AT_RISK,
                true,
                words.says("are", "is") + " at risk until " + DateText.of(risk.until()) + ".");
      }

      StatutoryPriority priority =
          candidate.priorities().stream().filter(p -> p.on(asOf)).findFirst().orElse(null);
      EligibilityReason priorityReason =
          priority == null
              ? null
              : EligibilityReason.of(
                  EligibilityRule.PRIORITY,
                  true,
                  words.says("come", "comes")
                      + " first in the pool because of "
                      + words.their()
                      + " "
                      + priority.reason().text()
                      + " (from "
                      + DateText.of(priority.from())
                      + (priority.to() == null ? "" : " to " + DateText.of(priority.to()))
                      + ").");
      return new PreparedCandidate(
          candidate,
          words,
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
      Wording words = person.wording;
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
          reasons.add(words.criterion(criteria[c], HELD));
        } else {
          missingAny = true;
          int w = vacancy.weeks()[c];
          if (w < 0) {
            trainable = false;
            reasons.add(words.criterion(criteria[c], MISSING));
          } else {
            weeks += w;
            reasons.add(
                words.criterion(criteria[c], inPool ? TRAINABLE_IN_POOL : TRAINABLE_OUT_OF_POOL));
          }
        }
      }
      if (missingAny && trainable) {
        reasons.add(trainingReason(words, weeks, admitted && bandMet));
      }
      if (inPool && person.priority) {
        reasons.add(person.priorityReason);
      }
      reasons.add(inPool ? stageInPool(person, vacancy) : vacancy.stageOutOfPool());
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
                  person.wording.says("are", "is")
                      + " at risk until "
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
      Wording words = person.wording;
      if (own == null) {
        return EligibilityReason.of(
            EligibilityRule.BAND,
            false,
            words.says("have", "has") + " no band on record, so the band rule is not met.");
      }
      String yours =
          words.possessive()
              + (person.byProtection ? " protected band, " : " band, ")
              + own.name()
              + ", is ";
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

    private EligibilityReason trainingReason(Wording words, int weeks, boolean otherwiseInPool) {
      if (weeks > maxTrainingWeeks) {
        return words.trainingTooLong(weeks);
      }
      if (!otherwiseInPool) {
        return words.trainingOutOfPool();
      }
      return words.trainingWithin(weeks);
    }
  }

  /**
   * A criterion's catalogue name as the end of a sentence: trimmed, with a full stop unless it
   * already ends with one (or with a question or exclamation mark).
   */
  static String criterionSentence(String name) {
    String text = name.strip();
    while (text.endsWith(",") || text.endsWith(";") || text.endsWith(":")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    if (text.endsWith(".") || text.endsWith("?") || text.endsWith("!")) {
      return text;
    }
    return text + ".";
  }

  private static String weeks(int n) {
    return n == 1 ? "1 week" : n + " weeks";
  }

  private static String months(int n) {
    return n == 1 ? "1 month" : n + " months";
  }
}
