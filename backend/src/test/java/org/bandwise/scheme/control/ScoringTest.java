package org.bandwise.scheme.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.error.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Totals, bands and boundaries, checked against the NHS Agenda for Change published tables. */
class ScoringTest {

  /** The weighting and scoring chart of the NHS Job Evaluation Handbook (nhs-je-scheme.md). */
  static final ScoringTable NHS =
      new ScoringTable(
          UUID.randomUUID(),
          10,
          List.of(
              factor("COMMUNICATION", 5, 12, 21, 32, 45, 60),
              factor("KNOWLEDGE", 16, 36, 60, 88, 120, 156, 196, 240),
              factor("ANALYTICAL", 6, 15, 27, 42, 60),
              factor("PLANNING", 6, 15, 27, 42, 60),
              factor("PHYSICAL_SKILLS", 6, 15, 27, 42, 60),
              factor("PATIENT_CARE", 4, 9, 15, 22, 30, 39, 49, 60),
              factor("POLICY", 5, 12, 21, 32, 45, 60),
              factor("FINANCIAL", 5, 12, 21, 32, 45, 60),
              factor("HUMAN_RESOURCES", 5, 12, 21, 32, 45, 60),
              factor("INFORMATION", 4, 9, 16, 24, 34, 46, 60),
              factor("RESEARCH", 5, 12, 21, 32, 45, 60),
              factor("FREEDOM_TO_ACT", 5, 12, 21, 32, 45, 60),
              factor("PHYSICAL_EFFORT", 3, 7, 12, 18, 25),
              factor("MENTAL_EFFORT", 3, 7, 12, 18, 25),
              factor("EMOTIONAL_EFFORT", 5, 11, 18, 25),
              factor("WORKING_CONDITIONS", 3, 7, 12, 18, 25)),
          // listed out of order on purpose: the table sorts its ranges from the lowest
          List.of(
              range("9", 721, 765),
              range("1", 0, 160),
              range("2", 161, 215),
              range("3", 216, 270),
              range("4", 271, 325),
              range("5", 326, 395),
              range("6", 396, 465),
              range("7", 466, 539),
              range("8a", 540, 584),
              range("8b", 585, 629),
              range("8c", 630, 674),
              range("8d", 675, 720)));

  /**
   * A probation-style table: the Band 4 floor is 480, and working conditions level 1 = 10 and level
   * 2 = 20, so cutting that factor from level 2 to level 1 turns 489 (Band 4) into 479.
   */
  static final ScoringTable PROBATION =
      new ScoringTable(
          UUID.randomUUID(),
          10,
          List.of(
              factor("KNOWLEDGE", 100, 200, 320),
              factor("COMMUNICATION", 50, 100, 149),
              factor("WORKING_CONDITIONS", 10, 20)),
          List.of(
              range("1", 100, 199),
              range("2", 200, 299),
              range("3", 300, 479),
              range("4", 480, 559),
              range("5", 560, 800)));

  static ScoringTable.Factor factor(String code, Integer... points) {
    return new ScoringTable.Factor(code, code.replace('_', ' ').toLowerCase(), List.of(points));
  }

  static ScoringTable.Range range(String band, int min, int max) {
    return new ScoringTable.Range(UUID.randomUUID(), band, "Band " + band, min, max);
  }

  private static Map<String, Integer> allAt(ScoringTable table, boolean highest) {
    Map<String, Integer> levels = new LinkedHashMap<>();
    table.factors().forEach(f -> levels.put(f.code(), highest ? f.levels() : 1));
    return levels;
  }

  private static List<String> fieldsOf(InvalidInput problem) {
    return problem.fieldProblems().stream().map(FieldProblem::field).toList();
  }

  @Test
  void theNhsTablesHaveTheirPublishedShape() {
    assertEquals(16, NHS.factors().size());
    assertEquals(
        List.of(6, 8, 5, 5, 5, 8, 6, 6, 6, 7, 6, 6, 5, 5, 4, 5),
        NHS.factors().stream().map(ScoringTable.Factor::levels).toList());
    assertEquals(
        List.of("1", "2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9"),
        NHS.ranges().stream().map(ScoringTable.Range::band).toList());
  }

  @Test
  void everyFactorAtLevelOneScores86InBand1() {
    ScoreOutcome outcome = Scoring.score(NHS, allAt(NHS, false));
    assertEquals(86, outcome.total());
    assertEquals("1", outcome.band().band());
    assertFalse(outcome.outOfRange());
    assertEquals(161, outcome.nextBoundary());
    assertEquals("2", outcome.nextBand().band());
    assertEquals(75, outcome.pointsToNextBand());
    assertFalse(outcome.nearBoundary());
  }

  @Test
  void everyFactorAtItsTopLevelScores1000WhichIsInNoBand() {
    ScoreOutcome outcome = Scoring.score(NHS, allAt(NHS, true));
    assertAll(
        () -> assertEquals(1000, outcome.total()),
        () -> assertNull(outcome.band()),
        () -> assertTrue(outcome.outOfRange()),
        () -> assertNull(outcome.nextBand()),
        () -> assertNull(outcome.nextBoundary()),
        () -> assertNull(outcome.pointsToNextBand()),
        () -> assertEquals("1000 points: in no band of this scheme.", outcome.summary()));
  }

  @Test
  void aTotalIsTheSumOfThePointsOfEachChosenLevel() {
    Map<String, Integer> levels = new HashMap<>(allAt(NHS, false));
    levels.put("COMMUNICATION", 4); // 32 instead of 5
    levels.put("KNOWLEDGE", 6); // 156 instead of 16
    levels.put("ANALYTICAL", 4); // 42 instead of 6
    levels.put("FREEDOM_TO_ACT", 4); // 32 instead of 5
    ScoreOutcome outcome = Scoring.score(NHS, levels);
    assertEquals(86 + 27 + 140 + 36 + 27, outcome.total());
    assertEquals(316, outcome.total());
    assertEquals("4", outcome.band().band(), "271–325 is Band 4");
  }

  @ParameterizedTest(name = "{0} points is Band {1}")
  @CsvSource({
    "0, 1", "160, 1",
    "161, 2", "215, 2",
    "216, 3", "270, 3",
    "271, 4", "325, 4",
    "326, 5", "395, 5",
    "396, 6", "465, 6",
    "466, 7", "539, 7",
    "540, 8a", "584, 8a",
    "585, 8b", "629, 8b",
    "630, 8c", "674, 8c",
    "675, 8d", "720, 8d",
    "721, 9", "765, 9"
  })
  void bothEndsOfEveryNhsRangeAreInThatBand(int total, String band) {
    ScoreOutcome outcome = Scoring.outcomeOf(NHS, total);
    assertEquals(band, outcome.band().band());
    assertEquals("Band " + band, outcome.band().bandName());
    assertFalse(outcome.outOfRange());
  }

  @ParameterizedTest
  @ValueSource(ints = {766, 767, 800, 999, 1000})
  void from766UpATotalIsOutOfRangeNotTheNearestBand(int total) {
    ScoreOutcome outcome = Scoring.outcomeOf(NHS, total);
    assertNull(outcome.band());
    assertTrue(outcome.outOfRange());
    assertNull(outcome.nextBand());
  }

  @Test
  void theNextBandIsTheOneStartingAboveTheTotal() {
    ScoreOutcome outcome = Scoring.outcomeOf(NHS, 584);
    assertEquals("8a", outcome.band().band());
    assertEquals("8b", outcome.nextBand().band());
    assertEquals(585, outcome.nextBoundary());
    assertEquals(1, outcome.pointsToNextBand());
    assertNull(Scoring.outcomeOf(NHS, 765).nextBand(), "Band 9 is the top band");
  }

  @ParameterizedTest
  @ValueSource(ints = {470, 475, 479, 480, 485, 490})
  void aTotalWithinTenPointsOfABandsFirstScoreIsNearTheBoundaryOnEitherSide(int total) {
    assertTrue(Scoring.outcomeOf(PROBATION, total).nearBoundary(), total + " is near 480");
  }

  @ParameterizedTest
  @ValueSource(ints = {469, 491, 400, 520, 350})
  void aTotalMoreThanTenPointsFromEveryBoundaryIsNotNear(int total) {
    assertFalse(Scoring.outcomeOf(PROBATION, total).nearBoundary(), total + " is not near");
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 105, 110})
  void theLowestBandsFloorIsNoBoundary(int total) {
    assertFalse(
        Scoring.outcomeOf(PROBATION, total).nearBoundary(),
        "no band lies below Band 1, so " + total + " cannot slip across its floor");
    assertTrue(Scoring.outcomeOf(PROBATION, 190).nearBoundary(), "190 is near Band 2's 200");
    assertFalse(Scoring.outcomeOf(NHS, 5).nearBoundary(), "0 is the NHS Band 1 floor");
  }

  @Test
  void theNearBoundaryDistanceIsTheSchemesSetting() {
    ScoringTable strict =
        new ScoringTable(UUID.randomUUID(), 0, PROBATION.factors(), PROBATION.ranges());
    assertTrue(Scoring.outcomeOf(strict, 480).nearBoundary());
    assertFalse(Scoring.outcomeOf(strict, 479).nearBoundary());
    ScoringTable wide =
        new ScoringTable(UUID.randomUUID(), 25, PROBATION.factors(), PROBATION.ranges());
    assertTrue(Scoring.outcomeOf(wide, 455).nearBoundary());
    assertFalse(Scoring.outcomeOf(wide, 454).nearBoundary());
  }

  @Test
  void oneLevelLessOnWorkingConditionsLeaves479OnePointBelowBand4() {
    Map<String, Integer> levels =
        Map.of("KNOWLEDGE", 3, "COMMUNICATION", 3, "WORKING_CONDITIONS", 1);
    ScoreOutcome outcome = Scoring.score(PROBATION, levels);
    assertAll(
        () -> assertEquals(479, outcome.total()),
        () -> assertEquals("3", outcome.band().band()),
        () -> assertEquals("4", outcome.nextBand().band()),
        () -> assertEquals(480, outcome.nextBoundary()),
        () -> assertEquals(1, outcome.pointsToNextBand()),
        () -> assertTrue(outcome.nearBoundary()),
        () -> assertEquals("479 points: Band 3. Band 4 starts at 480.", outcome.summary()));

    ScoreOutcome atLevel2 =
        Scoring.score(
            PROBATION, Map.of("KNOWLEDGE", 3, "COMMUNICATION", 3, "WORKING_CONDITIONS", 2));
    assertEquals(489, atLevel2.total());
    assertEquals("4", atLevel2.band().band());
    assertEquals("489 points: Band 4. Band 5 starts at 560.", atLevel2.summary());
  }

  @Test
  void aTotalBelowTheLowestRangeIsOutOfRangeAndPointsTowardsIt() {
    ScoreOutcome outcome = Scoring.outcomeOf(PROBATION, 99);
    assertTrue(outcome.outOfRange());
    assertEquals("1", outcome.nextBand().band());
    assertEquals("99 points: in no band of this scheme. Band 1 starts at 100.", outcome.summary());
  }

  @Test
  void aMissingFactorIsNamed() {
    Map<String, Integer> levels = new HashMap<>(allAt(NHS, false));
    levels.remove("WORKING_CONDITIONS");
    InvalidInput problem = assertThrows(InvalidInput.class, () -> Scoring.score(NHS, levels));
    assertEquals(List.of("levels.WORKING_CONDITIONS"), fieldsOf(problem));
  }

  @Test
  void anUnknownFactorIsNamed() {
    Map<String, Integer> levels = new HashMap<>(allAt(NHS, false));
    levels.put("CHARM", 2);
    InvalidInput problem = assertThrows(InvalidInput.class, () -> Scoring.score(NHS, levels));
    assertEquals(List.of("levels.CHARM"), fieldsOf(problem));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 6, 50})
  void aLevelOutsideOneToNIsNamed(int level) {
    Map<String, Integer> levels = new HashMap<>(allAt(NHS, false));
    levels.put("WORKING_CONDITIONS", level);
    InvalidInput problem = assertThrows(InvalidInput.class, () -> Scoring.score(NHS, levels));
    assertEquals(List.of("levels.WORKING_CONDITIONS"), fieldsOf(problem));
    assertTrue(
        problem.fieldProblems().get(0).message().contains("levels 1 to 5"),
        problem.fieldProblems().get(0).message());
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    Map<String, Integer> levels = new HashMap<>(allAt(PROBATION, false));
    levels.remove("KNOWLEDGE");
    levels.put("COMMUNICATION", 4);
    levels.put("CHARM", 1);
    InvalidInput problem = assertThrows(InvalidInput.class, () -> Scoring.score(PROBATION, levels));
    assertEquals(
        new ArrayList<>(List.of("levels.KNOWLEDGE", "levels.COMMUNICATION", "levels.CHARM")),
        fieldsOf(problem));
    assertEquals(
        3,
        assertThrows(InvalidInput.class, () -> Scoring.score(PROBATION, null))
            .fieldProblems()
            .size(),
        "no levels at all: every factor is missing");
  }
}
