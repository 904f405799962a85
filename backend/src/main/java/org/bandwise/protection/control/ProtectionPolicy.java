package org.bandwise.protection.control;

import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * A pay structure's protection settings. The defaults: mark time for 2 years; the taper, when
 * chosen, 100 % in year 1 and 50 % in year 2; refusing a suitable offer does not end protection
 * unless the policy says so; the expiry shows 90 days ahead.
 */
public record ProtectionPolicy(
    ProtectionType type,
    Period markTimePeriod,
    List<TaperStep> taper,
    boolean refusalOfSuitableOfferEndsProtection,
    int noticeDays) {

  public static final ProtectionPolicy DEFAULT =
      new ProtectionPolicy(
          ProtectionType.MARK_TIME,
          Period.ofYears(2),
          List.of(TaperStep.years(1, 100), TaperStep.years(1, 50)),
          false,
          90);

  public ProtectionPolicy {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(markTimePeriod, "markTimePeriod");
    taper = List.copyOf(taper);
    if (markTimePeriod.isNegative() || markTimePeriod.isZero()) {
      throw new IllegalArgumentException("mark time lasts some time: " + markTimePeriod);
    }
    if (taper.isEmpty()) {
      throw new IllegalArgumentException("a taper has at least one step");
    }
    if (noticeDays < 0) {
      throw new IllegalArgumentException("notice is 0 days or more: " + noticeDays);
    }
  }

  public ProtectionPolicy withType(ProtectionType newType) {
    return new ProtectionPolicy(
        newType, markTimePeriod, taper, refusalOfSuitableOfferEndsProtection, noticeDays);
  }

  public ProtectionPolicy withRefusalEndingProtection(boolean ends) {
    return new ProtectionPolicy(type, markTimePeriod, taper, ends, noticeDays);
  }
}
