package org.bandwise.platform.error;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that fails when it commits (typically a unique key two requests raced for) arrives
 * as a {@code TransactionalException}. The server's own mapper for that type rethrows it, which
 * ends as an HTML 500 page; this one, registered for the same type with a higher priority, answers
 * it like every other failure: a 409 problem for a clash, a 500 problem that reveals nothing
 * otherwise.
 */
@Provider
@Priority(1)
public class TransactionProblemMapper implements ExceptionMapper<TransactionalException> {

  @Context UriInfo uriInfo;
  @Context ResourceInfo resourceInfo;

  @Override
  public Response toResponse(TransactionalException exception) {
    return new ProblemMapper(uriInfo, resourceInfo).toResponse(exception);
  }
}
