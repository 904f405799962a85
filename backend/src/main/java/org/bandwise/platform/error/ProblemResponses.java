package org.bandwise.platform.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.bandwise.api.model.FieldError;
import org.bandwise.api.model.Problem;

/** Builds the one problem+json shape the contract defines. */
public final class ProblemResponses {

  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
  public static final String TYPE_BASE = "https://bandwise.example/problems/";

  private ProblemResponses() {}

  public static Response of(ProblemException problem, String instance) {
    Problem body =
        body(
            problem.status(),
            problem.slug(),
            problem.title(),
            problem.getMessage(),
            instance,
            problem.fieldProblems());
    if (problem.existingId() != null) {
      body.setExistingId(UUID.fromString(problem.existingId()));
    }
    Response.ResponseBuilder builder =
        Response.status(problem.status()).type(PROBLEM_JSON).entity(body);
    if (problem.retryAfterSeconds() != null) {
      builder.header("Retry-After", problem.retryAfterSeconds());
    }
    problem.headers().forEach(builder::header);
    return builder.build();
  }

  public static Problem body(
      int status,
      String slug,
      String title,
      String detail,
      String instance,
      List<FieldProblem> fields) {
    Problem body =
        new Problem()
            .type(TYPE_BASE + slug)
            .title(title)
            .status(status)
            .detail(Sentences.of(detail))
            .instance(instance);
    if (!fields.isEmpty()) {
      body.setErrors(
          fields.stream()
              .map(
                  f ->
                      new FieldError()
                          .field(f.field())
                          .message(Sentences.about(f.field(), f.message())))
              .toList());
    } else {
      body.setErrors(null);
    }
    return body;
  }
}
