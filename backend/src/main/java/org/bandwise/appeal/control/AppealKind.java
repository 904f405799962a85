package org.bandwise.appeal.control;

/** What an appeal challenges. */
public enum AppealKind {
  /** A published evaluation outcome: grounds per disputed factor, with the level claimed. */
  OUTCOME,
  /** A job description's content: the JD does not describe the work done. */
  JD_CONTENT,
  /**
   * An assignment: a person left off a re-banding or ring-fence list drawn up by the work people
   * did on an effective date.
   */
  ASSIGNMENT
}
