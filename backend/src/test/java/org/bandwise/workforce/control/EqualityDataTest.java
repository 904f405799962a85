package org.bandwise.workforce.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.bandwise.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

class EqualityDataTest {

  private static final LocalDate ON = LocalDate.of(2026, 8, 1);

  @Test
  void ageBandsByAgeInWholeYearsOnTheDay() {
    assertEquals(AgeBand.UNDER_25, AgeBand.of(LocalDate.of(2001, 8, 2), ON));
    assertEquals(AgeBand.FROM_25_TO_34, AgeBand.of(LocalDate.of(2001, 8, 1), ON));
    assertEquals(AgeBand.FROM_25_TO_34, AgeBand.of(LocalDate.of(1991, 8, 2), ON));
    assertEquals(AgeBand.FROM_35_TO_44, AgeBand.of(LocalDate.of(1991, 8, 1), ON));
    assertEquals(AgeBand.FROM_45_TO_54, AgeBand.of(LocalDate.of(1981, 8, 1), ON));
    assertEquals(AgeBand.FROM_55_TO_64, AgeBand.of(LocalDate.of(1971, 8, 1), ON));
    assertEquals(AgeBand.FROM_55_TO_64, AgeBand.of(LocalDate.of(1961, 8, 2), ON));
    assertEquals(AgeBand.FROM_65, AgeBand.of(LocalDate.of(1961, 8, 1), ON));
    assertEquals("65 and over", AgeBand.FROM_65.label());
  }

  @Test
  void recordedValuesAreReadAsTheImportWritesThem() {
    assertEquals(Sex.F, Sex.fromCode("f"));
    assertEquals(EthnicGroup.NOT_DECLARED, EthnicGroup.fromLabel("not declared"));
    assertEquals(Disability.Y, Disability.fromCode("Y"));
    assertEquals(Disability.NOT_DECLARED, Disability.fromCode("Not declared"));
    InvalidInput e = assertThrows(InvalidInput.class, () -> Sex.fromCode("X"));
    assertEquals("sex", e.fieldProblems().get(0).field());
    assertThrows(InvalidInput.class, () -> EthnicGroup.fromLabel("Martian"));
    assertThrows(InvalidInput.class, () -> Disability.fromCode("maybe"));
  }

  @Test
  void smallGroupsAreThoseUnderTheMinimum() {
    assertTrue(SmallGroups.DEFAULT.suppresses(4));
    assertTrue(SmallGroups.DEFAULT.suppresses(0));
    assertFalse(SmallGroups.DEFAULT.suppresses(5));
    assertEquals("Fewer than 5", SmallGroups.DEFAULT.label());
    assertTrue(new SmallGroups(10).suppresses(9));
  }

  @Test
  void weeklyHoursAreExactPositiveAndAtMostAWeek() {
    assertEquals(WeeklyHours.of("18.5"), WeeklyHours.of("18.50"));
    assertEquals("37", WeeklyHours.of("37.00").toString());
    assertThrows(InvalidInput.class, () -> WeeklyHours.of("0"));
    assertThrows(InvalidInput.class, () -> WeeklyHours.of("-1"));
    assertThrows(InvalidInput.class, () -> WeeklyHours.of("169"));
    InvalidInput e = assertThrows(InvalidInput.class, () -> WeeklyHours.of("lots"));
    assertEquals("weeklyHours", e.fieldProblems().get(0).field());
  }

  @Test
  void percentagesRoundHalfUpToOneDecimalAndNeverDivideByZero() {
    assertEquals("13.6", Percentages.gap(1751, 1513).toPlainString());
    assertEquals("6.7", Percentages.gap(15, 14).toPlainString());
    assertEquals("-7.1", Percentages.gap(14, 15).toPlainString());
    assertEquals("12.5", Percentages.share(1, 8).toPlainString());
    assertEquals("0.1", Percentages.share(1, 2000).toPlainString(), "0.05 rounds half up");
    assertEquals(null, Percentages.share(0, 0));
    assertEquals(null, Percentages.gap(0, 10));
  }
}
