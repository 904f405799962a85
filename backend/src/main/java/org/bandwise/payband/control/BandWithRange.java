package org.bandwise.payband.control;

import java.time.LocalDate;

/**
 * A row of the pay band list: the band, and the range of the scale in force on the asked-for day
 * (all range fields are null when none is in force).
 */
public record BandWithRange(
    String id,
    String structureId,
    String structureName,
    String code,
    String name,
    int rank,
    boolean openToNewEntrants,
    boolean retired,
    String scaleId,
    String zone,
    LocalDate effectiveFrom,
    String status,
    Long minPence,
    Long maxPence) {}
