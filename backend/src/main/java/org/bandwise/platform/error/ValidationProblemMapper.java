package org.bandwise.platform.error;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures as problem+json. Registered for the exact exception type so that it wins
 * over the server's own mapper, which would answer with an HTML page.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ValidationException> {

  @Context UriInfo uriInfo;
  @Context ResourceInfo resourceInfo;

  @Override
  public Response toResponse(ValidationException exception) {
    ProblemException problem =
        exception instanceof ConstraintViolationException violations
            ? ProblemException.invalid(ConstraintViolations.fieldProblems(violations, resourceInfo))
            : ProblemException.invalid("body", "is not valid");
    return ProblemResponses.of(
        problem, uriInfo == null ? null : uriInfo.getRequestUri().getRawPath());
  }
}
