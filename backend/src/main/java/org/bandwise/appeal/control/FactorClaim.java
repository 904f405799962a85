package org.bandwise.appeal.control;

/**
 * One ground of an outcome appeal as scoring sees it: the disputed factor and the level claimed.
 */
public record FactorClaim(String factor, Integer claimedLevel) {}
