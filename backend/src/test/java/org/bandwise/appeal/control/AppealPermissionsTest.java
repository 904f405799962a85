package org.bandwise.appeal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.bandwise.identity.entity.TradeUnion;
import org.junit.jupiter.api.Test;

class AppealPermissionsTest {

  private static final AppealViewer NAPO_REP =
      new AppealViewer("u1", "Rhiannon Evans", false, false, TradeUnion.NAPO, null);
  private static final AppealViewer UNISON_REP =
      new AppealViewer("u2", "Tom Hughes", false, false, TradeUnion.UNISON, null);
  private static final AppealViewer HR =
      new AppealViewer("u3", "Sam Okafor", true, true, null, null);
  private static final AppealViewer AUDITOR =
      new AppealViewer("u4", "Morgan Blake", true, false, null, null);
  private static final AppealViewer MEMBER =
      new AppealViewer("u5", "Jordan Lee", false, false, null, "s5");

  @Test
  void aRepActsOnlyForTheirOwnUnionsAppealsAndOnlyOnTheAppellantsSteps() {
    AppealState lodged = AppealState.of(AppealStatus.LODGED, 1);
    assertEquals(
        EnumSet.of(AppealStep.WITHDRAW), AppealPermissions.allowed(NAPO_REP, "NAPO", lodged));
    assertTrue(AppealPermissions.allowed(UNISON_REP, "NAPO", lodged).isEmpty());
    assertEquals(
        EnumSet.of(AppealStep.ACKNOWLEDGE, AppealStep.WITHDRAW),
        AppealPermissions.allowed(HR, "NAPO", lodged));
  }

  @Test
  void auditorsAndMembersSeeButTakeNoStep() {
    AppealState draft = AppealState.draft();
    assertTrue(AppealPermissions.allowed(AUDITOR, "NAPO", draft).isEmpty());
    assertTrue(AppealPermissions.allowed(MEMBER, "NAPO", draft).isEmpty());
    assertTrue(AUDITOR.sees("UNISON", false));
    assertTrue(MEMBER.sees("UNISON", true));
    assertFalse(MEMBER.sees("NAPO", false));
    assertFalse(UNISON_REP.sees("NAPO", false));
    assertTrue(NAPO_REP.sees("NAPO", false));
  }

  @Test
  void aDecidedAppealGoesToASecondStageAtTheAppellantsRequest() {
    AppealState decided = new AppealState(AppealStatus.DECIDED, 1, AppealDecision.NOT_UPHELD);
    assertEquals(
        EnumSet.of(AppealStep.SECOND_STAGE), AppealPermissions.allowed(NAPO_REP, "NAPO", decided));
    assertEquals(
        EnumSet.of(AppealStep.CLOSE, AppealStep.SECOND_STAGE),
        AppealPermissions.allowed(HR, "NAPO", decided));
  }
}
