package org.bandwise.platform.error;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.jersey.server.ParamException;

/**
 * Turns every failure into problem+json: client mistakes into a 4xx that names the field, anything
 * else into a 500 that reveals nothing (no stack trace, no SQL) and is logged with an id to find it
 * by.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
  private static final Pattern JSONB_PROPERTY =
      Pattern.compile("property '?([A-Za-z0-9_]+)'?", Pattern.CASE_INSENSITIVE);

  @Context UriInfo uriInfo;
  @Context ResourceInfo resourceInfo;

  @Override
  public Response toResponse(Throwable thrown) {
    return ProblemResponses.of(translate(thrown), instance());
  }

  ProblemException translate(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ProblemException problem) {
        return problem;
      }
      if (t instanceof ConstraintViolationException violations) {
        return ProblemException.invalid(
            ConstraintViolations.fieldProblems(violations, resourceInfo));
      }
      if (t instanceof OptimisticLockException) {
        return ProblemException.preconditionFailed();
      }
      if (t instanceof SQLIntegrityConstraintViolationException) {
        return new ProblemException(
            409,
            "conflict",
            "Conflicts with an existing record",
            "The change clashes with a record that already exists.",
            List.of(),
            null);
      }
      if (t instanceof ParamException param) {
        return ProblemException.invalid(
            param.getParameterName(), "is not valid: " + describeExpected(param));
      }
      if (t instanceof JsonbException
          || (t instanceof ProcessingException && t.getCause() instanceof JsonbException)) {
        return unreadableBody(t);
      }
      if (t instanceof NotAuthorizedException) {
        return ProblemException.unauthorized(
            "Sign in to use Bandwise. Your session may have ended.");
      }
      if (t instanceof WebApplicationException web) {
        return fromStatus(web);
      }
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, thrown);
    return new ProblemException(
        500,
        "server-error",
        "Something went wrong",
        "Something went wrong on the server and nothing was changed. Incident " + incident + ".",
        List.of(),
        null);
  }

  private ProblemException fromStatus(WebApplicationException web) {
    int status = web.getResponse().getStatus();
    if (web instanceof NotFoundException || status == 404) {
      return ProblemException.notFound("There is nothing at this address.");
    }
    if (status == 403) {
      return ProblemException.forbidden("Your role does not allow this.");
    }
    if (web instanceof NotAllowedException) {
      return new ProblemException(
          405,
          "method-not-allowed",
          "Method not allowed",
          "This address does not accept " + "that method.",
          List.of(),
          null);
    }
    if (web instanceof NotSupportedException) {
      return new ProblemException(
          415,
          "unsupported-media-type",
          "Unsupported media type",
          "Send JSON (application/json).",
          List.of(),
          null);
    }
    if (status == 400) {
      return unreadableBody(web);
    }
    return new ProblemException(
        status, "http-" + status, "Request failed", web.getMessage(), List.of(), null);
  }

  private ProblemException unreadableBody(Throwable t) {
    String field = "body";
    boolean wholeNumber = false;
    for (Throwable c = t; c != null; c = c.getCause()) {
      String message = c.getMessage();
      if (message != null) {
        Matcher m = JSONB_PROPERTY.matcher(message);
        if (m.find()) {
          field = m.group(1);
        }
        wholeNumber |= message.contains("whole number");
      }
    }
    String message;
    if (wholeNumber) {
      message =
          field.endsWith("Pence") ? "must be a whole number of pence" : "must be a whole number";
    } else {
      message =
          "body".equals(field)
              ? "is not valid JSON for this request"
              : "has a value of the wrong type";
    }
    return ProblemException.invalid(field, message);
  }

  private static String describeExpected(ParamException param) {
    return param instanceof ParamException.PathParamException
            || param instanceof ParamException.QueryParamException
        ? "expected a value of the documented format (for example a UUID or a date like 2026-04-01)"
        : "expected a value of the documented format";
  }

  private String instance() {
    return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
  }
}
