package org.bandwise.platform.domain;

import java.util.List;

/** The caller is not (or no longer) recognised as someone signed in (HTTP 401). */
public class NotSignedIn extends DomainException {

  private static final long serialVersionUID = 1L;

  public NotSignedIn(String message) {
    super(message, List.of());
  }
}
