package org.bandwise.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The operations of {@code openapi/bandwise.yaml}, as request validation needs them: for each
 * operation id its parameters and its request body, each with a JSON Schema validator built from
 * the contract itself (OpenAPI 3.0 dialect), so the server refuses exactly what the reviewed
 * contract does not allow.
 */
public final class ApiContract {

  /** Where the build puts the contract (the same file {@code /openapi} serves). */
  public static final String RESOURCE = "META-INF/openapi/bandwise.yaml";

  /** Dates are real calendar dates within these years: nothing the service records lies outside. */
  public static final int FIRST_YEAR = 1900;

  public static final int LAST_YEAR = 2999;

  private static final String BASE = "https://bandwise.example/openapi/bandwise.json";
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** A parameter: where it travels, whether it is required, its schema and its validator. */
  public record Parameter(
      String name, String in, boolean required, JsonNode schemaNode, JsonSchema schema) {

    /** The schema's type after following a reference (string when the contract names none). */
    public String type() {
      return schemaNode.path("type").asText("string");
    }
  }

  /** One operation: its method and path template, parameters and request body. */
  public record Operation(
      String id,
      String method,
      String path,
      List<Parameter> parameters,
      JsonSchema body,
      boolean bodyRequired) {

    public Optional<Parameter> parameter(String in, String name) {
      return parameters.stream()
          .filter(p -> p.in().equals(in) && p.name().equals(name))
          .findFirst();
    }
  }

  private final JsonNode document;
  private final Map<String, Operation> operations;

  private ApiContract(JsonNode document, Map<String, Operation> operations) {
    this.document = document;
    this.operations = operations;
  }

  /** The contract packaged with the application. */
  public static ApiContract packaged() {
    ClassLoader loader = ApiContract.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the application");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("The contract is unreadable", e);
    }
  }

  /** Reads a contract (YAML) and builds a validator for every parameter and request body. */
  public static ApiContract read(InputStream yaml) throws IOException {
    JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    String json = new ObjectMapper().writeValueAsString(document);
    JsonMetaSchema dialect =
        JsonMetaSchema.builder(OpenApi30.getInstance()).format(new BoundedDate()).build();
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V4,
            builder ->
                builder
                    .metaSchema(dialect)
                    .defaultMetaSchemaIri(dialect.getIri())
                    .schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, json))));
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_PATH)
            .nullableKeywordEnabled(true)
            .formatAssertionsEnabled(true)
            .typeLoose(false)
            .build();
    // One schema over the whole document; each parameter's and body's schema is a part of it. (A
    // schema loaded by location for each part parsed and kept a copy of the whole contract per
    // part: about 300 MB for 148 operations, more than the small-machine heap.)
    JsonSchema root = factory.getSchema(SchemaLocation.of(BASE), document, config);
    Map<String, Operation> operations = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      String pathPointer = "/paths/" + escape(path.getKey());
      Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
      while (methods.hasNext()) {
        Map.Entry<String, JsonNode> entry = methods.next();
        if (entry.getKey().equals("parameters") || !entry.getValue().has("operationId")) {
          continue;
        }
        String operationPointer = pathPointer + "/" + entry.getKey();
        JsonNode operation = entry.getValue();
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (String listPointer :
            List.of(pathPointer + "/parameters", operationPointer + "/parameters")) {
          JsonNode list = document.at(listPointer);
          for (int i = 0; i < list.size(); i++) {
            String pointer = listPointer + "/" + i;
            JsonNode parameter = list.get(i);
            if (parameter.has("$ref")) {
              pointer = parameter.get("$ref").asText().substring(1);
              parameter = document.at(pointer);
            }
            String in = parameter.path("in").asText();
            String name = parameter.path("name").asText();
            String schemaPointer = pointer + "/schema";
            parameters.put(
                in + ":" + name,
                new Parameter(
                    name,
                    in,
                    parameter.path("required").asBoolean(false),
                    resolved(document, document.at(schemaPointer)),
                    part(root, schemaPointer)));
          }
        }
        JsonSchema body = null;
        JsonNode requestBody = operation.path("requestBody");
        String bodyPointer = operationPointer + "/requestBody/content/application~1json/schema";
        if (!document.at(bodyPointer).isMissingNode()) {
          body = part(root, bodyPointer);
        }
        String id = operation.get("operationId").asText();
        operations.put(
            id,
            new Operation(
                id,
                entry.getKey().toUpperCase(java.util.Locale.ROOT),
                path.getKey(),
                List.copyOf(new ArrayList<>(parameters.values())),
                body,
                requestBody.path("required").asBoolean(false)));
      }
    }
    return new ApiContract(document, Map.copyOf(operations));
  }

  /** The part of the contract's schema at a JSON pointer ({@code /paths/~1users/post/...}). */
  private static JsonSchema part(JsonSchema root, String pointer) {
    JsonNodePath path = new JsonNodePath(PathType.JSON_POINTER);
    for (String segment : pointer.substring(1).split("/")) {
      String name = segment.replace("~1", "/").replace("~0", "~");
      path = name.matches("\\d+") ? path.append(Integer.parseInt(name)) : path.append(name);
    }
    return root.getSubSchema(path);
  }

  public Optional<Operation> operation(String operationId) {
    return Optional.ofNullable(operations.get(operationId));
  }

  public Map<String, Operation> operations() {
    return operations;
  }

  /** A node of the contract by its JSON pointer (a schema keyword a validation message names). */
  public JsonNode at(String pointer) {
    return document.at(pointer);
  }

  /** Follows a schema's {@code $ref} (once or more) to the schema it names. */
  public JsonNode resolve(JsonNode schema) {
    return resolved(document, schema);
  }

  private static JsonNode resolved(JsonNode document, JsonNode schema) {
    JsonNode current = schema;
    for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
      current = document.at(current.get("$ref").asText().substring(1));
    }
    return current;
  }

  private static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /**
   * {@code format: date}: a real calendar date written as {@code 2026-04-01}, in the years {@value
   * #FIRST_YEAR} to {@value #LAST_YEAR}. Extended years such as {@code +999999999-12-31} are
   * refused here, before any code or database sees them.
   */
  static boolean isServiceDate(String value) {
    if (value == null || !ISO_DATE.matcher(value).matches()) {
      return false;
    }
    try {
      int year = LocalDate.parse(value).getYear();
      return year >= FIRST_YEAR && year <= LAST_YEAR;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static final class BoundedDate implements Format {
    @Override
    public boolean matches(ExecutionContext executionContext, String value) {
      return isServiceDate(value);
    }

    @Override
    public String getName() {
      return "date";
    }

    @Override
    public String getMessageKey() {
      return "format.date";
    }
  }
}
