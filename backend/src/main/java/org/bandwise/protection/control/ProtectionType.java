package org.bandwise.protection.control;

/** How a downgraded person's pay is protected. */
public enum ProtectionType {
  /**
   * Paid the higher of the protected salary (frozen at the old salary, pro rata to current hours)
   * and the new contractual salary, for the protection period.
   */
  MARK_TIME,
  /**
   * The difference between the old and the new salary at the start is paid as a cash allowance that
   * does not rise with pay awards, tapering by the schedule (100 % in year 1, 50 % in year 2).
   */
  CASH_CONSERVED_TAPER
}
