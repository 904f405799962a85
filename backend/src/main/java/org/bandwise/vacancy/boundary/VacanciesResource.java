package org.bandwise.vacancy.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bandwise.api.VacanciesApi;
import org.bandwise.api.model.BandRef;
import org.bandwise.api.model.CatalogueCriterion;
import org.bandwise.api.model.CriterionCatalogue;
import org.bandwise.api.model.DeclineOutcome;
import org.bandwise.api.model.HeldCriterion;
import org.bandwise.api.model.Interest;
import org.bandwise.api.model.InterestPage;
import org.bandwise.api.model.JdRef;
import org.bandwise.api.model.MatrixPerson;
import org.bandwise.api.model.MatrixVacancy;
import org.bandwise.api.model.Offer;
import org.bandwise.api.model.OfferAcceptance;
import org.bandwise.api.model.OfferDecline;
import org.bandwise.api.model.OfferInput;
import org.bandwise.api.model.OfferPage;
import org.bandwise.api.model.OfferSummary;
import org.bandwise.api.model.PersonVacancyStep;
import org.bandwise.api.model.PersonVacancySteps;
import org.bandwise.api.model.PoolDecisionInput;
import org.bandwise.api.model.PoolEntry;
import org.bandwise.api.model.PoolPage;
import org.bandwise.api.model.ReasonInput;
import org.bandwise.api.model.RingFenceInput;
import org.bandwise.api.model.RingFencePage;
import org.bandwise.api.model.StaffCriteria;
import org.bandwise.api.model.StaffCriteriaImport;
import org.bandwise.api.model.StaffCriteriaInput;
import org.bandwise.api.model.StaffImportError;
import org.bandwise.api.model.StatutoryPriorityInput;
import org.bandwise.api.model.StatutoryPriorityList;
import org.bandwise.api.model.TrainingCatalogueInput;
import org.bandwise.api.model.Trial;
import org.bandwise.api.model.TrialExtension;
import org.bandwise.api.model.TrialOutcome;
import org.bandwise.api.model.TrialOutcomeInput;
import org.bandwise.api.model.UnitRef;
import org.bandwise.api.model.Vacancy;
import org.bandwise.api.model.VacancyEligibility;
import org.bandwise.api.model.VacancyEligibilityPage;
import org.bandwise.api.model.VacancyInput;
import org.bandwise.api.model.VacancyPage;
import org.bandwise.api.model.VacancyRingFence;
import org.bandwise.api.model.VacancySummary;
import org.bandwise.api.model.VacancyTimelineEntry;
import org.bandwise.api.model.VacancyTransition;
import org.bandwise.appeal.control.MemberConsent;
import org.bandwise.identity.boundary.Caller;
import org.bandwise.identity.entity.Role;
import org.bandwise.identity.entity.TradeUnion;
import org.bandwise.platform.Roles;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.NotPermitted;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.http.Preconditions;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.vacancy.control.Eligibility;
import org.bandwise.vacancy.control.EligibilityData;
import org.bandwise.vacancy.control.EligibilityRules;
import org.bandwise.vacancy.control.OfferRules;
import org.bandwise.vacancy.control.OfferStore;
import org.bandwise.vacancy.control.RingFenceText;
import org.bandwise.vacancy.control.StaffCriteriaStore;
import org.bandwise.vacancy.control.TrialPeriod;
import org.bandwise.vacancy.control.VacancyFacts;
import org.bandwise.vacancy.control.VacancyLifecycle;
import org.bandwise.vacancy.control.VacancyStore;
import org.bandwise.vacancy.control.VacancyTimeline;
import org.bandwise.workforce.control.UnreadableFile;

/**
 * Ring-fenced vacancies. Role rules: HR evaluators, HR admins and auditors read; HR admins change.
 * Object-level rules: a member of staff sees only their own eligibility, interest and offers; a
 * union rep sees a member's only when the member consented (each look audited, see {@link
 * MemberConsent#lookAt}); anyone else is refused with 403.
 */
@RequestScoped
public class VacanciesResource implements VacanciesApi {

  private static final String[] READERS = {Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR};

  @Inject VacancyStore store;
  @Inject OfferStore offers;
  @Inject StaffCriteriaStore criteria;
  @Inject EligibilityData data;
  @Inject MemberConsent consent;
  @Inject Caller caller;
  @Inject Clock clock;
  @Context UriInfo uriInfo;
  @PersistenceContext EntityManager em;

  // --- vacancies -------------------------------------------------------------------------------

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response listVacancies(
      org.bandwise.api.model.VacancyStatus stage,
      String band,
      String unit,
      LocalDate closingBefore,
      Integer page,
      Integer size) {
    Page<VacancyStore.Row> rows =
        store.list(
            stage == null ? null : org.bandwise.vacancy.control.VacancyStatus.valueOf(stage.name()),
            band,
            unit,
            closingBefore,
            PageRequest.of(page, size));
    return noStore(
        new VacancyPage()
            .items(rows.items().stream().map(VacanciesResource::summary).toList())
            .page(rows.request().page())
            .size(rows.request().size())
            .totalItems(rows.totalItems()));
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response createVacancy(VacancyInput input, String xRequestedWith) {
    VacancyStore.Row row = store.create(resolve(input));
    return created(
        uriInfo.getBaseUriBuilder().path("vacancies").path(row.id()).build(),
        vacancy(row),
        row.version());
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response getVacancy(UUID vacancyId) {
    VacancyStore.Row row = store.get(vacancyId.toString());
    return versioned(vacancy(row), row.version());
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response updateVacancy(
      UUID vacancyId, VacancyInput input, String ifMatch, String xRequestedWith) {
    VacancyStore.Row row =
        store.update(vacancyId.toString(), Preconditions.expected(ifMatch), resolve(input));
    return versioned(vacancy(row), row.version());
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response deleteVacancy(UUID vacancyId, String ifMatch, String xRequestedWith) {
    store.delete(vacancyId.toString(), Preconditions.expected(ifMatch));
    return Response.noContent().build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response moveVacancy(
      UUID vacancyId, VacancyTransition input, String ifMatch, String xRequestedWith) {
    if (input == null || input.getStep() == null) {
      throw new InvalidInput("step", "Choose what to do with the vacancy.");
    }
    var expected = Preconditions.expected(ifMatch);
    VacancyStore.Row row = store.lock(vacancyId.toString());
    expected.check(row.version());
    VacancyStore.Row after =
        switch (input.getStep()) {
          case OPEN_RING_FENCE ->
              store.saveState(
                  row,
                  VacancyLifecycle.openRingFence(row.state()),
                  "RING_FENCE_OPENED",
                  row.title() + " opened to the ring-fenced pool",
                  null);
          case OPEN_INTERNAL ->
              store.saveState(
                  row,
                  VacancyLifecycle.openInternal(
                      row.state(), store.poolDecisions(row, LocalDate.now(clock))),
                  "INTERNAL_OPENED",
                  row.title() + " opened to internal applicants",
                  null);
          case OPEN_EXTERNAL ->
              store.saveState(
                  row,
                  VacancyLifecycle.openExternal(row.state()),
                  "EXTERNAL_OPENED",
                  row.title() + " opened to external applicants",
                  null);
          case WITHDRAW ->
              store.saveState(
                  row,
                  VacancyLifecycle.withdraw(row.state(), input.getReason()),
                  "WITHDRAWN",
                  row.title() + " withdrawn: " + input.getReason().strip(),
                  input.getReason().strip());
        };
    return versioned(vacancy(after), after.version());
  }

  // --- pool and eligibility --------------------------------------------------------------------

  /** Names of the people last loaded, by staff id. */
  private final Map<String, String> names = new HashMap<>();

  private final Map<String, EligibilityData.Person> people = new HashMap<>();

  private EligibilityRules rules(LocalDate today) {
    return store.rules(today);
  }

  private List<Eligibility> pool(VacancyStore.Row row, LocalDate today) {
    VacancyStore.Pool pool = store.pool(row, today);
    pool.people().values().forEach(this::remember);
    return pool.members();
  }

  private void remember(EligibilityData.Person p) {
    names.put(p.staffId(), p.candidate().name());
    people.put(p.staffId(), p);
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response listVacancyPool(UUID vacancyId, Integer page, Integer size) {
    LocalDate today = LocalDate.now(clock);
    VacancyStore.Row row = store.get(vacancyId.toString());
    List<Eligibility> pool = pool(row, today);
    var decisions = store.decisions(row.id());
    Set<String> interested = store.interestedStaff(row.id());
    PageRequest request = PageRequest.of(page, size);
    List<PoolEntry> items = new ArrayList<>();
    for (Eligibility e : slice(pool, request)) {
      items.add(poolEntry(e, decisions.get(e.staffId()), interested.contains(e.staffId()), row));
    }
    long undecided = pool.stream().filter(e -> !decisions.containsKey(e.staffId())).count();
    return noStore(
        new PoolPage()
            .items(items)
            .page(request.page())
            .size(request.size())
            .totalItems((long) pool.size())
            .undecidedCount((int) undecided));
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response decidePoolCandidate(
      UUID vacancyId, String staffNumber, PoolDecisionInput input, String xRequestedWith) {
    LocalDate today = LocalDate.now(clock);
    VacancyStore.Row row = store.lock(vacancyId.toString());
    StaffCriteriaStore.Person person = criteria.person(staffNumber);
    var decision =
        new org.bandwise.vacancy.control.PoolDecision(
            person.staffId(),
            person.name(),
            input == null || input.getSuitability() == null
                ? null
                : org.bandwise.vacancy.control.Suitability.valueOf(input.getSuitability().name()),
            input == null ? null : input.getReason());
    decision.check();
    Eligibility found =
        pool(row, today).stream()
            .filter(e -> e.staffId().equals(person.staffId()))
            .findFirst()
            .orElseThrow(
                () ->
                    new RuleConflict(
                        "staffNumber",
                        person.name() + " is not in the ring-fenced pool for this vacancy."));
    if (row.status() == org.bandwise.vacancy.control.VacancyStatus.DRAFT
        || row.status() == org.bandwise.vacancy.control.VacancyStatus.FILLED
        || row.status() == org.bandwise.vacancy.control.VacancyStatus.WITHDRAWN) {
      throw new RuleConflict(
          "status", "Decisions on the pool are recorded while the vacancy is open.");
    }
    store.decide(row, person.staffId(), person.name(), decision.suitability(), decision.reason());
    var saved = store.decisions(row.id()).get(person.staffId());
    return noStore(
        poolEntry(found, saved, store.interestedStaff(row.id()).contains(person.staffId()), row));
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR, Roles.UNION_REP, Roles.STAFF})
  public Response getVacancyEligibility(UUID vacancyId, String staffNumber) {
    StaffCriteriaStore.Person person = mayRead(staffNumber);
    LocalDate today = LocalDate.now(clock);
    VacancyStore.Row row = store.get(vacancyId.toString());
    EligibilityData.Person p = loadPerson(person.staffId(), today);
    VacancyFacts facts = store.facts(List.of(row), today).get(0);
    Eligibility e = rules(today).inVoice(voiceFor(person)).assess(p.candidate(), facts);
    VacancyEligibility result =
        eligibility(e, facts, row, store.interestsOf(person.staffId()).contains(row.id()));
    result.staffNumber(person.staffNumber()).name(person.name());
    if (caller.hasAny(Role.HR_ADMIN, Role.HR_EVALUATOR, Role.AUDITOR)) {
      var d = store.decisions(row.id()).get(person.staffId());
      if (d != null) {
        result.decision(decision(d));
      }
    }
    return noStore(result);
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR, Roles.UNION_REP})
  public Response listStaffVacancies(String staffNumber, Boolean fits, Integer page, Integer size) {
    StaffCriteriaStore.Person person = mayRead(staffNumber);
    return noStore(
        vacanciesFor(
            person, voiceFor(person), Boolean.TRUE.equals(fits), PageRequest.of(page, size)));
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR, Roles.UNION_REP, Roles.STAFF})
  public Response listMyVacancies(Integer page, Integer size) {
    return noStore(
        vacanciesFor(
            me(), EligibilityRules.Voice.TO_THE_PERSON, false, PageRequest.of(page, size)));
  }

  private VacancyEligibilityPage vacanciesFor(
      StaffCriteriaStore.Person person,
      EligibilityRules.Voice voice,
      boolean fitsOnly,
      PageRequest request) {
    LocalDate today = LocalDate.now(clock);
    EligibilityData.Person p = loadPerson(person.staffId(), today);
    Set<String> interests = store.interestsOf(person.staffId());
    if (!fitsOnly) {
      // every open vacancy is listed: page them in SQL, and assess only the page
      Page<VacancyStore.Row> rows = store.openPage(request);
      List<VacancyFacts> pageFacts = store.facts(rows.items(), today);
      List<Eligibility> assessed =
          rules(today).inVoice(voice).forCandidate(p.candidate(), pageFacts);
      List<VacancyEligibility> pageItems = new ArrayList<>(assessed.size());
      for (int i = 0; i < assessed.size(); i++) {
        VacancyStore.Row row = rows.items().get(i);
        pageItems.add(
            eligibility(assessed.get(i), pageFacts.get(i), row, interests.contains(row.id())));
      }
      return new VacancyEligibilityPage()
          .staffNumber(person.staffNumber())
          .name(person.name())
          .items(pageItems)
          .page(request.page())
          .size(request.size())
          .totalItems(rows.totalItems());
    }
    // only the vacancies whose pool they are in: the rules decide, so every open vacancy is
    // assessed (in one pass, from a fixed number of queries) and the page cut after
    List<VacancyStore.Row> open = store.open();
    List<VacancyFacts> facts = store.facts(open, today);
    List<Eligibility> all = rules(today).inVoice(voice).forCandidate(p.candidate(), facts);
    List<VacancyEligibility> items = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Eligibility e = all.get(i);
      if (fitsOnly && !e.inPool()) {
        continue;
      }
      items.add(eligibility(e, facts.get(i), open.get(i), interests.contains(open.get(i).id())));
    }
    return new VacancyEligibilityPage()
        .staffNumber(person.staffNumber())
        .name(person.name())
        .items(slice(items, request))
        .page(request.page())
        .size(request.size())
        .totalItems((long) items.size());
  }

  private EligibilityData.Person loadPerson(String staffId, LocalDate today) {
    List<EligibilityData.Person> found = data.people(today, staffId, false);
    if (found.isEmpty()) {
      throw new RecordNotFound("There is no pay record in force today for this person.");
    }
    return found.get(0);
  }

  // --- a person's vacancy steps (their timeline) -------------------------------------------------

  /** The most steps a person's timeline shows. */
  private static final int PERSON_STEPS = 200;

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR, Roles.UNION_REP})
  public Response listStaffVacancySteps(String staffNumber) {
    return noStore(steps(mayRead(staffNumber)));
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR, Roles.UNION_REP, Roles.STAFF})
  public Response listMyVacancySteps() {
    return noStore(steps(me()));
  }

  private PersonVacancySteps steps(StaffCriteriaStore.Person person) {
    List<PersonVacancyStep> items = new ArrayList<>();
    for (VacancyTimeline.Step step : store.personTimeline(person.staffId(), PERSON_STEPS)) {
      items.add(
          new PersonVacancyStep()
              .at(time(step.at()))
              .actor(step.actor())
              .title(step.title())
              .text(step.text())
              .vacancyId(UUID.fromString(step.vacancyId()))
              .vacancyTitle(step.vacancyTitle()));
    }
    return new PersonVacancySteps()
        .staffNumber(person.staffNumber())
        .name(person.name())
        .items(items);
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response getEligibilityMatrix(Integer page, Integer size) {
    LocalDate today = LocalDate.now(clock);
    int p = page == null ? 1 : page;
    int s = size == null ? 2000 : size;
    List<EligibilityData.Person> atRisk = data.people(today, null, true);
    int from = Math.min(atRisk.size(), (p - 1) * s);
    List<EligibilityData.Person> slice = atRisk.subList(from, Math.min(atRisk.size(), from + s));
    List<VacancyStore.Row> open = store.open();
    List<VacancyFacts> facts = store.facts(open, today);
    long started = System.nanoTime();
    var matrix =
        rules(today).matrix(slice.stream().map(EligibilityData.Person::candidate).toList(), facts);
    long millis = (System.nanoTime() - started) / 1_000_000;
    List<MatrixPerson> rows = new ArrayList<>(slice.size());
    for (int i = 0; i < slice.size(); i++) {
      var person = slice.get(i);
      List<Integer> pool = new ArrayList<>();
      List<Integer> eligible = new ArrayList<>();
      List<Integer> priority = new ArrayList<>();
      for (int j = 0; j < open.size(); j++) {
        if (matrix.inPool(i, j)) {
          pool.add(j);
        }
        if (matrix.eligible(i, j)) {
          eligible.add(j);
        }
        if (matrix.priority(i, j)) {
          priority.add(j);
        }
      }
      var c = person.candidate();
      rows.add(
          new MatrixPerson()
              .staffNumber(person.staffNumber())
              .name(c.name())
              .band(c.band().code())
              .atRiskUntil(c.atRisk() == null ? null : c.atRisk().until())
              .pool(pool)
              .eligible(eligible)
              .priority(priority));
    }
    return noStore(
        new org.bandwise.api.model.EligibilityMatrix()
            .asOf(today)
            .vacancies(
                open.stream()
                    .map(
                        v ->
                            new MatrixVacancy()
                                .id(UUID.fromString(v.id()))
                                .title(v.title())
                                .band(v.bandCode())
                                .unit(v.unitName())
                                .status(
                                    org.bandwise.api.model.VacancyStatus.fromValue(
                                        v.status().name())))
                    .toList())
            .people(rows)
            .page(p)
            .size(s)
            .totalItems((long) atRisk.size())
            .eligibleCount(matrix.eligibleCount())
            .computeMillis(millis));
  }

  // --- interest ----------------------------------------------------------------------------------

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response listVacancyInterest(UUID vacancyId, Integer page, Integer size) {
    store.get(vacancyId.toString());
    Page<VacancyStore.InterestRow> rows =
        store.interest(vacancyId.toString(), PageRequest.of(page, size));
    return noStore(
        new InterestPage()
            .items(rows.items().stream().map(VacanciesResource::interest).toList())
            .page(rows.request().page())
            .size(rows.request().size())
            .totalItems(rows.totalItems()));
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.UNION_REP, Roles.STAFF})
  public Response expressInterest(UUID vacancyId, String xRequestedWith) {
    StaffCriteriaStore.Person person = me();
    LocalDate today = LocalDate.now(clock);
    VacancyStore.Row row = store.lock(vacancyId.toString());
    EligibilityData.Person p = loadPerson(person.staffId(), today);
    VacancyFacts facts = store.facts(List.of(row), today).get(0);
    Eligibility e = rules(today).assess(p.candidate(), facts);
    if (!e.eligible()) {
      String why =
          e.reasons().stream()
              .filter(r -> !r.met())
              .map(org.bandwise.vacancy.control.EligibilityReason::text)
              .findFirst()
              .orElse("");
      throw new RuleConflict(
          "vacancyId",
          ("You cannot apply for " + row.title() + " at its current stage. " + why).strip());
    }
    var saved = store.express(row, person.staffId(), person.name(), e.stage());
    return noStore(
        new Interest()
            .vacancyId(UUID.fromString(row.id()))
            .staffNumber(person.staffNumber())
            .name(person.name())
            .stage(org.bandwise.api.model.VacancyStage.fromValue(saved.stage().name()))
            .expressedAt(time(saved.at())));
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.UNION_REP, Roles.STAFF})
  public Response withdrawInterest(UUID vacancyId, String xRequestedWith) {
    StaffCriteriaStore.Person person = me();
    VacancyStore.Row row = store.get(vacancyId.toString());
    store.withdrawInterest(row, person.staffId(), person.name());
    return Response.noContent().build();
  }

  // --- offers and trials -----------------------------------------------------------------------

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response listVacancyOffers(UUID vacancyId, Integer page, Integer size) {
    store.get(vacancyId.toString());
    return noStore(offerPage(offers.byVacancy(vacancyId.toString(), PageRequest.of(page, size))));
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response makeOffer(UUID vacancyId, OfferInput input, String xRequestedWith) {
    List<org.bandwise.platform.error.FieldProblem> problems = new ArrayList<>();
    if (input == null || input.getStaffNumber() == null) {
      problems.add(
          new org.bandwise.platform.error.FieldProblem(
              "staffNumber", "Enter the staff number of the person the vacancy is offered to."));
    }
    if (input == null || input.getSuitable() == null) {
      problems.add(
          new org.bandwise.platform.error.FieldProblem(
              "suitable", "Record whether the offer is suitable for the person."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    LocalDate today = LocalDate.now(clock);
    VacancyStore.Row row = store.lock(vacancyId.toString());
    StaffCriteriaStore.Person person = criteria.person(input.getStaffNumber());
    VacancyLifecycle.makeOffer(row.state());
    org.bandwise.vacancy.control.PoolDecision decision = null;
    if (row.status() == org.bandwise.vacancy.control.VacancyStatus.RING_FENCE) {
      boolean inPool =
          pool(row, today).stream().anyMatch(e -> e.staffId().equals(person.staffId()));
      var d = store.decisions(row.id()).get(person.staffId());
      if (inPool) {
        decision =
            new org.bandwise.vacancy.control.PoolDecision(
                person.staffId(),
                person.name(),
                d == null ? null : d.suitability(),
                d == null ? null : d.reason());
      }
    }
    OfferRules.checkCandidate(row.state(), person.name(), decision);
    OfferStore.Row offer = offers.make(row, person.staffId(), person.name(), input.getSuitable());
    return Response.created(uriInfo.getBaseUriBuilder().path("offers").path(offer.id()).build())
        .entity(offer(offer))
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR, Roles.UNION_REP, Roles.STAFF})
  public Response getOffer(UUID offerId) {
    OfferStore.Row offer = offers.get(offerId.toString());
    mayRead(offer.staffNumber());
    return noStore(offer(offer));
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.UNION_REP, Roles.STAFF})
  public Response acceptOffer(UUID offerId, OfferAcceptance input, String xRequestedWith) {
    OfferStore.Row offer = offers.lock(offerId.toString());
    mayAnswer(offer);
    LocalDate start =
        input == null || input.getTrialStartsOn() == null
            ? LocalDate.now(clock)
            : input.getTrialStartsOn();
    TrialPeriod trial = OfferRules.accept(offer.status(), start, TrialPeriod.DEFAULT_WEEKS);
    return noStore(offer(offers.accept(offer, trial)));
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.UNION_REP, Roles.STAFF})
  public Response declineOffer(UUID offerId, OfferDecline input, String xRequestedWith) {
    OfferStore.Row offer = offers.lock(offerId.toString());
    mayAnswer(offer);
    String reason = input == null ? null : input.getReason();
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("reason", "Enter the reasons the offer was declined.");
    }
    return noStore(offer(offers.decline(offer, reason)));
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response withdrawOffer(UUID offerId, ReasonInput input, String xRequestedWith) {
    OfferStore.Row offer = offers.lock(offerId.toString());
    return noStore(offer(offers.withdraw(offer, input == null ? null : input.getReason())));
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response extendTrial(UUID offerId, TrialExtension input, String xRequestedWith) {
    OfferStore.Row offer = offers.lock(offerId.toString());
    return noStore(
        offer(
            offers.extend(
                offer,
                input == null ? null : input.getAgreedEnd(),
                input == null ? null : input.getReason())));
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response decideTrial(UUID offerId, TrialOutcomeInput input, String xRequestedWith) {
    if (input == null || input.getOutcome() == null) {
      throw new InvalidInput("outcome", "Choose whether the trial was successful.");
    }
    OfferStore.Row offer = offers.lock(offerId.toString());
    LocalDate on = input.getDecidedOn() == null ? LocalDate.now(clock) : input.getDecidedOn();
    OfferStore.Row after =
        switch (input.getOutcome()) {
          case CONFIRMED -> offers.confirm(offer, store.get(offer.vacancyId()), on);
          case NOT_SUCCESSFUL -> offers.notSuccessful(offer, on, input.getReason());
        };
    return noStore(offer(after));
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR, Roles.UNION_REP})
  public Response listStaffOffers(String staffNumber, Integer page, Integer size) {
    StaffCriteriaStore.Person person = mayRead(staffNumber);
    return noStore(offerPage(offers.byStaff(person.staffId(), PageRequest.of(page, size))));
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR, Roles.UNION_REP, Roles.STAFF})
  public Response listMyOffers(Integer page, Integer size) {
    return noStore(offerPage(offers.byStaff(me().staffId(), PageRequest.of(page, size))));
  }

  // --- ring-fence rules ------------------------------------------------------------------------

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response listRingFences(Integer page, Integer size) {
    Page<VacancyStore.RuleView> rows = store.rules(PageRequest.of(page, size));
    return noStore(
        new RingFencePage()
            .items(rows.items().stream().map(VacanciesResource::ringFence).toList())
            .page(rows.request().page())
            .size(rows.request().size())
            .totalItems(rows.totalItems()));
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response createRingFence(RingFenceInput input, String xRequestedWith) {
    VacancyStore.RuleView rule = store.saveRule(null, null, ruleInput(input));
    return created(
        uriInfo.getBaseUriBuilder().path("ring-fences").path(rule.id()).build(),
        ringFence(rule),
        rule.version());
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response getRingFence(UUID ringFenceId) {
    VacancyStore.RuleView rule = store.rule(ringFenceId.toString());
    return versioned(ringFence(rule), rule.version());
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response updateRingFence(
      UUID ringFenceId, RingFenceInput input, String ifMatch, String xRequestedWith) {
    var expected = Preconditions.expected(ifMatch);
    VacancyStore.RuleView rule = store.saveRule(ringFenceId.toString(), expected, ruleInput(input));
    return versioned(ringFence(rule), rule.version());
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response deleteRingFence(UUID ringFenceId, String ifMatch, String xRequestedWith) {
    store.deleteRule(ringFenceId.toString(), Preconditions.expected(ifMatch));
    return Response.noContent().build();
  }

  // --- criteria, training, statutory priority --------------------------------------------------

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response getStaffCriteria(String staffNumber) {
    StaffCriteriaStore.Criteria c = criteria.criteria(staffNumber);
    return versioned(staffCriteria(c), c.version());
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response replaceStaffCriteria(
      String staffNumber, StaffCriteriaInput input, String ifMatch, String xRequestedWith) {
    var expected = Preconditions.expected(ifMatch);
    List<StaffCriteriaStore.Held> items = new ArrayList<>();
    if (input != null && input.getItems() != null) {
      for (HeldCriterion h : input.getItems()) {
        items.add(new StaffCriteriaStore.Held(h.getCriterion(), h.getAchievedOn()));
      }
    }
    StaffCriteriaStore.Criteria c = criteria.replace(staffNumber, expected, items);
    return versioned(staffCriteria(c), c.version());
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response importStaffCriteria(File body, Boolean dryRun, String xRequestedWith) {
    if (body == null) {
      throw new InvalidInput("file", "Choose a CSV file of criteria held.");
    }
    try {
      StaffCriteriaStore.ImportResult result =
          criteria.importCsv(body.toPath(), Boolean.TRUE.equals(dryRun));
      return noStore(
          new StaffCriteriaImport()
              .applied(result.applied())
              .rows(result.rows())
              .created(result.created())
              .updated(result.updated())
              .unchanged(result.unchanged())
              .invalid(result.invalid())
              .errorCount(result.errors().size())
              .errors(
                  result.errors().stream()
                      .limit(1000)
                      .map(
                          e ->
                              new StaffImportError()
                                  .row(e.row())
                                  .staffNumber(e.staffNumber())
                                  .field(e.field())
                                  .message(e.message()))
                      .toList()));
    } catch (UnreadableFile e) {
      throw new InvalidInput("file", e.getMessage());
    } finally {
      try {
        Files.deleteIfExists(body.toPath());
      } catch (IOException ignored) {
        // a temporary file the container also cleans up
      }
    }
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response listCriteria() {
    return noStore(catalogue(criteria.catalogue()));
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response replaceTrainingCatalogue(TrainingCatalogueInput input, String xRequestedWith) {
    List<StaffCriteriaStore.CatalogueEntry> courses = new ArrayList<>();
    if (input != null && input.getItems() != null) {
      input
          .getItems()
          .forEach(
              c ->
                  courses.add(
                      new StaffCriteriaStore.CatalogueEntry(c.getCriterion(), c.getWeeks())));
    }
    return noStore(catalogue(criteria.replaceTraining(courses)));
  }

  @Override
  @RolesAllowed({Roles.HR_EVALUATOR, Roles.HR_ADMIN, Roles.AUDITOR})
  public Response listStatutoryPriorities(String staffNumber) {
    StaffCriteriaStore.Person person = criteria.person(staffNumber);
    return noStore(
        new StatutoryPriorityList()
            .items(
                criteria.priorities(person.staffId()).stream()
                    .map(VacanciesResource::priority)
                    .toList()));
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response recordStatutoryPriority(
      String staffNumber, StatutoryPriorityInput input, String xRequestedWith) {
    List<org.bandwise.platform.error.FieldProblem> problems = new ArrayList<>();
    if (input == null || input.getReason() == null) {
      problems.add(
          new org.bandwise.platform.error.FieldProblem(
              "reason", "Choose the reason for statutory priority."));
    }
    if (input == null || input.getFrom() == null) {
      problems.add(new org.bandwise.platform.error.FieldProblem("from", "Enter the first day."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    StaffCriteriaStore.Person person = criteria.person(staffNumber);
    var saved =
        criteria.addPriority(
            person,
            org.bandwise.vacancy.control.PriorityReason.valueOf(input.getReason().name()),
            input.getFrom(),
            input.getTo());
    return Response.created(
            uriInfo
                .getBaseUriBuilder()
                .path("staff")
                .path(staffNumber)
                .path("statutory-priorities")
                .build())
        .entity(priority(saved))
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response deleteStatutoryPriority(
      String staffNumber, UUID priorityId, String xRequestedWith) {
    criteria.deletePriority(criteria.person(staffNumber), priorityId.toString());
    return Response.noContent().build();
  }

  // --- object-level rules ----------------------------------------------------------------------

  /** The signed-in person's staff record. */
  private StaffCriteriaStore.Person me() {
    String staffId = consent.staffIdOf(caller.userId());
    if (staffId == null) {
      throw new RecordNotFound("Your account is not linked to a staff record.");
    }
    List<?> found =
        em.createNativeQuery("SELECT staff_number FROM staff_member WHERE id = ?")
            .setParameter(1, staffId)
            .getResultList();
    return criteria.person(found.get(0).toString());
  }

  /**
   * Whether the caller may read this person's eligibility, interest and offers: HR and auditors;
   * the person themselves; a union rep for a consenting member of their union (the look is
   * audited). 403 otherwise.
   */
  private StaffCriteriaStore.Person mayRead(String staffNumber) {
    if (staffNumber == null || staffNumber.isBlank()) {
      throw new InvalidInput("staffNumber", "Enter the staff number.");
    }
    if (caller.hasAny(Role.HR_ADMIN, Role.HR_EVALUATOR, Role.AUDITOR)) {
      return criteria.person(staffNumber);
    }
    String own = consent.staffIdOf(caller.userId());
    if (own != null) {
      StaffCriteriaStore.Person mine = meOrNull(own);
      if (mine != null && mine.staffNumber().equals(staffNumber)) {
        return mine;
      }
    }
    if (caller.hasAny(Role.UNION_REP)) {
      TradeUnion union = consent.unionOf(caller.userId());
      if (union == null) {
        throw new NotPermitted("Your account is not linked to a union.");
      }
      try {
        consent.lookAt(caller.userId(), caller.userId(), union, staffNumber);
      } catch (RecordNotFound notAMember) {
        throw new NotPermitted("You can only see the records of members of your union.");
      }
      return criteria.person(staffNumber);
    }
    throw new NotPermitted("You can only see your own vacancies, interest and offers.");
  }

  /**
   * The reasons speak to the person when they read their own eligibility, and about them by name
   * when anyone else (HR, a union rep) reads it.
   */
  private EligibilityRules.Voice voiceFor(StaffCriteriaStore.Person person) {
    String own = consent.staffIdOf(caller.userId());
    return own != null && own.equals(person.staffId())
        ? EligibilityRules.Voice.TO_THE_PERSON
        : EligibilityRules.Voice.ABOUT_THE_PERSON;
  }

  private StaffCriteriaStore.Person meOrNull(String staffId) {
    List<?> found =
        em.createNativeQuery("SELECT staff_number FROM staff_member WHERE id = ?")
            .setParameter(1, staffId)
            .getResultList();
    return found.isEmpty() ? null : criteria.person(found.get(0).toString());
  }

  /** The person it was made to may answer an offer; HR admins may record their answer. */
  private void mayAnswer(OfferStore.Row offer) {
    if (caller.hasAny(Role.HR_ADMIN)) {
      return;
    }
    String own = consent.staffIdOf(caller.userId());
    if (own == null || !own.equals(offer.staffId())) {
      throw new NotPermitted("Only the person this offer was made to can answer it.");
    }
  }

  // --- mapping ---------------------------------------------------------------------------------

  private VacancyStore.Input resolve(VacancyInput input) {
    List<org.bandwise.platform.error.FieldProblem> problems = new ArrayList<>();
    if (input == null) {
      throw new InvalidInput("jobDescriptionId", "Choose the job description.");
    }
    String jdId =
        input.getJobDescriptionId() == null ? null : input.getJobDescriptionId().toString();
    if (jdId == null || one("SELECT id FROM job_description WHERE id = ?", jdId) == null) {
      problems.add(
          new org.bandwise.platform.error.FieldProblem(
              "jobDescriptionId", "Choose a job description that exists."));
    }
    String bandId =
        input.getBandCode() == null
            ? null
            : one(
                "SELECT id FROM pay_band WHERE code = ? AND retired = FALSE ORDER BY band_rank"
                    + " LIMIT 1",
                input.getBandCode());
    if (bandId == null) {
      problems.add(
          new org.bandwise.platform.error.FieldProblem("bandCode", "Choose a band that exists."));
    }
    String unitId =
        input.getUnitId() == null
            ? null
            : one("SELECT id FROM org_unit WHERE id = ?", input.getUnitId().toString());
    if (unitId == null) {
      problems.add(
          new org.bandwise.platform.error.FieldProblem("unitId", "Choose a unit that exists."));
    }
    if (input.getPayZone() == null
        || one("SELECT code FROM pay_zone WHERE code = ?", input.getPayZone()) == null) {
      problems.add(
          new org.bandwise.platform.error.FieldProblem(
              "payZone", "Choose a pay zone that exists."));
    }
    String postId = null;
    if (input.getPostNumber() != null) {
      postId = one("SELECT id FROM post WHERE post_number = ?", input.getPostNumber());
      if (postId == null) {
        problems.add(
            new org.bandwise.platform.error.FieldProblem(
                "postNumber", "There is no post " + input.getPostNumber() + "."));
      }
    }
    if (input.getWeeklyHours() == null) {
      problems.add(
          new org.bandwise.platform.error.FieldProblem("weeklyHours", "Enter the weekly hours."));
    }
    if (input.getPosts() == null) {
      problems.add(
          new org.bandwise.platform.error.FieldProblem("posts", "Enter the number of posts."));
    }
    if (input.getClosingDate() == null) {
      problems.add(
          new org.bandwise.platform.error.FieldProblem("closingDate", "Enter the closing date."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new VacancyStore.Input(
        jdId,
        input.getTitle(),
        postId,
        bandId,
        unitId,
        input.getPayZone(),
        input.getWeeklyHours(),
        input.getPosts(),
        input.getClosingDate());
  }

  private VacancyStore.RuleInput ruleInput(RingFenceInput input) {
    List<org.bandwise.platform.error.FieldProblem> problems = new ArrayList<>();
    if (input == null || input.getFrom() == null) {
      problems.add(
          new org.bandwise.platform.error.FieldProblem(
              "from", "Enter the day the ring-fence starts."));
    }
    if (input == null || input.getUntil() == null) {
      problems.add(
          new org.bandwise.platform.error.FieldProblem(
              "until", "Enter the day the ring-fence ends."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    String unitId = null;
    if (input.getUnitId() != null) {
      unitId = one("SELECT id FROM org_unit WHERE id = ?", input.getUnitId().toString());
      if (unitId == null) {
        throw new InvalidInput("unitId", "Choose a unit that exists.");
      }
    }
    Set<String> rebandings = new HashSet<>();
    if (input.getRebandingIds() != null) {
      input.getRebandingIds().forEach(id -> rebandings.add(id.toString()));
    }
    return new VacancyStore.RuleInput(
        input.getBandCodes() == null ? Set.of() : Set.copyOf(input.getBandCodes()),
        input.getDirectorate(),
        unitId,
        input.getJdFamily(),
        rebandings,
        input.getFrom(),
        input.getUntil());
  }

  private String one(String sql, String value) {
    List<?> found = em.createNativeQuery(sql).setParameter(1, value).getResultList();
    return found.isEmpty() ? null : found.get(0).toString();
  }

  private Vacancy vacancy(VacancyStore.Row row) {
    LocalDate today = LocalDate.now(clock);
    VacancyFacts facts = store.facts(List.of(row), today).get(0);
    var fence = facts.ringFence();
    Vacancy v =
        new Vacancy()
            .id(UUID.fromString(row.id()))
            .title(row.title())
            .jobDescription(
                new JdRef()
                    .id(UUID.fromString(row.jdId()))
                    .reference(row.jdReference())
                    .title(row.jdTitle()))
            .postNumber(row.postNumber())
            .band(
                new BandRef()
                    .id(UUID.fromString(row.bandId()))
                    .code(row.bandCode())
                    .name(row.bandName()))
            .unit(new UnitRef().id(UUID.fromString(row.unitId())).name(row.unitName()))
            .directorate(row.directorate())
            .jdFamily(row.family())
            .payZone(row.zone())
            .weeklyHours(row.hours())
            .posts(row.posts())
            .filledPosts(row.filledPosts())
            .closingDate(row.closingDate())
            .status(org.bandwise.api.model.VacancyStatus.fromValue(row.status().name()))
            .stage(
                row.stage() == null
                    ? null
                    : org.bandwise.api.model.VacancyStage.fromValue(row.stage().name()))
            .statusText("This vacancy " + row.status().phrase() + ".")
            .openedOn(row.openedOn())
            .essentialCriteria(
                data.criteria(List.of(row.jdId()), "ESSENTIAL").getOrDefault(row.jdId(), List.of()))
            .desirableCriteria(
                data.criteria(List.of(row.jdId()), "DESIRABLE").getOrDefault(row.jdId(), List.of()))
            .allowedSteps(
                VacancyLifecycle.allowedSteps(row.state()).stream()
                    .filter(s -> s != org.bandwise.vacancy.control.VacancyStep.END_OFFER)
                    .filter(s -> s != org.bandwise.vacancy.control.VacancyStep.FILL_POST)
                    .map(s -> org.bandwise.api.model.VacancyStep.fromValue(s.name()))
                    .toList())
            .withdrawnReason(row.withdrawnReason())
            .createdAt(time(row.createdAt()));
    if (fence != null) {
      v.ringFence(
          new VacancyRingFence()
              .ringFenceIds(row.rfRuleIds().stream().map(UUID::fromString).toList())
              .from(fence.from())
              .until(fence.until())
              .poolDescription(fence.poolDescription())
              .text(RingFenceText.of(fence)));
    }
    int undecided = 0;
    if (row.status() == org.bandwise.vacancy.control.VacancyStatus.RING_FENCE
        || row.status() == org.bandwise.vacancy.control.VacancyStatus.OFFER_MADE) {
      var decisions = store.decisions(row.id());
      undecided =
          (int) pool(row, today).stream().filter(e -> !decisions.containsKey(e.staffId())).count();
    }
    v.undecidedPoolCount(undecided);
    v.interestCount(store.interestedStaff(row.id()).size());
    OfferStore.Row live = offers.live(row.id());
    if (live != null) {
      v.currentOffer(
          new OfferSummary()
              .id(UUID.fromString(live.id()))
              .staffNumber(live.staffNumber())
              .name(live.name())
              .status(org.bandwise.api.model.OfferStatus.fromValue(live.status().name()))
              .trialEndsOn(live.trial() == null ? null : live.trial().endsOn()));
    }
    List<VacancyTimelineEntry> timeline = new ArrayList<>();
    for (VacancyTimeline.Step step : store.timeline(row.id(), row.title())) {
      timeline.add(
          new VacancyTimelineEntry()
              .at(time(step.at()))
              .actor(step.actor())
              .title(step.title())
              .text(step.text()));
    }
    v.timeline(timeline);
    return v;
  }

  private static VacancySummary summary(VacancyStore.Row row) {
    return new VacancySummary()
        .id(UUID.fromString(row.id()))
        .title(row.title())
        .band(row.bandCode())
        .unit(new UnitRef().id(UUID.fromString(row.unitId())).name(row.unitName()))
        .directorate(row.directorate())
        .status(org.bandwise.api.model.VacancyStatus.fromValue(row.status().name()))
        .stage(
            row.stage() == null
                ? null
                : org.bandwise.api.model.VacancyStage.fromValue(row.stage().name()))
        .posts(row.posts())
        .filledPosts(row.filledPosts())
        .closingDate(row.closingDate())
        .openedOn(row.openedOn())
        .ringFenced(row.ringFenced());
  }

  private static VacancyEligibility eligibility(
      Eligibility e, VacancyFacts facts, VacancyStore.Row row, boolean interested) {
    Map<String, String> criterionNames = new HashMap<>();
    facts.essentialCriteria().forEach(c -> criterionNames.put(c.id(), c.name()));
    return new VacancyEligibility()
        .id(UUID.fromString(row.id()))
        .title(row.title())
        .band(row.bandCode())
        .unit(row.unitName())
        .status(org.bandwise.api.model.VacancyStatus.fromValue(row.status().name()))
        .closingDate(row.closingDate())
        .eligible(e.eligible())
        .stage(org.bandwise.api.model.VacancyStage.fromValue(e.stage().name()))
        .inPool(e.inPool())
        .priority(e.priority())
        .interested(interested)
        .reasons(
            e.reasons().stream()
                .map(
                    r ->
                        new org.bandwise.api.model.EligibilityReason()
                            .rule(org.bandwise.api.model.EligibilityRule.fromValue(r.rule().name()))
                            .met(r.met())
                            .text(r.text())
                            .criterion(
                                r.criterionId() == null
                                    ? null
                                    : criterionNames.getOrDefault(
                                        r.criterionId(), r.criterionId())))
                .toList());
  }

  private PoolEntry poolEntry(
      Eligibility e, VacancyStore.Decision d, boolean interested, VacancyStore.Row row) {
    EligibilityData.Person p = people.get(e.staffId());
    var c = p.candidate();
    PoolEntry entry =
        new PoolEntry()
            .staffNumber(p.staffNumber())
            .name(c.name())
            .band(c.band().code())
            .protectedBand(c.protectedBand() == null ? null : c.protectedBand().code())
            .atRiskUntil(c.atRisk() == null ? null : c.atRisk().until())
            .priority(e.priority())
            .eligible(e.eligible())
            .interested(interested)
            .reasons(
                e.reasons().stream()
                    .map(
                        r ->
                            new org.bandwise.api.model.EligibilityReason()
                                .rule(
                                    org.bandwise.api.model.EligibilityRule.fromValue(
                                        r.rule().name()))
                                .met(r.met())
                                .text(r.text()))
                    .toList());
    if (d != null) {
      entry.decision(decision(d));
    }
    return entry;
  }

  private static org.bandwise.api.model.PoolDecision decision(VacancyStore.Decision d) {
    return new org.bandwise.api.model.PoolDecision()
        .suitability(org.bandwise.api.model.Suitability.fromValue(d.suitability().name()))
        .reason(d.reason())
        .decidedBy(d.by())
        .decidedAt(time(d.at()));
  }

  private static Interest interest(VacancyStore.InterestRow r) {
    return new Interest()
        .vacancyId(UUID.fromString(r.vacancyId()))
        .staffNumber(r.staffNumber())
        .name(r.name())
        .stage(org.bandwise.api.model.VacancyStage.fromValue(r.stage().name()))
        .expressedAt(time(r.at()));
  }

  private static OfferPage offerPage(Page<OfferStore.Row> rows) {
    return new OfferPage()
        .items(rows.items().stream().map(VacanciesResource::offer).toList())
        .page(rows.request().page())
        .size(rows.request().size())
        .totalItems(rows.totalItems());
  }

  private static Offer offer(OfferStore.Row o) {
    Offer offer =
        new Offer()
            .id(UUID.fromString(o.id()))
            .vacancyId(UUID.fromString(o.vacancyId()))
            .title(o.title())
            .band(o.bandCode())
            .unit(o.unitName())
            .staffNumber(o.staffNumber())
            .name(o.name())
            .status(org.bandwise.api.model.OfferStatus.fromValue(o.status().name()))
            .stage(org.bandwise.api.model.VacancyStage.fromValue(o.stage().name()))
            .suitable(o.suitable())
            .madeAt(time(o.madeAt()))
            .madeBy(o.madeBy())
            .answeredAt(time(o.answeredAt()))
            .declineReason(o.declineReason())
            .withdrawnReason(o.withdrawnReason());
    if (o.declineEndsProtection() != null) {
      offer.declineOutcome(
          new DeclineOutcome()
              .suitable(o.suitable())
              .endsProtection(o.declineEndsProtection())
              .text(o.declineText()));
    }
    TrialPeriod t = o.trial();
    if (t != null) {
      offer.trial(
          new Trial()
              .startOn(t.startOn())
              .endOn(t.endOn())
              .extendedTo(t.extendedTo())
              .extensionReason(t.extensionReason())
              .endsOn(t.endsOn())
              .extended(t.extended())
              .text(t.text()));
    }
    if (o.outcomeOn() != null) {
      offer.trialOutcome(
          new TrialOutcome()
              .outcome(org.bandwise.api.model.OfferStatus.fromValue(o.status().name()))
              .decidedOn(o.outcomeOn())
              .reason(o.outcomeReason())
              .protectionEnded(Boolean.TRUE.equals(o.protectionEnded()))
              .text(o.outcomeText()));
    }
    return offer;
  }

  private static org.bandwise.api.model.RingFence ringFence(VacancyStore.RuleView r) {
    var rule = r.rule();
    return new org.bandwise.api.model.RingFence()
        .id(UUID.fromString(r.id()))
        .bandCodes(rule.bandCodes().stream().sorted().toList())
        .directorate(rule.directorate())
        .unit(
            rule.unit() == null
                ? null
                : new UnitRef().id(UUID.fromString(rule.unit())).name(r.unitName()))
        .jdFamily(rule.jdFamily())
        .rebandingIds(rule.reBandingIds().stream().sorted().map(UUID::fromString).toList())
        .poolDescription(rule.poolDescription())
        .from(rule.from())
        .until(rule.until())
        .text(RingFenceText.of(rule, r.unitName()))
        .createdAt(time(r.createdAt()))
        .createdBy(r.createdBy());
  }

  private static StaffCriteria staffCriteria(StaffCriteriaStore.Criteria c) {
    return new StaffCriteria()
        .staffNumber(c.person().staffNumber())
        .name(c.person().name())
        .items(
            c.items().stream()
                .map(h -> new HeldCriterion().criterion(h.criterion()).achievedOn(h.achievedOn()))
                .toList());
  }

  private static CriterionCatalogue catalogue(List<StaffCriteriaStore.CatalogueEntry> entries) {
    return new CriterionCatalogue()
        .items(
            entries.stream()
                .map(
                    e -> new CatalogueCriterion().criterion(e.criterion()).trainingWeeks(e.weeks()))
                .toList());
  }

  private static org.bandwise.api.model.StatutoryPriority priority(StaffCriteriaStore.Priority p) {
    return new org.bandwise.api.model.StatutoryPriority()
        .id(UUID.fromString(p.id()))
        .reason(org.bandwise.api.model.PriorityReason.fromValue(p.reason().name()))
        .from(p.from())
        .to(p.to())
        .recordedBy(p.recordedBy())
        .recordedAt(time(p.recordedAt()));
  }

  private static <T> List<T> slice(List<T> all, PageRequest request) {
    int from = Math.min(all.size(), request.offset());
    return all.subList(from, Math.min(all.size(), from + request.size()));
  }

  private static OffsetDateTime time(LocalDateTime t) {
    return t == null ? null : t.atOffset(ZoneOffset.UTC);
  }

  private static Response noStore(Object entity) {
    return Response.ok(entity).header("Cache-Control", "no-store").build();
  }

  /** A record that can be changed: its version as the ETag, for the next change's If-Match. */
  private static Response versioned(Object entity, long version) {
    return Response.ok(entity)
        .tag(Preconditions.etag(version))
        .header("Cache-Control", "no-store")
        .build();
  }

  private static Response created(java.net.URI location, Object entity, long version) {
    return Response.created(location)
        .entity(entity)
        .tag(Preconditions.etag(version))
        .header("Cache-Control", "no-store")
        .build();
  }
}
