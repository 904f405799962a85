package org.bandwise.calendar.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bundled list of England and Wales bank holidays ({@code calendar/england-and-wales-bank-
 * holidays.csv}, 2018 to 2030, substitute days included). It only seeds the calendar: HR admins
 * keep the live list, and the working-day rule takes whatever set of holidays it is given.
 *
 * <p>The file is {@code date,title} per line (ISO dates, titles without commas), with a header line
 * and {@code #} comment lines.
 */
public final class BankHolidays {

  /** Where the bundled list lives on the class path. */
  public static final String RESOURCE = "/calendar/england-and-wales-bank-holidays.csv";

  private static final List<BankHoliday> ENGLAND_AND_WALES = load();

  private BankHolidays() {}

  /** The bundled England and Wales list, oldest first. */
  public static List<BankHoliday> englandAndWales() {
    return ENGLAND_AND_WALES;
  }

  /**
   * Reads a {@code date,title} list.
   *
   * @throws IllegalArgumentException naming the line when a date or title is missing or malformed,
   *     or a date is listed twice
   */
  public static List<BankHoliday> parse(Reader source) throws IOException {
    var holidays = new ArrayList<BankHoliday>();
    Set<LocalDate> seen = new HashSet<>();
    var lines = new BufferedReader(source);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.equals("date,title")) {
        continue;
      }
      int comma = trimmed.indexOf(',');
      if (comma < 0 || trimmed.substring(comma + 1).isBlank()) {
        throw new IllegalArgumentException("Line " + number + " needs a date and a title.");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(trimmed.substring(0, comma).strip());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("Line " + number + " has no valid date.", e);
      }
      if (!seen.add(date)) {
        throw new IllegalArgumentException("Line " + number + " lists a date already listed.");
      }
      holidays.add(new BankHoliday(date, trimmed.substring(comma + 1).strip()));
    }
    holidays.sort((a, b) -> a.date().compareTo(b.date()));
    return List.copyOf(holidays);
  }

  private static List<BankHoliday> load() {
    try (InputStream in = BankHolidays.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The bundled bank holiday list is missing: " + RESOURCE);
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
