package org.bandwise.identity.control;

import java.util.Set;
import org.bandwise.identity.entity.Role;

/**
 * Who made a request, as established from an open session. {@code mustChangePassword}: the user
 * signed in with a password someone else chose and may do nothing but choose their own.
 */
public record SignedInUser(
    String userId,
    String username,
    String sessionId,
    Set<Role> roles,
    boolean mustChangePassword) {}
