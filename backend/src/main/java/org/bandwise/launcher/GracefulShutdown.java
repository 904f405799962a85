package org.bandwise.launcher;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.bandwise.config.Setting;
import sun.misc.Signal;

/**
 * SIGTERM drains instead of killing: the application stops taking new requests (they get a 503
 * problem), the requests in flight finish within the grace period ({@code
 * BANDWISE_SHUTDOWN_GRACE_SECONDS}, default 20), then Payara stops and the process exits. The log
 * says when shutdown began and when it ended. The JVM's own SIGTERM handling would run Payara's
 * shutdown hook at once, cutting requests off mid-way, so the signal is taken over here.
 */
final class GracefulShutdown {

  static final String LIFECYCLE = "org.bandwise:type=Lifecycle";
  static final int DEFAULT_GRACE_SECONDS =
      Integer.parseInt(Setting.SHUTDOWN_GRACE_SECONDS.defaultValue());

  private static volatile boolean started;

  private GracefulShutdown() {}

  static Duration grace(Map<String, String> env) {
    String value = env.get(Setting.SHUTDOWN_GRACE_SECONDS.env());
    if (value == null || value.isBlank()) {
      return Duration.ofSeconds(DEFAULT_GRACE_SECONDS);
    }
    try {
      int seconds = Integer.parseInt(value.trim());
      if (seconds < 0 || seconds > 3600) {
        throw new NumberFormatException();
      }
      return Duration.ofSeconds(seconds);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "BANDWISE_SHUTDOWN_GRACE_SECONDS must be a number of seconds from 0 to 3600, not '"
              + value
              + "'");
    }
  }

  static void install(Duration grace) {
    Signal.handle(
        new Signal("TERM"),
        signal -> {
          if (started) {
            return;
          }
          started = true;
          Thread thread = new Thread(() -> shutDown(grace), "bandwise-shutdown");
          thread.setDaemon(false);
          thread.start();
        });
  }

  private static void shutDown(Duration grace) {
    long began = System.nanoTime();
    log(
        "Bandwise shutdown began (SIGTERM): refusing new requests, letting those in flight finish"
            + " (up to "
            + grace.toSeconds()
            + " s)");
    int left = drain(grace);
    log(
        left == 0
            ? "All requests in flight finished; stopping the server"
            : left + " request(s) still running after the grace period; stopping the server");
    try {
      Class<?> payara = Class.forName("fish.payara.micro.impl.PayaraMicroImpl");
      Object instance = payara.getMethod("getInstance").invoke(null);
      closeListener(payara, instance);
      payara.getMethod("shutdown").invoke(instance);
    } catch (ReflectiveOperationException | RuntimeException e) {
      log("The server did not stop cleanly: " + e);
    }
    log(
        "Bandwise shutdown ended after "
            + Duration.ofNanos(System.nanoTime() - began).toMillis()
            + " ms");
    System.exit(0);
  }

  /**
   * Stops accepting connections before the application is undeployed: otherwise requests arriving
   * while the server stops would get its own HTML 500 and empty 503 pages.
   */
  private static void closeListener(Class<?> payara, Object instance) {
    try {
      Field field = payara.getDeclaredField("gf");
      field.setAccessible(true);
      Object glassfish = field.get(instance);
      ClassLoader loader = glassfish.getClass().getClassLoader();
      Class<?> glassfishType = Class.forName("org.glassfish.embeddable.GlassFish", false, loader);
      Class<?> runnerType = Class.forName("org.glassfish.embeddable.CommandRunner", false, loader);
      Object runner = glassfishType.getMethod("getCommandRunner").invoke(glassfish);
      runnerType
          .getMethod("run", String.class, String[].class)
          .invoke(runner, "set", new String[] {ListenerPolicy.HTTP_LISTENER + ".enabled=false"});
      log("Stopped accepting connections");
    } catch (ReflectiveOperationException | RuntimeException e) {
      log("Could not close the HTTP listener before stopping: " + e);
    }
  }

  private static int drain(Duration grace) {
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      ObjectName name = new ObjectName(LIFECYCLE);
      if (!server.isRegistered(name)) {
        return 0;
      }
      Object left =
          server.invoke(
              name, "drain", new Object[] {grace.toMillis()}, new String[] {long.class.getName()});
      return left instanceof Integer count ? count : 0;
    } catch (Exception e) {
      log("Could not drain the application: " + e);
      return 0;
    }
  }

  private static void log(String message) {
    System.out.println(java.time.Instant.now() + " " + message);
    System.out.flush();
  }
}
