package org.bandwise.platform.lifecycle;

/**
 * The launcher's handle on the application (JMX, {@value LifecycleControl#NAME}): it lives in
 * another class loader, so it drains by name rather than by calling a class.
 */
public interface LifecycleControlMXBean {

  String getPhase();

  int getInFlight();

  /** Refuses new requests, waits for those in flight; returns how many were still running. */
  int drain(long graceMillis) throws InterruptedException;
}
