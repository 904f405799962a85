package org.bandwise.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.bandwise.platform.idempotency.IdempotencyRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The runnable jar under faults, against a MariaDB of the test's own that it kills and restarts:
 * started before its database, only the HTTP port open, idempotent creates, a database outage under
 * concurrent writes, and SIGTERM under load. One server for the whole class (in this order), to
 * keep the build short. Figures are printed as {@code FIGURE ...} lines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

  private static final String PASSWORD = "bandwise-demo";
  private static final String PROBLEM = "application/problem+json";
  private static final Duration GRACE = Duration.ofSeconds(20);

  private Path work;
  private TestMariaDb db;
  private Process app;
  private int appPort;
  private HttpClient http;
  private volatile boolean terminating;

  @BeforeAll
  void setUp() throws Exception {
    Path jar =
        Path.of(System.getProperty("bandwise.war", "target/bandwise.war"))
            .resolveSibling("bandwise.jar");
    assertTrue(Files.exists(jar), "build the runnable jar first: " + jar);
    work = jar.resolveSibling("faults-it");
    deleteTree(work);
    Files.createDirectories(work);
    db = new TestMariaDb(work.resolve("db"), freePort());
    db.install();
    appPort = freePort();
    ProcessBuilder launch =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--port",
                Integer.toString(appPort))
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("app.log").toFile());
    Map<String, String> env = launch.environment();
    env.put(
        "BANDWISE_DB_URL",
        "jdbc:mysql://127.0.0.1:"
            + db.port()
            + "/bandwise_faults?createDatabaseIfNotExist=true&sslMode=DISABLED");
    env.put("BANDWISE_DB_USER", "root");
    env.put("BANDWISE_DEMO_DATA", "true");
    env.put("BANDWISE_DATA_DIR", work.resolve("app").toString());
    env.put("BANDWISE_SHUTDOWN_GRACE_SECONDS", Long.toString(GRACE.toSeconds()));
    env.put("BANDWISE_DB_STARTUP_WAIT_SECONDS", "300");
    app = launch.start();
    http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  @AfterAll
  void tearDown() throws Exception {
    if (app != null && app.isAlive()) {
      app.destroyForcibly();
      app.waitFor(30, TimeUnit.SECONDS);
    }
    if (db != null) {
      db.kill();
    }
  }

  @Test
  @Order(1)
  void startsBeforeItsDatabaseAndBecomesReadyWhenItAppears() throws Exception {
    // the launcher holds the server until the database answers: the port stays closed meanwhile
    waitUntil(() -> Files.readString(work.resolve("app.log")).contains("attempt 2 failed"), 180);
    assertTrue(app.isAlive(), "the process waits for its database");
    Answer early = call("GET", "/api/v1/pay-bands", null, Map.of());
    assertTrue(early.status() == 0 || early.isProblem(503), "before the database: " + early);

    long dbUp = db.start();
    List<String> unexpected = new ArrayList<>();
    long ready =
        waitUntil(
            () -> {
              Answer answer = call("GET", "/api/v1/pay-bands", null, Map.of());
              if (answer.status() != 0 && !answer.isProblem(503) && answer.status() != 401) {
                unexpected.add(answer.toString());
              }
              return call("GET", "/health/ready", null, Map.of()).status() == 200;
            },
            300);
    Duration readyAfter = Duration.ofNanos(ready - dbUp);
    System.out.println(
        "FIGURE ready " + readyAfter.toMillis() + " ms after the database appeared (server boot)");
    assertTrue(unexpected.isEmpty(), "until ready: refused or 503 problem+json: " + unexpected);
    for (String path : List.of("/api/v1/pay-bands", "/api/v1/no-such-thing", "/no/such.js")) {
      Answer answer = call("GET", path, null, Map.of());
      assertTrue(
          answer.header("Content-Type") != null
              && (answer.status() < 400 || answer.header("Content-Type").startsWith(PROBLEM)),
          path + " -> " + answer);
    }
  }

  @Test
  @Order(2)
  void opensNoPortButHttp() throws Exception {
    Set<Integer> listening = listeningPorts(app.pid());
    assertEquals(Set.of(appPort), listening, "listening ports of the server process");
  }

  @Test
  @Order(3)
  void idempotentCreatesReplayRefuseAndConflict() throws Exception {
    signIn("evaluator");
    String reference = reference();
    String body = jd(reference);
    String key = UUID.randomUUID().toString();
    Answer created = call("POST", "/api/v1/job-descriptions", body, Map.of("Idempotency-Key", key));
    assertEquals(201, created.status(), created.toString());
    Answer replayed =
        call("POST", "/api/v1/job-descriptions", body, Map.of("Idempotency-Key", key));
    assertEquals(201, replayed.status(), replayed.toString());
    assertEquals(created.header("Location"), replayed.header("Location"));
    assertEquals(created.header("ETag"), replayed.header("ETag"));
    assertEquals(created.body(), replayed.body());
    assertEquals(1, countJds(reference), "one record for two identical requests");

    Answer other =
        call("POST", "/api/v1/job-descriptions", jd(reference()), Map.of("Idempotency-Key", key));
    assertTrue(other.isProblem(422), other.toString());

    // a key whose first request is still running (claimed, not finished)
    String running = UUID.randomUUID().toString();
    String runningBody = jd(reference());
    try (Connection connection = db.connect("bandwise_faults");
        PreparedStatement claim =
            connection.prepareStatement(
                "INSERT INTO idempotency_key (owner, idem_key, fingerprint, state, created_at)"
                    + " VALUES ('evaluator', ?, ?, 'RUNNING', ?)")) {
      claim.setString(1, running);
      claim.setString(
          2,
          IdempotencyRules.fingerprint(
              "POST", "/api/v1/job-descriptions", runningBody.getBytes(StandardCharsets.UTF_8)));
      claim.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
      claim.executeUpdate();
    }
    Answer busy =
        call("POST", "/api/v1/job-descriptions", runningBody, Map.of("Idempotency-Key", running));
    assertTrue(busy.isProblem(409), busy.toString());
    assertNotNull(busy.retryAfter());
  }

  @Test
  @Order(4)
  void aDatabaseOutageUnderConcurrentWritesIsA503AndLosesNothing() throws Exception {
    signIn("evaluator");
    Load load = new Load(4);
    load.start();
    Thread.sleep(4000);
    long killed = System.nanoTime();
    db.kill();
    Thread.sleep(2000);
    Answer readiness = call("GET", "/health/ready", null, Map.of());
    Answer reader = call("GET", "/api/v1/job-descriptions?size=5", null, Map.of());
    Thread.sleep(4000);
    long dbUp = db.start();
    long recovered = waitUntil(() -> load.lastCreatedAt.get() > dbUp, 60);
    Thread.sleep(3000);
    load.stop();

    Duration recovery = Duration.ofNanos(recovered - dbUp);
    System.out.printf(
        "FIGURE outage: %d acknowledged writes, %d answered 503, slowest failure %d ms,"
            + " recovery %d ms after the database returned (down %d ms)%n",
        load.acknowledged.size(),
        load.refused.size(),
        load.slowestFailureMillis.get(),
        recovery.toMillis(),
        TimeUnit.NANOSECONDS.toMillis(dbUp - killed));
    assertEquals(503, readiness.status(), "not ready while the database is down");
    assertTrue(reader.isProblem(503) && reader.retryAfter() != null, "a read: " + reader);
    assertTrue(load.unexpected.isEmpty(), "every failure a 503 problem: " + load.unexpected);
    assertFalse(load.refused.isEmpty(), "the outage was seen");
    assertTrue(load.slowestFailureMillis.get() <= 15000, "failures answered in bounded time");
    assertTrue(recovery.toSeconds() <= 10, "recovered in " + recovery);
    assertAllSaved(load.acknowledged);
  }

  @Test
  @Order(5)
  void sigtermDrainsRequestsInFlightAndRefusesNewOnes() throws Exception {
    signIn("evaluator");
    Load load = new Load(3);
    ExecutorService slow = Executors.newFixedThreadPool(3);
    List<Future<Answer>> inFlight = new ArrayList<>();
    List<String> slowReferences = new ArrayList<>();
    long signalled;
    try (Connection lock = db.connect("bandwise_faults");
        Statement statement = lock.createStatement()) {
      load.start();
      Thread.sleep(1500);
      // hold the table: these creates are in flight when the signal arrives
      statement.execute("LOCK TABLES job_description WRITE");
      for (int i = 0; i < 3; i++) {
        String reference = reference();
        slowReferences.add(reference);
        inFlight.add(
            slow.submit(() -> call("POST", "/api/v1/job-descriptions", jd(reference), Map.of())));
      }
      Thread.sleep(1000);
      signalled = System.nanoTime();
      terminating = true;
      app.destroy(); // SIGTERM
      Thread.sleep(1500);
      statement.execute("UNLOCK TABLES");
    }
    for (Future<Answer> answer : inFlight) {
      Answer done = answer.get(60, TimeUnit.SECONDS);
      assertEquals(201, done.status(), "a request in flight at SIGTERM finishes: " + done);
    }
    assertTrue(app.waitFor(GRACE.toSeconds() + 15, TimeUnit.SECONDS), "the process exits");
    Duration shutdown = Duration.ofNanos(System.nanoTime() - signalled);
    load.stop();
    slow.shutdownNow();
    System.out.printf(
        "FIGURE shutdown: exit %d ms after SIGTERM; %d acknowledged, %d refused with 503 while"
            + " draining%n",
        shutdown.toMillis(), load.acknowledged.size(), load.refused.size());
    assertEquals(0, app.exitValue());
    assertTrue(load.unexpected.isEmpty(), "refused with 503 problems only: " + load.unexpected);
    assertFalse(load.refused.isEmpty(), "new requests were refused while draining");
    List<String> saved = new ArrayList<>(load.acknowledged);
    saved.addAll(slowReferences);
    assertAllSaved(saved);
    String log = Files.readString(work.resolve("app.log"));
    assertTrue(log.contains("Bandwise shutdown began"), "the log says when shutdown began");
    assertTrue(log.contains("Bandwise shutdown ended"), "the log says when shutdown ended");
  }

  /** Writers creating job descriptions as fast as they can, each with its own Idempotency-Key. */
  private final class Load {
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    final AtomicLong lastCreatedAt = new AtomicLong();
    final AtomicLong slowestFailureMillis = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService writers;
    private final int count;
    private final CountDownLatch stopped;

    Load(int count) {
      this.count = count;
      this.writers = Executors.newFixedThreadPool(count);
      this.stopped = new CountDownLatch(count);
    }

    void start() {
      for (int i = 0; i < count; i++) {
        writers.submit(this::write);
      }
    }

    private void write() {
      try {
        while (running.get()) {
          String reference = reference();
          long began = System.nanoTime();
          Answer answer =
              call(
                  "POST",
                  "/api/v1/job-descriptions",
                  jd(reference),
                  Map.of("Idempotency-Key", UUID.randomUUID().toString()));
          long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
          if (answer.status() == 201) {
            acknowledged.add(reference);
            lastCreatedAt.set(System.nanoTime());
          } else if (answer.isProblem(503) && answer.retryAfter() != null) {
            refused.add(reference);
            slowestFailureMillis.accumulateAndGet(millis, Math::max);
            Thread.sleep(100);
          } else if (answer.status() == 0 && terminating) {
            // the server has stopped listening: expected after SIGTERM
            Thread.sleep(100);
          } else {
            unexpected.add(answer.toString());
            Thread.sleep(100);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        stopped.countDown();
      }
    }

    void stop() throws InterruptedException {
      running.set(false);
      stopped.await(60, TimeUnit.SECONDS);
      writers.shutdownNow();
    }
  }

  private void assertAllSaved(java.util.Collection<String> references) throws Exception {
    Set<String> saved = new HashSet<>();
    try (Connection connection = db.connect("bandwise_faults");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT reference FROM job_description")) {
      while (rows.next()) {
        saved.add(rows.getString(1));
      }
    }
    List<String> lost = references.stream().filter(r -> !saved.contains(r)).toList();
    assertTrue(lost.isEmpty(), "acknowledged but not saved: " + lost);
  }

  private long countJds(String reference) throws Exception {
    try (Connection connection = db.connect("bandwise_faults");
        PreparedStatement count =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM job_description WHERE reference = ?")) {
      count.setString(1, reference);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private void signIn(String username) {
    Answer answer =
        call(
            "POST",
            "/api/v1/auth/login",
            "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}",
            Map.of());
    assertEquals(200, answer.status(), "sign-in: " + answer);
  }

  private static String reference() {
    return "FT-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
  }

  private static String jd(String reference) {
    return "{\"reference\":\""
        + reference
        + "\",\"content\":{\"title\":\"Facilitator "
        + reference
        + "\",\"roleFamily\":\"Intervention Facilitator\",\"directorate\":\"Interventions\","
        + "\"purpose\":\"To deliver accredited programmes to groups of people on probation.\","
        + "\"mainDuties\":[\"Facilitate group sessions.\"]}}";
  }

  /** One HTTP exchange; status 0 when no answer came (refused, reset, timed out). */
  record Answer(int status, Map<String, List<String>> headers, String body, String failure) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst()
          .orElse(null);
    }

    String retryAfter() {
      return header("Retry-After");
    }

    boolean isProblem(int expected) {
      String type = header("Content-Type");
      return status == expected
          && type != null
          && type.startsWith(PROBLEM)
          && body.contains("\"status\":" + expected);
    }

    @Override
    public String toString() {
      return status == 0
          ? "no answer (" + failure + ")"
          : status
              + " "
              + header("Content-Type")
              + " "
              + (body.length() > 300 ? body.substring(0, 300) : body);
    }
  }

  private Answer call(String method, String path, String body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + appPort + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json").header("X-Requested-With", "bandwise");
    }
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.headers().map(), response.body(), null);
    } catch (IOException e) {
      return new Answer(0, Map.of(), "", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(0, Map.of(), "", "interrupted");
    }
  }

  interface Check {
    boolean ok() throws Exception;
  }

  private static long waitUntil(Check check, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (check.ok()) {
        return System.nanoTime();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("not within " + seconds + " s");
  }

  /** The TCP ports a process listens on, from /proc (its socket inodes in LISTEN state). */
  static Set<Integer> listeningPorts(long pid) throws IOException {
    Set<String> inodes;
    try (var fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      inodes =
          fds.map(
                  fd -> {
                    try {
                      return Files.readSymbolicLink(fd).toString();
                    } catch (IOException e) {
                      return "";
                    }
                  })
              .filter(link -> link.startsWith("socket:["))
              .map(link -> link.substring(8, link.length() - 1))
              .collect(Collectors.toSet());
    }
    Set<Integer> ports = new HashSet<>();
    for (String table : List.of("tcp", "tcp6")) {
      Path file = Path.of("/proc", Long.toString(pid), "net", table);
      if (!Files.exists(file)) {
        continue;
      }
      List<String> lines = Files.readAllLines(file);
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.trim().split("\\s+");
        if (f.length > 9 && "0A".equals(f[3]) && inodes.contains(f[9])) {
          String local = f[1];
          ports.add(Integer.parseInt(local.substring(local.lastIndexOf(':') + 1), 16));
        }
      }
    }
    return ports;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
