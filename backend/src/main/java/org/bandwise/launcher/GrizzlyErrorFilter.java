package org.bandwise.launcher;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Puts {@link ContainerErrors} on the wire: a Grizzly filter placed just below Payara's HTTP codec
 * of every listener, so it sees each request's raw bytes before the codec parses them and each
 * answer's encoded bytes after the codec writes them, including the answers the codec and Payara's
 * HTTP layer give on their own without ever calling the application (malformed request lines and
 * headers, header blocks over the buffer, bad chunks, {@code TRACE}, HTTP versions other than 1.x).
 *
 * <p>Payara offers no setting for the body of those answers (its {@code network-config} has no
 * error page at that level, and a protocol cannot have both {@code http} and a custom filter
 * chain), so the filter is inserted into the running listener's chain once Payara has booted.
 * Payara and Grizzly classes are not on the build's class path, so everything here goes through
 * reflection and the filter is a {@link Proxy} of Grizzly's {@code Filter} interface. If the chain
 * cannot be found (another Payara version), the launcher says so and Bandwise runs on without it.
 */
final class GrizzlyErrorFilter implements InvocationHandler {

  private static final String FILTER = "org.glassfish.grizzly.filterchain.Filter";
  private static final String HTTP_CODEC = "org.glassfish.grizzly.http.HttpServerFilter";
  private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;
  private static final int MAX_REQUEST_LINE = 16_384;

  private final Map<Object, String> lastMethod = Collections.synchronizedMap(new WeakHashMap<>());
  private final Method getMessage;
  private final Method setMessage;
  private final Method getInvokeAction;
  private final Method getConnection;
  private final Method getMemoryManager;
  private final Class<?> bufferType;
  private final Method remaining;
  private final Method position;
  private final Method get;
  private final Method put;
  private final Method isReadOnly;
  private final Method toStringContent;
  private final Method wrap;

  private GrizzlyErrorFilter(ClassLoader loader) throws ReflectiveOperationException {
    Class<?> context =
        Class.forName("org.glassfish.grizzly.filterchain.FilterChainContext", true, loader);
    getMessage = context.getMethod("getMessage");
    setMessage = context.getMethod("setMessage", Object.class);
    getInvokeAction = context.getMethod("getInvokeAction");
    getConnection = context.getMethod("getConnection");
    getMemoryManager = context.getMethod("getMemoryManager");
    bufferType = Class.forName("org.glassfish.grizzly.Buffer", true, loader);
    remaining = bufferType.getMethod("remaining");
    position = bufferType.getMethod("position");
    get = bufferType.getMethod("get", int.class);
    put = bufferType.getMethod("put", int.class, byte.class);
    isReadOnly = bufferType.getMethod("isReadOnly");
    toStringContent = bufferType.getMethod("toStringContent", Charset.class, int.class, int.class);
    Class<?> memoryManager =
        Class.forName("org.glassfish.grizzly.memory.MemoryManager", true, loader);
    wrap =
        Class.forName("org.glassfish.grizzly.memory.Buffers", true, loader)
            .getMethod("wrap", memoryManager, byte[].class);
  }

  /**
   * Inserts the filter into every started HTTP listener, waiting up to {@code waitMillis} for
   * Payara to start them (the listener is enabled by a post-deploy command). Returns how many
   * listeners got it.
   */
  static int install(long waitMillis) {
    ClassLoader loader = GrizzlyErrorFilter.class.getClassLoader();
    long deadline = System.currentTimeMillis() + waitMillis;
    Object filter;
    Class<?> codec;
    try {
      Class<?> filterType = Class.forName(FILTER, true, loader);
      codec = Class.forName(HTTP_CODEC, true, loader);
      filter =
          Proxy.newProxyInstance(
              loader, new Class<?>[] {filterType}, new GrizzlyErrorFilter(loader));
    } catch (ReflectiveOperationException | RuntimeException e) {
      System.err.println("Bandwise: the error filter cannot be made: " + e);
      return 0;
    }
    while (true) {
      int installed = 0;
      try {
        for (List<Object> chain : filterChains(loader)) {
          if (chain.contains(filter)) {
            installed++;
            continue;
          }
          for (int i = 0; i < chain.size(); i++) {
            if (codec.isInstance(chain.get(i))) {
              chain.add(i, filter);
              installed++;
              break;
            }
          }
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        if (System.currentTimeMillis() > deadline) {
          System.err.println("Bandwise: the error filter cannot be installed: " + e);
          return 0;
        }
      }
      if (installed > 0 || System.currentTimeMillis() > deadline) {
        return installed;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return installed;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<List<Object>> filterChains(ClassLoader loader)
      throws ReflectiveOperationException {
    Class<?> globals = Class.forName("org.glassfish.internal.api.Globals", true, loader);
    Class<?> serviceType =
        Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyService", true, loader);
    Object service = globals.getMethod("get", Class.class).invoke(null, serviceType);
    if (service == null) {
      return List.of();
    }
    Field proxiesField = serviceType.getDeclaredField("proxies");
    proxiesField.setAccessible(true);
    Class<?> proxyType =
        Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyProxy", true, loader);
    Class<?> listenerType =
        Class.forName("org.glassfish.grizzly.config.GenericGrizzlyListener", true, loader);
    Method underlying = proxyType.getMethod("getUnderlyingListener");
    Method transport = listenerType.getMethod("getTransport");
    Method processor =
        Class.forName("org.glassfish.grizzly.Transport", true, loader).getMethod("getProcessor");
    List<List<Object>> chains = new java.util.ArrayList<>();
    for (Object proxy : List.copyOf((Collection<?>) proxiesField.get(service))) {
      if (!proxyType.isInstance(proxy)) {
        continue;
      }
      Object listener = underlying.invoke(proxy);
      if (!listenerType.isInstance(listener)) {
        continue;
      }
      Object running = transport.invoke(listener);
      Object chain = running == null ? null : processor.invoke(running);
      if (chain instanceof List<?> list) {
        chains.add((List<Object>) list);
      }
    }
    return chains;
  }

  @Override
  public Object invoke(Object self, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "equals":
        return self == args[0];
      case "hashCode":
        return System.identityHashCode(self);
      case "toString":
        return "BandwiseProblemFilter";
      case "onAdded", "onRemoved", "onFilterChainChanged", "exceptionOccurred":
        return null;
      default:
        break;
    }
    Object context = args[0];
    try {
      switch (method.getName()) {
        case "handleRead" -> onRead(context);
        case "handleWrite" -> onWrite(context);
        case "handleClose" -> lastMethod.remove(getConnection.invoke(context));
        default -> {
          // accept, connect and events pass through unchanged
        }
      }
    } catch (InvocationTargetException | RuntimeException e) {
      // never let a check of the bytes break the connection: the answer goes out unchanged
    }
    return getInvokeAction.invoke(context);
  }

  private void onRead(Object context) throws ReflectiveOperationException {
    Object message = getMessage.invoke(context);
    if (!bufferType.isInstance(message)) {
      return;
    }
    int start = (int) position.invoke(message);
    int length = (int) remaining.invoke(message);
    String line = firstLine(message, start, Math.min(length, 512));
    if (line == null && length > 512 && looksLikeRequestStart(message, start)) {
      line = firstLine(message, start, Math.min(length, MAX_REQUEST_LINE));
    }
    if (line == null) {
      return;
    }
    int space = line.indexOf(' ');
    if (space > 0 && line.matches("[A-Z]+ \\S+ HTTP/\\d.*")) {
      lastMethod.put(getConnection.invoke(context), line.substring(0, space));
    }
    Optional<String> repaired = ContainerErrors.repairRequestLine(line);
    if (repaired.isPresent() && !(boolean) isReadOnly.invoke(message)) {
      byte[] bytes = repaired.get().getBytes(LATIN_1);
      for (int i = 0; i < bytes.length; i++) {
        put.invoke(message, start + i, bytes[i]);
      }
    }
  }

  /** The text before the first line feed within {@code length} bytes, without its CR; or null. */
  private String firstLine(Object buffer, int start, int length)
      throws ReflectiveOperationException {
    if (length <= 0) {
      return null;
    }
    String text = (String) toStringContent.invoke(buffer, LATIN_1, start, start + length);
    int end = text.indexOf('\n');
    if (end <= 0) {
      return null;
    }
    return text.charAt(end - 1) == '\r' ? text.substring(0, end - 1) : text.substring(0, end);
  }

  /**
   * Whether the bytes start like a request line: an upper-case method, a space, then the target.
   */
  private boolean looksLikeRequestStart(Object buffer, int start)
      throws ReflectiveOperationException {
    String text = (String) toStringContent.invoke(buffer, LATIN_1, start, start + 24);
    int space = text.indexOf(' ');
    return space > 0 && text.substring(0, space).chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  private void onWrite(Object context) throws ReflectiveOperationException {
    Object message = getMessage.invoke(context);
    if (!bufferType.isInstance(message)) {
      return;
    }
    int size = (int) remaining.invoke(message);
    if (size < 16 || size > ContainerErrors.MAX_HEAD) {
      return;
    }
    int start = (int) position.invoke(message);
    if ((byte) get.invoke(message, start) != 'H') {
      return;
    }
    String head = (String) toStringContent.invoke(message, LATIN_1, start, start + size);
    String method = lastMethod.get(getConnection.invoke(context));
    Optional<String> answer = ContainerErrors.rewrite(head, method);
    if (answer.isPresent()) {
      Object memory = getMemoryManager.invoke(context);
      setMessage.invoke(
          context, wrap.invoke(null, memory, answer.get().getBytes(StandardCharsets.UTF_8)));
    }
  }
}
