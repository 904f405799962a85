package org.bandwise.job.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.identity.control.People;
import org.bandwise.job.entity.JdContent;
import org.bandwise.job.entity.JdStatus;
import org.bandwise.job.entity.JdVersion;
import org.bandwise.job.entity.JobDescription;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.persistence.UniqueKeys;

/**
 * Job descriptions and their versions: written by HR, moved on by evaluations, audited. Every
 * change joins the caller's transaction and checks the version it was made against.
 */
@ApplicationScoped
public class JobDescriptionStore {

  static final String JD = "JOB_DESCRIPTION";
  static final String VERSION = "JD_VERSION";

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject People people;
  @Inject Clock clock;

  public JobDescription get(String id) {
    JobDescription jd = em.find(JobDescription.class, id);
    if (jd == null) {
      throw new RecordNotFound("There is no such job description.");
    }
    return jd;
  }

  public JdVersion version(String id) {
    JdVersion version = em.find(JdVersion.class, id);
    if (version == null) {
      throw new RecordNotFound("There is no such job description version.");
    }
    return version;
  }

  /** Newest first. */
  public List<JdVersion> versionsOf(String jdId) {
    return em.createQuery(
            "SELECT v FROM JdVersion v WHERE v.jd.id = :jd ORDER BY v.number DESC", JdVersion.class)
        .setParameter("jd", jdId)
        .getResultList();
  }

  public JdVersion previousOf(JdVersion version) {
    return em.createQuery(
            "SELECT v FROM JdVersion v WHERE v.jd.id = :jd AND v.number = :number", JdVersion.class)
        .setParameter("jd", version.jd().id())
        .setParameter("number", version.number() - 1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public JdVersion create(String reference, boolean benchmark, JdContent content) {
    var existing =
        em.createNamedQuery("JobDescription.findByReference", JobDescription.class)
            .setParameter("reference", reference)
            .getResultList();
    if (!existing.isEmpty()) {
      throw referenceTaken(reference, existing.get(0).id());
    }
    LocalDateTime now = LocalDateTime.now(clock);
    JobDescription jd = new JobDescription(reference, benchmark, now);
    JdVersion first = new JdVersion(jd, 1, content, now);
    jd.showLatest(first, now);
    em.persist(jd);
    em.persist(first);
    UniqueKeys.flush(em, () -> referenceTaken(reference, null));
    audit.record(JD, jd.id(), null, "CREATED", "Created " + reference, null, jd.auditSnapshot());
    audit.record(
        VERSION, first.id(), jd.id(), "CREATED", "Version 1 drafted", null, first.auditSnapshot());
    return first;
  }

  private static RuleConflict referenceTaken(String reference, String existingId) {
    return new org.bandwise.platform.domain.ExistingRecordConflict(
        "reference",
        "A job description with the reference "
            + reference
            + " already exists. Enter another"
            + " reference.",
        existingId);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public JobDescription markBenchmark(String jdId, ExpectedVersion expected, boolean benchmark) {
    JobDescription jd = get(jdId);
    expected.check(jd.version());
    Map<String, Object> before = jd.auditSnapshot();
    jd.markBenchmark(benchmark, LocalDateTime.now(clock));
    audit.record(
        JD,
        jd.id(),
        null,
        "UPDATED",
        benchmark ? "Marked as a benchmark" : "No longer a benchmark",
        before,
        jd.auditSnapshot());
    em.flush();
    return jd;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public JdVersion startNewVersion(String jdId) {
    JobDescription jd = get(jdId);
    List<JdVersion> versions = versionsOf(jdId);
    JdLifecycle.requireNoVersionInProgress(versions.stream().map(JdVersion::status).toList());
    LocalDateTime now = LocalDateTime.now(clock);
    JdVersion latest = versions.get(0);
    JdVersion draft = new JdVersion(jd, latest.number() + 1, latest.content(), now);
    em.persist(draft);
    jd.showLatest(draft, now);
    audit.record(
        VERSION,
        draft.id(),
        jd.id(),
        "VERSIONED",
        "Version " + draft.number() + " started from version " + latest.number(),
        null,
        draft.auditSnapshot());
    return draft;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public JdVersion rewrite(String versionId, ExpectedVersion expected, JdContent content) {
    JdVersion version = version(versionId);
    expected.check(version.version());
    JdLifecycle.requireEditable(version.status());
    Map<String, Object> before = version.auditSnapshot();
    LocalDateTime now = LocalDateTime.now(clock);
    version.write(content, now);
    showLatestIfItIs(version, now);
    audit.record(
        VERSION,
        version.id(),
        version.jd().id(),
        "UPDATED",
        "Version " + version.number() + " changed",
        before,
        version.auditSnapshot());
    em.flush();
    return version;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public JdVersion moveByHand(String versionId, ExpectedVersion expected, JdStatus to) {
    JdVersion version = version(versionId);
    expected.check(version.version());
    JdLifecycle.requireManualMove(version.status(), to);
    if (to == JdStatus.DRAFT && hasOpenEvaluation(versionId)) {
      throw new RuleConflict(
          "status",
          "An evaluation has been requested for this version, so it cannot go back to draft until"
              + " the request is decided.");
    }
    Map<String, Object> before = version.auditSnapshot();
    LocalDateTime now = LocalDateTime.now(clock);
    version.moveTo(to, now);
    showLatestIfItIs(version, now);
    audit.record(
        VERSION,
        version.id(),
        version.jd().id(),
        to == JdStatus.SUBMITTED ? "SUBMITTED" : "RETURNED_TO_DRAFT",
        "Version "
            + version.number()
            + (to == JdStatus.SUBMITTED ? " submitted" : " returned to draft"),
        before,
        version.auditSnapshot());
    em.flush();
    return version;
  }

  public boolean hasOpenEvaluation(String versionId) {
    return ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM evaluation WHERE jd_version_id = ?1"
                            + " AND status IN ('REQUESTED', 'ACCEPTED', 'IN_PANEL')")
                    .setParameter(1, versionId)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  /** An accepted evaluation starts: a submitted version goes under evaluation. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void startEvaluation(JdVersion version) {
    if (version.status() == JdStatus.SUBMITTED) {
      Map<String, Object> before = version.auditSnapshot();
      LocalDateTime now = LocalDateTime.now(clock);
      version.moveTo(JdStatus.UNDER_EVALUATION, now);
      showLatestIfItIs(version, now);
      audit.record(
          VERSION,
          version.id(),
          version.jd().id(),
          "UPDATED",
          "Version " + version.number() + " under evaluation",
          before,
          version.auditSnapshot());
    }
  }

  /**
   * Records a published outcome on the version; when its effective date has come it is put in force
   * at once, otherwise {@link #putInForce} does it on that day.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordOutcome(
      JdVersion version, String evaluationId, LocalDate effectiveFrom, String bandId, int total) {
    LocalDate today = LocalDate.now(clock);
    LocalDateTime now = LocalDateTime.now(clock);
    Map<String, Object> before = version.auditSnapshot();
    JdStatus next = JdLifecycle.afterPublication(version.status(), effectiveFrom, today);
    version.recordOutcome(evaluationId, effectiveFrom, now);
    version.moveTo(next, now);
    audit.record(
        VERSION,
        version.id(),
        version.jd().id(),
        "PUBLISHED",
        "Outcome published for version " + version.number() + ": " + total + " points",
        before,
        version.auditSnapshot());
    if (next == JdStatus.IN_FORCE) {
      putInForce(version, bandId, total);
    }
    showLatestIfItIs(version, now);
  }

  /**
   * The version's outcome takes effect: it is in force and older in-force versions are superseded.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void putInForce(JdVersion version, String bandId, int total) {
    LocalDateTime now = LocalDateTime.now(clock);
    if (version.status() != JdStatus.IN_FORCE) {
      Map<String, Object> before = version.auditSnapshot();
      version.moveTo(JdStatus.IN_FORCE, now);
      audit.record(
          VERSION,
          version.id(),
          version.jd().id(),
          "IN_FORCE",
          "Version " + version.number() + " in force",
          before,
          version.auditSnapshot());
    }
    for (JdVersion other : versionsOf(version.jd().id())) {
      boolean older = other.number() < version.number();
      boolean replaced =
          other.status() == JdStatus.IN_FORCE || other.status() == JdStatus.EVALUATED;
      if (older && replaced) {
        Map<String, Object> before = other.auditSnapshot();
        other.moveTo(JdStatus.SUPERSEDED, now);
        audit.record(
            VERSION,
            other.id(),
            other.jd().id(),
            "SUPERSEDED",
            "Version " + other.number() + " superseded by version " + version.number(),
            before,
            other.auditSnapshot());
      }
    }
    version.jd().putInForce(version.id(), bandId, total, now);
    showLatestIfItIs(version, now);
  }

  private void showLatestIfItIs(JdVersion version, LocalDateTime now) {
    JobDescription jd = version.jd();
    if (version.number() >= jd.latestVersionNo()) {
      jd.showLatest(version, now);
    }
  }
}
