package org.bandwise.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.bandwise.platform.error.FieldProblem;

/**
 * Turns the contract validator's findings into field problems a person can act on: each names the
 * field by its path in the request ({@code members[2].userId}) and says in a full sentence what is
 * wrong and what is allowed ("The field members[2].userId must be an id, not null.").
 */
final class ContractMessages {

  private static final String UUID_PATTERN_START = "^[0-9a-f]{8}-";

  private ContractMessages() {}

  /**
   * One problem per field (the first finding for it), sorted by field.
   *
   * @param root the name of the whole value: {@code body} for a request body, the parameter's name
   *     for a parameter
   * @param noun how a sentence names it: "field" for body fields, "parameter" for parameters
   */
  static List<FieldProblem> problems(
      Collection<ValidationMessage> messages, String root, String noun) {
    Map<String, String> byField = new LinkedHashMap<>();
    List<ValidationMessage> sorted = new ArrayList<>(messages);
    sorted.sort(Comparator.comparing(m -> m.getInstanceLocation().toString()));
    for (ValidationMessage message : sorted) {
      FieldProblem problem = problem(message, root, noun);
      byField.putIfAbsent(problem.field(), problem.message());
    }
    return byField.entrySet().stream()
        .map(e -> new FieldProblem(e.getKey(), e.getValue()))
        .sorted(Comparator.comparing(FieldProblem::field))
        .toList();
  }

  static FieldProblem problem(ValidationMessage message, String root, String noun) {
    String at = fieldPath(message.getInstanceLocation().toString(), root);
    JsonNode keyword = message.getSchemaNode();
    String type = message.getType();
    return switch (type) {
      case "required" -> {
        String field = child(at, root, message.getProperty());
        yield new FieldProblem(field, name(field, root, noun) + " is required.");
      }
      case "additionalProperties" -> {
        String field = child(at, root, message.getProperty());
        yield new FieldProblem(
            field, name(field, root, noun) + " is not part of this request: remove it.");
      }
      case "uniqueItems" -> duplicate(message, at, root, noun);
      default -> new FieldProblem(at, sentence(type, message, keyword, at, root, noun));
    };
  }

  private static String sentence(
      String type,
      ValidationMessage message,
      JsonNode keyword,
      String at,
      String root,
      String noun) {
    String name = name(at, root, noun);
    JsonNode value = message.getInstanceNode();
    return switch (type) {
      case "type" -> typeSentence(name, value, keyword);
      case "enum" ->
          value != null && value.isNull()
              ? name + " must have a value, not null."
              : name + " must be one of " + listOf(keyword) + ".";
      case "format" -> formatSentence(name, keyword);
      case "pattern" ->
          keyword != null && keyword.asText().startsWith(UUID_PATTERN_START)
              ? name + " must be an id, such as 3fa85f64-5717-4562-b3fc-2c963f66afa6."
              : name + " is not in the expected form (" + describe(keyword) + ").";
      case "minLength" ->
          keyword.asInt() <= 1
              ? name + " must not be empty."
              : name + " must be at least " + keyword.asInt() + " characters long.";
      case "maxLength" -> name + " must be " + keyword.asInt() + " characters or fewer.";
      case "minimum" -> name + " must be " + keyword.asText() + " or more.";
      case "maximum" -> name + " must be " + keyword.asText() + " or less.";
      case "minItems" ->
          keyword.asInt() == 1
              ? name + " must list at least one item."
              : name + " must list at least " + keyword.asInt() + " items.";
      case "maxItems" -> name + " must list no more than " + keyword.asInt() + " items.";
      case "minProperties" ->
          name + " must have at least " + keyword.asInt() + " entr" + plural(keyword) + ".";
      case "maxProperties" ->
          name + " must have no more than " + keyword.asInt() + " entr" + plural(keyword) + ".";
      default -> name + " is not valid here.";
    };
  }

  private static String typeSentence(String name, JsonNode value, JsonNode expected) {
    String wanted = kind(expected == null ? "" : expected.asText());
    if (value == null || value.isNull()) {
      return name + " must be " + wanted + ", not null.";
    }
    return name + " must be " + wanted + ", not " + found(value) + ".";
  }

  private static String formatSentence(String name, JsonNode format) {
    String f = format == null ? "" : format.asText();
    return switch (f) {
      case "date" ->
          name
              + " must be a real date between "
              + ApiContract.FIRST_YEAR
              + " and "
              + ApiContract.LAST_YEAR
              + ", written like 2026-04-01.";
      case "date-time" -> name + " must be a date and time, written like 2026-04-01T09:30:00Z.";
      case "uuid" -> name + " must be an id, such as 3fa85f64-5717-4562-b3fc-2c963f66afa6.";
      case "email" -> name + " must be an email address, such as name@example.com.";
      default -> name + " is not in the expected form.";
    };
  }

  /** The first item that repeats an earlier one is named, so a client knows which to remove. */
  private static FieldProblem duplicate(
      ValidationMessage message, String at, String root, String noun) {
    JsonNode items = message.getInstanceNode();
    if (items != null && items.isArray()) {
      for (int j = 1; j < items.size(); j++) {
        for (int i = 0; i < j; i++) {
          if (items.get(i).equals(items.get(j))) {
            String field = at + "[" + j + "]";
            return new FieldProblem(
                field,
                name(at, root, noun)
                    + " lists the same value twice (items "
                    + (i + 1)
                    + " and "
                    + (j + 1)
                    + "): list each one once.");
          }
        }
      }
    }
    return new FieldProblem(
        at, name(at, root, noun) + " lists the same value more than once: list each one once.");
  }

  /** {@code $.members[2].userId} → {@code members[2].userId}; the whole value is {@code root}. */
  static String fieldPath(String jsonPath, String root) {
    String path = jsonPath.startsWith("$") ? jsonPath.substring(1) : jsonPath;
    if (path.isEmpty()) {
      return root;
    }
    if ("body".equals(root)) {
      return path.startsWith(".") ? path.substring(1) : path;
    }
    return root + path;
  }

  private static String child(String parent, String root, String property) {
    if (property == null) {
      return parent;
    }
    return parent.equals(root) && "body".equals(root) ? property : parent + "." + property;
  }

  private static String name(String field, String root, String noun) {
    if (field.equals(root) && "body".equals(root)) {
      return "The request body";
    }
    return "The " + noun + " " + field;
  }

  private static String kind(String type) {
    return switch (type) {
      case "string" -> "text";
      case "integer" -> "a whole number";
      case "number" -> "a number";
      case "boolean" -> "true or false";
      case "array" -> "a list";
      case "object" -> "an object";
      default -> "a value of type " + type;
    };
  }

  private static String found(JsonNode value) {
    if (value.isTextual()) {
      return "text";
    }
    if (value.isIntegralNumber()) {
      return "a whole number";
    }
    if (value.isNumber()) {
      return "a number with a fraction (" + value.asText() + ")";
    }
    if (value.isBoolean()) {
      return value.asText();
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isObject()) {
      return "an object";
    }
    return value.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String listOf(JsonNode values) {
    if (values == null || !values.isArray()) {
      return "the documented values";
    }
    List<String> all =
        StreamSupport.stream(values.spliterator(), false).map(JsonNode::asText).toList();
    if (all.size() == 1) {
      return all.get(0);
    }
    return all.subList(0, all.size() - 1).stream().collect(Collectors.joining(", "))
        + " or "
        + all.get(all.size() - 1);
  }

  private static String describe(JsonNode pattern) {
    return pattern == null ? "see the contract" : "it must match " + pattern.asText();
  }

  private static String plural(JsonNode count) {
    return count.asInt() == 1 ? "y" : "ies";
  }
}
