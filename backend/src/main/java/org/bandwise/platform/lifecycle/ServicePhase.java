package org.bandwise.platform.lifecycle;

/** Where the application is in its life: only a {@code READY} application serves requests. */
public enum ServicePhase {
  /** Deployed, waiting for the database and its migrations. */
  STARTING,
  /** Serving. */
  READY,
  /** Shutting down: in-flight requests finish, new ones are refused. */
  DRAINING
}
