package org.bandwise.platform.idempotency;

import java.time.LocalDateTime;

/** What is stored for a key: the request's fingerprint, whether it finished, and its answer. */
public record IdempotencyRecord(
    String fingerprint, boolean finished, LocalDateTime createdAt, StoredResponse response) {}
