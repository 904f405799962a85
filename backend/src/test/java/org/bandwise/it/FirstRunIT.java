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

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
