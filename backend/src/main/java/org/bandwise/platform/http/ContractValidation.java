package org.bandwise.platform.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bandwise.platform.error.FieldProblem;
import org.bandwise.platform.error.ProblemException;
import org.bandwise.platform.error.ProblemResponses;
import org.bandwise.platform.http.ApiContract.Operation;
import org.bandwise.platform.http.ApiContract.Parameter;

/**
 * Nothing the contract does not allow reaches a resource. Before the resource method runs, its
 * operation's path and query parameters and its JSON body are checked against {@code
 * openapi/bandwise.yaml}: required fields, types (no string is taken for a boolean or a number),
 * enums, formats and dates, lengths, ranges, {@code uniqueItems}, no nulls where the contract does
 * not allow them, no unknown fields. The body must be exactly one JSON document (nothing after it,
 * no field named twice). Every problem is answered at once as a 400 that names each field by its
 * path, before anything is read from or written to the database.
 *
 * <p>It runs after the role rules, so a caller who may not use an operation learns nothing about
 * its input.
 */
@Provider
@Priority(Priorities.USER)
public class ContractValidation implements ContainerRequestFilter {

  /** Larger bodies are refused (413): the largest legitimate one is a scheme of a few kilobytes. */
  static final int MAX_BODY_BYTES = 1_048_576;

  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,40}");
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,40}(\\.\\d{1,40})?");

  private static final JsonMapper STRICT =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  @Context ResourceInfo resourceInfo;

  /** Built once, on first use. */
  private static final class Holder {
    static final ApiContract CONTRACT = ApiContract.packaged();
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
    if (method == null) {
      return;
    }
    Operation operation = Holder.CONTRACT.operation(method.getName()).orElse(null);
    if (operation == null) {
      return;
    }
    List<FieldProblem> problems = new ArrayList<>();
    problems.addAll(parameters(operation, "path", request.getUriInfo().getPathParameters()));
    problems.addAll(parameters(operation, "query", request.getUriInfo().getQueryParameters()));
    if (operation.body() != null) {
      problems.addAll(body(operation, request));
    }
    if (!problems.isEmpty()) {
      request.abortWith(
          ProblemResponses.of(
              ProblemException.invalid(problems),
              request.getUriInfo().getRequestUri().getRawPath()));
    }
  }

  /** Checks the parameters the request sends; those it leaves out take their defaults. */
  static List<FieldProblem> parameters(
      Operation operation, String in, MultivaluedMap<String, String> sent) {
    List<FieldProblem> problems = new ArrayList<>();
    for (Parameter parameter : operation.parameters()) {
      if (!parameter.in().equals(in)) {
        continue;
      }
      List<String> values = sent.get(parameter.name());
      String name = parameter.name();
      if (values == null || values.isEmpty()) {
        if (parameter.required()) {
          problems.add(new FieldProblem(name, "The parameter " + name + " is required."));
        }
        continue;
      }
      boolean list = "array".equals(parameter.type());
      if (!list && values.size() > 1) {
        problems.add(
            new FieldProblem(
                name, "Give the parameter " + name + " once, not " + values.size() + " times."));
        continue;
      }
      if (values.stream().anyMatch(v -> v == null || v.isBlank())) {
        problems.add(
            new FieldProblem(
                name, "The parameter " + name + " is empty: give it a value or leave it out."));
        continue;
      }
      JsonNode value;
      if (list) {
        JsonNode items = Holder.CONTRACT.resolve(parameter.schemaNode().path("items"));
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(v -> array.add(typed(v, items.path("type").asText("string"))));
        value = array;
      } else {
        value = typed(values.get(0), parameter.type());
      }
      problems.addAll(
          ContractMessages.problems(parameter.schema().validate(value), name, "parameter"));
    }
    return problems;
  }

  /**
   * A parameter's text as the JSON value the contract describes; text that is not of that type
   * stays text, so the schema refuses it by its type.
   */
  static JsonNode typed(String text, String type) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (type) {
      case "integer":
        return WHOLE_NUMBER.matcher(text).matches()
            ? nodes.numberNode(new BigInteger(text))
            : nodes.textNode(text);
      case "number":
        return NUMBER.matcher(text).matches()
            ? nodes.numberNode(new BigDecimal(text))
            : nodes.textNode(text);
      case "boolean":
        return "true".equals(text) || "false".equals(text)
            ? nodes.booleanNode(Boolean.parseBoolean(text))
            : nodes.textNode(text);
      default:
        return nodes.textNode(text);
    }
  }

  private static List<FieldProblem> body(Operation operation, ContainerRequestContext request)
      throws IOException {
    byte[] bytes;
    try (InputStream in = request.getEntityStream()) {
      bytes = in == null ? new byte[0] : in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (bytes.length > MAX_BODY_BYTES) {
      throw new ProblemException(
          413,
          "payload-too-large",
          "Request too large",
          "The request body is larger than " + MAX_BODY_BYTES / 1024 + " KB: send less.",
          List.of(),
          null);
    }
    request.setEntityStream(new ByteArrayInputStream(bytes));
    List<FieldProblem> problems = check(operation, bytes);
    return problems;
  }

  /** The body's problems: unreadable JSON, or each way it breaks the operation's schema. */
  static List<FieldProblem> check(Operation operation, byte[] bytes) {
    if (isBlank(bytes)) {
      return operation.bodyRequired()
          ? List.of(new FieldProblem("body", "The request needs a JSON body."))
          : List.of();
    }
    JsonNode body;
    try {
      body = STRICT.readTree(bytes);
    } catch (JsonProcessingException e) {
      return List.of(new FieldProblem("body", unreadable(e)));
    } catch (IOException e) {
      return List.of(new FieldProblem("body", "The request body could not be read."));
    }
    return ContractMessages.problems(operation.body().validate(body), "body", "field");
  }

  private static String unreadable(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (message.startsWith("Trailing token")) {
      return "The request body must be one JSON document with nothing after it.";
    }
    if (e instanceof JsonParseException && message.startsWith("Duplicate field")) {
      return "The request body names the same field twice ("
          + message.substring("Duplicate field ".length()).replace("'", "")
          + "): name each field once.";
    }
    var location = e.getLocation();
    return location == null
        ? "The request body is not valid JSON."
        : "The request body is not valid JSON (line "
            + location.getLineNr()
            + ", column "
            + location.getColumnNr()
            + ").";
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  /** For tests: the packaged contract's operations. */
  static Map<String, Operation> operations() {
    return Holder.CONTRACT.operations();
  }
}
