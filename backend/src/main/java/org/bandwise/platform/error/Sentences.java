package org.bandwise.platform.error;

import java.util.List;
import java.util.Locale;

/**
 * Every message a client sees is a full sentence that starts with a capital letter and ends with a
 * full stop. Rules written before that convention say what is wrong with a field in a fragment
 * ("must be 0 points or more", "choose a pay band"): a fragment that describes the field is given
 * the field's name as its subject ("The field points must be 0 points or more."), any other is
 * capitalised and finished.
 */
public final class Sentences {

  /** Fragments that begin like these describe the field they are about. */
  private static final List<String> PREDICATES =
      List.of(
          "must ",
          "is ",
          "are ",
          "has ",
          "have ",
          "cannot ",
          "can ",
          "should ",
          "needs ",
          "lists ",
          "overlaps ",
          "leaves ",
          "repeats ",
          "was ",
          "does ",
          "expected ");

  private Sentences() {}

  /** A field's message as a sentence. */
  public static String about(String field, String message) {
    if (message == null || message.isBlank()) {
      return field == null || field.isBlank()
          ? "The request is not valid."
          : "The field " + field + " is not valid.";
    }
    String text = message.strip();
    if (Character.isLowerCase(text.charAt(0))
        && field != null
        && !field.isBlank()
        && PREDICATES.stream().anyMatch(text.toLowerCase(Locale.ROOT)::startsWith)) {
      text = ("body".equals(field) ? "The request body" : "The field " + field) + " " + text;
    }
    return of(text);
  }

  /** Capitalised, and finished with a full stop unless it already ends a sentence. */
  public static String of(String message) {
    if (message == null || message.isBlank()) {
      return message;
    }
    String text = message.strip();
    text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == '?' || last == '!' ? text : text + ".";
  }
}
