package org.bandwise.report.control;

import java.util.Map;

/**
 * The names a report shows for the ids a pass hands on: bands with their structures, units, JDs.
 */
public record ReportLabels(
    Map<String, Band> bands, Map<String, Unit> units, Map<String, Jd> jobDescriptions) {

  public record Band(
      String id,
      String code,
      String name,
      int rank,
      String structureId,
      String structureCode,
      String structureName) {

    /** "Probation Band 4": the structure's name and the band's. */
    public String label() {
      return structureName + " " + name;
    }
  }

  public record Unit(String id, String name) {}

  public record Jd(String id, String reference, String title) {

    public String label() {
      return reference + " " + title;
    }
  }

  public ReportLabels {
    bands = Map.copyOf(bands);
    units = Map.copyOf(units);
    jobDescriptions = Map.copyOf(jobDescriptions);
  }
}
