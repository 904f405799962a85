package org.bandwise.platform.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the client can act on, answered as RFC 9457 problem+json. Thrown from rules and
 * boundaries; the transaction it crosses is rolled back, so nothing half-written is left behind.
 */
public class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String slug;
  private final String title;
  private final List<FieldProblem> fieldProblems;
  private final Integer retryAfterSeconds;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private String existingId;

  public ProblemException(
      int status,
      String slug,
      String title,
      String detail,
      List<FieldProblem> fieldProblems,
      Integer retryAfterSeconds) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.fieldProblems = List.copyOf(fieldProblems);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public static ProblemException invalid(List<FieldProblem> problems) {
    String detail =
        problems.size() == 1
            ? Sentences.about(problems.get(0).field(), problems.get(0).message())
            : "The request has "
                + problems.size()
                + " problems; each is listed with the field it is about.";
    return new ProblemException(
        400, "validation", "The request is not valid", detail, problems, null);
  }

  public static ProblemException invalid(String field, String message) {
    return invalid(List.of(new FieldProblem(field, message)));
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(404, "not-found", "Not found", detail, List.of(), null);
  }

  public static ProblemException conflict(String field, String message) {
    return new ProblemException(
        409,
        "conflict",
        "Conflicts with an existing record",
        Sentences.about(field, message),
        List.of(new FieldProblem(field, message)),
        null);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, "forbidden", "Forbidden", detail, List.of(), null);
  }

  public static ProblemException unauthorized(String detail) {
    return new ProblemException(401, "unauthorized", "Sign in required", detail, List.of(), null);
  }

  public static ProblemException preconditionRequired() {
    return new ProblemException(
        428,
        "precondition-required",
        "If-Match required",
        "Send the record's ETag in an If-Match header, so a change never overwrites someone else's.",
        List.of(),
        null);
  }

  public static ProblemException preconditionFailed() {
    return new ProblemException(
        412,
        "precondition-failed",
        "Changed by someone else",
        "Someone else changed this record after you read it. Read it again, then make your change.",
        List.of(),
        null);
  }

  public static ProblemException tooManyRequests(String detail, int retryAfterSeconds) {
    return new ProblemException(
        429, "too-many-requests", "Too many attempts", detail, List.of(), retryAfterSeconds);
  }

  /** Seconds a client should wait before repeating a request refused with a 503. */
  public static final int RETRY_AFTER_SECONDS = 5;

  /** The database cannot be reached: nothing was changed, and the request can be repeated. */
  public static ProblemException databaseUnavailable() {
    return unavailable(
        "Bandwise cannot reach its database at the moment, so nothing was changed. Try again in a"
            + " few seconds.");
  }

  public static ProblemException unavailable(String detail) {
    return new ProblemException(
        503, "service-unavailable", "Service unavailable", detail, List.of(), RETRY_AFTER_SECONDS);
  }

  /** Adds a response header (for example the rate limit that applies). */
  public ProblemException withHeader(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** Names the record a 409 clashes with (the problem's {@code existingId}). */
  public ProblemException withExistingId(String id) {
    this.existingId = id;
    return this;
  }

  public String existingId() {
    return existingId;
  }

  public Map<String, String> headers() {
    return Map.copyOf(headers);
  }

  public int status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public List<FieldProblem> fieldProblems() {
    return fieldProblems;
  }

  public Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
