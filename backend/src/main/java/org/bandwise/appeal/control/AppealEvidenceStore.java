package org.bandwise.appeal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bandwise.appeal.control.AppealRecords.AppealRow;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.platform.domain.ExpectedVersion;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.NotPermitted;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.domain.StaleRecord;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.platform.persistence.SqlValues;

/**
 * Evidence files attached to appeals, kept in the database in 1 MB chunks. Who may attach or
 * withdraw: the reps of the appeal's union and HR; who may read: whoever may see the appeal (its
 * members included). Nothing is deleted: a withdrawn file is marked, kept and audited. The type is
 * found from the content ({@link EvidenceTypes}).
 */
@ApplicationScoped
public class AppealEvidenceStore {

  static final int CHUNK = 1024 * 1024;

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** A file's details, as listed. */
  public record Evidence(
      String id,
      String appealId,
      String fileName,
      EvidenceTypes.Type type,
      long sizeBytes,
      String description,
      String uploadedBy,
      LocalDateTime uploadedAt,
      LocalDateTime withdrawnAt,
      String withdrawnBy,
      String withdrawnReason,
      long version) {}

  private static final String COLUMNS =
      "id, appeal_id, file_name, media_type, size_bytes, description, uploaded_by_name,"
          + " uploaded_at, withdrawn_at, withdrawn_by, withdrawn_reason, version";

  /** Whether this viewer may attach and withdraw files on the appeal. */
  public static boolean mayChange(AppealViewer viewer, AppealRow row) {
    return viewer.hr() || viewer.repOf(row.union());
  }

  /**
   * Attaches a file.
   *
   * @throws InvalidInput naming {@code file} when it is empty or not a type taken
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Evidence add(
      AppealViewer viewer, AppealRow row, String fileName, String description, byte[] content) {
    if (!mayChange(viewer, row)) {
      throw new NotPermitted(
          "Only the reps of the appeal's union and HR can add evidence to this appeal.");
    }
    if (row.status() == AppealStatus.CLOSED || row.status() == AppealStatus.WITHDRAWN) {
      throw new RuleConflict(
          "file", "Evidence cannot be added to an appeal that " + row.status().phrase() + ".");
    }
    if (content.length == 0) {
      throw new InvalidInput("file", "The selected file is empty.");
    }
    EvidenceTypes.Type type =
        EvidenceTypes.of(content)
            .orElseThrow(
                () ->
                    new InvalidInput(
                        "file", "The selected file must be a PDF, DOCX, ODT, PNG or JPEG."));
    String id = UUID.randomUUID().toString();
    String name = EvidenceTypes.safeName(fileName, type);
    String text = description == null || description.isBlank() ? null : description.strip();
    LocalDateTime now = LocalDateTime.now(clock);
    em.createNativeQuery(
            "INSERT INTO appeal_evidence (id, appeal_id, file_name, media_type, size_bytes, sha256,"
                + " description, uploaded_by, uploaded_by_name, uploaded_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
        .setParameter(1, id)
        .setParameter(2, row.id())
        .setParameter(3, name)
        .setParameter(4, type.name())
        .setParameter(5, (long) content.length)
        .setParameter(6, sha256(content))
        .setParameter(7, text)
        .setParameter(8, viewer.userId())
        .setParameter(9, viewer.displayName())
        .setParameter(10, now)
        .executeUpdate();
    for (int seq = 0, from = 0; from < content.length; seq++, from += CHUNK) {
      em.createNativeQuery(
              "INSERT INTO appeal_evidence_chunk (evidence_id, seq, data) VALUES (?, ?, ?)")
          .setParameter(1, id)
          .setParameter(2, seq)
          .setParameter(
              3, Arrays.copyOfRange(content, from, Math.min(content.length, from + CHUNK)))
          .executeUpdate();
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("fileName", name);
    after.put("type", type.name());
    after.put("sizeBytes", content.length);
    audit.record(
        "APPEAL",
        row.id(),
        row.jdId(),
        "EVIDENCE_ADDED",
        "Evidence " + name + " added to the appeal about " + row.jdTitle(),
        null,
        after);
    return get(row.id(), id);
  }

  public Page<Evidence> list(String appealId, PageRequest page) {
    long total =
        ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM appeal_evidence WHERE appeal_id = ?")
                    .setParameter(1, appealId)
                    .getSingleResult())
            .longValue();
    List<Evidence> items = new ArrayList<>();
    for (Object r :
        em.createNativeQuery(
                "SELECT "
                    + COLUMNS
                    + " FROM appeal_evidence WHERE appeal_id = ? ORDER BY uploaded_at DESC, id"
                    + " LIMIT "
                    + page.size()
                    + " OFFSET "
                    + page.offset())
            .setParameter(1, appealId)
            .getResultList()) {
      items.add(evidence((Object[]) r));
    }
    return new Page<>(items, total, page);
  }

  public Evidence get(String appealId, String id) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT " + COLUMNS + " FROM appeal_evidence WHERE id = ? AND appeal_id = ?")
            .setParameter(1, id)
            .setParameter(2, appealId)
            .getResultList();
    if (rows.isEmpty()) {
      throw new RecordNotFound("There is no such evidence file on this appeal.");
    }
    return evidence((Object[]) rows.get(0));
  }

  /** The file's bytes, chunk by chunk in order. */
  public byte[] content(String id) {
    var out = new java.io.ByteArrayOutputStream();
    for (Object chunk :
        em.createNativeQuery(
                "SELECT data FROM appeal_evidence_chunk WHERE evidence_id = ? ORDER BY seq")
            .setParameter(1, id)
            .getResultList()) {
      byte[] bytes = (byte[]) chunk;
      out.write(bytes, 0, bytes.length);
    }
    return out.toByteArray();
  }

  /** Marks a file withdrawn, with a reason; it is kept. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Evidence withdraw(
      AppealViewer viewer, AppealRow row, String id, ExpectedVersion expected, String reason) {
    if (!mayChange(viewer, row)) {
      throw new NotPermitted(
          "Only the reps of the appeal's union and HR can withdraw evidence from this appeal.");
    }
    Evidence evidence = get(row.id(), id);
    expected.check(evidence.version());
    if (evidence.withdrawnAt() != null) {
      throw new RuleConflict("reason", "This file has already been withdrawn.");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("reason", "Enter why the file is withdrawn.");
    }
    int updated =
        em.createNativeQuery(
                "UPDATE appeal_evidence SET withdrawn_at = ?, withdrawn_by = ?,"
                    + " withdrawn_reason = ?, version = version + 1"
                    + " WHERE id = ? AND version = ? AND withdrawn_at IS NULL")
            .setParameter(1, LocalDateTime.now(clock))
            .setParameter(2, viewer.displayName())
            .setParameter(3, reason.strip())
            .setParameter(4, id)
            .setParameter(5, evidence.version())
            .executeUpdate();
    if (updated == 0) {
      throw new StaleRecord();
    }
    audit.record(
        "APPEAL",
        row.id(),
        row.jdId(),
        "EVIDENCE_WITHDRAWN",
        "Evidence " + evidence.fileName() + " withdrawn from the appeal about " + row.jdTitle(),
        Map.of("fileName", evidence.fileName(), "withdrawn", false),
        Map.of("fileName", evidence.fileName(), "withdrawn", true, "reason", reason.strip()));
    return get(row.id(), id);
  }

  private static Evidence evidence(Object[] r) {
    return new Evidence(
        r[0].toString(),
        r[1].toString(),
        r[2].toString(),
        EvidenceTypes.Type.valueOf(r[3].toString()),
        ((Number) r[4]).longValue(),
        SqlValues.text(r[5]),
        r[6].toString(),
        SqlValues.timestamp(r[7]),
        r[8] == null ? null : SqlValues.timestamp(r[8]),
        SqlValues.text(r[9]),
        SqlValues.text(r[10]),
        ((Number) r[11]).longValue());
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
