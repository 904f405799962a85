package org.bandwise.workforce.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import org.bandwise.workforce.control.StaffChange.Assignment;
import org.bandwise.workforce.control.StaffChange.Existing;
import org.bandwise.workforce.control.StaffChange.Kind;
import org.bandwise.workforce.control.StaffChange.PostState;
import org.junit.jupiter.api.Test;

class StaffChangeTest {

  private static StaffLine line(Map<String, String> row) {
    return StaffRowRules.check(
        1,
        row::get,
        row.keySet(),
        StaffRowRulesTest.refs(),
        LocalDate.of(2026, 5, 1),
        new ArrayList<>());
  }

  private static Existing stored() {
    return new Existing(
        "id-1",
        "Alex",
        "Morgan",
        "alex@probation.example.org",
        "user-2",
        "NAPO",
        LocalDate.of(2016, 4, 4),
        null,
        "M",
        "NOT_DECLARED",
        "N",
        LocalDate.of(1987, 8, 25),
        250000,
        0,
        false,
        new Assignment(
            "a-1",
            LocalDate.of(2026, 4, 1),
            "post-1",
            "P-1",
            "s1",
            DemoScales.BAND_4.id(),
            "NATIONAL",
            6,
            new BigDecimal("18.50")),
        null);
  }

  private static final PostState POST =
      new PostState("post-1", "P-1", "jd-1", "unit-1", "North East: Interventions", "NATIONAL");

  @Test
  void aRowThatMatchesTheRecordIsUnchanged() {
    assertEquals(Kind.UNCHANGED, StaffChange.kind(line(StaffRowRulesTest.good()), stored(), POST));
  }

  @Test
  void aNewStaffNumberIsCreated() {
    assertEquals(Kind.CREATED, StaffChange.kind(line(StaffRowRulesTest.good()), null, POST));
  }

  @Test
  void bandPointPostAndHoursChangePayHistoryOtherValuesOnlyThePerson() {
    for (String[] change :
        new String[][] {
          {"band", "3"}, {"pay_point", "5"}, {"post_number", "P-2"}, {"weekly_hours", "37"}
        }) {
      Map<String, String> row = StaffRowRulesTest.good();
      row.put(change[0], change[1]);
      if (change[0].equals("band")) {
        row.put("pay_point", "5");
      }
      StaffLine l = line(row);
      assertEquals(Kind.UPDATED, StaffChange.kind(l, stored(), POST), change[0]);
      assertEquals(true, StaffChange.assignmentChanged(l, stored(), POST), change[0]);
    }
    Map<String, String> row = StaffRowRulesTest.good();
    row.put("work_email", "new@probation.example.org");
    StaffLine l = line(row);
    assertEquals(Kind.UPDATED, StaffChange.kind(l, stored(), POST));
    assertEquals(false, StaffChange.assignmentChanged(l, stored(), POST));
    assertEquals(true, StaffChange.personChanged(l, stored()));
  }

  @Test
  void aColumnTheFileDoesNotHaveChangesNothingButABlankCellClears() {
    Map<String, String> row = StaffRowRulesTest.good();
    row.remove("username");
    row.remove("union");
    assertEquals(Kind.UNCHANGED, StaffChange.kind(line(row), stored(), POST));
    Map<String, String> blank = StaffRowRulesTest.good();
    blank.put("username", "");
    assertEquals(Kind.UPDATED, StaffChange.kind(line(blank), stored(), POST));
  }

  @Test
  void aDifferentJdOrUnitChangesThePost() {
    Map<String, String> row = StaffRowRulesTest.good();
    row.put("unit", "North West: Interventions");
    assertEquals(true, StaffChange.postChanged(line(row), POST));
    assertEquals(Kind.UPDATED, StaffChange.kind(line(row), stored(), POST));
    assertEquals(false, StaffChange.postChanged(line(StaffRowRulesTest.good()), POST));
  }
}
