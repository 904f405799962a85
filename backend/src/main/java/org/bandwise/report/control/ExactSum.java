package org.bandwise.report.control;

import java.math.BigInteger;

/** A sum of longs that cannot overflow: it spills into a BigInteger only when it must. */
final class ExactSum {

  private long running;
  private BigInteger spilled = BigInteger.ZERO;

  void add(long value) {
    long next = running + value;
    if (((running ^ next) & (value ^ next)) < 0) {
      spilled = spilled.add(BigInteger.valueOf(running));
      running = value;
    } else {
      running = next;
    }
  }

  /** Adds the value {@code times} times. */
  void add(long value, int times) {
    long product;
    try {
      product = Math.multiplyExact(value, (long) times);
    } catch (ArithmeticException overflow) {
      spilled = spilled.add(BigInteger.valueOf(value).multiply(BigInteger.valueOf(times)));
      return;
    }
    add(product);
  }

  BigInteger value() {
    return spilled.add(BigInteger.valueOf(running));
  }
}
