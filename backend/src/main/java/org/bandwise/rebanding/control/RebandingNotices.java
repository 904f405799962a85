package org.bandwise.rebanding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.persistence.SqlValues;
import org.bandwise.protection.control.PaidPay;
import org.bandwise.protection.control.Protection;
import org.bandwise.workforce.control.DisplayDates;
import org.bandwise.workforce.control.StaffDirectory.ProtectionRow;

/**
 * The applied re-bandings that affected a person, in plain English, newest first: "Your role was
 * re-banded from Band 4 to Band 3 on 1 August 2026. Your pay is protected at £37,550 until 31 July
 * 2028." The protection a re-banding gave is told with it (and not again on its own).
 */
@ApplicationScoped
public class RebandingNotices {

  /** The sentences, and the re-bandings they tell of. */
  public record Notices(List<String> sentences, Set<String> rebandingIds) {}

  /** How far ahead a person is told their protection is ending (the default policy's 90 days). */
  static final int NOTICE_DAYS = 90;

  @PersistenceContext EntityManager em;

  public Notices of(
      String staffId, List<ProtectionRow> protections, Optional<PaidPay> pay, LocalDate today) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT r.id, fb.name, tb.name, r.effective_from, rp.change_kind, rp.arrears_pence"
                    + " FROM rebanding_person rp JOIN rebanding r ON r.id = rp.rebanding_id"
                    + " JOIN pay_band fb ON fb.id = rp.from_band_id"
                    + " JOIN pay_band tb ON tb.id = rp.to_band_id"
                    + " WHERE rp.staff_id = ? AND r.status = 'APPLIED' AND rp.change_kind <> 'SAME'"
                    + " ORDER BY r.effective_from DESC, r.applied_at DESC")
            .setParameter(1, staffId)
            .getResultList();
    List<String> sentences = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Object[] r : rows) {
      String id = r[0].toString();
      ids.add(id);
      LocalDate effective = SqlValues.date(r[3]);
      boolean future = effective.isAfter(today);
      StringBuilder s =
          new StringBuilder(
                  future ? "Your role will be re-banded from " : "Your role was re-banded from ")
              .append(r[1])
              .append(" to ")
              .append(r[2])
              .append(" on ")
              .append(DisplayDates.format(effective))
              .append('.');
      Optional<Protection> given =
          protections.stream()
              .filter(p -> id.equals(p.rebandingId()))
              .map(ProtectionRow::protection)
              .findFirst();
      if (given.isPresent()) {
        Protection p = given.get();
        if (p.isActiveOn(today)) {
          Money amount = pay.map(PaidPay::paid).orElse(p.protectedFullTime());
          s.append(" Your pay is protected at ")
              .append(amount.format())
              .append(" until ")
              .append(DisplayDates.format(p.lastProtectedDay()))
              .append('.');
          if (p.expiringWithin(today, NOTICE_DAYS)) {
            long left = p.daysLeft(today);
            s.append(" You have ")
                .append(left)
                .append(left == 1 ? " day" : " days")
                .append(" of protection left.");
          }
        } else if (p.start().isAfter(today)) {
          s.append(" Your pay will be protected at ")
              .append(p.protectedFullTime().format())
              .append(" (full time) until ")
              .append(DisplayDates.format(p.lastProtectedDay()))
              .append('.');
        } else {
          s.append(" Your pay protection ended on ")
              .append(DisplayDates.format(p.lastProtectedDay()))
              .append('.');
        }
      }
      long arrears = ((Number) r[5]).longValue();
      if (arrears > 0) {
        s.append(" You are owed ").append(Money.ofPence(arrears).format()).append(" in back pay.");
      }
      sentences.add(s.toString());
    }
    return new Notices(sentences, ids);
  }
}
