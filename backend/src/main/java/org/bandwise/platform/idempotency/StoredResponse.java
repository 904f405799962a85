package org.bandwise.platform.idempotency;

/** A finished request's answer, as it is replayed for a repeated Idempotency-Key. */
public record StoredResponse(
    int status, String contentType, String location, String etag, byte[] body) {}
