package org.bandwise.payband.control;

import org.bandwise.payband.entity.PayScale;

/** A scale together with where it sits against today. */
public record ScaleView(PayScale scale, ScaleTimeline.Timing timing) {}
