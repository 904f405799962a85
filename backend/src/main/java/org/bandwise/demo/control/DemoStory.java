package org.bandwise.demo.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The demo story as input, read from {@code demo/story.json}: what people typed and chose, and when
 * (accounts, pay structures and scales, schemes, job descriptions, requests, panels, levels,
 * sign-offs, publications). It holds no result of a rule: totals, bands, points and states are
 * worked out by the application when {@link DemoData} replays the story.
 */
public record DemoStory(
    List<User> users,
    List<Structure> payStructures,
    List<SchemeInput> schemes,
    List<Jd> jobDescriptions,
    List<EvaluationInput> evaluations) {

  public static final String RESOURCE = "demo/story.json";

  public record User(String username, String displayName, String role, String union) {}

  public record Structure(
      String code, String name, String description, LocalDateTime at, List<Band> bands) {}

  public record Band(
      String code,
      String name,
      int rank,
      String description,
      boolean openToNewEntrants,
      List<Scale> scales) {}

  public record Scale(
      String zone, LocalDate effectiveFrom, String status, String note, List<Long> points) {}

  public record SchemeInput(
      String code,
      String name,
      String description,
      boolean illustrative,
      String structure,
      int nearBoundaryPoints,
      LocalDateTime at,
      List<Factor> factors,
      List<Range> ranges) {}

  public record Factor(String code, String name, String description, List<Level> levels) {}

  public record Level(int points, String descriptor) {}

  public record Range(String band, int min, int max) {}

  public record Jd(
      String reference, boolean benchmark, LocalDateTime at, List<JdVersionInput> versions) {}

  public record JdVersionInput(
      LocalDateTime at,
      String title,
      String roleFamily,
      String directorate,
      String purpose,
      List<String> mainDuties,
      List<String> programmes,
      List<CriterionInput> criteria) {}

  public record CriterionInput(String kind, String type, String text) {}

  public record EvaluationInput(
      String jd,
      int version,
      String requester,
      String requesterType,
      String reason,
      LocalDateTime requestedAt,
      Decision decision,
      Panel panel,
      List<Provisional> provisional,
      List<Agreed> agreed,
      Check check,
      SignOffs signOffs,
      Publish publish) {}

  public record Decision(
      LocalDateTime at, String by, boolean accept, String priority, String reason) {}

  public record Panel(String scheme, LocalDateTime at, List<Seat> seats) {}

  public record Seat(String user, String side, boolean chair) {}

  public record Provisional(String user, LocalDateTime at, Map<String, Integer> levels) {}

  public record Agreed(String factor, int level, String rationale, String by, LocalDateTime at) {}

  public record Check(String conclusion, String by, LocalDateTime at) {}

  public record SignOffs(LocalDateTime at, List<String> users) {}

  public record Publish(LocalDate effectiveFrom, String by, LocalDateTime at) {}

  /** The bundled story. */
  public static DemoStory bundled() {
    try (InputStream in = DemoStory.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The demo story " + RESOURCE + " is missing.");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static DemoStory read(InputStream in) {
    try (JsonReader reader = Json.createReader(in)) {
      JsonObject o = reader.readObject();
      return new DemoStory(
          list(o, "users", DemoStory::user),
          list(o, "payStructures", DemoStory::structure),
          list(o, "schemes", DemoStory::scheme),
          list(o, "jobDescriptions", DemoStory::jd),
          list(o, "evaluations", DemoStory::evaluation));
    }
  }

  private static User user(JsonObject o) {
    return new User(text(o, "username"), text(o, "displayName"), text(o, "role"), text(o, "union"));
  }

  private static Structure structure(JsonObject o) {
    return new Structure(
        text(o, "code"),
        text(o, "name"),
        text(o, "description"),
        time(o, "at"),
        list(o, "bands", DemoStory::band));
  }

  private static Band band(JsonObject o) {
    return new Band(
        text(o, "code"),
        text(o, "name"),
        o.getInt("rank"),
        text(o, "description"),
        o.getBoolean("openToNewEntrants"),
        list(o, "scales", DemoStory::scale));
  }

  private static Scale scale(JsonObject o) {
    return new Scale(
        text(o, "zone"),
        LocalDate.parse(text(o, "effectiveFrom")),
        text(o, "status"),
        text(o, "note"),
        o.getJsonArray("points").getValuesAs(v -> ((jakarta.json.JsonNumber) v).longValueExact()));
  }

  private static SchemeInput scheme(JsonObject o) {
    return new SchemeInput(
        text(o, "code"),
        text(o, "name"),
        text(o, "description"),
        o.getBoolean("illustrative"),
        text(o, "structure"),
        o.getInt("nearBoundaryPoints"),
        time(o, "at"),
        list(
            o,
            "factors",
            f ->
                new Factor(
                    text(f, "code"),
                    text(f, "name"),
                    text(f, "description"),
                    list(f, "levels", l -> new Level(l.getInt("points"), text(l, "descriptor"))))),
        list(o, "ranges", r -> new Range(text(r, "band"), r.getInt("min"), r.getInt("max"))));
  }

  private static Jd jd(JsonObject o) {
    return new Jd(
        text(o, "reference"),
        o.getBoolean("benchmark"),
        time(o, "at"),
        list(
            o,
            "versions",
            v ->
                new JdVersionInput(
                    time(v, "at"),
                    text(v, "title"),
                    text(v, "roleFamily"),
                    text(v, "directorate"),
                    text(v, "purpose"),
                    texts(v, "mainDuties"),
                    texts(v, "programmes"),
                    list(
                        v,
                        "criteria",
                        c ->
                            new CriterionInput(
                                text(c, "kind"), text(c, "type"), text(c, "text"))))));
  }

  private static EvaluationInput evaluation(JsonObject o) {
    return new EvaluationInput(
        text(o, "jd"),
        o.getInt("version"),
        text(o, "requester"),
        text(o, "requesterType"),
        text(o, "reason"),
        time(o, "requestedAt"),
        object(
            o,
            "decision",
            d ->
                new Decision(
                    time(d, "at"),
                    text(d, "by"),
                    d.getBoolean("accept"),
                    text(d, "priority"),
                    text(d, "reason"))),
        object(
            o,
            "panel",
            p ->
                new Panel(
                    text(p, "scheme"),
                    time(p, "at"),
                    list(
                        p,
                        "seats",
                        s -> new Seat(text(s, "user"), text(s, "side"), s.getBoolean("chair"))))),
        list(
            o,
            "provisional",
            p -> {
              Map<String, Integer> levels = new LinkedHashMap<>();
              p.getJsonObject("levels")
                  .forEach(
                      (factor, level) -> levels.put(factor, Integer.valueOf(level.toString())));
              return new Provisional(text(p, "user"), time(p, "at"), levels);
            }),
        list(
            o,
            "agreed",
            a ->
                new Agreed(
                    text(a, "factor"),
                    a.getInt("level"),
                    text(a, "rationale"),
                    text(a, "by"),
                    time(a, "at"))),
        object(o, "check", c -> new Check(text(c, "conclusion"), text(c, "by"), time(c, "at"))),
        object(o, "signOffs", s -> new SignOffs(time(s, "at"), texts(s, "users"))),
        object(
            o,
            "publish",
            p ->
                new Publish(
                    LocalDate.parse(text(p, "effectiveFrom")), text(p, "by"), time(p, "at"))));
  }

  private static String text(JsonObject o, String name) {
    JsonValue value = o.get(name);
    return value instanceof JsonString s ? s.getString() : null;
  }

  private static LocalDateTime time(JsonObject o, String name) {
    String text = text(o, name);
    return text == null ? null : LocalDateTime.parse(text);
  }

  private static List<String> texts(JsonObject o, String name) {
    JsonArray array = o.getJsonArray(name);
    return array == null ? List.of() : array.getValuesAs(JsonString::getString);
  }

  private static <T> T object(JsonObject o, String name, Function<JsonObject, T> map) {
    JsonValue value = o.get(name);
    return value instanceof JsonObject inner ? map.apply(inner) : null;
  }

  private static <T> List<T> list(JsonObject o, String name, Function<JsonObject, T> map) {
    JsonArray array = o.getJsonArray(name);
    return array == null
        ? List.of()
        : array.getValuesAs(JsonObject.class).stream().map(map).toList();
  }
}
