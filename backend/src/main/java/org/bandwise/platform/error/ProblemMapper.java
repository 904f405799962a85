package org.bandwise.platform.error;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
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
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bandwise.platform.domain.DomainException;
import org.bandwise.platform.domain.ExistingRecordConflict;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.NotPermitted;
import org.bandwise.platform.domain.NotSignedIn;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.domain.StaleRecord;
import org.bandwise.platform.domain.TooManyAttempts;
import org.bandwise.platform.http.StrictJson;
import org.bandwise.platform.persistence.DatabaseFaults;
import org.bandwise.platform.persistence.DatabaseProbe;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.glassfish.jersey.server.ParamException;

/**
 * Turns every failure into problem+json: client mistakes into a 4xx that names the field, anything
 * else into a 500 that reveals nothing (no stack trace, no SQL) and is logged with an id to find it
 * by.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final int MYSQL_DUPLICATE_KEY = 1062;

  /** MySQL/MariaDB: lock wait timeout exceeded (1205), deadlock found (1213). */
  private static final Set<Integer> MYSQL_LOCK_CONFLICTS = Set.of(1205, 1213);

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
  private static final Pattern JSONB_PROPERTY =
      Pattern.compile("property '?([A-Za-z0-9_]+)'?", Pattern.CASE_INSENSITIVE);

  @Context UriInfo uriInfo;
  @Context ResourceInfo resourceInfo;

  public ProblemMapper() {}

  ProblemMapper(UriInfo uriInfo, ResourceInfo resourceInfo) {
    this.uriInfo = uriInfo;
    this.resourceInfo = resourceInfo;
  }

  @Override
  public Response toResponse(Throwable thrown) {
    return ProblemResponses.of(translate(thrown), instance());
  }

  /** The problem a failure is answered with (for filters that answer outside JAX-RS). */
  public ProblemException problemFor(Throwable thrown) {
    return translate(thrown);
  }

  ProblemException translate(Throwable thrown) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof ProblemException problem) {
        return problem;
      }
      if (t instanceof DomainException refused) {
        return fromRule(refused);
      }
      if (DatabaseFaults.isUnavailable(t)) {
        return ProblemException.databaseUnavailable();
      }
      if (t instanceof ConstraintViolationException violations) {
        return ProblemException.invalid(
            ConstraintViolations.fieldProblems(violations, resourceInfo));
      }
      if (t instanceof OptimisticLockException) {
        return ProblemException.preconditionFailed();
      }
      if (isConstraintViolation(t)) {
        return clash();
      }
      if (isConcurrentChange(t)) {
        return concurrentChange();
      }
      if (t instanceof ParamException param) {
        return ProblemException.invalid(
            param.getParameterName(),
            "The parameter "
                + param.getParameterName()
                + " is not valid: "
                + describeExpected(param)
                + ".");
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
    if (!DatabaseProbe.reachable()) {
      // a failure whose cause does not say so, while the database is down (a commit that could
      // not complete, a rollback that failed): the outage is the honest answer
      LOG.log(Level.WARNING, "Request failed while the database is unreachable: {0}", thrown);
      return ProblemException.databaseUnavailable();
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

  /**
   * A unique key (or another integrity rule) of the database refused the change: usually two
   * requests saved the same reference, username or code at the same moment, and the other one won.
   * Whether it surfaces at a flush or only when the transaction commits (wrapped in a {@code
   * TransactionalException} and a {@code RollbackException}), it is the same 409.
   */
  static boolean isConstraintViolation(Throwable t) {
    if (t instanceof SQLIntegrityConstraintViolationException) {
      return true;
    }
    if (t instanceof SQLException sql) {
      return sql.getErrorCode() == MYSQL_DUPLICATE_KEY
          || (sql.getSQLState() != null && sql.getSQLState().startsWith("23"));
    }
    return t instanceof DatabaseException database
        && database.getDatabaseErrorCode() == MYSQL_DUPLICATE_KEY;
  }

  /**
   * The database gave up this transaction because another one, running at the same moment, held
   * what it needed (a deadlock, or a lock it waited too long for): nothing was saved, and the
   * caller should read again and retry, as for any other concurrent edit.
   */
  static boolean isConcurrentChange(Throwable t) {
    if (t instanceof SQLTransactionRollbackException) {
      return true;
    }
    if (t instanceof SQLException sql) {
      return MYSQL_LOCK_CONFLICTS.contains(sql.getErrorCode()) || "40001".equals(sql.getSQLState());
    }
    return t instanceof DatabaseException database
        && MYSQL_LOCK_CONFLICTS.contains(database.getDatabaseErrorCode());
  }

  static ProblemException concurrentChange() {
    return new ProblemException(
        409,
        "conflict",
        "Changed by someone else at the same moment",
        "Someone else changed this at the same moment, so nothing was saved. Read it again, then"
            + " make your change.",
        List.of(),
        null);
  }

  static ProblemException clash() {
    return new ProblemException(
        409,
        "conflict",
        "Conflicts with an existing record",
        "This clashes with a record that already exists, perhaps one saved a moment ago. Read the"
            + " records again, then make your change.",
        List.of(),
        null);
  }

  /** The one place where a rule's refusal becomes an HTTP answer. */
  public static ProblemException fromRule(DomainException refused) {
    if (refused instanceof InvalidInput) {
      return ProblemException.invalid(refused.fieldProblems());
    }
    if (refused instanceof RecordNotFound) {
      return ProblemException.notFound(refused.getMessage());
    }
    if (refused instanceof NotPermitted) {
      return ProblemException.forbidden(refused.getMessage());
    }
    if (refused instanceof StaleRecord) {
      return ProblemException.preconditionFailed();
    }
    if (refused instanceof NotSignedIn) {
      return ProblemException.unauthorized(refused.getMessage());
    }
    if (refused instanceof TooManyAttempts waiting) {
      return ProblemException.tooManyRequests(
          refused.getMessage(),
          (int) Math.min(Integer.MAX_VALUE, waiting.retryAfter().toSeconds()));
    }
    return new ProblemException(
            409,
            "conflict",
            "Conflicts with the record's current state",
            refused.getMessage(),
            refused.fieldProblems(),
            null)
        .withExistingId(
            refused instanceof ExistingRecordConflict existing ? existing.existingId() : null);
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
          "This address does not accept that method.",
          List.of(),
          null);
    }
    if (web instanceof NotSupportedException) {
      return new ProblemException(
          415,
          "unsupported-media-type",
          "Unsupported media type",
          "Send the request body as JSON, with the header Content-Type: application/json.",
          List.of(),
          null);
    }
    if (web instanceof NotAcceptableException || status == 406) {
      return new ProblemException(
          406,
          "not-acceptable",
          "Not acceptable",
          "This address answers in JSON: accept application/json (or any type) in the Accept"
              + " header.",
          List.of(),
          null);
    }
    if (status == 400) {
      return unreadableBody(web);
    }
    return new ProblemException(
        status,
        "http-" + status,
        "Request failed",
        status >= 500
            ? "Something went wrong on the server and nothing was changed."
            : "The request could not be handled as sent.",
        List.of(),
        null);
  }

  private ProblemException unreadableBody(Throwable t) {
    String field = "body";
    boolean wholeNumber = false;
    boolean dateOutOfRange = false;
    for (Throwable c = t; c != null; c = c.getCause()) {
      String message = c.getMessage();
      if (message != null) {
        Matcher m = JSONB_PROPERTY.matcher(message);
        if (m.find()) {
          field = m.group(1);
        }
        wholeNumber |= message.contains("whole number");
        dateOutOfRange |= message.contains(StrictJson.DATE_RANGE);
      }
    }
    String message;
    if (wholeNumber) {
      message =
          field.endsWith("Pence") ? "must be a whole number of pence" : "must be a whole number";
    } else if (dateOutOfRange) {
      message = StrictJson.DATE_RANGE;
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
        ? "give a value of the documented form (for example an id, or a date like 2026-04-01)"
        : "give a value of the documented form";
  }

  private String instance() {
    return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
  }
}
