package org.bandwise.workforce.control;

/**
 * One thing wrong with a staff file: the row (1 is the first row after the header; 0 for the whole
 * file), the staff number and column when known, and a sentence that says what to fix.
 */
public record ImportError(int row, String staffNumber, String field, String message) {

  /** A problem with the whole file (its format, size or columns). */
  public static ImportError file(String field, String message) {
    return new ImportError(0, null, field, message);
  }
}
