package org.bandwise.report.control;

import java.util.Map;
import java.util.Objects;

/**
 * The names a report shows for the ids a pass hands on: bands with their structures, units, JDs;
 * and the ids of the numbers {@code report_fact} carries in their place ({@link Keys}).
 */
public record ReportLabels(
    Map<String, Band> bands, Map<String, Unit> units, Map<String, Jd> jobDescriptions, Keys keys) {

  /**
   * Each {@code report_key} (V27) with the id (a zone's code) of its row: structures, bands, zones,
   * units and JDs.
   */
  public record Keys(
      Map<Integer, String> structures,
      Map<Integer, String> bands,
      Map<Integer, String> zones,
      Map<Integer, String> units,
      Map<Integer, String> jobDescriptions) {

    public Keys {
      structures = Map.copyOf(structures);
      bands = Map.copyOf(bands);
      zones = Map.copyOf(zones);
      units = Map.copyOf(units);
      jobDescriptions = Map.copyOf(jobDescriptions);
    }
  }

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
    Objects.requireNonNull(keys, "keys");
  }
}
