package org.bandwise.vacancy.control;

/**
 * What declining an offer means for the person's pay protection, said out loud so it never happens
 * silently.
 */
public record DeclineOutcome(boolean suitable, boolean endsProtection, String text) {}
