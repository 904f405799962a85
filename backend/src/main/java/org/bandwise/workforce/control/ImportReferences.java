package org.bandwise.workforce.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a staff file's values are checked against, read once per import: pay structures (by code or
 * name), their bands (by code or name), pay zones (by code or name), the agreed pay scales, JD
 * references and sign-in accounts. Keys are lower case, so "Band 4", "band 4" and "4" all find the
 * band.
 */
public record ImportReferences(
    Map<String, Structure> structures,
    Structure defaultStructure,
    Map<String, Band> bands,
    Map<String, String> zones,
    String defaultZone,
    Map<String, String> jdsByReference,
    Map<String, String> usersByName,
    PayScales scales) {

  public record Structure(String id, String code, String name) {}

  public record Band(String id, String structureId, String code, String name, int rank) {

    public BandRef ref() {
      return new BandRef(id, name, rank);
    }
  }

  public static String key(String text) {
    return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
  }

  public static String bandKey(String structureId, String codeOrName) {
    return structureId + "|" + key(codeOrName);
  }

  public java.util.Optional<Structure> structure(String codeOrName) {
    return java.util.Optional.ofNullable(structures.get(key(codeOrName)));
  }

  public java.util.Optional<Band> band(String structureId, String codeOrName) {
    return java.util.Optional.ofNullable(bands.get(bandKey(structureId, codeOrName)));
  }

  /** The points of the band's scale in force on the day in the zone (empty when none is). */
  public List<ScalePoint> pointsOn(Band band, String zone, java.time.LocalDate day) {
    return scales.inForce(band.ref(), zone, day).map(DatedScale::points).orElse(List.of());
  }
}
