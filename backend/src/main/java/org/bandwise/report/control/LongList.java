package org.bandwise.report.control;

import java.util.Arrays;

/** A growable array of primitive longs: a report holds one value per person, never an object. */
final class LongList {

  private long[] values = new long[1024];
  private int size;

  void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length + (values.length >> 1));
    }
    values[size++] = value;
  }

  /** Adds the value {@code times} times (people who share it). */
  void add(long value, int times) {
    if (times == 1) {
      add(value);
      return;
    }
    if (size + times > values.length) {
      values = Arrays.copyOf(values, Math.max(size + times, values.length + (values.length >> 1)));
    }
    Arrays.fill(values, size, size + times, value);
    size += times;
  }

  int size() {
    return size;
  }

  /** The values, sorted ascending (the list itself is sorted in place). */
  long[] sorted() {
    Arrays.sort(values, 0, size);
    return values;
  }
}
