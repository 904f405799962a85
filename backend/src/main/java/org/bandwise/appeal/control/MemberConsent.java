package org.bandwise.appeal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.identity.entity.TradeUnion;
import org.bandwise.platform.domain.NotPermitted;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.platform.persistence.SqlValues;

/**
 * A staff member's consent for their union's reps to see their record, and the log of every rep's
 * look at it. Without consent a rep sees a member's name and staff number (what they need to name
 * them on an appeal) and nothing else; with it, the member's record, each look audited and shown to
 * the member.
 */
@ApplicationScoped
public class MemberConsent {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditTrail audit;

  public record Consent(boolean granted, String union, LocalDateTime changedAt) {}

  public record Member(String staffId, String staffNumber, String name, boolean consented) {}

  public record RecordView(LocalDateTime at, String by, String union) {}

  /** The member's record as a consenting member's rep sees it. */
  public record MemberRecord(
      String staffId, String staffNumber, String name, String band, String post, String jobTitle) {}

  /** The staff record linked to this sign-in, or null. */
  public String staffIdOf(String userId) {
    List<?> found =
        em.createNativeQuery("SELECT id FROM staff_member WHERE user_id = ?")
            .setParameter(1, userId)
            .getResultList();
    return found.isEmpty() ? null : found.get(0).toString();
  }

  /** The union a rep acts for, or null. */
  public TradeUnion unionOf(String userId) {
    List<?> found =
        em.createNativeQuery("SELECT union_code FROM app_user WHERE id = ?")
            .setParameter(1, userId)
            .getResultList();
    return found.isEmpty() || found.get(0) == null
        ? null
        : TradeUnion.valueOf(found.get(0).toString());
  }

  public Consent get(String staffId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT s.union_code, c.granted, c.changed_at FROM staff_member s"
                        + " LEFT JOIN staff_consent c ON c.staff_id = s.id WHERE s.id = ?")
                .setParameter(1, staffId)
                .getSingleResult();
    return new Consent(
        SqlValues.bool(row[1]),
        SqlValues.text(row[0]),
        row[2] == null ? null : SqlValues.timestamp(row[2]));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Consent set(String staffId, boolean granted) {
    Consent before = get(staffId);
    LocalDateTime now = LocalDateTime.now(clock);
    int updated =
        em.createNativeQuery(
                "UPDATE staff_consent SET granted = ?, changed_at = ?, version = version + 1"
                    + " WHERE staff_id = ?")
            .setParameter(1, granted)
            .setParameter(2, now)
            .setParameter(3, staffId)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO staff_consent (staff_id, granted, changed_at, version) VALUES (?, ?, ?, 0)")
          .setParameter(1, staffId)
          .setParameter(2, granted)
          .setParameter(3, now)
          .executeUpdate();
    }
    audit.record(
        "STAFF",
        staffId,
        null,
        granted ? "CONSENT_GRANTED" : "CONSENT_WITHDRAWN",
        granted
            ? "Gave consent for their union's reps to see their record"
            : "Withdrew consent for their union's reps to see their record",
        Map.of("consent", before.granted()),
        Map.of("consent", granted));
    return new Consent(granted, before.union(), now);
  }

  /** A rep's union members, by name. */
  public Page<Member> members(TradeUnion union, Boolean consented, String q, PageRequest page) {
    String where = "s.union_code = ?";
    List<Object> params = new ArrayList<>(List.of(union.name()));
    if (Boolean.TRUE.equals(consented)) {
      where += " AND c.granted = TRUE";
    }
    if (q != null && !q.isBlank()) {
      where += " AND (s.staff_number = ? OR CONCAT(s.first_name, ' ', s.last_name) LIKE ?)";
      params.add(q.strip());
      params.add("%" + q.strip().replace("%", "").replace("_", "") + "%");
    }
    String from = " FROM staff_member s LEFT JOIN staff_consent c ON c.staff_id = s.id WHERE ";
    Query count = em.createNativeQuery("SELECT COUNT(*)" + from + where);
    Query query =
        em.createNativeQuery(
            "SELECT s.id, s.staff_number, s.first_name, s.last_name, c.granted"
                + from
                + where
                + " ORDER BY s.last_name, s.first_name, s.staff_number LIMIT "
                + page.size()
                + " OFFSET "
                + page.offset());
    for (int i = 0; i < params.size(); i++) {
      count.setParameter(i + 1, params.get(i));
      query.setParameter(i + 1, params.get(i));
    }
    List<Member> members = new ArrayList<>();
    for (Object r : query.getResultList()) {
      Object[] m = (Object[]) r;
      members.add(
          new Member(m[0].toString(), m[1].toString(), m[2] + " " + m[3], SqlValues.bool(m[4])));
    }
    return new Page<>(members, ((Number) count.getSingleResult()).longValue(), page);
  }

  /**
   * A member's record for a rep of their union, with the member's consent; the look is logged and
   * audited.
   *
   * @throws RecordNotFound for someone who is not a member of the rep's union
   * @throws NotPermitted without the member's consent
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public MemberRecord lookAt(
      String repUserId, String repName, TradeUnion union, String staffNumber) {
    List<?> found =
        em.createNativeQuery(
                "SELECT s.id, s.staff_number, s.first_name, s.last_name, c.granted"
                    + " FROM staff_member s LEFT JOIN staff_consent c ON c.staff_id = s.id"
                    + " WHERE s.staff_number = ? AND s.union_code = ?")
            .setParameter(1, staffNumber)
            .setParameter(2, union == null ? "" : union.name())
            .getResultList();
    if (found.isEmpty()) {
      throw new RecordNotFound("There is no member of your union with this staff number.");
    }
    Object[] s = (Object[]) found.get(0);
    String name = s[2] + " " + s[3];
    if (!SqlValues.bool(s[4])) {
      throw new NotPermitted(
          name + " has not given consent for their union's reps to see their record.");
    }
    String staffId = s[0].toString();
    List<?> post =
        em.createNativeQuery(
                "SELECT b.name, p.post_number, j.title FROM staff_assignment sa"
                    + " LEFT JOIN pay_band b ON b.id = sa.band_id"
                    + " LEFT JOIN post p ON p.id = sa.post_id"
                    + " LEFT JOIN job_description j ON j.id = p.jd_id"
                    + " WHERE sa.staff_id = ? AND sa.effective_from <= CURRENT_DATE"
                    + " AND (sa.effective_to IS NULL OR sa.effective_to >= CURRENT_DATE)")
            .setParameter(1, staffId)
            .getResultList();
    Object[] p = post.isEmpty() ? new Object[3] : (Object[]) post.get(0);
    LocalDateTime now = LocalDateTime.now(clock);
    em.createNativeQuery(
            "INSERT INTO record_view (id, staff_id, viewer_id, viewer_name, union_code, viewed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .setParameter(1, UUID.randomUUID().toString())
        .setParameter(2, staffId)
        .setParameter(3, repUserId)
        .setParameter(4, repName)
        .setParameter(5, union.name())
        .setParameter(6, now)
        .executeUpdate();
    audit.record(
        "STAFF", staffId, null, "VIEW", "A union rep looked at " + name + "'s record", null, null);
    return new MemberRecord(
        staffId,
        s[1].toString(),
        name,
        SqlValues.text(p[0]),
        SqlValues.text(p[1]),
        SqlValues.text(p[2]));
  }

  public Page<RecordView> views(String staffId, PageRequest page) {
    long total =
        ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM record_view WHERE staff_id = ?")
                    .setParameter(1, staffId)
                    .getSingleResult())
            .longValue();
    List<RecordView> views = new ArrayList<>();
    for (Object r :
        em.createNativeQuery(
                "SELECT viewed_at, viewer_name, union_code FROM record_view WHERE staff_id = ?"
                    + " ORDER BY viewed_at DESC LIMIT "
                    + page.size()
                    + " OFFSET "
                    + page.offset())
            .setParameter(1, staffId)
            .getResultList()) {
      Object[] v = (Object[]) r;
      views.add(new RecordView(SqlValues.timestamp(v[0]), v[1].toString(), SqlValues.text(v[2])));
    }
    return new Page<>(views, total, page);
  }
}
