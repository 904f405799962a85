package org.bandwise.platform.idempotency;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.bandwise.platform.error.FieldProblem;
import org.bandwise.platform.error.ProblemException;
import org.bandwise.platform.error.ProblemMapper;
import org.bandwise.platform.error.ServletProblems;
import org.bandwise.platform.http.SecurityHeadersFilter;
import org.bandwise.platform.persistence.DatabaseMigrations;

/**
 * {@code Idempotency-Key} on the API's POSTs (mapped in {@code web.xml} after the service gate).
 * The key is claimed in the database before the request runs (so any instance honours it); the
 * request then runs inside a transaction this filter opens, which the resource's own
 * {@code @Transactional} joins, and the answer is stored in that same transaction: the change and
 * the stored answer commit together or not at all. The answer is held back until the commit has
 * succeeded. A repeat with the same key and body replays the stored answer (status, Location, ETag,
 * body); with another body it is a 422; while the first is still running, a 409.
 */
public class IdempotencyFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());
  private static final int MAX_BODY = 5 * 1024 * 1024;

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  transient DataSource dataSource;

  @Resource transient UserTransaction transaction;

  @Inject transient Clock clock;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String key = request.getHeader(IdempotencyRules.HEADER);
    Principal caller = request.getUserPrincipal();
    if (!"POST".equals(request.getMethod())
        || key == null
        || caller == null
        || request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/auth/")) {
      // without a caller the role rule answers 401; signing in is never replayed
      chain.doFilter(request, response);
      return;
    }
    if (!IdempotencyRules.validKey(key)) {
      refuse(
          request,
          response,
          ProblemException.invalid(
              List.of(
                  new FieldProblem(
                      IdempotencyRules.HEADER,
                      "must be 1 to 255 letters, digits or punctuation marks, with no spaces"))));
      return;
    }
    byte[] body = readBody(request);
    if (body == null) {
      refuse(
          request,
          response,
          new ProblemException(
              413,
              "payload-too-large",
              "Request too large",
              "The request body is too large.",
              List.of(),
              null));
      return;
    }
    String query = request.getQueryString();
    String fingerprint =
        IdempotencyRules.fingerprint(
            request.getMethod(),
            request.getRequestURI() + (query == null ? "" : "?" + query),
            body);
    String owner = caller.getName();
    IdempotencyStore store = new IdempotencyStore(dataSource);
    IdempotencyStore.Claim claim;
    try {
      claim = store.claim(owner, key, fingerprint, LocalDateTime.now(clock));
    } catch (SQLException e) {
      refuse(request, response, new ProblemMapper().problemFor(e));
      return;
    }
    switch (claim.decision()) {
      case REPLAY -> replay(request, claim.stored().response(), response);
      case MISMATCH ->
          refuse(
              request,
              response,
              new ProblemException(
                  422,
                  "idempotency-key-reused",
                  "Idempotency key already used",
                  "This Idempotency-Key was already used for a different request. Send a new key"
                      + " with each new request.",
                  List.of(),
                  null));
      case IN_PROGRESS ->
          refuse(
              request,
              response,
              new ProblemException(
                  409,
                  "idempotency-key-in-use",
                  "Request still running",
                  "A request with this Idempotency-Key is still running. Wait for its answer, then"
                      + " try again if you need to.",
                  List.of(),
                  1));
      case RUN -> run(request, response, chain, store, owner, key, body);
    }
  }

  private void run(
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      IdempotencyStore store,
      String owner,
      String key,
      byte[] body)
      throws IOException, ServletException {
    BufferedResponse held = new BufferedResponse(response);
    try {
      transaction.begin();
      chain.doFilter(new CachedBodyRequest(request, body), held);
      int status = held.status();
      if (IdempotencyRules.keep(status)
          && transaction.getStatus() == Status.STATUS_ACTIVE
          && status < 400) {
        store.complete(
            owner,
            key,
            new StoredResponse(
                status,
                response.getContentType(),
                response.getHeader("Location"),
                response.getHeader("ETag"),
                held.body()));
        transaction.commit();
      } else {
        transaction.rollback();
        settle(store, owner, key, held);
      }
    } catch (Exception e) {
      rollbackQuietly();
      forget(store, owner, key);
      if (response.isCommitted()) {
        throw e instanceof ServletException servlet ? servlet : new ServletException(e);
      }
      response.reset();
      SecurityHeadersFilter.apply(request, response);
      ServletProblems.write(request, response, new ProblemMapper().problemFor(e));
      return;
    }
    held.release();
  }

  /**
   * A refused request changed nothing (its transaction was rolled back): its answer is kept unless
   * the server failed, in which case the key is forgotten so that a retry runs again.
   */
  private static void settle(
      IdempotencyStore store, String owner, String key, BufferedResponse held) {
    int status = held.status();
    try {
      if (IdempotencyRules.keep(status)) {
        store.complete(
            owner, key, new StoredResponse(status, held.getContentType(), null, null, held.body()));
      } else {
        store.release(owner, key);
      }
    } catch (SQLException e) {
      LOG.log(
          Level.WARNING, "Could not record the answer to an idempotent request: {0}", e.toString());
    }
  }

  private static void forget(IdempotencyStore store, String owner, String key) {
    try {
      store.release(owner, key);
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Could not release an idempotency key: {0}", e.toString());
    }
  }

  private void rollbackQuietly() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (Exception e) {
      LOG.log(Level.FINE, "Rollback after a failure failed too", e);
    }
  }

  private static void replay(
      HttpServletRequest request, StoredResponse stored, HttpServletResponse response)
      throws IOException {
    SecurityHeadersFilter.apply(request, response);
    response.setStatus(stored.status());
    if (stored.contentType() != null) {
      response.setContentType(stored.contentType());
    }
    if (stored.location() != null) {
      response.setHeader("Location", stored.location());
    }
    if (stored.etag() != null) {
      response.setHeader("ETag", stored.etag());
    }
    response.setHeader("Cache-Control", "no-store");
    byte[] body = stored.body() == null ? new byte[0] : stored.body();
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, ProblemException problem)
      throws IOException {
    SecurityHeadersFilter.apply(request, response);
    ServletProblems.write(request, response, problem);
  }

  /** The whole body, or null when it is larger than any request the API takes. */
  private static byte[] readBody(HttpServletRequest request) throws IOException {
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      return bytes.length > MAX_BODY ? null : bytes;
    }
  }
}
