package org.bandwise.identity.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues and checks session tokens: RS256-signed JWTs (RFC 8725: the algorithm is fixed, never read
 * from the token; issuer, audience and expiry are checked). A valid signature is not enough to be
 * signed in: the session named by {@code jti} must also still be open (see {@link SessionStore}).
 */
public final class SessionTokens {

  public static final String ISSUER = "bandwise";
  public static final String AUDIENCE = "bandwise";

  static final int VERIFIED_CACHE_LIMIT = 10_000;

  /** A token whose signature and claims were checked: its session id and when it expires. */
  private record Verified(String sessionId, Instant expiresAt) {}

  private final RSAKey key;
  private final RSASSASigner signer;
  private final RSASSAVerifier verifier;

  /**
   * Signature checks already done, keyed by the whole token (signature included, so a forged token
   * can never match). It saves an RSA verification per request; the session itself is still checked
   * every time.
   */
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  public SessionTokens(RSAKey key) {
    try {
      this.key = key;
      this.signer = new RSASSASigner(key);
      this.verifier = new RSASSAVerifier(key.toRSAPublicKey());
    } catch (JOSEException e) {
      throw new IllegalStateException("The signing key is not usable", e);
    }
  }

  public String issue(
      String sessionId,
      String userId,
      String username,
      List<String> roles,
      Instant issuedAt,
      Instant expiresAt) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .subject(userId)
            .jwtID(sessionId)
            .issueTime(Date.from(issuedAt))
            .expirationTime(Date.from(expiresAt))
            .claim("upn", username)
            .claim("groups", roles)
            .build();
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .type(JOSEObjectType.JWT)
            .keyID(key.getKeyID())
            .build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not sign a session token", e);
    }
    return jwt.serialize();
  }

  /**
   * The session id ({@code jti}) of a token that is well-formed, ours, and not expired; else empty.
   */
  public Optional<String> sessionIdOf(String token, Instant now) {
    Verified known = verified.get(token);
    if (known != null) {
      return now.isBefore(known.expiresAt()) ? Optional.of(known.sessionId()) : Optional.empty();
    }
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      boolean ours =
          ISSUER.equals(claims.getIssuer())
              && claims.getAudience() != null
              && claims.getAudience().contains(AUDIENCE);
      Date expiry = claims.getExpirationTime();
      if (!ours
          || expiry == null
          || !now.isBefore(expiry.toInstant())
          || claims.getJWTID() == null) {
        return Optional.empty();
      }
      if (verified.size() >= VERIFIED_CACHE_LIMIT) {
        verified.clear();
      }
      verified.put(token, new Verified(claims.getJWTID(), expiry.toInstant()));
      return Optional.of(claims.getJWTID());
    } catch (ParseException | JOSEException | IllegalStateException e) {
      return Optional.empty();
    }
  }
}
