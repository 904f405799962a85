package org.bandwise.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.List;

/** An HTTP answer as the tests read it. */
public record Reply(int status, HttpHeaders headers, String body) {

  public JsonObject json() {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  public JsonArray items() {
    return json().getJsonArray("items");
  }

  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  public String contentType() {
    return header("Content-Type");
  }

  /** The fields a problem+json answer names. */
  public List<String> problemFields() {
    JsonObject problem = json();
    return problem.containsKey("errors")
        ? problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList()
        : List.of();
  }

  @Override
  public String toString() {
    return status + " " + body;
  }
}
