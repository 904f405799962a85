package org.bandwise.appeal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.error.FieldProblem;
import org.bandwise.scheme.control.ScoringTable;
import org.junit.jupiter.api.Test;

/**
 * The facilitator appeal: 479 points (Band 3) with working conditions at level 1; claimed at level
 * 2 it is 489, Band 4. The table is the demo's illustrative probation scheme.
 */
class OutcomeWhatIfTest {

  static final ScoringTable PROBATION =
      new ScoringTable(
          UUID.randomUUID(),
          10,
          List.of(
              f("COMMUNICATION", "Communication and relationship skills", 12, 26, 42, 60, 80, 100),
              f(
                  "KNOWLEDGE",
                  "Knowledge, training and experience",
                  20,
                  44,
                  72,
                  104,
                  140,
                  180,
                  224,
                  270),
              f("ANALYTICAL", "Analytical and judgemental skills", 10, 24, 40, 58, 78),
              f("PLANNING", "Planning and organising", 8, 18, 30, 44, 60),
              f(
                  "RISK_PUBLIC_PROTECTION",
                  "Responsibility for risk and public protection",
                  10,
                  24,
                  40,
                  58,
                  78,
                  100),
              f(
                  "PEOPLE_ON_PROBATION",
                  "Responsibility for people on probation",
                  10,
                  22,
                  36,
                  52,
                  70,
                  90),
              f(
                  "POLICY",
                  "Responsibility for policy and service development",
                  5,
                  12,
                  21,
                  32,
                  45,
                  60),
              f(
                  "RESOURCES",
                  "Responsibility for financial and physical resources",
                  5,
                  12,
                  21,
                  32,
                  45),
              f("PEOPLE_MANAGEMENT", "Responsibility for staff", 5, 12, 21, 32, 45, 60),
              f("INFORMATION", "Responsibility for information", 5, 12, 21, 32, 45),
              f("FREEDOM_TO_ACT", "Freedom to act", 8, 18, 30, 44, 60, 78),
              f("MENTAL_EFFORT", "Mental effort", 6, 14, 24, 32, 45),
              f("EMOTIONAL_EFFORT", "Emotional effort", 6, 14, 24, 36, 50),
              f("WORKING_CONDITIONS", "Working conditions", 10, 20, 32, 46, 62)),
          List.of(
              r("1", 0, 219),
              r("2", 220, 349),
              r("3", 350, 479),
              r("4", 480, 619),
              r("5", 620, 779),
              r("6", 780, 1150)));

  /** The agreed levels published for the Intervention Facilitator (479 points). */
  static final Map<String, Integer> FACILITATOR = levels(4, 4, 3, 3, 4, 4, 1, 1, 1, 2, 3, 4, 4, 1);

  @Test
  void workingConditionsAtLevelTwoIs489PointsBand4() {
    OutcomeWhatIf whatIf =
        OutcomeWhatIf.of(PROBATION, FACILITATOR, List.of(new FactorClaim("WORKING_CONDITIONS", 2)));
    assertEquals(479, whatIf.awarded().total());
    assertEquals("Band 3", whatIf.awarded().band().bandName());
    assertEquals(489, whatIf.claimed().total());
    assertEquals("Band 4", whatIf.claimed().band().bandName());
    assertEquals(10, whatIf.difference());
    assertTrue(whatIf.bandChanges());
    assertEquals(
        "Working conditions at level 2: 489 points, Band 4 — 10 points more than awarded",
        whatIf.summary());
    assertEquals(
        List.of(
            new OutcomeWhatIf.FactorChange(
                "WORKING_CONDITIONS", "Working conditions", 1, 2, 10, 20)),
        whatIf.changes());
    assertEquals(10, whatIf.changes().get(0).difference());
  }

  @Test
  void severalClaimsAreScoredTogetherInTheSchemesOrder() {
    OutcomeWhatIf whatIf =
        OutcomeWhatIf.of(
            PROBATION,
            FACILITATOR,
            List.of(
                new FactorClaim("WORKING_CONDITIONS", 2),
                new FactorClaim("COMMUNICATION", 5),
                new FactorClaim("EMOTIONAL_EFFORT", 5)));
    // 479 + 10 + 20 + 14
    assertEquals(523, whatIf.claimed().total());
    assertEquals(
        "Communication and relationship skills at level 5, emotional effort at level 5 and working"
            + " conditions at level 2: 523 points, Band 4 — 44 points more than awarded",
        whatIf.summary());
    assertEquals(
        List.of("COMMUNICATION", "EMOTIONAL_EFFORT", "WORKING_CONDITIONS"),
        whatIf.changes().stream().map(OutcomeWhatIf.FactorChange::factor).toList());
  }

  @Test
  void aClaimMayStayInTheSameBandOrLowerTheTotal() {
    OutcomeWhatIf same =
        OutcomeWhatIf.of(PROBATION, FACILITATOR, List.of(new FactorClaim("PLANNING", 4)));
    assertEquals(
        "Planning and organising at level 4: 493 points, Band 4 — 14 points more than awarded",
        same.summary());
    OutcomeWhatIf lower =
        OutcomeWhatIf.of(PROBATION, FACILITATOR, List.of(new FactorClaim("INFORMATION", 1)));
    assertEquals(
        "Responsibility for information at level 1: 472 points, Band 3 — 7 points fewer than"
            + " awarded",
        lower.summary());
    assertFalse(lower.bandChanges());
    OutcomeWhatIf onePoint =
        OutcomeWhatIf.of(
            PROBATION,
            FACILITATOR,
            List.of(new FactorClaim("MENTAL_EFFORT", 5), new FactorClaim("EMOTIONAL_EFFORT", 3)));
    // +13 and -12
    assertEquals(
        "Mental effort at level 5 and emotional effort at level 3: 480 points, Band 4 — 1 point"
            + " more than awarded",
        onePoint.summary());
  }

  @Test
  void aTotalInNoBandSaysSo() {
    var narrow =
        new ScoringTable(
            UUID.randomUUID(),
            10,
            List.of(f("A", "Alpha", 10, 20, 30), f("B", "Beta", 10, 20, 30)),
            List.of(r("1", 0, 39), r("2", 40, 50)));
    OutcomeWhatIf whatIf =
        OutcomeWhatIf.of(
            narrow,
            Map.of("A", 2, "B", 2),
            List.of(new FactorClaim("A", 3), new FactorClaim("B", 3)));
    assertEquals(
        "Alpha at level 3 and beta at level 3: 60 points, in no band of this scheme — 20 points"
            + " more than awarded",
        whatIf.summary());
    assertTrue(whatIf.claimed().outOfRange());
    assertTrue(whatIf.bandChanges());
  }

  @Test
  void refusesClaimsThatCannotBeScored() {
    InvalidInput none =
        assertThrows(InvalidInput.class, () -> OutcomeWhatIf.of(PROBATION, FACILITATOR, List.of()));
    assertEquals(
        List.of(
            new FieldProblem(
                "grounds", "Choose at least one factor you dispute, with the level you claim.")),
        none.fieldProblems());

    InvalidInput bad =
        assertThrows(
            InvalidInput.class,
            () ->
                OutcomeWhatIf.of(
                    PROBATION,
                    FACILITATOR,
                    List.of(
                        new FactorClaim("WEATHER", 2),
                        new FactorClaim("WORKING_CONDITIONS", 6),
                        new FactorClaim("PLANNING", 3),
                        new FactorClaim("WORKING_CONDITIONS", 2),
                        new FactorClaim("MENTAL_EFFORT", null))));
    assertEquals(
        List.of(
            new FieldProblem("grounds[0].factor", "Choose a factor of this scheme."),
            new FieldProblem(
                "grounds[1].claimedLevel",
                "Working conditions has levels 1 to 5. Choose one of them."),
            new FieldProblem(
                "grounds[2].claimedLevel",
                "Planning and organising was awarded level 3. Claim a different level."),
            new FieldProblem(
                "grounds[3].factor",
                "Working conditions is disputed twice. Give one claimed level for each factor."),
            new FieldProblem(
                "grounds[4].claimedLevel", "Choose the level you claim for Mental effort.")),
        bad.fieldProblems());
  }

  private static ScoringTable.Factor f(String code, String name, Integer... points) {
    return new ScoringTable.Factor(code, name, List.of(points));
  }

  private static ScoringTable.Range r(String band, int min, int max) {
    return new ScoringTable.Range(UUID.randomUUID(), band, "Band " + band, min, max);
  }

  private static Map<String, Integer> levels(int... levels) {
    Map<String, Integer> byCode = new LinkedHashMap<>();
    var factors = new ArrayList<>(PROBATION.factors());
    for (int i = 0; i < levels.length; i++) {
      byCode.put(factors.get(i).code(), levels[i]);
    }
    return byCode;
  }
}
