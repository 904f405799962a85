package org.bandwise.rebanding.control;

import java.util.Objects;
import java.util.Optional;
import org.bandwise.payband.entity.Money;
import org.bandwise.protection.control.PaidPay;
import org.bandwise.protection.control.Protection;
import org.bandwise.workforce.control.PayPosition;
import org.bandwise.workforce.control.PayTimeline;

/**
 * What a re-banding does to one holder of the role.
 *
 * @param fromSalary contractual salary of the old position on the effective date
 * @param toSalary contractual salary of the new position on the effective date
 * @param paidBefore pay on the effective date had nothing changed, with any protection the holder
 *     already had
 * @param paidAfter pay on the effective date after the change, with protection
 * @param protection the protection a downgrade gives, if it cuts the salary
 * @param arrears back pay owed for an upgrade applied after its effective date
 * @param before paid pay over time had nothing changed (protection from an earlier downgrade
 *     included), from the effective date
 * @param after paid pay over time after the change (protection included), from the effective date
 */
public record HolderImpact(
    Change change,
    PayPosition from,
    PayPosition to,
    Money fromSalary,
    Money toSalary,
    Money paidBefore,
    PaidPay paidAfter,
    Optional<Protection> protection,
    Arrears.Statement arrears,
    PayTimeline before,
    PayTimeline after) {

  public HolderImpact {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(fromSalary, "fromSalary");
    Objects.requireNonNull(toSalary, "toSalary");
    Objects.requireNonNull(paidBefore, "paidBefore");
    Objects.requireNonNull(paidAfter, "paidAfter");
    Objects.requireNonNull(protection, "protection");
    Objects.requireNonNull(arrears, "arrears");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** The protected salary on the effective date (pro rata), when protected. */
  public Optional<Money> protectedSalary() {
    return protection.map(p -> paidAfter.paid());
  }

  /**
   * The change in annual paid pay on the effective date: from what they were paid (protection
   * included) to what they are paid after.
   */
  public Money annualChange() {
    return Money.ofPence(paidAfter.paid().pence() - paidBefore.pence());
  }
}
