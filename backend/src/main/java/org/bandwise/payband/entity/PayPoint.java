package org.bandwise.payband.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A point on a pay scale and its annual salary in pence. */
@Embeddable
public class PayPoint {

  @Column(name = "point_number", nullable = false)
  private int number;

  @Column(name = "annual_salary_pence", nullable = false)
  private long annualSalaryPence;

  protected PayPoint() {}

  public PayPoint(int number, long annualSalaryPence) {
    this.number = number;
    this.annualSalaryPence = annualSalaryPence;
  }

  public int number() {
    return number;
  }

  public Money annualSalary() {
    return Money.ofPence(annualSalaryPence);
  }
}
