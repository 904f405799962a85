package org.bandwise.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in, sessions, roles, cross-site protection and security headers, against the real server and
 * database.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

  static final String DEMO_PASSWORD = "bandwise-demo";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.bandwise();
  }

  @ArquillianResource URL url;

  private static JsonObject login(String username, String password) {
    return Json.createObjectBuilder().add("username", username).add("password", password).build();
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  private String createUser(Api admin, String username, String role) {
    Reply created =
        admin.post(
            "/api/v1/users",
            Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", "Test " + username)
                .add("password", "a long enough password")
                .add("roles", Json.createArrayBuilder().add(role))
                .build());
    assertEquals(201, created.status(), created.toString());
    assertNotNull(created.header("Location"));
    return created.json().getString("id");
  }

  @Test
  void eachDemoRoleSignsInWithAnHttpOnlyStrictCookie() {
    Map<String, String> roles =
        Map.of(
            "admin",
            "HR_ADMIN",
            "evaluator",
            "HR_EVALUATOR",
            "rep",
            "UNION_REP",
            "staff",
            "STAFF",
            "auditor",
            "AUDITOR");
    roles.forEach(
        (username, role) -> {
          Api api = Api.at(url);
          Reply reply = api.post("/api/v1/auth/login", login(username, DEMO_PASSWORD));
          assertEquals(200, reply.status(), reply.toString());
          assertEquals(
              List.of(role),
              reply.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                  .map(s -> s.getString())
                  .toList());
          String cookie = reply.header("Set-Cookie");
          assertTrue(cookie.startsWith("bandwise_session=ey"), cookie);
          assertTrue(
              cookie.contains("HttpOnly")
                  && cookie.contains("SameSite=Strict")
                  && cookie.contains("Path=/"),
              cookie);
          long maxAge = Long.parseLong(cookie.replaceAll(".*Max-Age=(\\d+).*", "$1"));
          assertTrue(maxAge > 0 && maxAge <= 8 * 3600, cookie);
          assertFalse(
              reply.body().contains("ey"),
              "the token must not be in the body, where scripts could read it");
          Reply me = api.get("/api/v1/auth/me");
          assertEquals(200, me.status());
          assertEquals(username, me.json().getString("username"));
        });
    assertEquals(
        "NAPO",
        Api.signedIn(url, "rep", DEMO_PASSWORD).get("/api/v1/auth/me").json().getString("union"));
  }

  @Test
  void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
    Reply wrongPassword =
        Api.at(url).post("/api/v1/auth/login", login("evaluator", "not the password"));
    Reply unknownUser =
        Api.at(url).post("/api/v1/auth/login", login(unique("nobody"), "not the password"));
    assertEquals(401, wrongPassword.status());
    assertEquals(401, unknownUser.status());
    assertEquals("application/problem+json", wrongPassword.contentType());
    assertEquals(wrongPassword.json().getString("detail"), unknownUser.json().getString("detail"));
  }

  @Test
  void repeatedFailuresForAUsernameAreThrottled() {
    Api admin = Api.signedIn(url, "admin", DEMO_PASSWORD);
    String username = unique("throttled");
    createUser(admin, username, "STAFF");
    for (int i = 0; i < 5; i++) {
      assertEquals(
          401,
          Api.at(url).post("/api/v1/auth/login", login(username, "wrong password " + i)).status());
    }
    Reply blocked =
        Api.at(url).post("/api/v1/auth/login", login(username, "a long enough password"));
    assertEquals(
        429, blocked.status(), "even the right password waits while the username is blocked");
    assertTrue(Integer.parseInt(blocked.header("Retry-After")) > 0);
    assertEquals("5;w=900", blocked.header("RateLimit-Policy"));
    assertEquals(
        200,
        Api.at(url).post("/api/v1/auth/login", login("staff", DEMO_PASSWORD)).status(),
        "other usernames are unaffected");
  }

  @Test
  void withoutASessionIs401AndTheWrongRoleIs403() {
    assertEquals(401, Api.at(url).get("/api/v1/pay-bands").status());
    assertEquals(401, Api.at(url).get("/api/v1/auth/me").status());
    Api staff = Api.signedIn(url, "staff", DEMO_PASSWORD);
    Reply users = staff.get("/api/v1/users");
    assertEquals(403, users.status());
    assertEquals("application/problem+json", users.contentType());
    assertEquals(
        403,
        staff.post("/api/v1/pay-bands", Json.createObjectBuilder().add("x", 1).build()).status());
  }

  @Test
  void eachRoleReadsWhatItMayAndNoMore() {
    Map<String, Map<String, Integer>> expected =
        Map.of(
            "/api/v1/users",
                Map.of("admin", 200, "auditor", 200, "evaluator", 403, "rep", 403, "staff", 403),
            "/api/v1/audit-events",
                Map.of("admin", 200, "auditor", 200, "evaluator", 403, "rep", 403, "staff", 403),
            "/api/v1/pay-bands",
                Map.of("admin", 200, "auditor", 200, "evaluator", 200, "rep", 200, "staff", 200),
            "/api/v1/pay-structures",
                Map.of("admin", 200, "auditor", 200, "evaluator", 200, "rep", 200, "staff", 200),
            "/api/v1/pay-zones",
                Map.of("admin", 200, "auditor", 200, "evaluator", 200, "rep", 200, "staff", 200));
    for (String username : List.of("admin", "auditor", "evaluator", "rep", "staff")) {
      Api api = Api.signedIn(url, username, DEMO_PASSWORD);
      expected.forEach(
          (path, byRole) ->
              assertEquals(
                  byRole.get(username), api.get(path).status(), username + " GET " + path));
    }
  }

  @Test
  void signingOutEndsTheSessionForGood() {
    Api api = Api.at(url);
    Reply signedIn = api.post("/api/v1/auth/login", login("evaluator", DEMO_PASSWORD));
    String token = signedIn.header("Set-Cookie").replaceAll("^bandwise_session=([^;]+).*$", "$1");
    Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
    assertEquals(
        200,
        api.send("GET", "/api/v1/auth/me", null, bearer).status(),
        "API clients may use the token as a bearer");
    Reply out = api.post("/api/v1/auth/logout", Json.createObjectBuilder().build());
    assertEquals(204, out.status());
    assertTrue(out.header("Set-Cookie").contains("Max-Age=0"));
    assertEquals(
        401,
        Api.at(url).send("GET", "/api/v1/auth/me", null, bearer).status(),
        "the same token no longer works");
  }

  @Test
  void disablingAUserStopsTheirExistingSessionsAtOnce() {
    Api admin = Api.signedIn(url, "admin", DEMO_PASSWORD);
    String username = unique("leaver");
    String id = createUser(admin, username, "HR_EVALUATOR");
    Api user = Api.signedIn(url, username, "a long enough password");
    assertEquals(200, user.get("/api/v1/pay-bands").status());

    Reply current = admin.get("/api/v1/users/" + id);
    Reply disabled =
        admin.put(
            "/api/v1/users/" + id,
            Json.createObjectBuilder()
                .add("displayName", "Test " + username)
                .add("roles", Json.createArrayBuilder().add("HR_EVALUATOR"))
                .add("enabled", false)
                .build(),
            current.header("ETag"));
    assertEquals(200, disabled.status(), disabled.toString());
    assertFalse(disabled.json().getBoolean("enabled"));

    assertEquals(401, user.get("/api/v1/pay-bands").status());
    assertEquals(
        401,
        Api.at(url).post("/api/v1/auth/login", login(username, "a long enough password")).status());
    Reply trail = admin.get("/api/v1/audit-events?entityType=USER&entityId=" + id);
    List<String> actions =
        trail.items().getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("action"))
            .toList();
    assertEquals(List.of("DISABLED", "CREATED"), actions);
  }

  @Test
  void aPasswordResetSignsTheUserOutAndTheNewPasswordWorks() {
    Api admin = Api.signedIn(url, "admin", DEMO_PASSWORD);
    String username = unique("reset");
    String id = createUser(admin, username, "STAFF");
    Api user = Api.signedIn(url, username, "a long enough password");
    Reply current = admin.get("/api/v1/users/" + id);
    JsonObject newPassword =
        Json.createObjectBuilder().add("newPassword", "another long password").build();
    assertEquals(428, admin.put("/api/v1/users/" + id + "/password", newPassword, null).status());
    Reply tooShort =
        admin.put(
            "/api/v1/users/" + id + "/password",
            Json.createObjectBuilder().add("newPassword", "short").build(),
            current.header("ETag"));
    assertEquals(400, tooShort.status());
    assertEquals(List.of("newPassword"), tooShort.problemFields());
    assertEquals(
        204,
        admin
            .put("/api/v1/users/" + id + "/password", newPassword, current.header("ETag"))
            .status());
    assertEquals(401, user.get("/api/v1/auth/me").status());
    Api.signedIn(url, username, "another long password");
  }

  @Test
  void userChangesAreChecked() {
    Api admin = Api.signedIn(url, "admin", DEMO_PASSWORD);
    String username = unique("dup");
    createUser(admin, username, "STAFF");
    Reply duplicate =
        admin.post(
            "/api/v1/users",
            Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", "Again")
                .add("password", "a long enough password")
                .add("roles", Json.createArrayBuilder().add("STAFF"))
                .build());
    assertEquals(409, duplicate.status());
    assertEquals(List.of("username"), duplicate.problemFields());
    Reply repWithoutUnion =
        admin.post(
            "/api/v1/users",
            Json.createObjectBuilder()
                .add("username", unique("rep"))
                .add("displayName", "Rep")
                .add("password", "a long enough password")
                .add("roles", Json.createArrayBuilder().add("UNION_REP"))
                .build());
    assertEquals(400, repWithoutUnion.status());
    assertEquals(List.of("union"), repWithoutUnion.problemFields());
    Reply badUsername =
        admin.post(
            "/api/v1/users",
            Json.createObjectBuilder()
                .add("username", "Not Valid!")
                .add("displayName", "x")
                .add("password", "a long enough password")
                .add("roles", Json.createArrayBuilder().add("STAFF"))
                .build());
    assertEquals(400, badUsername.status());
    assertEquals(List.of("username"), badUsername.problemFields());

    String adminId = admin.get("/api/v1/auth/me").json().getString("id");
    Reply self = admin.get("/api/v1/users/" + adminId);
    Reply lockout =
        admin.put(
            "/api/v1/users/" + adminId,
            Json.createObjectBuilder()
                .add("displayName", self.json().getString("displayName"))
                .add("roles", Json.createArrayBuilder().add("HR_EVALUATOR"))
                .add("enabled", false)
                .build(),
            self.header("ETag"));
    assertEquals(400, lockout.status());
    assertEquals(List.of("enabled", "roles"), lockout.problemFields());
  }

  @Test
  void crossSiteWritesAreRefused() {
    Api api = Api.at(url);
    Reply noHeader =
        api.send("POST", "/api/v1/auth/login", login("admin", DEMO_PASSWORD).toString(), Map.of());
    assertEquals(403, noHeader.status());
    Reply otherSite =
        api.send(
            "POST",
            "/api/v1/auth/login",
            login("admin", DEMO_PASSWORD).toString(),
            Map.of("X-Requested-With", "bandwise", "Origin", "https://evil.example"));
    assertEquals(403, otherSite.status());
    assertFalse(otherSite.headers().firstValue("Set-Cookie").isPresent());
  }

  @Test
  void everyResponseCarriesSecurityHeaders() {
    for (Reply reply :
        List.of(
            Api.at(url).get("/api/v1/pay-bands"),
            Api.signedIn(url, "staff", DEMO_PASSWORD).get("/api/v1/auth/me"),
            Api.at(url).get("/info"))) {
      String csp = reply.header("Content-Security-Policy");
      assertTrue(
          csp.contains("script-src 'self'")
              && !csp.contains("unsafe-inline")
              && csp.contains("frame-ancestors 'none'"),
          csp);
      assertEquals("nosniff", reply.header("X-Content-Type-Options"));
      assertNotNull(reply.header("Referrer-Policy"));
    }
    assertEquals(
        "no-store",
        Api.signedIn(url, "staff", DEMO_PASSWORD).get("/api/v1/auth/me").header("Cache-Control"));
  }

  @Test
  void operationsEndpointsAnswer() throws Exception {
    Api api = Api.at(url);
    Reply contract = api.send("GET", "/openapi", null, Map.of());
    assertEquals(200, contract.status());
    assertEquals(
        Files.readString(Path.of(System.getProperty("bandwise.contract"))),
        contract.body(),
        "the reviewed contract, verbatim");
    for (String probe : List.of("/health/live", "/health/ready", "/health/started")) {
      Reply health = Api.server(url).send("GET", probe, null, Map.of());
      assertEquals(200, health.status(), probe + ": " + health);
      assertEquals("UP", health.json().getString("status"), probe);
    }
    assertTrue(
        Api.server(url).send("GET", "/health/ready", null, Map.of()).body().contains("database"),
        "readiness checks the database");
    Reply info = api.get("/info");
    assertEquals(200, info.status());
    assertFalse(info.json().getString("version").isBlank());
    assertFalse(info.json().getString("commit").isBlank());
  }
}
