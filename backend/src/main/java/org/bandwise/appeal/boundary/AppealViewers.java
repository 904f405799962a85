package org.bandwise.appeal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.bandwise.appeal.control.AppealViewer;
import org.bandwise.appeal.control.MemberConsent;
import org.bandwise.identity.boundary.Caller;
import org.bandwise.identity.entity.Role;
import org.bandwise.identity.entity.TradeUnion;

/**
 * The signed-in person as a viewer of appeals: HR and auditors see all, a rep their union's, a
 * staff member those that include them (one place, for the appeals and the attention list alike).
 */
@RequestScoped
public class AppealViewers {

  @Inject Caller caller;
  @Inject MemberConsent consent;
  @PersistenceContext EntityManager em;

  public AppealViewer current() {
    String userId = caller.userId();
    boolean hr = caller.hasAny(Role.HR_ADMIN, Role.HR_EVALUATOR);
    boolean all = hr || caller.hasAny(Role.AUDITOR);
    TradeUnion union = caller.hasAny(Role.UNION_REP) ? consent.unionOf(userId) : null;
    return new AppealViewer(userId, displayName(userId), all, hr, union, consent.staffIdOf(userId));
  }

  private String displayName(String userId) {
    List<?> found =
        em.createNativeQuery("SELECT display_name FROM app_user WHERE id = ?")
            .setParameter(1, userId)
            .getResultList();
    return found.isEmpty() ? caller.user().username() : found.get(0).toString();
  }
}
