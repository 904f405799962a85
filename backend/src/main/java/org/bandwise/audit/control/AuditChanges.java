package org.bandwise.audit.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Reads two snapshots of a record and lists the fields whose values differ, old → new. */
public final class AuditChanges {

  /** One field that changed; a missing value means the field did not exist on that side. */
  public record Change(String field, String oldValue, String newValue) {}

  private AuditChanges() {}

  public static List<Change> between(String beforeJson, String afterJson) {
    JsonObject before = parse(beforeJson);
    JsonObject after = parse(afterJson);
    TreeSet<String> fields = new TreeSet<>(before.keySet());
    fields.addAll(after.keySet());
    List<Change> changes = new ArrayList<>();
    for (String field : fields) {
      String oldValue = text(before.get(field));
      String newValue = text(after.get(field));
      if (oldValue == null ? newValue != null : !oldValue.equals(newValue)) {
        changes.add(new Change(field, oldValue, newValue));
      }
    }
    return changes;
  }

  /** Every field of a snapshot with its value as text (absent values are left out). */
  public static Map<String, String> values(String json) {
    Map<String, String> values = new LinkedHashMap<>();
    parse(json)
        .forEach(
            (field, value) -> {
              String text = text(value);
              if (text != null) {
                values.put(field, text);
              }
            });
    return values;
  }

  private static JsonObject parse(String json) {
    if (json == null || json.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static String text(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    return value.toString();
  }
}
