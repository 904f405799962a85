package org.bandwise.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.bandwise.demo.control.DemoStory.EvaluationInput;
import org.bandwise.evaluation.control.EvaluationRequests;
import org.bandwise.evaluation.control.OutcomePublication;
import org.bandwise.evaluation.control.PanelWork;
import org.bandwise.evaluation.entity.Evaluation;
import org.bandwise.evaluation.entity.PanelSide;
import org.bandwise.evaluation.entity.Priority;
import org.bandwise.evaluation.entity.RequesterType;
import org.bandwise.identity.control.UserDirectory;
import org.bandwise.identity.entity.Role;
import org.bandwise.identity.entity.TradeUnion;
import org.bandwise.identity.entity.UserAccount;
import org.bandwise.job.control.JobDescriptionStore;
import org.bandwise.job.entity.CriterionKind;
import org.bandwise.job.entity.CriterionType;
import org.bandwise.job.entity.JdContent;
import org.bandwise.job.entity.JdStatus;
import org.bandwise.job.entity.JdVersion;
import org.bandwise.job.entity.JobDescription;
import org.bandwise.payband.control.PayBandStore;
import org.bandwise.payband.control.PayScaleRules;
import org.bandwise.payband.control.PayScaleStore;
import org.bandwise.payband.control.PayStructureStore;
import org.bandwise.payband.entity.PayBand;
import org.bandwise.payband.entity.PayStructure;
import org.bandwise.payband.entity.ScaleStatus;
import org.bandwise.platform.ReplayClock;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.persistence.SchemaReady;
import org.bandwise.scheme.control.SchemeDetails;
import org.bandwise.scheme.control.SchemeRules;
import org.bandwise.scheme.control.SchemeStore;
import org.bandwise.scheme.entity.Scheme;
import org.bandwise.scheme.entity.SchemeStatus;

/**
 * Makes the demo story at first start, in demo mode only, by replaying {@link DemoStory} through
 * the application's own stores and rules — the code paths people's requests run: accounts are
 * created, pay scales added, schemes written and activated, JDs drafted and submitted, requests
 * decided, panels seated, levels agreed, outcomes signed off and published. Totals, bands, points
 * and every state come from those rules ({@code Scoring}, {@code PublicationReadiness}, the JD
 * lifecycle), never from the story. Each step runs at the time it happened in the story ({@link
 * ReplayClock}), so it is stamped and audited as if made then (the actor is "system").
 *
 * <p>It runs once: the {@code demo_data} row is locked for the whole transaction, so of several
 * instances starting together one makes the story and the others find it made; a later start
 * changes nothing. A database whose demo data an older release loaded with SQL scripts ({@code
 * flyway_demo_history}) is taken as made.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  /** The published demo password of every demo account (see the README); demo mode only. */
  public static final String DEMO_PASSWORD = "bandwise-demo";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject UserDirectory users;
  @Inject PayStructureStore structures;
  @Inject PayBandStore bands;
  @Inject PayScaleStore scales;
  @Inject SchemeStore schemes;
  @Inject JobDescriptionStore jds;
  @Inject EvaluationRequests requests;
  @Inject PanelWork panels;
  @Inject OutcomePublication publication;
  @Inject org.bandwise.workforce.control.StaffImportJobs staffImports;
  @Inject DemoRebandings rebandings;
  @Inject DemoAppeals appeals;
  @Inject DemoVacancies vacancies;

  /** Runs before anything else that observes the schema being ready (outcome activation). */
  @Transactional
  void onSchemaReady(
      @Observes @jakarta.annotation.Priority(Interceptor.Priority.APPLICATION - 100)
          SchemaReady ready) {
    if (ready.demoData()) {
      makeOnce(DemoStory.bundled());
    }
  }

  /** Makes the story unless it has been made; answers whether it made it now. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean makeOnce(DemoStory story) {
    Object madeAt =
        em.createNativeQuery("SELECT created_at FROM demo_data WHERE name = 'story' FOR UPDATE")
            .getSingleResult();
    if (madeAt != null) {
      return false;
    }
    if (loadedByScripts()) {
      LOG.info("Demo data was loaded by an earlier release's scripts; it is left as it is");
    } else {
      make(story);
      LOG.info("Demo data made (demo accounts are listed in the README)");
    }
    em.createNativeQuery("UPDATE demo_data SET created_at = ?1 WHERE name = 'story'")
        .setParameter(1, LocalDateTime.now(clock))
        .executeUpdate();
    return true;
  }

  private boolean loadedByScripts() {
    return ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM information_schema.tables"
                            + " WHERE table_schema = DATABASE() AND table_name = 'flyway_demo_history'")
                    .getSingleResult())
            .longValue()
        > 0;
  }

  private void make(DemoStory story) {
    Replay replay = new Replay(story);
    StoryTimeline timeline = replay.plan();
    try {
      for (StoryTimeline.Step step : timeline.inOrder()) {
        ReplayClock.replayAt(step.at());
        try {
          step.action().run();
        } catch (RuntimeException e) {
          throw new IllegalStateException(
              "The demo story failed at " + step.at() + " (" + step.what() + "): " + e, e);
        }
      }
    } finally {
      ReplayClock.endReplay();
    }
    // today, as the hourly job would: outcomes whose effective date has come are put in force
    publication.putDueOutcomesInForce();
    importWorkforce();
    rebandings.make();
    vacancies.make();
    appeals.make();
  }

  /** The day the demo workforce's pay history starts: the 2026-27 pay scales' first day. */
  static final java.time.LocalDate WORKFORCE_FROM = java.time.LocalDate.of(2026, 4, 1);

  /**
   * Imports the bundled workforce ({@code demo/staff.csv}, about 3,000 staff made by {@code
   * db/tools/generate_staff_demo.py}) through the staff import HR admins use — validated, then
   * applied — effective from {@link #WORKFORCE_FROM}. Its {@code username} column links the demo
   * accounts (staff, staff2, staff3) to their staff records. A file with any error stops the demo.
   */
  void importWorkforce() {
    em.flush(); // the import reads accounts, bands, scales and JDs with its own statements
    try (java.io.InputStream csv =
        DemoData.class.getClassLoader().getResourceAsStream("demo/staff.csv")) {
      if (csv == null) {
        throw new IllegalStateException("demo/staff.csv is not bundled");
      }
      var counts = staffImports.importNow(csv, "staff.csv", WORKFORCE_FROM, "system");
      LOG.info(() -> "Demo workforce imported: " + counts.created() + " staff records created");
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot read demo/staff.csv", e);
    }
  }

  /** One replay of the story: the records it has made so far, by their natural keys. */
  private final class Replay {

    private final DemoStory story;
    private final Map<String, UserAccount> accounts = new HashMap<>();
    private final Map<String, PayStructure> structuresByCode = new HashMap<>();
    private final Map<String, Map<String, PayBand>> bandsByStructure = new HashMap<>();
    private final Map<String, Scheme> activeSchemes = new HashMap<>();
    private final Map<String, JobDescription> jdsByReference = new HashMap<>();
    private final Map<String, List<JdVersion>> versionsByReference = new HashMap<>();

    Replay(DemoStory story) {
      this.story = story;
    }

    StoryTimeline plan() {
      StoryTimeline timeline = new StoryTimeline();
      LocalDateTime first =
          story.payStructures().stream()
              .map(DemoStory.Structure::at)
              .min(LocalDateTime::compareTo)
              .orElseThrow();
      timeline.at(first, "demo accounts", this::accounts);
      for (DemoStory.Structure structure : story.payStructures()) {
        timeline.at(structure.at(), "pay structure " + structure.code(), () -> pay(structure));
      }
      for (DemoStory.SchemeInput scheme : story.schemes()) {
        timeline.at(scheme.at(), "scheme " + scheme.code(), () -> scheme(scheme));
      }
      for (DemoStory.Jd jd : story.jobDescriptions()) {
        timeline.at(jd.at(), "job description " + jd.reference(), () -> jd(jd));
        for (int i = 1; i < jd.versions().size(); i++) {
          DemoStory.JdVersionInput version = jd.versions().get(i);
          timeline.at(
              version.at(),
              jd.reference() + " version " + (i + 1),
              () -> nextVersion(jd.reference(), version));
        }
      }
      for (EvaluationInput evaluation : story.evaluations()) {
        plan(timeline, evaluation);
      }
      return timeline;
    }

    private void plan(StoryTimeline timeline, EvaluationInput input) {
      String what = "evaluation of " + input.jd() + " version " + input.version();
      Evaluation[] made = new Evaluation[1];
      timeline.at(input.requestedAt(), what + ": request", () -> made[0] = request(input));
      if (input.decision() != null) {
        timeline.at(input.decision().at(), what + ": decision", () -> decide(made[0], input));
      }
      if (input.panel() != null) {
        timeline.at(input.panel().at(), what + ": panel", () -> seat(made[0], input.panel()));
      }
      for (DemoStory.Provisional provisional : input.provisional()) {
        timeline.at(
            provisional.at(),
            what + ": provisional levels of " + provisional.user(),
            () ->
                panels.recordProvisional(
                    made[0].id(), account(provisional.user()).id(), provisional.levels()));
      }
      for (DemoStory.Agreed agreed : input.agreed()) {
        timeline.at(
            agreed.at(),
            what + ": " + agreed.factor() + " agreed",
            () ->
                panels.agree(
                    made[0].id(),
                    current(made[0]),
                    agreed.factor(),
                    agreed.level(),
                    agreed.rationale(),
                    name(agreed.by())));
      }
      if (input.check() != null) {
        timeline.at(
            input.check().at(),
            what + ": consistency check",
            () ->
                panels.recordCheck(
                    made[0].id(),
                    current(made[0]),
                    input.check().conclusion(),
                    name(input.check().by())));
      }
      if (input.signOffs() != null) {
        timeline.at(
            input.signOffs().at(),
            what + ": sign-offs",
            () -> {
              for (String user : input.signOffs().users()) {
                panels.signOff(made[0].id(), current(made[0]), account(user).id());
              }
            });
      }
      if (input.publish() != null) {
        DemoStory.Publish publish = input.publish();
        timeline.at(
            publish.at(),
            what + ": publication",
            () ->
                publication.publish(
                    made[0].id(), current(made[0]), publish.effectiveFrom(), name(publish.by())));
        // the hourly job puts outcomes in force on their effective date
        timeline.at(
            publish.effectiveFrom().atTime(0, 7),
            what + ": outcome takes effect",
            publication::putDueOutcomesInForce);
      }
    }

    private void accounts() {
      for (DemoStory.User user : story.users()) {
        UserAccount existing = existingAccount(user.username());
        accounts.put(
            user.username(),
            existing != null
                ? existing
                : users.create(
                    user.username(),
                    user.displayName(),
                    DEMO_PASSWORD,
                    EnumSet.of(Role.valueOf(user.role())),
                    user.union() == null ? null : TradeUnion.valueOf(user.union())));
      }
    }

    private UserAccount existingAccount(String username) {
      return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
          .setParameter("username", username)
          .getResultStream()
          .findFirst()
          .orElse(null);
    }

    private void pay(DemoStory.Structure input) {
      PayStructure structure = structures.create(input.code(), input.name(), input.description());
      structuresByCode.put(input.code(), structure);
      Map<String, PayBand> byCode = new HashMap<>();
      for (DemoStory.Band band : input.bands()) {
        PayBand made =
            bands.create(
                structure.id(),
                band.code(),
                band.name(),
                band.rank(),
                band.description(),
                band.openToNewEntrants());
        byCode.put(band.code(), made);
        for (DemoStory.Scale scale : band.scales()) {
          List<PayScaleRules.PointInput> points = new ArrayList<>();
          for (int i = 0; i < scale.points().size(); i++) {
            points.add(new PayScaleRules.PointInput(i + 1, scale.points().get(i)));
          }
          scales.create(
              made.id(),
              scale.zone(),
              scale.effectiveFrom(),
              ScaleStatus.valueOf(scale.status()),
              scale.note(),
              points);
        }
      }
      bandsByStructure.put(input.code(), byCode);
    }

    private void scheme(DemoStory.SchemeInput input) {
      PayStructure structure = structuresByCode.get(input.structure());
      Map<String, PayBand> byCode = bandsByStructure.get(input.structure());
      var factors =
          input.factors().stream()
              .map(
                  f -> {
                    List<SchemeRules.LevelInput> levels = new ArrayList<>();
                    for (int i = 0; i < f.levels().size(); i++) {
                      DemoStory.Level level = f.levels().get(i);
                      levels.add(
                          new SchemeRules.LevelInput(i + 1, level.points(), level.descriptor()));
                    }
                    return new SchemeRules.FactorInput(f.code(), f.name(), f.description(), levels);
                  })
              .toList();
      var ranges =
          input.ranges().stream()
              .map(
                  r ->
                      new SchemeRules.RangeInput(
                          UUID.fromString(byCode.get(r.band()).id()), r.min(), r.max()))
              .toList();
      Scheme draft =
          schemes.create(
              input.code(),
              new SchemeDetails(
                  input.name(),
                  input.description(),
                  input.illustrative(),
                  input.nearBoundaryPoints()),
              new SchemeRules.SchemeContent(UUID.fromString(structure.id()), factors, ranges));
      em.flush();
      activeSchemes.put(
          input.code(),
          schemes.changeStatus(
              draft.id(), ExpectedVersion.of(draft.version()), SchemeStatus.ACTIVE));
    }

    private void jd(DemoStory.Jd input) {
      JdVersion first =
          jds.create(input.reference(), input.benchmark(), content(input.versions().get(0)));
      JobDescription jd = first.jd();
      jdsByReference.put(input.reference(), jd);
      versionsByReference.computeIfAbsent(input.reference(), r -> new ArrayList<>()).add(first);
    }

    private void nextVersion(String reference, DemoStory.JdVersionInput input) {
      JdVersion draft = jds.startNewVersion(jdsByReference.get(reference).id());
      em.flush();
      JdVersion written =
          jds.rewrite(draft.id(), ExpectedVersion.of(draft.version()), content(input));
      versionsByReference.get(reference).add(written);
    }

    private Evaluation request(EvaluationInput input) {
      JdVersion version = versionsByReference.get(input.jd()).get(input.version() - 1);
      if (version.status() == JdStatus.DRAFT) {
        em.flush();
        version =
            jds.moveByHand(version.id(), ExpectedVersion.of(version.version()), JdStatus.SUBMITTED);
      }
      return requests.request(
          version,
          input.reason(),
          account(input.requester()).id(),
          RequesterType.valueOf(input.requesterType()));
    }

    private void decide(Evaluation evaluation, EvaluationInput input) {
      DemoStory.Decision decision = input.decision();
      requests.decide(
          evaluation.id(),
          current(evaluation),
          decision.accept(),
          decision.priority() == null ? null : Priority.valueOf(decision.priority()),
          decision.reason(),
          name(decision.by()));
    }

    private void seat(Evaluation evaluation, DemoStory.Panel panel) {
      panels.seatPanel(
          evaluation.id(),
          current(evaluation),
          activeSchemes.get(panel.scheme()).id().toString(),
          panel.seats().stream()
              .map(
                  s ->
                      new PanelWork.SeatInput(
                          account(s.user()).id(), PanelSide.valueOf(s.side()), s.chair()))
              .toList());
    }

    private ExpectedVersion current(Evaluation evaluation) {
      em.flush();
      return ExpectedVersion.of(evaluation.version());
    }

    private UserAccount account(String username) {
      UserAccount account = accounts.get(username);
      if (account == null) {
        throw new IllegalStateException("The demo story names no account " + username);
      }
      return account;
    }

    private String name(String username) {
      return account(username).displayName();
    }

    private JdContent content(DemoStory.JdVersionInput v) {
      return new JdContent(
          v.title(),
          v.roleFamily(),
          v.directorate(),
          v.purpose(),
          v.mainDuties(),
          v.programmes(),
          v.criteria().stream()
              .map(
                  c ->
                      new JdContent.CriterionLine(
                          CriterionKind.valueOf(c.kind()),
                          CriterionType.valueOf(c.type()),
                          c.text()))
              .toList());
    }
  }
}
