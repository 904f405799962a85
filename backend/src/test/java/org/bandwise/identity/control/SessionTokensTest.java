package org.bandwise.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SessionTokensTest {

  private static RSAKey key;
  private static SessionTokens tokens;
  private final Instant now = Instant.parse("2026-11-22T09:00:00Z");

  @BeforeAll
  static void keys() throws Exception {
    key = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
    tokens = new SessionTokens(key);
  }

  private String issue() {
    return tokens.issue(
        "session-1", "user-1", "admin", List.of("HR_ADMIN"), now, now.plusSeconds(3600));
  }

  @Test
  void aTokenWeIssuedNamesItsSession() {
    assertEquals("session-1", tokens.sessionIdOf(issue(), now.plusSeconds(60)).orElseThrow());
  }

  @Test
  void anExpiredTokenIsRefused() {
    assertTrue(tokens.sessionIdOf(issue(), now.plusSeconds(3600)).isEmpty());
  }

  @Test
  void aTamperedTokenIsRefused() {
    String[] parts = issue().split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1])).replace("session-1", "session-2");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
            + "."
            + parts[2];
    assertTrue(tokens.sessionIdOf(forged, now).isEmpty());
  }

  @Test
  void anUnsignedTokenIsRefused() {
    String[] parts = issue().split("\\.");
    String none =
        Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
    assertTrue(tokens.sessionIdOf(none + "." + parts[1] + ".", now).isEmpty());
  }

  @Test
  void aTokenSignedByAnotherKeyIsRefused() throws Exception {
    SessionTokens other = new SessionTokens(new RSAKeyGenerator(2048).generate());
    String foreign =
        other.issue(
            "session-1", "user-1", "admin", List.of("HR_ADMIN"), now, now.plusSeconds(3600));
    assertTrue(tokens.sessionIdOf(foreign, now).isEmpty());
  }

  @Test
  void aCachedTokenStillExpires() {
    String token = issue();
    assertEquals("session-1", tokens.sessionIdOf(token, now).orElseThrow());
    assertEquals("session-1", tokens.sessionIdOf(token, now.plusSeconds(10)).orElseThrow());
    assertTrue(tokens.sessionIdOf(token, now.plusSeconds(3600)).isEmpty());
  }

  @Test
  void garbageIsRefused() {
    assertTrue(tokens.sessionIdOf("not-a-token", now).isEmpty());
  }

  @Test
  void theSigningKeySurvivesAPemRoundTrip() throws Exception {
    RSAKey back = SigningKeys.fromPem(SigningKeys.toPem(key));
    assertEquals(key.toRSAPublicKey().getModulus(), back.toRSAPublicKey().getModulus());
    assertEquals("session-1", new SessionTokens(back).sessionIdOf(issue(), now).orElseThrow());
  }

  @Test
  void aWeakKeyIsRefused() throws Exception {
    java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
    generator.initialize(1024);
    java.security.KeyPair pair = generator.generateKeyPair();
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    assertThrows(GeneralSecurityException.class, () -> SigningKeys.fromPem(pem));
  }
}
