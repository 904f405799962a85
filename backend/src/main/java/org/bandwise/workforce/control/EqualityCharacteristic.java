package org.bandwise.workforce.control;

/** The equality-monitoring characteristics that reports break figures down by. */
public enum EqualityCharacteristic {
  SEX("Sex"),
  ETHNIC_GROUP("Ethnic group"),
  DISABILITY("Disability"),
  AGE_BAND("Age band");

  private final String label;

  EqualityCharacteristic(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
