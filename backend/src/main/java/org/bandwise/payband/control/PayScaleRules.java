package org.bandwise.payband.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.error.FieldProblem;

/**
 * The rules a scale's pay points obey: every salary positive and at most £1,000,000, point numbers
 * unique, and salaries strictly increasing with the point number (a higher point never pays the
 * same or less). Problems are named by the point's position in the request, e.g. {@code
 * points[2].annualSalaryPence}.
 */
public final class PayScaleRules {

  public static final long MAX_PENCE = 100_000_000L;

  /** A point as given: number and salary may be missing (null) when the request omitted them. */
  public record PointInput(Integer number, Long annualSalaryPence) {}

  private PayScaleRules() {}

  public static List<FieldProblem> checkPoints(List<PointInput> points) {
    List<FieldProblem> problems = new ArrayList<>();
    if (points == null || points.isEmpty()) {
      problems.add(new FieldProblem("points", "must list at least one pay point"));
      return problems;
    }
    Map<Integer, Integer> firstIndexOfNumber = new HashMap<>();
    TreeMap<Integer, Integer> indexByNumber = new TreeMap<>();
    for (int i = 0; i < points.size(); i++) {
      PointInput point = points.get(i);
      String at = "points[" + i + "]";
      if (point.number() == null || point.number() < 1) {
        problems.add(new FieldProblem(at + ".number", "must be a point number of 1 or more"));
      } else if (firstIndexOfNumber.putIfAbsent(point.number(), i) != null) {
        problems.add(
            new FieldProblem(
                at + ".number", "point " + point.number() + " is listed more than once"));
      } else {
        indexByNumber.put(point.number(), i);
      }
      if (point.annualSalaryPence() == null || point.annualSalaryPence() <= 0) {
        problems.add(
            new FieldProblem(
                at + ".annualSalaryPence", "must be a positive amount in whole pence"));
      } else if (point.annualSalaryPence() > MAX_PENCE) {
        problems.add(new FieldProblem(at + ".annualSalaryPence", "must be at most £1,000,000"));
      }
    }
    Integer previousIndex = null;
    for (Map.Entry<Integer, Integer> entry : indexByNumber.entrySet()) {
      int index = entry.getValue();
      Long salary = points.get(index).annualSalaryPence();
      if (previousIndex != null && salary != null && salary > 0) {
        PointInput previous = points.get(previousIndex);
        Long previousSalary = previous.annualSalaryPence();
        if (previousSalary != null && previousSalary > 0 && salary <= previousSalary) {
          problems.add(
              new FieldProblem(
                  "points[" + index + "].annualSalaryPence",
                  "must be higher than point "
                      + previous.number()
                      + " ("
                      + Money.ofPence(previousSalary).format()
                      + "): salaries rise with the point number"));
        }
      }
      previousIndex = index;
    }
    return problems;
  }
}
