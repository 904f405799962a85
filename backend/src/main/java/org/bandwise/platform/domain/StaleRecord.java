package org.bandwise.platform.domain;

import java.util.List;

/** Someone else changed the record after the caller read it (HTTP 412). */
public class StaleRecord extends DomainException {

  private static final long serialVersionUID = 1L;

  public StaleRecord() {
    super(
        "Someone else changed this record after you read it. Read it again, then make your change.",
        List.of());
  }
}
