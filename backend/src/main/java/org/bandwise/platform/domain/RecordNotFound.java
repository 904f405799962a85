package org.bandwise.platform.domain;

import java.util.List;

/** The record asked for does not exist, or the caller may not know that it does (HTTP 404). */
public class RecordNotFound extends DomainException {

  private static final long serialVersionUID = 1L;

  public RecordNotFound(String message) {
    super(message, List.of());
  }
}
