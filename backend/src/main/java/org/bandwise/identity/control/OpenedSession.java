package org.bandwise.identity.control;

import java.time.Duration;
import org.bandwise.identity.entity.UserAccount;

/** A session just opened by signing in: the token for the cookie, its lifetime, and the user. */
public record OpenedSession(String token, Duration lifetime, UserAccount user) {}
