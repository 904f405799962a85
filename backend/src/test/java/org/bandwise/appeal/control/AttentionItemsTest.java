package org.bandwise.appeal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bandwise.identity.entity.TradeUnion;
import org.junit.jupiter.api.Test;

class AttentionItemsTest {

  private static final AppealDeadlines DEADLINES = AppealDeadlines.defaults();
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
  private static final String TITLE = "Intervention Facilitator";

  private static final AppealViewer HR =
      new AppealViewer("u-hr", "Sam Okafor", true, true, null, null);
  private static final AppealViewer AUDITOR =
      new AppealViewer("u-aud", "Auditor", true, false, null, null);
  private static final AppealViewer NAPO_REP =
      new AppealViewer("u-rep", "Rhiannon Evans", false, false, TradeUnion.NAPO, null);
  private static final AppealViewer UNISON_REP =
      new AppealViewer("u-rep2", "Tom Hughes", false, false, TradeUnion.UNISON, null);
  private static final AppealViewer MEMBER =
      new AppealViewer("u-staff", "Jordan Lee", false, false, null, "staff-1");

  private static String text(DeadlineStep step, LocalDate due, LocalDate today, boolean acts) {
    return AttentionItems.appealStep(
            "a1", "NAPO", TITLE, DEADLINES.assess(step, due, today), acts, today)
        .orElseThrow()
        .text();
  }

  @Test
  void hrIsToldToTakeTheStepAndEveryoneElseWhoMust() {
    LocalDate friday = LocalDate.of(2026, 12, 4);
    assertEquals(
        "Acknowledge Napo's appeal about Intervention Facilitator by 4 December 2026 — 3 working"
            + " days left.",
        text(DeadlineStep.ACKNOWLEDGE, friday, TUESDAY, true));
    assertEquals(
        "HR must acknowledge Napo's appeal about Intervention Facilitator by 4 December 2026 — 3"
            + " working days left.",
        text(DeadlineStep.ACKNOWLEDGE, friday, TUESDAY, false));
    assertEquals(
        "Decide Napo's appeal about Intervention Facilitator by 4 December 2026 — 3 working days"
            + " left.",
        text(DeadlineStep.DECIDE, friday, TUESDAY, true));
    assertEquals(
        "Decide Napo's appeal about Intervention Facilitator by 1 December 2026 — due today.",
        text(DeadlineStep.DECIDE, TUESDAY, TUESDAY, true));
    assertEquals(
        "Acknowledge Napo's appeal about Intervention Facilitator by 2 December 2026 — 1 working"
            + " day left.",
        text(DeadlineStep.ACKNOWLEDGE, TUESDAY.plusDays(1), TUESDAY, true));
  }

  @Test
  void overdueStepsSayOverdueInWords() {
    LocalDate monday = LocalDate.of(2026, 11, 30);
    var item =
        AttentionItems.appealStep(
                "a1",
                "NAPO",
                TITLE,
                DEADLINES.assess(DeadlineStep.ACKNOWLEDGE, monday, TUESDAY),
                true,
                TUESDAY)
            .orElseThrow();
    assertTrue(item.overdue());
    assertEquals(
        "Overdue: acknowledge Napo's appeal about Intervention Facilitator — it was due by 30"
            + " November 2026.",
        item.text());
    assertEquals(
        "Overdue: HR should have acknowledged Napo's appeal about Intervention Facilitator by 30"
            + " November 2026.",
        text(DeadlineStep.ACKNOWLEDGE, monday, TUESDAY, false));
    assertEquals(
        "Overdue: HR should have decided Napo's appeal about Intervention Facilitator by 30"
            + " November 2026.",
        text(DeadlineStep.DECIDE, monday, TUESDAY, false));
    assertEquals(
        "Overdue: the time limit for lodging Napo's draft appeal about Intervention Facilitator"
            + " ended on 30 November 2026. HR can extend it, with a reason.",
        text(DeadlineStep.LODGE, monday, TUESDAY, true));
  }

  @Test
  void workingDaysLeftSkipChristmasAndTheSubstituteDay() {
    // 23, 24, 29 and 30 December 2026: Christmas Day (Friday) and Boxing Day's substitute (Monday
    // 28th) do not count
    LocalDate today = LocalDate.of(2026, 12, 22);
    assertEquals(
        "Acknowledge Napo's appeal about Intervention Facilitator by 30 December 2026 — 4 working"
            + " days left.",
        text(DeadlineStep.ACKNOWLEDGE, LocalDate.of(2026, 12, 30), today, true));
  }

  @Test
  void stepsOnTrackNeedNoAttention() {
    assertTrue(
        AttentionItems.appealStep(
                "a1",
                "NAPO",
                TITLE,
                DEADLINES.assess(DeadlineStep.DECIDE, LocalDate.of(2027, 1, 5), TUESDAY),
                true,
                TUESDAY)
            .isEmpty());
    // 6 working days away is outside the window of 5
    assertTrue(
        AttentionItems.appealStep(
                "a1",
                "NAPO",
                TITLE,
                DEADLINES.assess(DeadlineStep.DECIDE, LocalDate.of(2026, 12, 9), TUESDAY),
                true,
                TUESDAY)
            .isEmpty());
    assertFalse(
        AttentionItems.appealStep(
                "a1",
                "NAPO",
                TITLE,
                DEADLINES.assess(DeadlineStep.DECIDE, LocalDate.of(2026, 12, 8), TUESDAY),
                true,
                TUESDAY)
            .isEmpty());
  }

  @Test
  void anAppealWithoutAUnionAndADraftAreNamedPlainly() {
    assertEquals(
        "Acknowledge the appeal about Intervention Facilitator by 4 December 2026 — 3 working days"
            + " left.",
        AttentionItems.appealStep(
                "a1",
                null,
                TITLE,
                DEADLINES.assess(DeadlineStep.ACKNOWLEDGE, LocalDate.of(2026, 12, 4), TUESDAY),
                true,
                TUESDAY)
            .orElseThrow()
            .text());
    assertEquals(
        "UNISON's draft appeal about Intervention Facilitator must be lodged by 4 December 2026 — 3"
            + " working days left.",
        AttentionItems.appealStep(
                "a1",
                "UNISON",
                TITLE,
                DEADLINES.assess(DeadlineStep.LODGE, LocalDate.of(2026, 12, 4), TUESDAY),
                false,
                TUESDAY)
            .orElseThrow()
            .text());
  }

  @Test
  void hrAcknowledgesAndDecidesAndTheUnionsRepOrHrLodges() {
    assertTrue(AttentionItems.acts(HR, "NAPO", DeadlineStep.ACKNOWLEDGE));
    assertTrue(AttentionItems.acts(HR, "NAPO", DeadlineStep.DECIDE));
    assertTrue(AttentionItems.acts(HR, "NAPO", DeadlineStep.LODGE));
    assertFalse(AttentionItems.acts(AUDITOR, "NAPO", DeadlineStep.ACKNOWLEDGE));
    assertFalse(AttentionItems.acts(NAPO_REP, "NAPO", DeadlineStep.ACKNOWLEDGE));
    assertTrue(AttentionItems.acts(NAPO_REP, "NAPO", DeadlineStep.LODGE));
    assertFalse(AttentionItems.acts(UNISON_REP, "NAPO", DeadlineStep.LODGE));
    assertFalse(AttentionItems.acts(MEMBER, "NAPO", DeadlineStep.LODGE));
  }

  @Test
  void protectionEndingWithin90DaysIsTold() {
    assertEquals(
        "Your pay protection ends on 31 January 2027. You have 62 days of protection left.",
        AttentionItems.protectionEnding(LocalDate.of(2027, 1, 31), TUESDAY, 90)
            .orElseThrow()
            .text());
    assertEquals(
        "Your pay protection ends today, 1 December 2026.",
        AttentionItems.protectionEnding(TUESDAY, TUESDAY, 90).orElseThrow().text());
    assertTrue(AttentionItems.protectionEnding(TUESDAY.plusDays(90), TUESDAY, 90).isPresent());
    assertTrue(AttentionItems.protectionEnding(TUESDAY.plusDays(91), TUESDAY, 90).isEmpty());
    assertTrue(AttentionItems.protectionEnding(TUESDAY.minusDays(1), TUESDAY, 90).isEmpty());
  }

  @Test
  void overdueComeFirstThenTheSoonestDueAndAtMostFiftyAreListed() {
    List<AttentionItems.Item> found = new ArrayList<>();
    found.add(
        AttentionItems.protectionEnding(LocalDate.of(2027, 1, 31), TUESDAY, 90).orElseThrow());
    found.add(
        AttentionItems.appealStep(
                "soon",
                "NAPO",
                TITLE,
                DEADLINES.assess(DeadlineStep.DECIDE, LocalDate.of(2026, 12, 3), TUESDAY),
                true,
                TUESDAY)
            .orElseThrow());
    found.add(
        AttentionItems.appealStep(
                "late",
                "NAPO",
                TITLE,
                DEADLINES.assess(DeadlineStep.ACKNOWLEDGE, LocalDate.of(2026, 11, 30), TUESDAY),
                true,
                TUESDAY)
            .orElseThrow());
    var attention = AttentionItems.of(found);
    assertEquals(1, attention.overdue());
    assertEquals(2, attention.dueSoon());
    assertEquals("late", attention.items().get(0).appealId());
    assertEquals("soon", attention.items().get(1).appealId());
    assertEquals(AttentionItems.Kind.PROTECTION_ENDING, attention.items().get(2).kind());

    List<AttentionItems.Item> many = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      many.add(found.get(i % 3));
    }
    var capped = AttentionItems.of(many);
    assertEquals(50, capped.items().size());
    assertEquals(20, capped.overdue());
    assertEquals(40, capped.dueSoon());
  }
}
