package org.bandwise.appeal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppealNoticesTest {

  private static Deadline deadline(DeadlineState state, LocalDate due) {
    return new Deadline(DeadlineStep.ACKNOWLEDGE, due, state, 2, "Acknowledge by 9 October 2026.");
  }

  @Test
  void onlyDeadlinesDueSoonOrOverdueAreNews() {
    LocalDate due = LocalDate.of(2026, 10, 9);
    assertTrue(
        AppealNotices.deadline(
                "a1", "Intervention Facilitator", deadline(DeadlineState.ON_TRACK, due))
            .isEmpty());
    var soon =
        AppealNotices.deadline(
                "a1", "Intervention Facilitator", deadline(DeadlineState.DUE_SOON, due))
            .orElseThrow();
    assertEquals(AppealNotices.Kind.DEADLINE_DUE_SOON, soon.kind());
    assertEquals(
        "Appeal about Intervention Facilitator: Acknowledge by 9 October 2026.", soon.text());
    var late =
        AppealNotices.deadline(
                "a1", "Intervention Facilitator", deadline(DeadlineState.OVERDUE, due))
            .orElseThrow();
    assertEquals(AppealNotices.Kind.STEP_OVERDUE, late.kind());
    // due soon and overdue are separate events; the same one again has the same key
    assertNotEquals(soon.key(), late.key());
    assertEquals(
        late.key(),
        AppealNotices.deadline("a1", "X", deadline(DeadlineState.OVERDUE, due))
            .orElseThrow()
            .key());
  }

  @Test
  void aStatusChangeGoesToEveryoneConcernedButWhoeverMadeIt() {
    List<String> to =
        AppealNotices.statusRecipients(
            List.of("hr1", "hr2"),
            List.of("rep", "hr1"),
            java.util.Arrays.asList("member", null),
            "hr2");
    assertEquals(List.of("hr1", "rep", "member"), to);
    var notice =
        AppealNotices.statusChanged("a1", "v3", "Intervention Facilitator", AppealStatus.DECIDED);
    assertEquals("The appeal about Intervention Facilitator has been decided.", notice.text());
    assertEquals(AppealNotices.Kind.APPEAL_STATUS, notice.kind());
  }
}
