package org.bandwise.appeal.control;

import java.time.LocalDate;

/** HR's extension of the time limit for lodging an outcome appeal: a later last day, and why. */
public record LodgingExtension(LocalDate lodgeBy, String reason) {}
