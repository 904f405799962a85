package org.bandwise.identity.control;

import java.util.Set;
import org.bandwise.identity.entity.Role;

/** Who made a request, as established from an open session. */
public record SignedInUser(String userId, String username, String sessionId, Set<Role> roles) {}
