package org.bandwise.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContainerErrorsTest {

  private static final String INVALID_URI =
      "HTTP/1.1 400 Invalid URI: Request must start with /\r\n"
          + "Server: Payara Micro\r\n"
          + "Connection: close\r\n"
          + "Content-Length: 0\r\n"
          + "X-Frame-Options: SAMEORIGIN\r\n"
          + "\r\n";

  @Test
  void anEmptyErrorFromTheHttpLayerBecomesAProblemWithoutInternals() {
    String answer = ContainerErrors.rewrite(INVALID_URI, "CONNECT").orElseThrow();
    String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
    String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
    assertTrue(head.startsWith("HTTP/1.1 400 Bad Request\r\n"), head);
    assertTrue(head.contains("Content-Type: application/problem+json;charset=UTF-8"), head);
    assertTrue(head.contains("Connection: close"), "the connection rule is kept: " + head);
    assertTrue(head.contains("Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length));
    assertFalse(head.contains("Payara") || head.contains("Invalid URI"), head);
    assertFalse(head.contains("SAMEORIGIN"), head);
    JsonObject problem = Json.createReader(new StringReader(body)).readObject();
    assertEquals(400, problem.getInt("status"));
    assertEquals("https://bandwise.example/problems/bad-request", problem.getString("type"));
    assertEquals("Bad request", problem.getString("title"));
  }

  @Test
  void everyErrorStatusGetsAProblemInItsOwnWords() {
    for (int status : new int[] {405, 413, 414, 431, 500, 501, 503, 505, 418}) {
      String head = "HTTP/1.1 " + status + " Whatever\r\nContent-Length: 0\r\n\r\n";
      String answer = ContainerErrors.rewrite(head, "GET").orElseThrow();
      JsonObject problem =
          Json.createReader(new StringReader(answer.substring(answer.indexOf("\r\n\r\n") + 4)))
              .readObject();
      assertEquals(status, problem.getInt("status"));
      assertTrue(problem.getString("detail").endsWith("."), problem.toString());
      assertTrue(answer.startsWith("HTTP/1.1 " + status + " " + ContainerErrors.reason(status)));
    }
  }

  @Test
  void answersThatAreNotEmptyErrorsPassUnchanged() {
    String ok = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
    String withBody = "HTTP/1.1 404 Not Found\r\nContent-Length: 17\r\n\r\n";
    String typed = "HTTP/1.1 404 Not Found\r\nContent-Type: application/problem+json\r\n\r\n";
    String chunked = "HTTP/1.1 500 Error\r\nTransfer-Encoding: chunked\r\n\r\n";
    String bodyFollows = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n{}";
    String notAHead = "Hello, this is a body that happens to start with H";
    for (String head : new String[] {ok, withBody, typed, chunked, bodyFollows, notAHead}) {
      assertEquals(Optional.empty(), ContainerErrors.rewrite(head, "GET"), head);
    }
    assertEquals(
        Optional.empty(), ContainerErrors.rewrite(INVALID_URI, "HEAD"), "HEAD keeps no body");
  }

  @Test
  void brokenPercentEscapesAreMadeIntoAnAddressTheHttpLayerRefuses() {
    assertEquals(
        Optional.of("GET /api/v1/pay-bands\\zz HTTP/1.1"),
        ContainerErrors.repairRequestLine("GET /api/v1/pay-bands%zz HTTP/1.1"));
    assertEquals(
        Optional.of("GET /a\\2 HTTP/1.1"), ContainerErrors.repairRequestLine("GET /a%2 HTTP/1.1"));
    assertEquals(
        Optional.of("GET /\\ HTTP/1.1"), ContainerErrors.repairRequestLine("GET /% HTTP/1.1"));
    assertEquals(
        Optional.empty(), ContainerErrors.repairRequestLine("GET /a%2Fb%e2%82%ac HTTP/1.1"));
    assertEquals(Optional.empty(), ContainerErrors.repairRequestLine("GET /plain HTTP/1.1"));
    assertEquals(
        Optional.empty(),
        ContainerErrors.repairRequestLine("{\"note\":\"50% off\"} HTTP/1.1"),
        "a body line is not a request line");
  }
}
