package org.bandwise.payband.control;

import java.time.LocalDate;
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
 * points[2].annualSalaryPence}, and their messages by its position as people count it ("pay point
 * 3"), which is how the form labels the rows.
 */
public final class PayScaleRules {

  public static final long MAX_PENCE = 100_000_000L;

  /** The earliest and latest years a scale may start in: anything else is a typing mistake. */
  public static final int FIRST_YEAR = 1900;

  public static final int LAST_YEAR = 9999;

  /** A point as given: number and salary may be missing (null) when the request omitted them. */
  public record PointInput(Integer number, Long annualSalaryPence) {}

  private PayScaleRules() {}

  public static List<FieldProblem> checkPoints(List<PointInput> points) {
    List<FieldProblem> problems = new ArrayList<>();
    if (points == null || points.isEmpty()) {
      problems.add(new FieldProblem("points", "Enter at least one pay point."));
      return problems;
    }
    Map<Integer, Integer> firstIndexOfNumber = new HashMap<>();
    TreeMap<Integer, Integer> indexByNumber = new TreeMap<>();
    for (int i = 0; i < points.size(); i++) {
      PointInput point = points.get(i);
      String at = "points[" + i + "]";
      int position = i + 1;
      if (point == null) {
        problems.add(
            new FieldProblem(at, "Enter the number and salary for pay point " + position + "."));
        continue;
      }
      Integer earlier = point.number() == null ? null : firstIndexOfNumber.get(point.number());
      if (point.number() == null || point.number() < 1) {
        problems.add(
            new FieldProblem(
                at + ".number",
                "Enter the point number for pay point "
                    + position
                    + " as a whole number, 1 or more."));
      } else if (earlier != null) {
        problems.add(
            new FieldProblem(
                at + ".number",
                "Pay point "
                    + position
                    + " has the same point number as pay point "
                    + (earlier + 1)
                    + ": give each point its own number."));
      } else {
        firstIndexOfNumber.put(point.number(), i);
        indexByNumber.put(point.number(), i);
      }
      if (point.annualSalaryPence() == null) {
        problems.add(
            new FieldProblem(
                at + ".annualSalaryPence", "Enter the salary for pay point " + position + "."));
      } else if (point.annualSalaryPence() <= 0) {
        problems.add(
            new FieldProblem(
                at + ".annualSalaryPence",
                "The salary for pay point " + position + " must be more than £0."));
      } else if (point.annualSalaryPence() > MAX_PENCE) {
        problems.add(
            new FieldProblem(
                at + ".annualSalaryPence",
                "The salary for pay point " + position + " must be £1,000,000 or less."));
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
                  "The salary for pay point "
                      + (index + 1)
                      + " must be higher than "
                      + Money.ofPence(previousSalary).format()
                      + ", the salary for point number "
                      + previous.number()
                      + ": salaries rise with the point number."));
        }
      }
      previousIndex = index;
    }
    return problems;
  }

  /** A scale's first day must be a date people mean: between 1900 and 9999. */
  public static List<FieldProblem> checkEffectiveFrom(LocalDate effectiveFrom) {
    if (effectiveFrom == null) {
      return List.of(new FieldProblem("effectiveFrom", "Enter the date the scale takes effect."));
    }
    if (effectiveFrom.getYear() < FIRST_YEAR || effectiveFrom.getYear() > LAST_YEAR) {
      return List.of(
          new FieldProblem(
              "effectiveFrom",
              "The date the scale takes effect must be a real date between 1900 and 9999."));
    }
    return List.of();
  }
}
