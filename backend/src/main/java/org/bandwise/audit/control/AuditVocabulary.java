package org.bandwise.audit.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit trail in plain English. Snapshots keep values as the records hold them (codes such as
 * {@code IN_PANEL}, ISO dates, ids); people read labels, words, "1 April 2026" and names. Unknown
 * fields, kinds and actions (added by later components) still read as words, never as codes.
 */
public final class AuditVocabulary {

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern WHOLE_ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
  private static final Pattern UUID =
      Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
  private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$");
  private static final Pattern CODE_IN_TEXT =
      Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
  private static final Pattern FACTOR_FIELD =
      Pattern.compile("^factors\\.([^.]+)(?:\\.(description|level(\\d+)))?$");

  private static final Map<String, String> KINDS =
      Map.ofEntries(
          Map.entry("USER", "User"),
          Map.entry("PAY_STRUCTURE", "Pay structure"),
          Map.entry("PAY_BAND", "Pay band"),
          Map.entry("PAY_SCALE", "Pay scale"),
          Map.entry("SCHEME", "Job evaluation scheme"),
          Map.entry("JOB_DESCRIPTION", "Job description"),
          Map.entry("JD_VERSION", "Job description version"),
          Map.entry("EVALUATION", "Evaluation"),
          Map.entry("STAFF_IMPORT", "Staff import"),
          Map.entry("STAFF", "Staff record"),
          Map.entry("REBANDING", "Re-banding"),
          Map.entry("PROTECTION", "Pay protection"),
          Map.entry("APPEAL", "Appeal"),
          Map.entry("BANK_HOLIDAY", "Bank holiday"),
          Map.entry("VACANCY", "Vacancy"),
          Map.entry("RING_FENCE", "Ring-fence rule"),
          Map.entry("OFFER", "Offer"),
          Map.entry("STAFF_CRITERIA", "Criteria held"),
          Map.entry("STATUTORY_PRIORITY", "Statutory priority"));

  private static final Map<String, String> ACTIONS =
      Map.ofEntries(
          Map.entry("CREATED", "Created"),
          Map.entry("UPDATED", "Changed"),
          Map.entry("RETIRED", "Retired"),
          Map.entry("DISABLED", "Disabled"),
          Map.entry("ENABLED", "Enabled"),
          Map.entry("PASSWORD_RESET", "Password reset"),
          Map.entry("PASSWORD_CHANGED", "Password changed by its owner"),
          Map.entry("ACTIVATED", "Activated"),
          Map.entry("VERSIONED", "New version started"),
          Map.entry("SUBMITTED", "Submitted"),
          Map.entry("RETURNED_TO_DRAFT", "Returned to draft"),
          Map.entry("HOLDERS_CHANGED", "Post holders changed"),
          Map.entry("REQUESTED", "Evaluation requested"),
          Map.entry("ACCEPTED", "Request accepted"),
          Map.entry("REJECTED", "Request rejected"),
          Map.entry("PANEL_SET", "Panel set"),
          Map.entry("LEVEL_AGREED", "Level agreed"),
          Map.entry("CHECKED", "Consistency check recorded"),
          Map.entry("PUBLISHED", "Outcome published"),
          Map.entry("IN_FORCE", "Put in force"),
          Map.entry("SUPERSEDED", "Superseded"),
          Map.entry("EVIDENCE_ADDED", "Evidence added"),
          Map.entry("EVIDENCE_WITHDRAWN", "Evidence withdrawn"),
          Map.entry("OUTCOME", "New outcome published on appeal"),
          Map.entry("NOTE", "Note added"),
          Map.entry("DELETED", "Deleted"),
          Map.entry("RING_FENCE_OPENED", "Opened to the ring-fenced pool"),
          Map.entry("INTERNAL_OPENED", "Opened to internal applicants"),
          Map.entry("EXTERNAL_OPENED", "Opened to external applicants"),
          Map.entry("WITHDRAWN", "Withdrawn"),
          Map.entry("POOL_DECISION", "Pool decision recorded"),
          Map.entry("INTEREST_EXPRESSED", "Interest expressed"),
          Map.entry("INTEREST_WITHDRAWN", "Interest withdrawn"),
          Map.entry("OFFER_MADE", "Offer made"),
          Map.entry("OFFER_ENDED", "Offer ended"),
          Map.entry("POST_FILLED", "Post filled"),
          Map.entry("OFFER_ACCEPTED", "Offer accepted"),
          Map.entry("DECLINED", "Offer declined"),
          Map.entry("TRIAL_EXTENDED", "Trial extended"),
          Map.entry("TRIAL_CONFIRMED", "Trial confirmed"),
          Map.entry("TRIAL_NOT_SUCCESSFUL", "Trial not successful"),
          Map.entry("APPOINTED", "Appointed to a post"),
          Map.entry("IMPORTED", "Imported"),
          Map.entry("TRAINING_CATALOGUE_SET", "Training catalogue set"));

  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("username", "Username"),
          Map.entry("displayName", "Name"),
          Map.entry("roles", "Roles"),
          Map.entry("union", "Trade union"),
          Map.entry("enabled", "Can sign in"),
          Map.entry("structure", "Pay structure"),
          Map.entry("code", "Code"),
          Map.entry("name", "Name"),
          Map.entry("rank", "Rank"),
          Map.entry("description", "Description"),
          Map.entry("openToNewEntrants", "Open to new entrants"),
          Map.entry("retired", "Retired"),
          Map.entry("band", "Pay band"),
          Map.entry("bandId", "Pay band"),
          Map.entry("zone", "Pay zone"),
          Map.entry("effectiveFrom", "Effective from"),
          Map.entry("status", "Status"),
          Map.entry("note", "Note"),
          Map.entry("points", "Pay points"),
          Map.entry("reference", "Reference"),
          Map.entry("benchmark", "Benchmark job"),
          Map.entry("title", "Job title"),
          Map.entry("holders", "Post holders"),
          Map.entry("number", "Version number"),
          Map.entry("roleFamily", "Role family"),
          Map.entry("directorate", "Directorate"),
          Map.entry("purpose", "Job purpose"),
          Map.entry("mainDuties", "Main duties"),
          Map.entry("programmes", "Programmes delivered"),
          Map.entry("criteria", "Person specification"),
          Map.entry("version", "Version"),
          Map.entry("illustrative", "Illustrative figures"),
          Map.entry("nearBoundaryPoints", "Near a band boundary within (points)"),
          Map.entry("bandRanges", "Band ranges"),
          Map.entry("priority", "Priority"),
          Map.entry("decisionReason", "Reason for the decision"),
          Map.entry("schemeId", "Scheme"),
          Map.entry("panel", "Panel"),
          Map.entry("checkConclusion", "Consistency check conclusion"),
          Map.entry("total", "Total points"));

  /** Fields whose values are codes from a fixed list. */
  private static final Set<String> CODED_FIELDS =
      Set.of("status", "priority", "roles", "union", "zone", "requesterType", "side");

  private static final Map<String, String> CODES =
      Map.ofEntries(
          Map.entry("HR_ADMIN", "HR admin"),
          Map.entry("HR_EVALUATOR", "HR evaluator"),
          Map.entry("UNION_REP", "Union rep"),
          Map.entry("STAFF", "Staff member"),
          Map.entry("AUDITOR", "Auditor"),
          Map.entry("NAPO", "Napo"),
          Map.entry("UNISON", "UNISON"),
          Map.entry("GMB", "GMB"),
          Map.entry("P1", "P1 (urgent)"),
          Map.entry("P2", "P2 (routine)"),
          Map.entry("HR", "HR"),
          Map.entry("IN_FORCE", "In force"),
          Map.entry("IN_PANEL", "With the panel"),
          Map.entry("UNDER_EVALUATION", "Under evaluation"));

  /**
   * Words that stand at the start of person-specification lines ("ESSENTIAL QUALIFICATION: ...").
   */
  private static final Map<String, String> CRITERION_WORDS =
      Map.of(
          "ESSENTIAL", "Essential",
          "DESIRABLE", "Desirable",
          "QUALIFICATION", "qualification",
          "TRAINING", "training",
          "EXPERIENCE", "experience",
          "KNOWLEDGE", "knowledge",
          "SKILL", "skill",
          "OTHER", "requirement");

  private AuditVocabulary() {}

  /** "PAY_SCALE" → "Pay scale". */
  public static String kind(String entityType) {
    return KINDS.getOrDefault(entityType, words(entityType));
  }

  /** "LEVEL_AGREED" → "Level agreed". */
  public static String action(String action) {
    return ACTIONS.getOrDefault(action, words(action));
  }

  /**
   * A field's name as people read it. A scheme's factor fields ({@code factors.WC.level2}) are
   * named by the factor, found in the same snapshot ({@code factors.WC = "3. Working conditions"}).
   */
  public static String field(String field, Map<String, String> snapshot) {
    Matcher factor = FACTOR_FIELD.matcher(field);
    if (factor.matches()) {
      String factorName = factorName(snapshot.get("factors." + factor.group(1)), factor.group(1));
      if (factor.group(2) == null) {
        return "Factor: " + factorName;
      }
      if (factor.group(3) != null) {
        return factorName + ": level " + factor.group(3);
      }
      return factorName + ": description";
    }
    String known = FIELDS.get(field);
    return known != null ? known : words(field);
  }

  /**
   * A value as people read it: yes or no, "1 April 2026", names instead of ids, words instead of
   * codes, lists joined with commas. {@code names} gives the name of a record id, or null.
   */
  public static String value(String field, String raw, Function<String, String> names) {
    if (raw == null) {
      return null;
    }
    String value = raw.strip();
    if (value.equals("true")) {
      return "Yes";
    }
    if (value.equals("false")) {
      return "No";
    }
    if (value.startsWith("[") && value.endsWith("]")) {
      List<String> items = jsonArray(value);
      if (items != null) {
        return items.isEmpty()
            ? "None"
            : String.join(", ", items.stream().map(i -> value(field, i, names)).toList());
      }
    }
    if (UUID.matcher(value).matches()) {
      String name = names.apply(value);
      return name != null ? name : "Another record";
    }
    if (WHOLE_ISO_DATE.matcher(value).matches()) {
      return dates(value);
    }
    if (CODED_FIELDS.contains(field) && CODE.matcher(value).matches()) {
      String name = "zone".equals(field) ? names.apply("zone:" + value) : null;
      return name != null ? name : code(value);
    }
    if ("criteria".equals(field)) {
      return criteria(value);
    }
    return text(value);
  }

  /** Free text with ISO dates written out and multi-word codes (IN_PANEL) turned into words. */
  public static String text(String text) {
    if (text == null) {
      return null;
    }
    String withDates = dates(text);
    Matcher codes = CODE_IN_TEXT.matcher(withDates);
    StringBuilder out = new StringBuilder();
    while (codes.find()) {
      codes.appendReplacement(
          out, Matcher.quoteReplacement(code(codes.group()).toLowerCase(Locale.UK)));
    }
    codes.appendTail(out);
    return out.toString();
  }

  /** "2026-04-01" anywhere in the text → "1 April 2026" (impossible dates are left as they are). */
  static String dates(String text) {
    Matcher m = ISO_DATE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement;
      try {
        replacement =
            LONG_DATE.format(
                LocalDate.of(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
      } catch (DateTimeException notADate) {
        replacement = m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * A code as words: the known ones by name, the rest in sentence case ("IN_PANEL" → "In panel").
   */
  static String code(String code) {
    String known = CODES.get(code);
    return known != null ? known : words(code);
  }

  /** "REQUEST_DECIDED" → "Request decided"; "openToNewEntrants" → "Open to new entrants". */
  static String words(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    String spaced =
        name.contains("_") || name.equals(name.toUpperCase(Locale.UK))
            ? name.replace('_', ' ').toLowerCase(Locale.UK)
            : name.replace('.', ' ')
                .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .toLowerCase(Locale.UK);
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  private static String criteria(String value) {
    List<String> lines = new ArrayList<>();
    for (String line : value.split("\n", -1)) {
      String[] words = line.split(" ", 3);
      if (words.length == 3
          && CRITERION_WORDS.containsKey(words[0])
          && words[1].endsWith(":")
          && CRITERION_WORDS.containsKey(words[1].substring(0, words[1].length() - 1))) {
        String type = words[1].substring(0, words[1].length() - 1);
        lines.add(
            CRITERION_WORDS.get(words[0])
                + " "
                + CRITERION_WORDS.get(type)
                + ": "
                + text(words[2]));
      } else {
        lines.add(text(line));
      }
    }
    return String.join("\n", lines);
  }

  private static String factorName(String snapshotValue, String code) {
    if (snapshotValue == null) {
      return words(code);
    }
    return snapshotValue.replaceFirst("^\\d+\\.\\s*", "");
  }

  private static List<String> jsonArray(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonArray array = reader.readArray();
      List<String> items = new ArrayList<>();
      for (JsonValue item : array) {
        items.add(item instanceof JsonString s ? s.getString() : item.toString());
      }
      return items;
    } catch (RuntimeException notAnArray) {
      return null;
    }
  }
}
