package org.bandwise.appeal.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bandwise.calendar.control.WorkingDays;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.error.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppealDeadlinesTest {

  private final AppealDeadlines deadlines = AppealDeadlines.defaults();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @ParameterizedTest(name = "notified {0}: lodge by {1}")
  @CsvSource({
    "2026-08-31, 2026-11-30",
    "2026-09-15, 2026-12-15",
    "2026-11-30, 2027-02-28",
    "2027-11-30, 2028-02-29",
    "2026-05-31, 2026-08-31"
  })
  void anOutcomeAppealIsLodgedWithinThreeCalendarMonths(LocalDate notified, LocalDate last) {
    assertEquals(last, deadlines.lodgeBy(notified));
    assertDoesNotThrow(() -> deadlines.checkLodgedInTime(AppealKind.OUTCOME, notified, last, null));
    RuleConflict late =
        assertThrows(
            RuleConflict.class,
            () ->
                deadlines.checkLodgedInTime(AppealKind.OUTCOME, notified, last.plusDays(1), null));
    assertEquals("lodgedOn", late.fieldProblems().get(0).field());
  }

  @Test
  void lateLodgingNeedsAnExtensionWithAReason() {
    // the facilitator outcome was notified on 15 September 2026
    LocalDate notified = d("2026-09-15");
    assertEquals(
        "An appeal against this outcome had to be lodged by 15 December 2026. HR can extend the"
            + " time limit, with a reason.",
        assertThrows(
                RuleConflict.class,
                () ->
                    deadlines.checkLodgedInTime(
                        AppealKind.OUTCOME, notified, d("2027-01-04"), null))
            .getMessage());

    var extension =
        new LodgingExtension(d("2027-01-15"), "The member was on long-term sick leave.");
    assertDoesNotThrow(
        () ->
            deadlines.checkLodgedInTime(AppealKind.OUTCOME, notified, d("2027-01-04"), extension));
    assertEquals(d("2027-01-15"), deadlines.lodgeBy(notified, extension));
    assertEquals(
        "An appeal against this outcome had to be lodged by 15 January 2027, as extended by HR.",
        assertThrows(
                RuleConflict.class,
                () ->
                    deadlines.checkLodgedInTime(
                        AppealKind.OUTCOME, notified, d("2027-01-18"), extension))
            .getMessage());

    InvalidInput bad =
        assertThrows(
            InvalidInput.class,
            () ->
                deadlines.checkLodgedInTime(
                    AppealKind.OUTCOME,
                    notified,
                    d("2027-01-04"),
                    new LodgingExtension(d("2026-12-15"), "")));
    assertEquals(
        List.of(
            new FieldProblem("extension.reason", "Enter the reason for extending the time limit."),
            new FieldProblem(
                "extension.lodgeBy",
                "The new last day must be after 15 December 2026, when the usual time limit"
                    + " ends.")),
        bad.fieldProblems());
  }

  @Test
  void onlyOutcomeAppealsHaveALodgingLimit() {
    assertDoesNotThrow(
        () ->
            deadlines.checkLodgedInTime(
                AppealKind.JD_CONTENT, d("2020-01-01"), d("2027-01-04"), null));
    assertDoesNotThrow(
        () -> deadlines.checkLodgedInTime(AppealKind.ASSIGNMENT, null, d("2027-01-04"), null));
    assertEquals(
        "notifiedOn",
        assertThrows(
                InvalidInput.class,
                () -> deadlines.checkLodgedInTime(AppealKind.OUTCOME, null, d("2027-01-04"), null))
            .fieldProblems()
            .get(0)
            .field());
    assertEquals(
        "An appeal cannot be lodged before the outcome was notified on 15 September 2026.",
        assertThrows(
                RuleConflict.class,
                () ->
                    deadlines.checkLodgedInTime(
                        AppealKind.OUTCOME, d("2026-09-15"), d("2026-09-14"), null))
            .getMessage());
  }

  @Test
  void acknowledgeWithinTenWorkingDaysAndDecideWithinThreeMonths() {
    // lodged on Wednesday 23 December 2026: the worked example's 10 working days
    assertEquals(d("2027-01-11"), deadlines.acknowledgeBy(d("2026-12-23")));
    assertEquals(d("2027-03-23"), deadlines.decideBy(d("2026-12-23")));
    // lodged on Thursday 1 October 2026: no bank holidays in the way
    assertEquals(d("2026-10-15"), deadlines.acknowledgeBy(d("2026-10-01")));
    assertEquals(d("2027-01-01"), deadlines.decideBy(d("2026-10-01")));
    // lodged on 31 August 2026 (a bank holiday): counting starts the next day
    assertEquals(d("2026-09-14"), deadlines.acknowledgeBy(d("2026-08-31")));
    assertEquals(d("2026-11-30"), deadlines.decideBy(d("2026-08-31")));
    // across Easter 2027 (Good Friday 26 March, Easter Monday 29 March)
    assertEquals(d("2027-04-06"), deadlines.acknowledgeBy(d("2027-03-19")));
  }

  @Test
  void theLimitsAreConfigurable() {
    var custom =
        new AppealDeadlines(
            new AppealDeadlineSettings(1, 5, 2, 3), new WorkingDays(Set.of(d("2026-10-02"))));
    assertEquals(d("2026-10-30"), custom.lodgeBy(d("2026-09-30")));
    assertEquals(d("2026-10-09"), custom.acknowledgeBy(d("2026-10-01")));
    assertEquals(d("2026-12-01"), custom.decideBy(d("2026-10-01")));
    assertThrows(IllegalArgumentException.class, () -> new AppealDeadlineSettings(0, 10, 3, 5));
  }

  @Test
  void outstandingStepsDependOnTheStatus() {
    LocalDate notified = d("2026-09-15");
    LocalDate lodged = d("2026-10-01");
    LocalDate today = d("2026-10-05");
    assertEquals(
        List.of(DeadlineStep.LODGE),
        steps(
            deadlines.outstanding(
                AppealKind.OUTCOME, AppealStatus.DRAFT, notified, null, null, today)));
    assertEquals(
        List.of(),
        steps(
            deadlines.outstanding(
                AppealKind.JD_CONTENT, AppealStatus.DRAFT, null, null, null, today)));
    assertEquals(
        List.of(DeadlineStep.ACKNOWLEDGE, DeadlineStep.DECIDE),
        steps(
            deadlines.outstanding(
                AppealKind.OUTCOME, AppealStatus.LODGED, notified, null, lodged, today)));
    for (AppealStatus status :
        List.of(
            AppealStatus.ACKNOWLEDGED, AppealStatus.UNDER_REVIEW, AppealStatus.HEARING_SCHEDULED)) {
      var due = deadlines.outstanding(AppealKind.OUTCOME, status, notified, null, lodged, today);
      assertEquals(List.of(DeadlineStep.DECIDE), steps(due));
      assertEquals(d("2027-01-01"), due.get(0).dueOn());
    }
    for (AppealStatus status :
        List.of(AppealStatus.DECIDED, AppealStatus.CLOSED, AppealStatus.WITHDRAWN)) {
      assertEquals(
          List.of(),
          deadlines.outstanding(
              AppealKind.OUTCOME, status, notified, null, lodged, d("2030-01-01")));
    }
  }

  @Test
  void overdueTheDayAfterTheDueDateAndDueSoonWithinFiveWorkingDays() {
    // lodged Thursday 1 October 2026: acknowledge by Thursday 15 October
    LocalDate lodged = d("2026-10-01");
    assertEquals(
        new Deadline(
            DeadlineStep.ACKNOWLEDGE,
            d("2026-10-15"),
            DeadlineState.ON_TRACK,
            6,
            "Acknowledge by 15 October 2026."),
        ack(lodged, d("2026-10-07")));
    assertEquals(
        new Deadline(
            DeadlineStep.ACKNOWLEDGE,
            d("2026-10-15"),
            DeadlineState.DUE_SOON,
            5,
            "Acknowledge by 15 October 2026: 5 working days left."),
        ack(lodged, d("2026-10-08")));
    assertEquals(
        "Acknowledge by 15 October 2026: 1 working day left.", ack(lodged, d("2026-10-14")).text());
    Deadline today = ack(lodged, d("2026-10-15"));
    assertEquals(DeadlineState.DUE_SOON, today.state());
    assertEquals("Acknowledge by 15 October 2026: due today.", today.text());
    Deadline late = ack(lodged, d("2026-10-16"));
    assertTrue(late.overdue());
    assertEquals(-1, late.workingDaysLeft());
    assertEquals(
        "Overdue: this appeal should have been acknowledged by 15 October 2026.", late.text());
  }

  @Test
  void dueSoonCountsWorkingDaysNotCalendarDays() {
    // decide by Friday 1 January 2027 (a bank holiday); on Wednesday 23 December 2026, nine
    // calendar days earlier, that is 4 working days away (24, 29, 30 and 31 December): due soon
    Deadline decide = deadlines.assess(DeadlineStep.DECIDE, d("2027-01-01"), d("2026-12-23"));
    assertEquals(4, decide.workingDaysLeft());
    assertTrue(decide.dueSoon());
    // due on Tuesday 5 January 2027, 13 calendar days away but 6 working days: on track
    Deadline ack = deadlines.assess(DeadlineStep.ACKNOWLEDGE, d("2027-01-05"), d("2026-12-23"));
    assertEquals(6, ack.workingDaysLeft());
    assertEquals(DeadlineState.ON_TRACK, ack.state());
  }

  @Test
  void aDraftPastItsLodgingLimitIsOverdue() {
    Deadline lodge =
        deadlines
            .outstanding(
                AppealKind.OUTCOME,
                AppealStatus.DRAFT,
                d("2026-09-15"),
                null,
                null,
                d("2026-12-16"))
            .get(0);
    assertTrue(lodge.overdue());
    assertEquals(
        "Overdue: the time limit for lodging this appeal ended on 15 December 2026. HR can extend"
            + " it, with a reason.",
        lodge.text());
    Deadline extended =
        deadlines
            .outstanding(
                AppealKind.OUTCOME,
                AppealStatus.DRAFT,
                d("2026-09-15"),
                new LodgingExtension(d("2027-01-15"), "Sick leave"),
                null,
                d("2026-12-16"))
            .get(0);
    assertEquals(DeadlineState.ON_TRACK, extended.state());
    assertEquals("Lodge by 15 January 2027.", extended.text());
  }

  private Deadline ack(LocalDate lodged, LocalDate today) {
    return deadlines
        .outstanding(AppealKind.OUTCOME, AppealStatus.LODGED, null, null, lodged, today)
        .get(0);
  }

  private static List<DeadlineStep> steps(List<Deadline> due) {
    return due.stream().map(Deadline::step).toList();
  }
}
