package org.bandwise.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bandwise.platform.error.FieldProblem;
import org.bandwise.platform.http.ApiContract.Operation;
import org.junit.jupiter.api.Test;

/**
 * Request validation against the packaged contract: each finding of issue 7 that was silently
 * accepted or ended in a 500 is refused here with a sentence naming the field.
 */
class ContractValidationTest {

  private static final String ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

  private static Operation op(String id) {
    Operation operation = ContractValidation.operations().get(id);
    assertTrue(operation != null, "no operation " + id);
    return operation;
  }

  private static Map<String, String> body(String operation, String json) {
    return byField(ContractValidation.check(op(operation), json.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, String> query(String operation, String in, String... pairs) {
    var sent = new MultivaluedHashMap<String, String>();
    for (int i = 0; i < pairs.length; i += 2) {
      sent.add(pairs[i], pairs[i + 1]);
    }
    return byField(ContractValidation.parameters(op(operation), in, sent));
  }

  private static Map<String, String> byField(List<FieldProblem> problems) {
    problems.forEach(
        p ->
            assertTrue(
                Character.isUpperCase(p.message().charAt(0)) && p.message().endsWith("."),
                "not a sentence: " + p.message()));
    return problems.stream()
        .collect(
            java.util.stream.Collectors.toMap(
                FieldProblem::field, FieldProblem::message, (a, b) -> a, java.util.TreeMap::new));
  }

  @Test
  void aRequiredListLeftOutIsRefusedNotTakenAsEmpty() {
    assertEquals(
        Map.of("roles", "The field roles is required."),
        body(
            "createUser",
            "{\"username\":\"j.smith\",\"displayName\":\"Jo\",\"password\":\"long enough pw\"}"));
  }

  @Test
  void theSameIdTwiceIsNamedAtItsSecondPlace() {
    var problems =
        body(
            "createRebanding",
            "{\"evaluationId\":\""
                + ID
                + "\",\"replacesJobDescriptionIds\":[\""
                + ID
                + "\",\""
                + ID
                + "\",\""
                + ID
                + "\",\""
                + ID
                + "\"]}");
    assertEquals(
        Map.of(
            "replacesJobDescriptionIds[1]",
            "The field replacesJobDescriptionIds lists the same value twice (items 1 and 2): list"
                + " each one once."),
        problems);
  }

  @Test
  void nullsInsideListsAreRefused() {
    assertEquals(
        Map.of(
            "replacesJobDescriptionIds[0]",
            "The field replacesJobDescriptionIds[0] must be text, not null."),
        body(
            "createRebanding",
            "{\"evaluationId\":\"" + ID + "\",\"replacesJobDescriptionIds\":[null]}"));
    assertTrue(
        body(
                "createUser",
                "{\"username\":\"j.smith\",\"displayName\":\"Jo\",\"password\":\"long enough pw\","
                    + "\"roles\":[null]}")
            .containsKey("roles[0]"));
    assertTrue(
        body(
                "createPayScale",
                "{\"zone\":\"NATIONAL\",\"effectiveFrom\":\"2026-04-01\",\"status\":\"AGREED\","
                    + "\"points\":[null]}")
            .containsKey("points[0]"));
    assertTrue(
        body("setEvaluationPanel", "{\"schemeId\":\"" + ID + "\",\"members\":[null]}")
            .containsKey("members[0]"));
    assertTrue(
        body(
                "updateJdVersion",
                "{\"title\":\"T\",\"roleFamily\":\"F\",\"directorate\":\"D\",\"purpose\":\"P\","
                    + "\"mainDuties\":[null]}")
            .containsKey("mainDuties[0]"));
  }

  @Test
  void noStringIsTakenForABooleanOrANumber() {
    var problems =
        body(
            "createPayBand",
            "{\"structureId\":\""
                + ID
                + "\",\"code\":\"Z9\",\"name\":\"Band Z9\",\"rank\":\"2\","
                + "\"openToNewEntrants\":\"yes\"}");
    assertEquals(
        Map.of(
            "openToNewEntrants",
            "The field openToNewEntrants must be true or false, not text.",
            "rank",
            "The field rank must be a whole number, not text."),
        problems);
  }

  @Test
  void aBodyIsOneJsonObjectAndNothingElse() {
    assertEquals(
        Map.of("body", "The request body must be an object, not a list."),
        body("login", "[{\"username\":\"admin\",\"password\":\"bandwise-demo\"}]"));
    assertEquals(
        Map.of("body", "The request body must be one JSON document with nothing after it."),
        body(
            "login",
            "{\"username\":\"admin\",\"password\":\"x\"}{\"username\":\"admin\",\"password\":\"y\"}"));
    assertTrue(
        body("login", "{\"username\":\"admin\",\"password\":\"x\"} garbage")
            .get("body")
            .startsWith("The request body is not valid JSON"));
    assertEquals(
        Map.of(
            "body",
            "The request body names the same field twice (password): name each field once."),
        body("login", "{\"username\":\"a\",\"password\":\"x\",\"password\":\"y\"}"));
    assertEquals(Map.of("body", "The request needs a JSON body."), body("login", "  "));
  }

  @Test
  void datesAreRealAndWithinTheServiceYears() {
    for (String date : List.of("+999999999-12-31", "1899-12-31", "3000-01-01", "2026-02-30")) {
      var problems =
          body(
              "createPayScale",
              "{\"zone\":\"NATIONAL\",\"effectiveFrom\":\""
                  + date
                  + "\",\"status\":\"AGREED\",\"points\":[{\"number\":1,\"annualSalaryPence\":100}]}");
      assertEquals(
          Map.of(
              "effectiveFrom",
              "The field effectiveFrom must be a real date between 1900 and 2999, written like"
                  + " 2026-04-01."),
          problems,
          date);
    }
    assertEquals(
        Map.of(),
        body(
            "createPayScale",
            "{\"zone\":\"NATIONAL\",\"effectiveFrom\":\"2999-12-31\",\"status\":\"AGREED\","
                + "\"points\":[{\"number\":1,\"annualSalaryPence\":100}]}"));
    assertTrue(query("listPayBands", "query", "date", "+999999999-12-31").containsKey("date"));
  }

  @Test
  void numbersOutsideTheirRangeOrWithFractionsAreRefused() {
    var problems =
        body(
            "createPayScale",
            "{\"zone\":\"NATIONAL\",\"effectiveFrom\":\"2026-04-01\",\"status\":\"AGREED\","
                + "\"points\":[{\"number\":1.5,\"annualSalaryPence\":99999999999999999999}]}");
    assertEquals(
        Map.of(
            "points[0].annualSalaryPence",
            "The field points[0].annualSalaryPence must be 100000000 or less.",
            "points[0].number",
            "The field points[0].number must be a whole number, not a number with a fraction (1.5)."),
        problems);
  }

  @Test
  void unknownFieldsAndUnknownValuesAreNamed() {
    var problems = body("changeSchemeStatus", "{\"status\":\"ARCHIVED\",\"reason\":\"tidy up\"}");
    assertEquals(
        Map.of(
            "reason",
            "The field reason is not part of this request: remove it.",
            "status",
            "The field status must be one of DRAFT, ACTIVE or RETIRED."),
        problems);
  }

  @Test
  void emptyOrMalformedParametersAreNamed() {
    assertEquals(
        Map.of("status", "The parameter status is empty: give it a value or leave it out."),
        query("listEvaluations", "query", "status", ""));
    var problems = query("listEvaluations", "query", "page", "0", "size", "abc", "page", "2");
    assertEquals(
        Map.of(
            "page", "Give the parameter page once, not 2 times.",
            "size", "The parameter size must be a whole number, not text."),
        problems);
    assertEquals(
        Map.of(
            "bandId",
            "The parameter bandId must be an id, such as 3fa85f64-5717-4562-b3fc-2c963f66afa6."),
        query("getPayBand", "path", "bandId", "nope"));
  }

  @Test
  void validRequestsPass() {
    assertEquals(
        Map.of(),
        body(
            "createRebanding",
            "{\"evaluationId\":\"" + ID + "\",\"replacesJobDescriptionIds\":[\"" + ID + "\"]}"));
    assertEquals(
        Map.of(), body("login", "{\"username\":\"admin\",\"password\":\"bandwise-demo\"}"));
    assertEquals(Map.of(), query("listEvaluations", "query", "status", "REQUESTED", "page", "2"));
  }

  @Test
  void everyOperationHasItsValidators() {
    assertTrue(ContractValidation.operations().size() >= 50);
    ContractValidation.operations()
        .values()
        .forEach(o -> o.parameters().forEach(p -> assertTrue(p.schema() != null, o.id())));
  }
}
