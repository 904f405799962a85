package org.bandwise.platform.cache;

/**
 * One cached read: the representation (JSON) and its strong entity tag, which changes whenever the
 * kind of reference data it was read from changes.
 */
public record CachedRead(byte[] json, String etag) {}
