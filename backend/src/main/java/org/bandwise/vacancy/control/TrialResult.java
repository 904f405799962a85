package org.bandwise.vacancy.control;

/**
 * What the end of a trial means for the person: confirmed in the post (protection ends when the new
 * pay meets or exceeds the protected pay) or not successful (back in the pool, protection
 * unchanged).
 */
public record TrialResult(
    OfferStatus outcome, boolean backInPool, boolean protectionEnds, String text) {}
