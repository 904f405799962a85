package org.bandwise.platform.lifecycle;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's phase and the number of requests in flight, shared by the service gate (which
 * counts requests and refuses them unless ready), the migrations (which make it ready) and the
 * shutdown drain (asked for by the launcher on SIGTERM). One per application: state is static
 * because the gate is a servlet filter and the drain arrives over JMX, outside any CDI context.
 */
public final class ServiceLifecycle {

  private static final AtomicReference<ServicePhase> PHASE =
      new AtomicReference<>(ServicePhase.STARTING);
  private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
  private static final Object IDLE = new Object();

  private ServiceLifecycle() {}

  public static ServicePhase phase() {
    return PHASE.get();
  }

  /** The schema is current: start serving (unless already draining). */
  public static void ready() {
    PHASE.compareAndSet(ServicePhase.STARTING, ServicePhase.READY);
  }

  /** Counts a request in; false (and nothing counted) unless the application is serving. */
  public static boolean enter() {
    IN_FLIGHT.incrementAndGet();
    if (PHASE.get() != ServicePhase.READY) {
      leave();
      return false;
    }
    return true;
  }

  public static void leave() {
    if (IN_FLIGHT.decrementAndGet() <= 0) {
      synchronized (IDLE) {
        IDLE.notifyAll();
      }
    }
  }

  public static int inFlight() {
    return Math.max(0, IN_FLIGHT.get());
  }

  /**
   * Stops serving new requests and waits up to {@code graceMillis} for those in flight to finish.
   *
   * @return the number still in flight when the wait ended (0 when all finished)
   */
  public static int drain(long graceMillis) throws InterruptedException {
    PHASE.set(ServicePhase.DRAINING);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
    synchronized (IDLE) {
      while (inFlight() > 0) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          break;
        }
        IDLE.wait(Math.min(left, 100));
      }
    }
    return inFlight();
  }

  /** For tests: back to the start. */
  static void reset() {
    PHASE.set(ServicePhase.STARTING);
    IN_FLIGHT.set(0);
  }
}
