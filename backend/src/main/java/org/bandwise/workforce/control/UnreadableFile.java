package org.bandwise.workforce.control;

/** A staff file that cannot be read as CSV or XLSX at all; the message says why, in a sentence. */
public class UnreadableFile extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnreadableFile(String message) {
    super(message);
  }

  public UnreadableFile(String message, Throwable cause) {
    super(message, cause);
  }
}
