package org.bandwise.payband.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.bandwise.platform.error.FieldProblem;
import org.junit.jupiter.api.Test;

class PayUpliftTest {

  private static long uplift(long pence, String percent) {
    return PayUplift.apply(pence, new BigDecimal(percent));
  }

  @Test
  void raisesEachSalaryByThePercentage() {
    assertEquals(3_277_087, uplift(3_190_000, "2.73"), "£31,900 + 2.73% = £32,770.87");
    assertEquals(3_120_000, uplift(3_000_000, "4"), "£30,000 + 4% = £31,200");
    assertEquals(3_790_900, uplift(3_790_900, "0"), "0% copies the scale unchanged");
    assertEquals(7_581_800, uplift(3_790_900, "100"));
  }

  @Test
  void roundsEachSalaryToThePenny() {
    assertEquals(10_151, uplift(10_001, "1.5"), "£100.01 + 1.5% = £101.51015 → £101.51");
    assertEquals(
        3_879_986, uplift(3_790_900, "2.35"), "£37,909 + 2.35% = £38,799.8615 → £38,799.86");
  }

  @Test
  void halfAPennyRoundsUpAndLessRoundsDown() {
    assertEquals(101, uplift(100, "0.5"), "100.5p rounds up to 101p");
    assertEquals(100, uplift(100, "0.49"), "100.49p rounds down to 100p");
    assertEquals(1_005, uplift(1_000, "0.45"), "1004.5p rounds up to 1005p");
  }

  @Test
  void refusesUpliftsOutsideTheRangeOrTooPrecise() {
    assertTrue(PayUplift.check(new BigDecimal("3.5")).isEmpty());
    assertTrue(PayUplift.check(new BigDecimal("3.50")).isEmpty());
    assertTrue(PayUplift.check(new BigDecimal("100")).isEmpty());
    for (String bad : List.of("-0.01", "100.01", "3.125")) {
      List<FieldProblem> problems = PayUplift.check(new BigDecimal(bad));
      assertEquals(
          List.of("upliftPercent"), problems.stream().map(FieldProblem::field).toList(), bad);
      assertTrue(Character.isUpperCase(problems.get(0).message().charAt(0)));
    }
    assertEquals(1, PayUplift.check(null).size());
  }
}
