package org.bandwise.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A client of the running server, like one browser: it keeps its own cookies. Every answer from the
 * API is checked against the contract.
 */
public final class Api {

  private final URI base;
  private final String contextPath;
  private final HttpClient http;

  private Api(URI base) {
    this.base = base;
    String path = base.getPath();
    this.contextPath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** Arquillian reports the machine's external address; the server is reached on loopback. */
  public static Api at(URL deployment) {
    return new Api(URI.create("http://127.0.0.1:" + deployment.getPort() + deployment.getPath()));
  }

  /** The server itself, outside the application's context path (Payara's own /health endpoints). */
  public static Api server(URL deployment) {
    return new Api(URI.create("http://127.0.0.1:" + deployment.getPort() + "/"));
  }

  public static Api signedIn(URL deployment, String username, String password) {
    Api api = at(deployment);
    Reply reply =
        api.post(
            "/api/v1/auth/login",
            Json.createObjectBuilder().add("username", username).add("password", password).build());
    if (reply.status() != 200) {
      throw new AssertionError("sign-in as " + username + " failed: " + reply);
    }
    return api;
  }

  public Reply get(String path) {
    return send("GET", path, null, Map.of());
  }

  public Reply post(String path, JsonObject body) {
    return send("POST", path, body.toString(), Map.of("X-Requested-With", "bandwise"));
  }

  public Reply put(String path, JsonObject body, String ifMatch) {
    return ifMatch == null
        ? send("PUT", path, body.toString(), Map.of("X-Requested-With", "bandwise"))
        : send(
            "PUT",
            path,
            body.toString(),
            Map.of("X-Requested-With", "bandwise", "If-Match", ifMatch));
  }

  public Reply send(String method, String path, String body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(base.getScheme() + "://" + base.getAuthority() + contextPath + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Reply reply = new Reply(response.statusCode(), response.headers(), response.body());
      if (path.startsWith("/api/v1/")) {
        ContractCheck.assertConforms(method, path.substring("/api/v1".length()), reply);
      }
      return reply;
    } catch (IOException e) {
      throw new AssertionError("request failed: " + method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Sends a body of bytes with its own content type (a file upload); the answer as bytes. */
  public HttpResponse<byte[]> sendBytes(
      String method, String path, byte[] body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(base.getScheme() + "://" + base.getAuthority() + contextPath + path))
            .timeout(Duration.ofSeconds(120))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body))
            .header("X-Requested-With", "bandwise");
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError("request failed: " + method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** A GET whose body is kept as bytes (a downloaded XLSX file). */
  public byte[] bytes(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(base.getScheme() + "://" + base.getAuthority() + contextPath + path))
            .timeout(Duration.ofSeconds(60))
            .GET()
            .build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new AssertionError("GET " + path + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new AssertionError("request failed: GET " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  public String contextPath() {
    return contextPath;
  }
}
