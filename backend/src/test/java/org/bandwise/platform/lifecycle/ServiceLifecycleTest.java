package org.bandwise.platform.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceLifecycleTest {

  @AfterEach
  void reset() {
    ServiceLifecycle.reset();
  }

  @Test
  void nothingIsServedBeforeReady() {
    assertFalse(ServiceLifecycle.enter());
    assertEquals(0, ServiceLifecycle.inFlight());
    ServiceLifecycle.ready();
    assertTrue(ServiceLifecycle.enter());
    assertEquals(1, ServiceLifecycle.inFlight());
    ServiceLifecycle.leave();
    assertEquals(0, ServiceLifecycle.inFlight());
  }

  @Test
  void drainingRefusesNewRequestsAndWaitsForThoseInFlight() throws Exception {
    ServiceLifecycle.ready();
    assertTrue(ServiceLifecycle.enter());
    Thread finisher =
        new Thread(
            () -> {
              try {
                Thread.sleep(200);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              ServiceLifecycle.leave();
            });
    finisher.start();
    long began = System.nanoTime();
    assertEquals(0, ServiceLifecycle.drain(5000));
    long waitedMillis = (System.nanoTime() - began) / 1_000_000;
    assertTrue(waitedMillis >= 150 && waitedMillis < 4000, "waited " + waitedMillis + " ms");
    assertFalse(ServiceLifecycle.enter());
    ServiceLifecycle.ready();
    assertEquals(ServicePhase.DRAINING, ServiceLifecycle.phase());
  }

  @Test
  void theGracePeriodBoundsTheWait() throws Exception {
    ServiceLifecycle.ready();
    assertTrue(ServiceLifecycle.enter());
    assertEquals(1, ServiceLifecycle.drain(100));
  }
}
