package org.bandwise.identity.boundary;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * The session token's cookie: {@code HttpOnly} (no script can read it), {@code SameSite=Strict} (no
 * other site can make the browser send it), {@code Secure} over HTTPS. API clients may send the
 * same token as a bearer.
 */
public final class SessionCookie {

  public static final String NAME = "bandwise_session";

  private SessionCookie() {}

  public static String issue(String token, Duration lifetime, boolean secure) {
    return NAME
        + "="
        + token
        + "; Path=/; Max-Age="
        + lifetime.toSeconds()
        + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }

  public static String clear(boolean secure) {
    return NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
  }

  public static Optional<String> tokenOf(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      String token = authorization.substring(7).trim();
      return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (NAME.equals(cookie.getName())
            && cookie.getValue() != null
            && !cookie.getValue().isBlank()) {
          return Optional.of(cookie.getValue());
        }
      }
    }
    return Optional.empty();
  }
}
