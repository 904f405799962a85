package org.bandwise.protection.control;

import org.bandwise.payband.entity.Money;

/**
 * Pay on a day: the contractual salary, what protection adds to it, and the salary paid (their
 * sum). All annual, pro rata to hours, in pence.
 */
public record PaidPay(Money contractual, Money protectionAllowance, Money paid) {

  public static PaidPay unprotected(Money contractual) {
    return new PaidPay(contractual, Money.ofPence(0), contractual);
  }

  public boolean isProtected() {
    return protectionAllowance.isPositive();
  }
}
