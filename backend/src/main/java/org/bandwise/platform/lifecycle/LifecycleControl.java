package org.bandwise.platform.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** Registers the application's lifecycle with the platform MBean server while it is deployed. */
@ApplicationScoped
public class LifecycleControl {

  public static final String NAME = "org.bandwise:type=Lifecycle";
  private static final Logger LOG = Logger.getLogger(LifecycleControl.class.getName());

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      ObjectName name = new ObjectName(NAME);
      if (server.isRegistered(name)) {
        server.unregisterMBean(name);
      }
      server.registerMBean(new Handle(), name);
    } catch (JMException e) {
      LOG.log(Level.WARNING, "Could not register the lifecycle control; SIGTERM will not drain", e);
    }
  }

  void unregister(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    try {
      ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(NAME));
    } catch (JMException e) {
      LOG.log(Level.FINE, "Lifecycle control was not registered", e);
    }
  }

  /** A plain object for the MBean server (the CDI proxy is not a compliant MXBean). */
  static final class Handle implements LifecycleControlMXBean {

    @Override
    public String getPhase() {
      return ServiceLifecycle.phase().name();
    }

    @Override
    public int getInFlight() {
      return ServiceLifecycle.inFlight();
    }

    @Override
    public int drain(long graceMillis) throws InterruptedException {
      return ServiceLifecycle.drain(graceMillis);
    }
  }
}
