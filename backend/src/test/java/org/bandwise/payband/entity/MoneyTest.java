package org.bandwise.payband.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest
  @CsvSource({
    "37909, 3790900",
    "'£37,909', 3790900",
    "37909.5, 3790950",
    "'£42,251.07', 4225107",
    "0.01, 1",
    "-12.30, -1230"
  })
  void readsPoundsAsPeopleWriteThem(String text, long pence) {
    assertEquals(pence, Money.parsePounds(text).pence());
  }

  @ParameterizedTest
  @ValueSource(strings = {"37909.555", "37.909,00", "abc", "", "1e3", "£"})
  void refusesAnythingThatIsNotWholePence(String text) {
    assertThrows(IllegalArgumentException.class, () -> Money.parsePounds(text));
  }

  @Test
  void formatsWholePoundsWithoutPence() {
    assertEquals("£37,909", Money.ofPence(3790900).format());
    assertEquals("£42,251.07", Money.ofPence(4225107).format());
    assertEquals("£0.05", Money.ofPence(5).format());
    assertEquals("-£12.30", Money.ofPence(-1230).format());
  }

  @Test
  void exactWhereFloatingPointIsNot() {
    // 0.1 + 0.2 pounds in doubles is 0.30000000000000004; in pence it is exactly 30
    assertEquals(30, Money.parsePounds("0.10").pence() + Money.parsePounds("0.20").pence());
  }
}
