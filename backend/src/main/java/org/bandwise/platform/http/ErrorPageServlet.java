package org.bandwise.platform.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bandwise.platform.error.ProblemException;
import org.bandwise.platform.error.ServletProblems;
import org.bandwise.platform.persistence.DatabaseFaults;

/**
 * The container's error page ({@code web.xml} maps every status and every exception here), so that
 * what the server itself refuses or fails — a malformed address, an unknown method, an exception
 * outside JAX-RS — is answered as problem+json like everything else, never as the server's HTML
 * page with its internals.
 */
public class ErrorPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    int status = code instanceof Integer number ? number : 404;
    if (thrown != null) {
      status = 500;
    }
    SecurityHeadersFilter.apply(request, response);
    ServletProblems.write(
        request, response, problemFor(status, thrown), uri == null ? null : uri.toString());
  }

  static ProblemException problemFor(int status, Throwable thrown) {
    if (thrown != null || status == 500) {
      if (thrown != null && DatabaseFaults.isUnavailable(thrown)) {
        return ProblemException.databaseUnavailable();
      }
      String incident = UUID.randomUUID().toString();
      if (thrown != null) {
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, thrown);
      }
      return problem(
          500,
          "server-error",
          "Something went wrong",
          "Something went wrong on the server and nothing was changed. Incident " + incident + ".");
    }
    return switch (status) {
      case 400 ->
          problem(
              400,
              "bad-request",
              "Bad request",
              "The request could not be read: check the address, its headers and its body.");
      case 401 -> ProblemException.unauthorized("Sign in to use Bandwise.");
      case 403 -> ProblemException.forbidden("Your role does not allow this.");
      case 404 -> ProblemException.notFound("There is nothing at this address.");
      case 405 ->
          problem(
              405,
              "method-not-allowed",
              "Method not allowed",
              "This address does not accept that method.");
      case 408 ->
          problem(408, "request-timeout", "Request timeout", "The request took too long to send.");
      case 413 ->
          problem(413, "payload-too-large", "Request too large", "The request body is too large.");
      case 414 ->
          problem(
              414, "uri-too-long", "Address too long", "The address of the request is too long.");
      case 431 ->
          problem(
              431,
              "header-fields-too-large",
              "Request headers too large",
              "The request's headers are too large.");
      case 503 ->
          ProblemException.unavailable(
              "Bandwise cannot answer at the moment. Try again in a few seconds.");
      default ->
          problem(
              status,
              "http-" + status,
              "Request failed",
              status >= 500
                  ? "Something went wrong on the server and nothing was changed."
                  : "The request could not be handled as sent.");
    };
  }

  private static ProblemException problem(int status, String slug, String title, String detail) {
    return new ProblemException(status, slug, title, detail, List.of(), null);
  }
}
