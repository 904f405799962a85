package org.bandwise.launcher;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bandwise.config.Setting;

/**
 * Memory defaults for the runnable jar with its embedded database (a laptop or a small server: java
 * plus MariaDB within 600 MB when idle). A JVM's heap cap and collector cannot change once it runs,
 * and a jar's manifest cannot carry JVM options, so the launcher starts a second JVM with these
 * options (and {@code MALLOC_ARENA_MAX=2}, which stops glibc from keeping one memory arena per
 * thread) and only waits for it, passing on its exit code and stopping it when stopped itself.
 *
 * <p>Nothing is added that the person starting it chose: any heap size ({@code -Xmx}, {@code
 * -XX:MaxRAMPercentage}, {@code -XX:MaxRAM}), collector ({@code -XX:+Use...GC}) or other option
 * named below wins. With a configured database ({@code BANDWISE_DB_URL}, production), or with
 * {@code BANDWISE_JVM_DEFAULTS=false}, the JVM is left exactly as started.
 */
final class JvmDefaults {

  /** Set on the second JVM, so that it does not start a third. */
  static final String APPLIED = "bandwise.jvm-defaults";

  /**
   * The defaults: a 384 MB heap cap (the live set is about 90 MB idle; a large import needs more)
   * that starts small and gives memory back after a collection, a 24 MB young generation (the
   * serial collector has no per-region bookkeeping and suits a one- or two-core machine), a bounded
   * metaspace and code cache, two JIT compiler threads and a 512 KB thread stack (Payara keeps
   * about 75 threads); and, where the JVM has it, the native heap trimmed every 10 s ({@link
   * #TRIM_NATIVE_HEAP}).
   */
  static final List<String> OPTIONS =
      List.of(
          "-XX:+UseSerialGC",
          "-Xms16m",
          "-Xmx384m",
          "-Xmn24m",
          "-XX:MinHeapFreeRatio=10",
          "-XX:MaxHeapFreeRatio=30",
          "-XX:MaxMetaspaceSize=256m",
          "-XX:ReservedCodeCacheSize=64m",
          "-XX:CICompilerCount=2",
          "-Xss512k",
          "-XX:MaxDirectMemorySize=64m");

  /**
   * glibc keeps freed native memory (Payara and the JIT free a lot after start-up): about 30 MB
   * idle. Trimming it is an experimental option of JDK 17.0.9 and later, and 21.0.1 and later.
   */
  static final List<String> TRIM_NATIVE_HEAP =
      List.of("-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=10000");

  /** Whether this JVM's version can trim its native heap ({@link #TRIM_NATIVE_HEAP}). */
  static boolean canTrimNativeHeap(Runtime.Version version) {
    int feature = version.feature();
    int update = version.update();
    return feature == 17 && update >= 9 || feature == 21 && update >= 1 || feature >= 22;
  }

  private JvmDefaults() {}

  /**
   * The options to add to a JVM started with {@code given}: those of {@link #OPTIONS} the person
   * did not set themselves.
   */
  static List<String> missing(List<String> given) {
    boolean heapChosen =
        given.stream()
            .anyMatch(
                o ->
                    o.startsWith("-Xmx")
                        || o.startsWith("-XX:MaxHeapSize")
                        || o.startsWith("-XX:MaxRAM"));
    boolean collectorChosen = given.stream().anyMatch(o -> o.matches("-XX:[+-]Use\\w*GC"));
    List<String> added = new ArrayList<>();
    for (String option : OPTIONS) {
      String name = name(option);
      boolean chosen = given.stream().anyMatch(o -> name(o).equals(name));
      if (chosen
          || heapChosen && (name.equals("-Xmx") || name.equals("-Xms"))
          || collectorChosen && option.endsWith("GC")) {
        continue;
      }
      added.add(option);
    }
    return added;
  }

  /** {@code -Xmx384m} → {@code -Xmx}; {@code -XX:+UseSerialGC} → {@code UseSerialGC}. */
  static String name(String option) {
    if (option.startsWith("-XX:")) {
      String rest = option.substring(4);
      if (rest.startsWith("+") || rest.startsWith("-")) {
        rest = rest.substring(1);
      }
      int equals = rest.indexOf('=');
      return equals < 0 ? rest : rest.substring(0, equals);
    }
    for (String prefix : List.of("-Xmx", "-Xms", "-Xss")) {
      if (option.startsWith(prefix)) {
        return prefix;
      }
    }
    return option;
  }

  /** Whether this JVM should hand over to one started with the defaults. */
  static boolean wanted(boolean embeddedDatabase, Map<String, String> env, String applied) {
    String setting = env.get(Setting.JVM_DEFAULTS.env());
    boolean off = setting != null && setting.trim().equalsIgnoreCase("false");
    return embeddedDatabase && !off && applied == null;
  }

  /**
   * Starts this jar again in a JVM with the defaults and waits for it, when that is wanted and the
   * jar and the java command are known; the exit code to end with, or empty to carry on in this
   * JVM.
   */
  static Optional<Integer> relaunch(String[] args, boolean embeddedDatabase) throws Exception {
    if (!wanted(embeddedDatabase, System.getenv(), System.getProperty(APPLIED))) {
      return Optional.empty();
    }
    List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
    List<String> added = new ArrayList<>(missing(given));
    if (!added.isEmpty()
        && canTrimNativeHeap(Runtime.version())
        && given.stream().noneMatch(o -> o.contains("TrimNativeHeap"))) {
      added.addAll(TRIM_NATIVE_HEAP);
    }
    Optional<String> java = ProcessHandle.current().info().command();
    String jar = System.getProperty("java.class.path", "");
    if (added.isEmpty() || java.isEmpty() || !jar.endsWith(".jar") || jar.contains(":")) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(java.get());
    command.addAll(added);
    command.addAll(given);
    command.add("-D" + APPLIED + "=" + String.join(" ", added));
    command.add("-jar");
    command.add(jar);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
    Process child = builder.start();
    // this JVM only waits from now on: give back the heap start-up used (about 20 MB)
    System.gc();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  // stopped (Ctrl+C, TERM): the child stops its database and Payara, as it would
                  child.destroy();
                  try {
                    child.waitFor();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
                "bandwise-jvm-defaults-stop"));
    return Optional.of(child.waitFor());
  }
}
