package org.bandwise.payband.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bandwise.payband.control.PayScaleRules.PointInput;
import org.bandwise.platform.error.FieldProblem;
import org.junit.jupiter.api.Test;

class PayScaleRulesTest {

  private static List<String> fields(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::field).toList();
  }

  @Test
  void acceptsSalariesRisingWithThePointNumber() {
    assertTrue(
        PayScaleRules.checkPoints(List.of(new PointInput(1, 3790900L), new PointInput(2, 4225100L)))
            .isEmpty());
  }

  @Test
  void ordersByPointNumberNotByPositionInTheRequest() {
    assertTrue(
        PayScaleRules.checkPoints(List.of(new PointInput(2, 4225100L), new PointInput(1, 3790900L)))
            .isEmpty());
  }

  @Test
  void namesThePointWhoseSalaryDoesNotRise() {
    List<FieldProblem> problems =
        PayScaleRules.checkPoints(
            List.of(
                new PointInput(1, 3000000L),
                new PointInput(2, 3100000L),
                new PointInput(3, 3100000L)));
    assertEquals(List.of("points[2].annualSalaryPence"), fields(problems));
    assertEquals(
        "The salary for pay point 3 must be higher than £31,000, the salary for point number 2:"
            + " salaries rise with the point number.",
        problems.get(0).message());
  }

  @Test
  void refusesZeroNegativeAndAbsurdSalaries() {
    List<FieldProblem> problems =
        PayScaleRules.checkPoints(
            List.of(
                new PointInput(1, 0L), new PointInput(2, -5L), new PointInput(3, 100_000_001L)));
    assertEquals(
        List.of(
            "points[0].annualSalaryPence",
            "points[1].annualSalaryPence",
            "points[2].annualSalaryPence"),
        fields(problems));
  }

  @Test
  void refusesDuplicateAndMissingPointNumbers() {
    List<FieldProblem> problems =
        PayScaleRules.checkPoints(
            List.of(new PointInput(1, 100L), new PointInput(1, 200L), new PointInput(null, 300L)));
    assertEquals(List.of("points[1].number", "points[2].number"), fields(problems));
  }

  @Test
  void needsAtLeastOnePoint() {
    assertEquals(List.of("points"), fields(PayScaleRules.checkPoints(List.of())));
  }

  @Test
  void reportsEveryProblemAtOnceInSentencesThatNameThePoint() {
    List<PointInput> points = new java.util.ArrayList<>();
    points.add(new PointInput(1, null));
    points.add(null);
    points.add(new PointInput(1, 0L));
    List<FieldProblem> problems = PayScaleRules.checkPoints(points);
    assertEquals(
        List.of(
            "Enter the salary for pay point 1.",
            "Enter the number and salary for pay point 2.",
            "Pay point 3 has the same point number as pay point 1: give each point its own number.",
            "The salary for pay point 3 must be more than £0."),
        problems.stream().map(FieldProblem::message).toList());
    assertTrue(
        problems.stream()
            .allMatch(
                p -> Character.isUpperCase(p.message().charAt(0)) && p.message().endsWith(".")));
  }

  @Test
  void aScaleStartsOnADatePeopleMean() {
    assertTrue(PayScaleRules.checkEffectiveFrom(java.time.LocalDate.of(2026, 4, 1)).isEmpty());
    assertEquals(
        List.of("effectiveFrom"),
        fields(PayScaleRules.checkEffectiveFrom(java.time.LocalDate.of(1899, 12, 31))));
    assertEquals(
        List.of("effectiveFrom"),
        fields(PayScaleRules.checkEffectiveFrom(java.time.LocalDate.of(+999999999, 12, 31))));
  }
}
