package org.bandwise.appeal.control;

/**
 * The appeal time limits, each configurable because employers differ. Defaults: an outcome appeal
 * is lodged within 3 months of the outcome's notification; it is acknowledged within 10 working
 * days and decided within 3 months of lodging; a step counts as "due soon" within 5 working days.
 */
public record AppealDeadlineSettings(
    int lodgeWithinMonths,
    int acknowledgeWithinWorkingDays,
    int decideWithinMonths,
    int dueSoonWorkingDays) {

  public AppealDeadlineSettings {
    if (lodgeWithinMonths < 1
        || acknowledgeWithinWorkingDays < 1
        || decideWithinMonths < 1
        || dueSoonWorkingDays < 0) {
      throw new IllegalArgumentException("appeal time limits must be positive");
    }
  }

  public static AppealDeadlineSettings defaults() {
    return new AppealDeadlineSettings(3, 10, 3, 5);
  }
}
