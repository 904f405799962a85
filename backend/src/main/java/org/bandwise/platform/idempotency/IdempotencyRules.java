package org.bandwise.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * The rules of {@code Idempotency-Key} (IETF draft "The Idempotency-Key HTTP Header Field"): a key
 * is kept for 24 hours; the same key with the same request replays the first answer, with another
 * request it is refused (422), and while the first request is still running it is refused (409).
 */
public final class IdempotencyRules {

  public static final String HEADER = "Idempotency-Key";
  public static final Duration KEPT = Duration.ofHours(24);

  /** A request cannot run longer than this; a key still running after it was abandoned. */
  public static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

  public static final int MAX_LENGTH = 255;

  /** What to do with a request that carries a key that is already stored. */
  public enum Decision {
    /** The key is unknown, expired or abandoned: run the request. */
    RUN,
    /** Same key, same request, finished: send the stored answer again. */
    REPLAY,
    /** Same key, another request: 422. */
    MISMATCH,
    /** Same key, same request, still running: 409. */
    IN_PROGRESS
  }

  private IdempotencyRules() {}

  /** A key is 1 to 255 visible ASCII characters (letters, digits, punctuation; no spaces). */
  public static boolean validKey(String key) {
    if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
      return false;
    }
    return key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }

  /** Identifies the request a key was used with: method, address (with query) and body. */
  public static String fingerprint(String method, String pathAndQuery, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(method.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) ' ');
      digest.update(pathAndQuery.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) '\n');
      digest.update(body);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  public static Decision decide(IdempotencyRecord stored, String fingerprint, LocalDateTime now) {
    if (stored == null || expired(stored, now)) {
      return Decision.RUN;
    }
    if (!stored.finished() && !stored.createdAt().plus(ABANDONED_AFTER).isAfter(now)) {
      return Decision.RUN;
    }
    if (!stored.fingerprint().equals(fingerprint)) {
      return Decision.MISMATCH;
    }
    return stored.finished() ? Decision.REPLAY : Decision.IN_PROGRESS;
  }

  public static boolean expired(IdempotencyRecord stored, LocalDateTime now) {
    return !stored.createdAt().plus(KEPT).isAfter(now);
  }

  /** Answers worth keeping: everything but server failures, which a retry may get past. */
  public static boolean keep(int status) {
    return status < 500;
  }
}
