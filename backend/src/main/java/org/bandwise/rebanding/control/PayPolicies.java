package org.bandwise.rebanding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Period;
import java.util.List;
import org.bandwise.protection.control.ProtectionPolicy;
import org.bandwise.protection.control.ProtectionType;
import org.bandwise.workforce.control.StaffDirectory;

/**
 * A pay structure's re-banding policy (table {@code pay_policy}): how people are assimilated onto a
 * new band and how a downgrade is protected. A structure without a row has the defaults ({@link
 * AssimilationPolicy#DEFAULT}, {@link ProtectionPolicy#DEFAULT}).
 */
@ApplicationScoped
public class PayPolicies {

  /** Both halves of a structure's policy. */
  public record Policy(AssimilationPolicy assimilation, ProtectionPolicy protection) {
    public static final Policy DEFAULT =
        new Policy(AssimilationPolicy.DEFAULT, ProtectionPolicy.DEFAULT);
  }

  @PersistenceContext EntityManager em;

  /** The policy of the structure the band belongs to. */
  public Policy ofBand(String bandId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT pp.assimilation_up, pp.assimilation_down, pp.protection_type,"
                    + " pp.mark_time_months, pp.taper, pp.refusal_ends_protection, pp.notice_days"
                    + " FROM pay_band b JOIN pay_policy pp ON pp.structure_id = b.structure_id"
                    + " WHERE b.id = ?")
            .setParameter(1, bandId)
            .getResultList();
    if (rows.isEmpty()) {
      return Policy.DEFAULT;
    }
    Object[] r = rows.get(0);
    return new Policy(
        new AssimilationPolicy(
            AssimilationPolicy.UpRule.valueOf(r[0].toString()),
            AssimilationPolicy.DownRule.valueOf(r[1].toString())),
        new ProtectionPolicy(
            ProtectionType.valueOf(r[2].toString()),
            Period.ofMonths(((Number) r[3]).intValue()),
            StaffDirectory.taper(r[4].toString()),
            r[5] instanceof Boolean b ? b : ((Number) r[5]).intValue() != 0,
            ((Number) r[6]).intValue()));
  }
}
