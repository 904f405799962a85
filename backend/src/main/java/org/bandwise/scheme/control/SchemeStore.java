package org.bandwise.scheme.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.payband.entity.PayBand;
import org.bandwise.payband.entity.PayStructure;
import org.bandwise.platform.cache.ReferenceData;
import org.bandwise.platform.cache.ReferenceKind;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.error.FieldProblem;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.scheme.control.SchemeRules.FactorInput;
import org.bandwise.scheme.control.SchemeRules.KnownBand;
import org.bandwise.scheme.control.SchemeRules.RangeInput;
import org.bandwise.scheme.control.SchemeRules.SchemeContent;
import org.bandwise.scheme.entity.Scheme;
import org.bandwise.scheme.entity.SchemeLevel;
import org.bandwise.scheme.entity.SchemeStatus;

/**
 * Scheme versions: read by everyone, created, edited while drafts, copied into new versions,
 * activated and retired by HR admins. Changes join the caller's transaction (the resource's, one
 * per request) and are audited in it; a version any evaluation uses never changes, and one that an
 * open evaluation uses is never retired.
 */
@ApplicationScoped
public class SchemeStore {

  static final String ENTITY = "SCHEME";

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject ReferenceData reference;
  @Inject Clock clock;

  public Optional<Scheme> find(UUID id) {
    return Optional.ofNullable(em.find(Scheme.class, id.toString()));
  }

  public Scheme get(UUID id) {
    return find(id).orElseThrow(() -> notFound());
  }

  /**
   * How many evaluations that are still open (neither published nor rejected) use this version: it
   * cannot be retired while any does, because their panels are still scoring with it.
   */
  public long openEvaluationsUsing(UUID schemeId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM evaluation WHERE scheme_id = ?"
                        + " AND status NOT IN ('PUBLISHED', 'REJECTED')")
                .setParameter(1, schemeId.toString())
                .getSingleResult())
        .longValue();
  }

  /** True once any evaluation uses this version: it can then never change. */
  public boolean inUse(UUID schemeId) {
    return !em.createNativeQuery("SELECT 1 FROM evaluation WHERE scheme_id = ? LIMIT 1")
        .setParameter(1, schemeId.toString())
        .getResultList()
        .isEmpty();
  }

  /** Which of these versions any evaluation uses, in one query. */
  public Set<UUID> inUse(Collection<UUID> schemeIds) {
    if (schemeIds.isEmpty()) {
      return Set.of();
    }
    List<String> ids = schemeIds.stream().map(UUID::toString).toList();
    var query =
        em.createNativeQuery(
            "SELECT DISTINCT scheme_id FROM evaluation WHERE scheme_id IN ("
                + ids.stream().map(id -> "?").collect(Collectors.joining(", "))
                + ")");
    for (int i = 0; i < ids.size(); i++) {
      query.setParameter(i + 1, ids.get(i));
    }
    Set<UUID> used = new HashSet<>();
    for (Object row : query.getResultList()) {
      used.add(UUID.fromString(row.toString()));
    }
    return used;
  }

  /**
   * A page of versions, ordered by code and newest version first. Their factors, levels, ranges,
   * bands and structures are read with one query each for the whole page (batch fetching), never
   * one per scheme.
   */
  public Page<Scheme> list(SchemeStatus status, PageRequest page) {
    var items =
        status == null
            ? em.createNamedQuery("Scheme.all", Scheme.class)
            : em.createNamedQuery("Scheme.byStatus", Scheme.class).setParameter("status", status);
    var count =
        status == null
            ? em.createNamedQuery("Scheme.count", Long.class)
            : em.createNamedQuery("Scheme.countByStatus", Long.class)
                .setParameter("status", status);
    return new Page<>(
        items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
        count.getSingleResult(),
        page);
  }

  /** Version 1 of a new scheme, as a draft. */
  @Transactional(TxType.MANDATORY)
  public Scheme create(String code, SchemeDetails details, SchemeContent content) {
    PayStructure structure = structure(content.structureId());
    Map<UUID, PayBand> bands = bandsNamedIn(content.ranges());
    requireValid(details, content, structure, bands, List.of());
    Integer latest =
        em.createNamedQuery("Scheme.latestVersion", Integer.class)
            .setParameter("code", code)
            .getSingleResult();
    if (latest != null) {
      throw new RuleConflict(
          "code",
          "There is already a scheme "
              + code
              + " (version "
              + latest
              + " is the latest). Start a new version of it instead.");
    }
    Scheme scheme =
        new Scheme(
            code,
            1,
            details.name(),
            details.description(),
            details.illustrative(),
            structure,
            details.nearBoundaryPoints(),
            null,
            now());
    fill(scheme, content, bands);
    em.persist(scheme);
    reference.changed(ReferenceKind.SCHEME);
    audit.record(
        ENTITY,
        scheme.id().toString(),
        null,
        "CREATED",
        scheme.label() + " created as a draft",
        null,
        scheme.auditSnapshot());
    em.flush();
    return scheme;
  }

  /** Replaces a draft's details, factors and ranges. */
  @Transactional(TxType.MANDATORY)
  public Scheme update(
      UUID id, ExpectedVersion expected, SchemeDetails details, SchemeContent content) {
    Scheme scheme = lockedForChange(id, expected);
    requireChangeable(scheme);
    Map<UUID, PayBand> bands = bandsNamedIn(content.ranges());
    List<FieldProblem> extra = new ArrayList<>();
    if (content.structureId() != null && !content.structureId().equals(scheme.structureId())) {
      extra.add(
          new FieldProblem(
              "structureId",
              "A scheme's pay structure does not change: it bands "
                  + scheme.structure().name()
                  + ". Create a new scheme for another structure."));
    }
    SchemeContent inItsStructure =
        new SchemeContent(scheme.structureId(), content.factors(), content.ranges());
    requireValid(details, inItsStructure, scheme.structure(), bands, extra);
    Map<String, Object> before = scheme.auditSnapshot();
    // factor codes and positions are unique per version: the old rows go before the new arrive
    scheme.clearContent();
    em.flush();
    // stamping updatedAt always rewrites the row, so its version (the ETag) moves on even when only
    // factors or ranges changed (EclipseLink ignores OPTIMISTIC_FORCE_INCREMENT on a row locked
    // for update)
    scheme.change(
        details.name(),
        details.description(),
        details.illustrative(),
        details.nearBoundaryPoints(),
        now());
    fill(scheme, content, bands);
    reference.changed(ReferenceKind.SCHEME);
    audit.record(
        ENTITY,
        scheme.id().toString(),
        null,
        "UPDATED",
        scheme.label() + " changed",
        before,
        scheme.auditSnapshot());
    em.flush();
    return scheme;
  }

  /**
   * A new draft copied from any version of a scheme, numbered one above the scheme's latest
   * version; the copied version does not change.
   */
  @Transactional(TxType.MANDATORY)
  public Scheme startNextVersion(UUID id) {
    Scheme source = get(id);
    List<Scheme> versions = lockedVersionsOf(source.code());
    int next = versions.stream().mapToInt(Scheme::schemeVersion).max().orElse(0) + 1;
    Scheme copy = source.copyAsDraft(next, now());
    em.persist(copy);
    reference.changed(ReferenceKind.SCHEME);
    audit.record(
        ENTITY,
        copy.id().toString(),
        source.id().toString(),
        "VERSIONED",
        copy.label() + " started as a draft from version " + source.schemeVersion(),
        null,
        copy.auditSnapshot());
    em.flush();
    return copy;
  }

  /**
   * DRAFT → ACTIVE, after checking the draft is complete, retiring the scheme's active version in
   * the same transaction; or ACTIVE → RETIRED. Nothing else. No version is retired, by either move,
   * while an open evaluation uses it.
   */
  @Transactional(TxType.MANDATORY)
  public Scheme changeStatus(UUID id, ExpectedVersion expected, SchemeStatus next) {
    Scheme scheme = lockedForChange(id, expected);
    SchemeStatus current = scheme.status();
    if (!current.canMoveTo(next)) {
      throw new RuleConflict(
          "status",
          scheme.label()
              + " is "
              + current.inWords()
              + " and cannot become "
              + next.inWords()
              + ". A draft can be activated and an active version retired; nothing else.");
    }
    if (next == SchemeStatus.ACTIVE) {
      requireComplete(scheme);
      for (Scheme other : lockedVersionsOf(scheme.code())) {
        if (other.status() == SchemeStatus.ACTIVE && !other.id().equals(scheme.id())) {
          requireNoOpenEvaluations(
              other,
              " Version " + scheme.schemeVersion() + " cannot replace it until they are finished.");
          moveTo(
              other,
              SchemeStatus.RETIRED,
              "RETIRED",
              other.label() + " retired: version " + scheme.schemeVersion() + " replaces it");
        }
      }
      moveTo(scheme, next, "ACTIVATED", scheme.label() + " activated");
    } else {
      requireNoOpenEvaluations(scheme, "");
      moveTo(scheme, next, "RETIRED", scheme.label() + " retired");
    }
    em.flush();
    return scheme;
  }

  /** Scores one level per factor under a version (any status: admins try drafts out). */
  public ScoreOutcome score(UUID id, Map<String, Integer> levels) {
    return Scoring.score(get(id).scoringTable(), levels);
  }

  private void moveTo(Scheme scheme, SchemeStatus next, String action, String summary) {
    Map<String, Object> before = Map.of("status", scheme.status().name());
    scheme.moveTo(next, now());
    reference.changed(ReferenceKind.SCHEME);
    audit.record(
        ENTITY,
        scheme.id().toString(),
        null,
        action,
        summary,
        before,
        Map.of("status", next.name()));
  }

  /**
   * The version, locked until the transaction ends, so that of two changes made against the same
   * ETag the second waits, sees the first and is refused (412) instead of overwriting it.
   */
  private Scheme lockedForChange(UUID id, ExpectedVersion expected) {
    Scheme scheme = em.find(Scheme.class, id.toString(), LockModeType.PESSIMISTIC_WRITE);
    if (scheme == null) {
      throw notFound();
    }
    expected.check(scheme.version());
    return scheme;
  }

  private void requireNoOpenEvaluations(Scheme scheme, String consequence) {
    long open = openEvaluationsUsing(scheme.id());
    String refusal = SchemeRules.retirementRefusal(scheme.label(), open);
    if (refusal != null) {
      throw new RuleConflict("status", refusal + consequence);
    }
  }

  private List<Scheme> lockedVersionsOf(String code) {
    return em.createNamedQuery("Scheme.byCode", Scheme.class)
        .setParameter("code", code)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  private void requireChangeable(Scheme scheme) {
    if (inUse(scheme.id())) {
      throw new RuleConflict(
          "status",
          scheme.label()
              + " has been used for evaluations, so it can never change. Start a new version"
              + " of the scheme and make the change there.");
    }
    if (scheme.status() != SchemeStatus.DRAFT) {
      throw new RuleConflict(
          "status",
          scheme.label()
              + " is "
              + scheme.status().inWords()
              + ", and only drafts can change. Start a new version of the scheme and make the"
              + " change there.");
    }
  }

  /** A draft is complete when its stored content passes the same rules as on saving. */
  private void requireComplete(Scheme scheme) {
    SchemeContent content =
        new SchemeContent(
            scheme.structureId(),
            scheme.factors().stream()
                .map(
                    f ->
                        new FactorInput(
                            f.code(),
                            f.name(),
                            f.description(),
                            f.levels().stream()
                                .map(
                                    l ->
                                        new SchemeRules.LevelInput(
                                            l.level(), l.points(), l.descriptor()))
                                .toList()))
                .toList(),
            scheme.bandRanges().stream()
                .map(r -> new RangeInput(r.bandId(), r.minScore(), r.maxScore()))
                .toList());
    Map<UUID, PayBand> bands = bandsNamedIn(content.ranges());
    List<FieldProblem> problems =
        SchemeRules.check(content, scheme.structure().name(), known(bands));
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private void requireValid(
      SchemeDetails details,
      SchemeContent content,
      PayStructure structure,
      Map<UUID, PayBand> bands,
      List<FieldProblem> extra) {
    List<FieldProblem> problems = new ArrayList<>(extra);
    problems.addAll(SchemeRules.checkNearBoundaryPoints(details.nearBoundaryPoints()));
    problems.addAll(
        SchemeRules.check(content, structure == null ? null : structure.name(), known(bands)));
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private static void fill(Scheme scheme, SchemeContent content, Map<UUID, PayBand> bands) {
    for (FactorInput factor : content.factors()) {
      scheme.addFactor(
          factor.code().trim(),
          factor.name().trim(),
          blankToNull(factor.description()),
          factor.levels().stream()
              .map(l -> new SchemeLevel(l.level(), l.points(), blankToNull(l.descriptor())))
              .toList());
    }
    for (RangeInput range : content.ranges()) {
      scheme.addBandRange(bands.get(range.bandId()), range.minScore(), range.maxScore());
    }
  }

  private PayStructure structure(UUID structureId) {
    return structureId == null ? null : em.find(PayStructure.class, structureId.toString());
  }

  /** The bands that exist among those the ranges name, of any structure, in one query. */
  private Map<UUID, PayBand> bandsNamedIn(List<RangeInput> ranges) {
    List<String> ids =
        ranges == null
            ? List.of()
            : ranges.stream()
                .filter(r -> r != null && r.bandId() != null)
                .map(r -> r.bandId().toString())
                .distinct()
                .toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("SELECT b FROM PayBand b WHERE b.id IN :ids", PayBand.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(b -> UUID.fromString(b.id()), Function.identity()));
  }

  private static Map<UUID, KnownBand> known(Map<UUID, PayBand> bands) {
    return bands.values().stream()
        .collect(
            Collectors.toMap(
                b -> UUID.fromString(b.id()),
                b ->
                    new KnownBand(
                        UUID.fromString(b.id()), UUID.fromString(b.structure().id()), b.name())));
  }

  private static RecordNotFound notFound() {
    return new RecordNotFound("There is no such scheme version. It may have been mistyped.");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
