package org.bandwise.platform.domain;

import java.util.List;

/**
 * The caller's role allows the endpoint, but not this record (an object-level rule, such as "only
 * members of the panel record levels") (HTTP 403).
 */
public class NotPermitted extends DomainException {

  private static final long serialVersionUID = 1L;

  public NotPermitted(String message) {
    super(message, List.of());
  }
}
