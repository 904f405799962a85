package org.bandwise.workforce.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.bandwise.platform.domain.InvalidInput;

/**
 * The rules one row of a staff file must meet, and the header row's: every problem of a row is
 * reported (not just the first), each naming its column as the template does, in a sentence a
 * person can act on. Values are checked against reference data read once per import ({@link
 * ImportReferences}); nothing here touches the database.
 */
public final class StaffRowRules {

  /**
   * Contracted hours a week an import accepts: more than 0 and at most 48 (the working-time cap).
   */
  public static final BigDecimal MAX_WEEKLY_HOURS = BigDecimal.valueOf(48);

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter UK =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern UK_SHAPE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
  private static final Pattern WHOLE = Pattern.compile("\\d{1,15}");

  private static final Map<String, String> WORDS = new HashMap<>();

  static {
    WORDS.put("staff_number", "staff number");
    WORDS.put("first_name", "first name");
    WORDS.put("last_name", "last name");
    WORDS.put("work_email", "work email address");
    WORDS.put("username", "username");
    WORDS.put("post_number", "post number");
    WORDS.put("jd_reference", "JD reference");
    WORDS.put("unit", "unit");
    WORDS.put("pay_zone", "pay zone");
    WORDS.put("pay_structure", "pay structure");
    WORDS.put("band", "band");
    WORDS.put("pay_point", "pay point");
    WORDS.put("weekly_hours", "weekly hours");
    WORDS.put("start_date", "start date");
    WORDS.put("leaving_date", "leaving date");
    WORDS.put("sex", "sex");
    WORDS.put("ethnicity", "ethnic group");
    WORDS.put("disability", "disability");
    WORDS.put("date_of_birth", "date of birth");
    WORDS.put("union", "trade union");
    WORDS.put("allowances_pence", "allowances");
    WORDS.put("bonus_pence", "bonus");
    WORDS.put("full_pay", "full pay");
  }

  private StaffRowRules() {}

  /**
   * Reads the header row: the position of each known column. Unknown, repeated and missing required
   * columns are added to {@code errors} (row 0).
   */
  public static Map<String, Integer> header(List<String> cells, List<ImportError> errors) {
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String raw = cells.get(i) == null ? "" : cells.get(i);
      String name = raw.strip().toLowerCase(Locale.ROOT);
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      if (name.isEmpty()) {
        if (cells.size() > 1 || i > 0) {
          errors.add(
              ImportError.file(
                  null, "Column " + (i + 1) + " has no name. Use the template's column names."));
        }
        continue;
      }
      if (!StaffFileColumns.COLUMNS.contains(name)) {
        errors.add(
            ImportError.file(
                raw.strip(),
                "The column "
                    + raw.strip()
                    + " is not in the template. Remove it or use one of the template's column"
                    + " names."));
      } else if (positions.putIfAbsent(name, i) != null) {
        errors.add(ImportError.file(name, "The column " + name + " appears more than once."));
      }
    }
    for (String required : StaffFileColumns.REQUIRED) {
      if (!positions.containsKey(required)) {
        errors.add(
            ImportError.file(
                required, "The file has no " + required + " column. Every row needs one."));
      }
    }
    return positions;
  }

  /**
   * Checks one row. Answers the typed row, or null when it has errors (added to {@code errors}).
   *
   * @param cell a cell of this row by column name, null when the file has no such column
   */
  public static StaffLine check(
      int row,
      Function<String, String> cell,
      Set<String> columns,
      ImportReferences refs,
      LocalDate effectiveFrom,
      List<ImportError> errors) {
    Row r = new Row(row, cell, errors);
    String staffNumber = r.text("staff_number", 20, true);
    r.staffNumber = staffNumber == null ? blankToNull(cell.apply("staff_number")) : staffNumber;
    String firstName = r.text("first_name", 100, true);
    String lastName = r.text("last_name", 100, true);
    String email = r.text("work_email", 254, false);
    if (email != null && (!email.contains("@") || email.contains(" "))) {
      r.error("work_email", "Enter the work email address in the form name@example.org.");
    }
    String username = r.text("username", 50, false);
    String userId = null;
    if (username != null) {
      userId = refs.usersByName().get(ImportReferences.key(username));
      if (userId == null) {
        r.error(
            "username",
            "There is no sign-in account with the username "
                + username
                + ". Leave the username blank or create the account first.");
      }
    }
    String postNumber = r.text("post_number", 30, false);
    String jdReference = r.text("jd_reference", 100, false);
    String jdId = null;
    if (jdReference != null) {
      jdId = refs.jdsByReference().get(ImportReferences.key(jdReference));
      if (jdId == null) {
        r.error(
            "jd_reference", "There is no job description with the reference " + jdReference + ".");
      }
    }
    String unit = r.text("unit", 200, false);

    String zone = refs.defaultZone();
    String zoneText = r.text("pay_zone", 100, false);
    if (zoneText != null) {
      zone = refs.zones().get(ImportReferences.key(zoneText));
      if (zone == null) {
        r.error("pay_zone", "There is no pay zone " + zoneText + ".");
      }
    }
    ImportReferences.Structure structure = refs.defaultStructure();
    String structureText = r.text("pay_structure", 100, false);
    if (structureText != null) {
      structure = refs.structure(structureText).orElse(null);
      if (structure == null) {
        r.error("pay_structure", "There is no pay structure " + structureText + ".");
      }
    } else if (structure == null) {
      r.error("pay_structure", "Enter the pay structure: there is no default one.");
    }
    ImportReferences.Band band = null;
    String bandText = r.text("band", 100, true);
    if (bandText != null && structure != null) {
      band = refs.band(structure.id(), bandText).orElse(null);
      if (band == null) {
        r.error("band", "There is no band " + bandText + " in " + structure.name() + ".");
      }
    }
    Integer point = null;
    String pointText = r.text("pay_point", 10, true);
    if (pointText != null) {
      if (!WHOLE.matcher(pointText).matches() || pointText.length() > 6) {
        r.error("pay_point", "Enter the pay point as a whole number, like 3.");
      } else {
        point = Integer.parseInt(pointText);
        int number = point;
        if (band != null && zone != null) {
          List<ScalePoint> points = refs.pointsOn(band, zone, effectiveFrom);
          if (points.isEmpty()) {
            r.error(
                "pay_point",
                band.name()
                    + " has no agreed pay scale for this pay zone in force on "
                    + DisplayDates.format(effectiveFrom)
                    + ".");
          } else if (points.stream().noneMatch(p -> p.number() == number)) {
            r.error(
                "pay_point",
                band.name()
                    + " has no pay point "
                    + point
                    + ". Its points are "
                    + pointList(points)
                    + ".");
          }
        }
      }
    }
    BigDecimal hours = null;
    String hoursText = r.text("weekly_hours", 10, true);
    if (hoursText != null) {
      try {
        hours = new BigDecimal(hoursText);
        if (hours.signum() <= 0 || hours.compareTo(MAX_WEEKLY_HOURS) > 0) {
          r.error("weekly_hours", "Weekly hours must be more than 0 and no more than 48.");
          hours = null;
        } else if (hours.stripTrailingZeros().scale() > 2) {
          r.error(
              "weekly_hours", "Enter weekly hours to no more than 2 decimal places, like 18.5.");
          hours = null;
        } else {
          hours = hours.stripTrailingZeros();
          if (hours.scale() < 0) {
            hours = hours.setScale(0);
          }
        }
      } catch (NumberFormatException e) {
        r.error("weekly_hours", "Enter weekly hours as a number, like 37 or 18.5.");
      }
    }
    LocalDate start = r.date("start_date");
    LocalDate leaving = r.date("leaving_date");
    if (start != null && leaving != null && leaving.isBefore(start)) {
      r.error("leaving_date", "The leaving date must be the same as or after the start date.");
    }
    LocalDate dateOfBirth = r.date("date_of_birth");
    if (dateOfBirth != null && dateOfBirth.isAfter(effectiveFrom)) {
      r.error("date_of_birth", "The date of birth must be in the past.");
    }
    Sex sex = r.coded("sex", Sex::fromCode);
    EthnicGroup ethnic = r.coded("ethnicity", EthnicGroup::fromLabel);
    Disability disability = r.coded("disability", Disability::fromCode);
    String union = null;
    String unionText = r.text("union", 20, false);
    if (unionText != null) {
      String u = unionText.toUpperCase(Locale.ROOT);
      if (u.equals("NAPO") || u.equals("UNISON") || u.equals("GMB")) {
        union = u;
      } else if (!u.equals("NONE")) {
        r.error("union", "Enter the trade union as NAPO, UNISON or GMB, or leave it blank.");
      }
    }
    long allowances = r.pence("allowances_pence");
    long bonus = r.pence("bonus_pence");
    boolean fullPay = true;
    String fullPayText = r.text("full_pay", 5, false);
    if (fullPayText != null) {
      String f = fullPayText.toUpperCase(Locale.ROOT);
      if (f.equals("N")) {
        fullPay = false;
      } else if (!f.equals("Y")) {
        r.error("full_pay", "Enter full pay as Y or N.");
      }
    }
    if (postNumber == null && (jdReference != null || unit != null)) {
      r.error(
          postNumber == null && jdReference != null ? "jd_reference" : "unit",
          "Enter the post number: a JD reference and unit belong to a post.");
    }
    if (r.failed) {
      return null;
    }
    return new StaffLine(
        row,
        staffNumber,
        firstName,
        lastName,
        email,
        username,
        userId,
        postNumber,
        jdReference,
        jdId,
        unit,
        zone,
        structure,
        band,
        point,
        hours,
        start,
        leaving,
        sex,
        ethnic,
        disability,
        dateOfBirth,
        union,
        allowances,
        bonus,
        fullPay,
        columns);
  }

  /** A date as a file may hold it: {@code YYYY-MM-DD} or {@code DD/MM/YYYY}; null when neither. */
  public static LocalDate parseDate(String text) {
    String t = text.strip();
    try {
      if (ISO_SHAPE.matcher(t).matches()) {
        return LocalDate.parse(t, ISO);
      }
      if (UK_SHAPE.matcher(t).matches()) {
        return LocalDate.parse(t, UK);
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }

  private static String pointList(List<ScalePoint> points) {
    int first = points.get(0).number();
    int last = points.get(points.size() - 1).number();
    if (points.size() == 1) {
      return "only " + first;
    }
    if (last - first + 1 == points.size()) {
      return first + " to " + last;
    }
    List<String> numbers = new ArrayList<>();
    points.forEach(p -> numbers.add(Integer.toString(p.number())));
    return String.join(", ", numbers.subList(0, numbers.size() - 1))
        + " and "
        + numbers.get(numbers.size() - 1);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The cells of one row and the errors found in it so far. */
  private static final class Row {
    private final int row;
    private final Function<String, String> cell;
    private final List<ImportError> errors;
    private final Set<String> reported = new LinkedHashSet<>();
    String staffNumber;
    boolean failed;

    Row(int row, Function<String, String> cell, List<ImportError> errors) {
      this.row = row;
      this.cell = cell;
      this.errors = errors;
    }

    void error(String field, String message) {
      failed = true;
      if (reported.add(field + "|" + message)) {
        errors.add(new ImportError(row, staffNumber, field, message));
      }
    }

    /** A cell's text, trimmed; null when blank or absent. */
    String text(String column, int maxLength, boolean required) {
      String raw = cell.apply(column);
      String value = blankToNull(raw);
      if (value == null) {
        if (required && raw != null) {
          error(column, "Enter the " + WORDS.get(column) + ".");
        } else if (required) {
          // the file has no such column: reported once for the whole file, not on every row
          failed = true;
        }
        return null;
      }
      if (value.length() > maxLength) {
        error(
            column,
            capitalise(WORDS.get(column)) + " must be " + maxLength + " characters or fewer.");
        return null;
      }
      if (value.chars().anyMatch(ch -> ch < 0x20 && ch != '\t')) {
        error(column, capitalise(WORDS.get(column)) + " must not contain control characters.");
        return null;
      }
      return value;
    }

    LocalDate date(String column) {
      String value = text(column, 20, false);
      if (value == null) {
        return null;
      }
      LocalDate date = parseDate(value);
      if (date == null) {
        error(
            column,
            "Enter the "
                + WORDS.get(column)
                + " as a real date in the form YYYY-MM-DD or DD/MM/YYYY, like 01/08/2026.");
      }
      return date;
    }

    long pence(String column) {
      String value = text(column, 15, false);
      if (value == null) {
        return 0;
      }
      if (!WHOLE.matcher(value).matches()) {
        error(
            column,
            "Enter "
                + WORDS.get(column)
                + " in pence as a whole number of 0 or more, like 150000.");
        return 0;
      }
      return Long.parseLong(value);
    }

    <T> T coded(String column, Function<String, T> reader) {
      String value = text(column, 20, false);
      if (value == null) {
        return null;
      }
      try {
        return reader.apply(value);
      } catch (InvalidInput e) {
        error(column, e.getMessage());
        return null;
      }
    }
  }

  private static String capitalise(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
