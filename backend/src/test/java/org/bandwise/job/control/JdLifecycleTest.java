package org.bandwise.job.control;

import static org.bandwise.job.entity.JdStatus.DRAFT;
import static org.bandwise.job.entity.JdStatus.EVALUATED;
import static org.bandwise.job.entity.JdStatus.IN_FORCE;
import static org.bandwise.job.entity.JdStatus.SUBMITTED;
import static org.bandwise.job.entity.JdStatus.SUPERSEDED;
import static org.bandwise.job.entity.JdStatus.UNDER_EVALUATION;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bandwise.job.entity.JdStatus;
import org.bandwise.platform.domain.RuleConflict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdLifecycleTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void versionsMoveForwardOnlyAlongTheirLife() {
    assertTrue(JdLifecycle.canMove(DRAFT, SUBMITTED));
    assertTrue(JdLifecycle.canMove(SUBMITTED, UNDER_EVALUATION));
    assertTrue(JdLifecycle.canMove(UNDER_EVALUATION, EVALUATED));
    assertTrue(JdLifecycle.canMove(EVALUATED, IN_FORCE));
    assertTrue(JdLifecycle.canMove(IN_FORCE, SUPERSEDED));
    assertFalse(JdLifecycle.canMove(DRAFT, IN_FORCE));
    assertFalse(JdLifecycle.canMove(IN_FORCE, DRAFT));
    assertFalse(JdLifecycle.canMove(SUPERSEDED, IN_FORCE));
    assertFalse(JdLifecycle.canMove(UNDER_EVALUATION, SUBMITTED));
  }

  @Test
  void onlySubmittingADraftAndReturningASubmittedVersionAreDoneByHand() {
    assertDoesNotThrow(() -> JdLifecycle.requireManualMove(DRAFT, SUBMITTED));
    assertDoesNotThrow(() -> JdLifecycle.requireManualMove(SUBMITTED, DRAFT));
    RuleConflict refused =
        assertThrows(RuleConflict.class, () -> JdLifecycle.requireManualMove(SUBMITTED, IN_FORCE));
    assertEquals(
        "A version that is submitted cannot be made in force by hand. Only a draft can be"
            + " submitted, and only a submitted version returned to draft.",
        refused.getMessage());
    assertThrows(RuleConflict.class, () -> JdLifecycle.requireManualMove(UNDER_EVALUATION, DRAFT));
  }

  @ParameterizedTest
  @EnumSource(value = JdStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
  void onlyDraftsCanBeEdited(JdStatus status) {
    assertDoesNotThrow(() -> JdLifecycle.requireEditable(DRAFT));
    assertTrue(
        assertThrows(RuleConflict.class, () -> JdLifecycle.requireEditable(status))
            .getMessage()
            .startsWith("Only a draft can be changed"));
  }

  @Test
  void submittedAndInForceVersionsCanBeEvaluated() {
    assertTrue(JdLifecycle.canBeEvaluated(SUBMITTED));
    assertTrue(JdLifecycle.canBeEvaluated(IN_FORCE));
    assertFalse(JdLifecycle.canBeEvaluated(DRAFT));
    assertFalse(JdLifecycle.canBeEvaluated(UNDER_EVALUATION));
    assertFalse(JdLifecycle.canBeEvaluated(SUPERSEDED));
  }

  @Test
  void anOutcomeIsInForceFromItsEffectiveDate() {
    assertEquals(IN_FORCE, JdLifecycle.afterPublication(UNDER_EVALUATION, TODAY, TODAY));
    assertEquals(
        IN_FORCE, JdLifecycle.afterPublication(UNDER_EVALUATION, TODAY.minusDays(30), TODAY));
    assertEquals(
        EVALUATED, JdLifecycle.afterPublication(UNDER_EVALUATION, TODAY.plusDays(1), TODAY));
    assertEquals(IN_FORCE, JdLifecycle.afterPublication(IN_FORCE, TODAY.plusDays(10), TODAY));
    assertThrows(
        IllegalStateException.class, () -> JdLifecycle.afterPublication(DRAFT, TODAY, TODAY));
  }

  @Test
  void aNewVersionWaitsUntilNoOtherIsBeingWrittenOrEvaluated() {
    assertDoesNotThrow(() -> JdLifecycle.requireNoVersionInProgress(List.of(IN_FORCE, SUPERSEDED)));
    assertThrows(
        RuleConflict.class, () -> JdLifecycle.requireNoVersionInProgress(List.of(IN_FORCE, DRAFT)));
    assertThrows(
        RuleConflict.class,
        () -> JdLifecycle.requireNoVersionInProgress(List.of(UNDER_EVALUATION)));
  }
}
