package org.bandwise.platform.domain;

/**
 * The change would make a second record where only one may exist (for example a second open
 * evaluation request for the same job description). Carries the id of the record that exists, so
 * the answer can link to it (the problem's {@code existingId}) (HTTP 409).
 */
public class ExistingRecordConflict extends RuleConflict {

  private static final long serialVersionUID = 1L;

  private final String existingId;

  public ExistingRecordConflict(String field, String message, String existingId) {
    super(field, message);
    this.existingId = existingId;
  }

  /** The id of the record that already exists; null when it is not known. */
  public String existingId() {
    return existingId;
  }
}
