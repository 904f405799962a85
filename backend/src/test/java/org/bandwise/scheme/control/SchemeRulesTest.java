package org.bandwise.scheme.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bandwise.platform.error.FieldProblem;
import org.bandwise.scheme.control.SchemeRules.FactorInput;
import org.bandwise.scheme.control.SchemeRules.KnownBand;
import org.bandwise.scheme.control.SchemeRules.LevelInput;
import org.bandwise.scheme.control.SchemeRules.RangeInput;
import org.bandwise.scheme.control.SchemeRules.SchemeContent;
import org.junit.jupiter.api.Test;

class SchemeRulesTest {

  private static final UUID PROBATION = UUID.randomUUID();
  private static final UUID NHS = UUID.randomUUID();
  private static final String PROBATION_NAME = "Probation pay bands";

  private static final KnownBand BAND_1 = band(PROBATION, "Band 1");
  private static final KnownBand BAND_2 = band(PROBATION, "Band 2");
  private static final KnownBand BAND_3 = band(PROBATION, "Band 3");
  private static final KnownBand BAND_4 = band(PROBATION, "Band 4");
  private static final KnownBand NHS_BAND_3 = band(NHS, "Band 3");

  private static final Map<UUID, KnownBand> KNOWN =
      Stream.of(BAND_1, BAND_2, BAND_3, BAND_4, NHS_BAND_3)
          .collect(Collectors.toMap(KnownBand::id, Function.identity()));

  private static KnownBand band(UUID structure, String name) {
    return new KnownBand(UUID.randomUUID(), structure, name);
  }

  private static FactorInput factor(String code, Integer... points) {
    List<LevelInput> levels = new ArrayList<>();
    for (int i = 0; i < points.length; i++) {
      levels.add(new LevelInput(i + 1, points[i], "Level " + (i + 1)));
    }
    return new FactorInput(code, "Factor " + code, null, levels);
  }

  private static FactorInput factorWithLevels(String code, LevelInput... levels) {
    return new FactorInput(code, "Factor " + code, null, Arrays.asList(levels));
  }

  private static RangeInput range(KnownBand band, Integer min, Integer max) {
    return new RangeInput(band == null ? null : band.id(), min, max);
  }

  private static List<FactorInput> validFactors() {
    return List.of(
        factor("KNOWLEDGE", 100, 200, 320),
        factor("COMMUNICATION", 50, 100, 149),
        factor("WORKING_CONDITIONS", 10, 20));
  }

  private static List<RangeInput> validRanges() {
    return List.of(
        range(BAND_1, 0, 199),
        range(BAND_2, 200, 299),
        range(BAND_3, 300, 479),
        range(BAND_4, 480, 600));
  }

  private static List<FieldProblem> check(List<FactorInput> factors, List<RangeInput> ranges) {
    return SchemeRules.check(new SchemeContent(PROBATION, factors, ranges), PROBATION_NAME, KNOWN);
  }

  private static List<String> fields(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::field).toList();
  }

  @Test
  void aWellFormedSchemeHasNoProblems() {
    assertEquals(List.of(), check(validFactors(), validRanges()));
  }

  @Test
  void rangesMayBeGivenInAnyOrder() {
    List<RangeInput> shuffled =
        List.of(
            range(BAND_3, 300, 479),
            range(BAND_1, 0, 199),
            range(BAND_4, 480, 600),
            range(BAND_2, 200, 299));
    assertEquals(List.of(), check(validFactors(), shuffled));
  }

  @Test
  void aSchemeNeedsFactorsAndRanges() {
    assertEquals(List.of("factors", "bandRanges"), fields(check(List.of(), List.of())));
    assertEquals(List.of("factors", "bandRanges"), fields(check(null, null)));
  }

  @Test
  void factorCodesAreUnique() {
    List<FieldProblem> problems =
        check(
            List.of(factor("KNOWLEDGE", 1, 2), factor("EFFORT", 1, 2), factor("KNOWLEDGE", 3, 4)),
            validRanges());
    assertEquals(List.of("factors[2].code"), fields(problems));
    assertTrue(problems.get(0).message().contains("factors[0]"), problems.get(0).message());
  }

  @Test
  void aFactorNeedsACodeANameAndLevels() {
    List<FieldProblem> problems =
        check(List.of(new FactorInput(" ", "", null, List.of())), validRanges());
    assertEquals(
        List.of("factors[0].code", "factors[0].name", "factors[0].levels"), fields(problems));
  }

  @Test
  void levelsAreNumberedFromOneWithoutGaps() {
    List<FieldProblem> gap =
        check(
            List.of(
                validFactors().get(0),
                factorWithLevels(
                    "EFFORT",
                    new LevelInput(1, 5, null),
                    new LevelInput(3, 10, null),
                    new LevelInput(4, 15, null))),
            validRanges());
    assertEquals(List.of("factors[1].levels[1].level", "factors[1].levels[2].level"), fields(gap));

    List<FieldProblem> fromZero =
        check(List.of(factorWithLevels("EFFORT", new LevelInput(0, 5, null))), validRanges());
    assertEquals(List.of("factors[0].levels[0].level"), fields(fromZero));
  }

  @Test
  void levelsAreGivenInOrder() {
    List<FieldProblem> problems =
        check(
            List.of(
                factorWithLevels(
                    "EFFORT", new LevelInput(2, 5, null), new LevelInput(1, 10, null))),
            validRanges());
    assertEquals(
        List.of("factors[0].levels[0].level", "factors[0].levels[1].level"), fields(problems));
  }

  @Test
  void pointsRiseStrictlyWithTheLevel() {
    List<FieldProblem> same = check(List.of(factor("EFFORT", 5, 10, 10)), validRanges());
    assertEquals(List.of("factors[0].levels[2].points"), fields(same));
    assertTrue(same.get(0).message().contains("10 points"), same.get(0).message());

    List<FieldProblem> falling =
        check(List.of(validFactors().get(0), factor("EFFORT", 5, 12, 8, 20)), validRanges());
    assertEquals(List.of("factors[1].levels[2].points"), fields(falling));
  }

  @Test
  void pointsAreNeverNegativeOrMissing() {
    List<FieldProblem> problems =
        check(
            List.of(
                factorWithLevels(
                    "EFFORT",
                    new LevelInput(1, -1, null),
                    new LevelInput(2, null, null),
                    new LevelInput(3, 4, null))),
            validRanges());
    assertEquals(
        List.of("factors[0].levels[0].points", "factors[0].levels[1].points"), fields(problems));
  }

  @Test
  void aRangeRunsFromItsMinimumUpToItsMaximum() {
    List<FieldProblem> problems =
        check(validFactors(), List.of(range(BAND_1, 0, 199), range(BAND_2, 299, 200)));
    assertEquals(List.of("bandRanges[1].maxScore"), fields(problems));
    assertEquals(
        List.of(),
        check(validFactors(), List.of(range(BAND_1, 0, 0), range(BAND_2, 1, 1))),
        "a range of a single total is allowed");
  }

  @Test
  void rangesDoNotOverlap() {
    List<FieldProblem> problems =
        check(
            validFactors(),
            List.of(
                range(BAND_1, 0, 199),
                range(BAND_2, 200, 299),
                range(BAND_3, 290, 479),
                range(BAND_4, 480, 600)));
    assertEquals(List.of("bandRanges[2].minScore"), fields(problems));
    assertTrue(problems.get(0).message().contains("overlaps bandRanges[1] (Band 2: 200–299)"));
    assertTrue(problems.get(0).message().contains("start this one at 300"));

    List<FieldProblem> sameStart =
        check(validFactors(), List.of(range(BAND_1, 0, 199), range(BAND_2, 0, 299)));
    assertEquals(List.of("bandRanges[1].minScore"), fields(sameStart));
  }

  @Test
  void rangesLeaveNoGap() {
    List<FieldProblem> problems =
        check(
            validFactors(),
            List.of(
                range(BAND_1, 0, 199),
                range(BAND_2, 200, 299),
                range(BAND_3, 300, 479),
                range(BAND_4, 481, 600)));
    assertEquals(List.of("bandRanges[3].minScore"), fields(problems));
    assertTrue(problems.get(0).message().contains("totals 480–480 would be in no band"));
  }

  @Test
  void aRangeInsideAnotherOverlapsIt() {
    List<FieldProblem> problems =
        check(
            validFactors(),
            List.of(range(BAND_1, 0, 500), range(BAND_2, 100, 200), range(BAND_3, 501, 600)));
    assertEquals(
        List.of("bandRanges[1].minScore"),
        fields(problems),
        "the range after the enclosed one is measured against the enclosing one");
  }

  @Test
  void everyRangesBandExists() {
    List<FieldProblem> problems =
        check(
            validFactors(),
            List.of(range(BAND_1, 0, 199), new RangeInput(UUID.randomUUID(), 200, 299)));
    assertEquals(List.of("bandRanges[1].bandId"), fields(problems));
    assertEquals(
        List.of("bandRanges[0].bandId"),
        fields(check(validFactors(), List.of(new RangeInput(null, 0, 10)))));
  }

  @Test
  void everyRangesBandBelongsToTheSchemesStructure() {
    List<FieldProblem> problems =
        check(validFactors(), List.of(range(BAND_1, 0, 199), range(NHS_BAND_3, 200, 299)));
    assertEquals(List.of("bandRanges[1].bandId"), fields(problems));
    assertTrue(problems.get(0).message().contains("choose a band of Probation pay bands"));
  }

  @Test
  void aBandAppearsOnce() {
    List<FieldProblem> problems =
        check(validFactors(), List.of(range(BAND_1, 0, 199), range(BAND_1, 200, 299)));
    assertEquals(List.of("bandRanges[1].bandId"), fields(problems));
  }

  @Test
  void theStructureExists() {
    List<FieldProblem> unknown =
        SchemeRules.check(
            new SchemeContent(UUID.randomUUID(), validFactors(), validRanges()), null, KNOWN);
    assertEquals(
        List.of("structureId"),
        fields(unknown),
        "bands cannot be matched against a structure that does not exist");
    assertEquals(
        List.of("structureId"),
        fields(
            SchemeRules.check(
                new SchemeContent(null, validFactors(), validRanges()), null, KNOWN)));
  }

  @Test
  void rangeScoresAreNeverNegativeOrMissing() {
    List<FieldProblem> problems =
        check(validFactors(), List.of(range(BAND_1, -5, 199), range(BAND_2, 200, null)));
    assertEquals(List.of("bandRanges[0].minScore", "bandRanges[1].maxScore"), fields(problems));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    List<FieldProblem> problems =
        check(
            List.of(factor("EFFORT", 5, 5), factor("EFFORT", 1)),
            List.of(range(BAND_1, 0, 199), range(NHS_BAND_3, 150, 299)));
    assertEquals(
        List.of(
            "factors[0].levels[1].points",
            "factors[1].code",
            "bandRanges[1].bandId",
            "bandRanges[1].minScore"),
        fields(problems));
  }

  @Test
  void theNearBoundaryDistanceIsBetweenZeroAndAHundred() {
    assertEquals(List.of(), SchemeRules.checkNearBoundaryPoints(0));
    assertEquals(List.of(), SchemeRules.checkNearBoundaryPoints(100));
    assertEquals(List.of("nearBoundaryPoints"), fields(SchemeRules.checkNearBoundaryPoints(101)));
    assertEquals(List.of("nearBoundaryPoints"), fields(SchemeRules.checkNearBoundaryPoints(-1)));
  }

  @Test
  void aVersionThatOpenEvaluationsUseIsNotRetired() {
    org.junit.jupiter.api.Assertions.assertNull(
        SchemeRules.retirementRefusal("NHS_AFC version 2", 0));
    org.junit.jupiter.api.Assertions.assertEquals(
        "NHS_AFC version 2 cannot be retired while an open evaluation uses it: publish or reject"
            + " it first.",
        SchemeRules.retirementRefusal("NHS_AFC version 2", 1));
    org.junit.jupiter.api.Assertions.assertEquals(
        "PROBATION version 1 cannot be retired while 3 open evaluations use it: publish or reject"
            + " them first.",
        SchemeRules.retirementRefusal("PROBATION version 1", 3));
  }
}
