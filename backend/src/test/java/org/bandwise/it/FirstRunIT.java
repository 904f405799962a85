package org.bandwise.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's "Run it for real", as an operator follows it: the runnable jar (launcher included)
 * against a blank MySQL-compatible database with demo data off and a bootstrap admin. It signs in,
 * is held to changing its password, finds no demo accounts, and a restart does not create the admin
 * again. An unusable setting stops the launcher with one sentence naming it.
 */
class FirstRunIT {

  private static final String USERNAME = "first.admin";
  private static final String BOOTSTRAP_PASSWORD = "only-for-the-first-sign-in";
  private static final String OWN_PASSWORD = "a-password-of-my-own-choosing";

  private final Path jar = Path.of(System.getProperty("bandwise.jar", "target/bandwise.jar"));
  private final Path work =
      Path.of(System.getProperty("test.data.dir", "target/it-data"), "first-run");
  private final String database = System.getProperty("test.db.name", "bandwise_it") + "_first_run";
  private Process server;

  @AfterEach
  void stop() throws Exception {
    if (server != null && server.isAlive()) {
      server.destroy();
      if (!server.waitFor(60, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  @Test
  void blankDatabaseBootstrapSignInChangePasswordAndRestart() throws Exception {
    recreateDatabase();
    Files.createDirectories(work);
    Path passwordFile =
        Files.writeString(work.resolve("bootstrap-password"), BOOTSTRAP_PASSWORD + "\n");
    Map<String, String> env = new HashMap<>(databaseEnv());
    env.put("BANDWISE_DATA_DIR", work.resolve("data").toString());
    env.put("BANDWISE_BOOTSTRAP_ADMIN_USERNAME", USERNAME);
    env.put("BANDWISE_BOOTSTRAP_ADMIN_PASSWORD_FILE", passwordFile.toString());

    int port = freePort();
    Path firstLog = work.resolve("first-start.log");
    server = start(env, port, firstLog);
    awaitReady(port, firstLog);
    String log = Files.readString(firstLog);
    assertTrue(log.contains("Created the bootstrap HR admin " + USERNAME), "logged the bootstrap");
    assertFalse(log.contains(BOOTSTRAP_PASSWORD), "the password is never logged");
    assertTrue(log.contains("demo data off"), "demo data is off with a database URL");

    Api api = Api.at(new URL("http://127.0.0.1:" + port + "/"));
    assertEquals(401, signIn(api, "admin", "bandwise-demo").status(), "no demo accounts");

    HttpResponse<String> largeHeader =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/pay-bands"))
                    .header("X-Padding", "a".repeat(10 * 1024))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(
        401, largeHeader.statusCode(), "a 10 KB header reaches Bandwise: " + largeHeader.body());
    assertTrue(
        largeHeader
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));

    containerRefusalsAreProblems(port);

    Reply signedIn = signIn(api, USERNAME, BOOTSTRAP_PASSWORD);
    assertEquals(200, signedIn.status(), signedIn.toString());
    assertTrue(signedIn.json().getBoolean("mustChangePassword"));

    for (String path : List.of("/api/v1/users", "/api/v1/pay-bands", "/api/v1/evaluations")) {
      Reply refused = api.get(path);
      assertEquals(403, refused.status(), path + ": " + refused);
      assertTrue(
          refused.json().getString("type").endsWith("password-change-required"), refused.body());
    }
    Reply me = api.get("/api/v1/auth/me");
    assertEquals(200, me.status());
    assertTrue(me.json().getBoolean("mustChangePassword"));

    Reply wrong = changePassword(api, "not-the-password", OWN_PASSWORD);
    assertEquals(400, wrong.status());
    assertEquals(List.of("currentPassword"), wrong.problemFields());
    Reply same = changePassword(api, BOOTSTRAP_PASSWORD, BOOTSTRAP_PASSWORD);
    assertEquals(400, same.status());
    assertEquals(List.of("newPassword"), same.problemFields());

    Reply changed = changePassword(api, BOOTSTRAP_PASSWORD, OWN_PASSWORD);
    assertEquals(200, changed.status(), changed.toString());
    assertFalse(changed.json().getBoolean("mustChangePassword"));

    Reply users = api.get("/api/v1/users");
    assertEquals(200, users.status(), "the same session goes on: " + users);
    assertEquals(1, users.json().getInt("totalItems"), "only the bootstrap admin: " + users.body());
    assertEquals(USERNAME, users.items().getJsonObject(0).getString("username"));

    Reply audit = api.get("/api/v1/audit-events?entityType=USER");
    assertEquals(200, audit.status(), audit.toString());
    List<String> actions =
        audit.items().getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("action"))
            .toList();
    assertTrue(
        actions.contains("CREATED") && actions.contains("PASSWORD_CHANGED"), actions.toString());

    server.destroy();
    assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server stops on a signal");

    Path secondLog = work.resolve("second-start.log");
    server = start(env, port, secondLog);
    awaitReady(port, secondLog);
    assertFalse(Files.readString(secondLog).contains("Created the bootstrap HR admin"));
    Api again = Api.at(new URL("http://127.0.0.1:" + port + "/"));
    assertEquals(401, signIn(again, USERNAME, BOOTSTRAP_PASSWORD).status(), "not re-created");
    Reply ownPassword = signIn(again, USERNAME, OWN_PASSWORD);
    assertEquals(200, ownPassword.status());
    assertFalse(ownPassword.json().getBoolean("mustChangePassword"));
    assertEquals(1, again.get("/api/v1/users").json().getInt("totalItems"));
  }

  @Test
  void anUnusableSettingStopsTheLauncherWithOneSentenceNamingIt() throws Exception {
    Files.createDirectories(work);
    Map<String, String> env = new HashMap<>(databaseEnv());
    env.put("BANDWISE_DATA_DIR", work.resolve("data").toString());
    env.put("BANDWISE_BOOTSTRAP_ADMIN_USERNAME", USERNAME);
    env.put("BANDWISE_SIGNING_KEY_FILE", work.resolve("no-such-key.pem").toString());
    Path log = work.resolve("refused-start.log");
    server = start(env, freePort(), log);
    assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the launcher stops at once");
    assertNotEquals(0, server.exitValue());
    List<String> lines =
        Files.readAllLines(log).stream()
            .filter(l -> l.startsWith("Bandwise cannot start: "))
            .toList();
    assertEquals(2, lines.size(), Files.readString(log));
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("BANDWISE_SIGNING_KEY_FILE names")),
        lines.toString());
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("BANDWISE_BOOTSTRAP_ADMIN_USERNAME is set")),
        lines.toString());
  }

  /**
   * The README's first command as a new user runs it: no database settings, so the launcher unpacks
   * and starts its embedded MariaDB from the libraries packed into the runnable jar. (Those
   * libraries once went missing from the jar while every test against an external database still
   * passed.) Demo data is off here only to keep the test short; a bootstrap admin proves the
   * database works.
   */
  @Test
  void theRunCommandStartsWithItsEmbeddedDatabase() throws Exception {
    Path embedded = work.resolve("embedded");
    deleteTree(embedded);
    Files.createDirectories(embedded);
    Map<String, String> env = new HashMap<>();
    env.put("BANDWISE_DATA_DIR", embedded.resolve("data").toString());
    env.put("BANDWISE_EMBEDDED_DB_PORT", Integer.toString(freePort()));
    env.put("BANDWISE_DEMO_DATA", "false");
    env.put("BANDWISE_BOOTSTRAP_ADMIN_USERNAME", USERNAME);
    env.put("BANDWISE_BOOTSTRAP_ADMIN_PASSWORD", BOOTSTRAP_PASSWORD);
    int port = freePort();
    Path log = embedded.resolve("embedded-start.log");
    server = start(env, port, log);
    awaitReady(port, log);

    Api api = Api.at(new URL("http://127.0.0.1:" + port + "/"));
    Reply signedIn = signIn(api, USERNAME, BOOTSTRAP_PASSWORD);
    assertEquals(200, signedIn.status(), signedIn + "\n" + Files.readString(log));
    assertTrue(
        Files.isDirectory(embedded.resolve("data")), "the database lives in the data folder");

    server.destroy();
    assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the launcher stops on a signal");
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private Map<String, String> databaseEnv() {
    return Map.of(
        "BANDWISE_DB_URL",
        System.getProperty("test.db.server", "jdbc:mysql://127.0.0.1:33316")
            + "/"
            + database
            + "?sslMode=DISABLED",
        "BANDWISE_DB_USER",
        System.getProperty("test.db.user", "root"),
        "BANDWISE_DB_PASSWORD",
        System.getProperty("test.db.password", ""));
  }

  private Process start(Map<String, String> env, int port, Path log) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                jar.toAbsolutePath().toString(),
                "--port",
                Integer.toString(port))
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("BANDWISE_"));
    builder.environment().putAll(env);
    return builder.start();
  }

  private void awaitReady(int port, Path log) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(10)); // slow on a busy machine
    while (Instant.now().isBefore(deadline)) {
      if (!server.isAlive()) {
        throw new AssertionError("the server stopped:\n" + Files.readString(log));
      }
      try {
        HttpResponse<String> ready =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("the server did not become ready:\n" + Files.readString(log));
  }

  private static Reply signIn(Api api, String username, String password) {
    return api.post(
        "/api/v1/auth/login",
        Json.createObjectBuilder().add("username", username).add("password", password).build());
  }

  private static Reply changePassword(Api api, String current, String next) {
    return api.put(
        "/api/v1/auth/password",
        Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build(),
        null);
  }

  private void recreateDatabase() throws Exception {
    try (Connection connection =
            DriverManager.getConnection(
                System.getProperty("test.db.server", "jdbc:mysql://127.0.0.1:33316")
                    + "/?sslMode=DISABLED",
                System.getProperty("test.db.user", "root"),
                System.getProperty("test.db.password", ""));
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database);
      statement.execute(
          "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
  }

  /**
   * Requests the HTTP layer refuses before any servlet sees them, sent over a raw socket (an HTTP
   * client would not send them): each answer is a 4xx/5xx problem+json naming no server internals.
   */
  private static void containerRefusalsAreProblems(int port) throws IOException {
    String big = "a".repeat(70 * 1024);
    String end = "Host: localhost\r\nConnection: close\r\n\r\n";
    Map<String, String> probes = new java.util.LinkedHashMap<>();
    probes.put("NUL in the path", "GET /api/v1/pay-bands%00 HTTP/1.1\r\n" + end);
    probes.put("invalid escape", "GET /api/v1/pay-bands%zz HTTP/1.1\r\n" + end);
    probes.put("truncated escape", "GET /%2 HTTP/1.1\r\n" + end);
    probes.put("encoded slash", "GET /api/v1/pay-bands%2Fx HTTP/1.1\r\n" + end);
    probes.put("dot segments", "GET /api/v1/%2e%2e/%2e%2e/WEB-INF/web.xml HTTP/1.1\r\n" + end);
    probes.put(
        "70 KB header", "GET /api/v1/pay-bands HTTP/1.1\r\nX-Padding: " + big + "\r\n" + end);
    probes.put("70 KB address", "GET /api/v1/pay-bands?x=" + big + " HTTP/1.1\r\n" + end);
    probes.put("header without colon", "GET / HTTP/1.1\r\nBroken header\r\n" + end);
    probes.put("control character", "GET / HTTP/1.1\r\nX-A: a\u0001b\r\n" + end);
    probes.put("no Host", "GET /api/v1/pay-bands HTTP/1.1\r\nConnection: close\r\n\r\n");
    probes.put("HTTP/9.9", "GET / HTTP/9.9\r\n" + end);
    probes.put("TRACE", "TRACE / HTTP/1.1\r\n" + end);
    probes.put("PROPFIND", "PROPFIND / HTTP/1.1\r\n" + end);
    probes.put("CONNECT", "CONNECT localhost:443 HTTP/1.1\r\n" + end);
    probes.put(
        "bad Content-Length", "POST /api/v1/auth/login HTTP/1.1\r\nContent-Length: x\r\n" + end);
    probes.put(
        "bad chunk",
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "X-Requested-With: bandwise\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n"
            + "\r\nzz\r\n{}\r\n0\r\n\r\n");
    for (Map.Entry<String, String> probe : probes.entrySet()) {
      String answer;
      try {
        answer = rawExchange(port, probe.getValue(), 1);
      } catch (IOException e) {
        throw new AssertionError(probe.getKey() + ": no answer (" + e + ")", e);
      }
      String where = probe.getKey() + ": " + answer.substring(0, Math.min(300, answer.length()));
      int split = answer.indexOf("\r\n\r\n");
      assertTrue(split > 0, where);
      String head = answer.substring(0, split).toLowerCase(java.util.Locale.ROOT);
      int status = Integer.parseInt(head.split(" ")[1]);
      assertTrue(status >= 400 && status < 600, where);
      assertTrue(head.contains("content-type: application/problem+json"), where);
      assertFalse(head.contains("payara") || head.contains("grizzly"), where);
      JsonObject problem =
          Json.createReader(new java.io.StringReader(answer.substring(split + 4))).readObject();
      assertEquals(status, problem.getInt("status"), where);
      assertTrue(problem.getString("type").startsWith("https://bandwise.example/problems/"), where);
      assertFalse(problem.getString("detail").isBlank(), where);
      String body = answer.substring(split + 4).toLowerCase(java.util.Locale.ROOT);
      for (String internal : List.of("payara", "grizzly", "exception", "java.", "glassfish")) {
        assertFalse(body.contains(internal), where);
      }
    }

    // a refused TRACE on a kept-alive connection leaves the connection usable and correctly framed
    String twoRequests =
        rawExchange(
            port,
            "TRACE / HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /health/live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            2);
    assertTrue(twoRequests.startsWith("HTTP/1.1 405"), twoRequests);
    assertTrue(
        twoRequests.contains("\"status\":405,")
            && twoRequests.indexOf("HTTP/1.1 200 OK") > twoRequests.indexOf("\"status\":405,"),
        "the next request on the connection is answered after the problem: " + twoRequests);
  }

  /**
   * Sends {@code request} as it is and reads the answers: each one up to the end of its body
   * ({@code Content-Length}), and to the end of the connection only when the last answer has no
   * length.
   */
  private static String rawExchange(int port, String request, int answers) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(15_000);
      try {
        socket
            .getOutputStream()
            .write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
      } catch (IOException refusedWhileSending) {
        // the server may answer and close before reading a large request to its end
      }
      java.io.InputStream in = socket.getInputStream();
      java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
      try {
        for (int answer = 0; answer < answers; answer++) {
          java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
          while (!head.toString(java.nio.charset.StandardCharsets.ISO_8859_1)
              .endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
              all.write(head.toByteArray());
              return all.toString(java.nio.charset.StandardCharsets.UTF_8);
            }
            head.write(b);
          }
          all.write(head.toByteArray());
          java.util.regex.Matcher length =
              java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)")
                  .matcher(head.toString(java.nio.charset.StandardCharsets.ISO_8859_1));
          if (length.find()) {
            all.write(in.readNBytes(Integer.parseInt(length.group(1))));
          } else {
            all.write(in.readAllBytes());
          }
        }
      } catch (java.net.SocketException reset) {
        // a reset after the answer: what arrived is what counts
      }
      return all.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
