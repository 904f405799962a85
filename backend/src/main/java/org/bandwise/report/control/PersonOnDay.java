package org.bandwise.report.control;

import java.time.LocalDate;
import org.bandwise.workforce.control.AgeBand;
import org.bandwise.workforce.control.Disability;
import org.bandwise.workforce.control.EthnicGroup;
import org.bandwise.workforce.control.Sex;
import org.bandwise.workforce.control.WeeklyHours;

/**
 * One person employed on a report's day, as a report pass hands it on: never kept, so a report
 * holds nothing per person but the primitives its rule keeps.
 *
 * @param payKnown false when the person has no band, pay point or scale in force (then every amount
 *     is 0)
 * @param contractualPence contractual annual salary, pro rata
 * @param protectionPence what protection adds, annual, pro rata
 * @param ageBand null when no date of birth is recorded
 */
public record PersonOnDay(
    Sex sex,
    EthnicGroup ethnicGroup,
    Disability disability,
    AgeBand ageBand,
    boolean fullPay,
    long allowancesPence,
    long bonusPence,
    String structureId,
    String bandId,
    String unitId,
    String jdId,
    WeeklyHours hours,
    boolean payKnown,
    long contractualPence,
    long protectionPence) {

  public long paidPence() {
    return contractualPence + protectionPence;
  }

  static AgeBand ageBand(LocalDate dateOfBirth, LocalDate day) {
    return dateOfBirth == null ? null : AgeBand.of(dateOfBirth, day);
  }
}
