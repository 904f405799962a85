package org.bandwise.vacancy.control;

/**
 * Why a person has statutory priority for suitable alternative vacancies (recorded by HR with
 * dates): they come before the rest of the pool.
 */
public enum PriorityReason {
  PREGNANCY("pregnancy"),
  MATERNITY_LEAVE("maternity leave"),
  ADOPTION_LEAVE("adoption leave"),
  SHARED_PARENTAL_LEAVE("shared parental leave");

  private final String text;

  PriorityReason(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
