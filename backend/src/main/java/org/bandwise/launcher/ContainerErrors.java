package org.bandwise.launcher;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What the HTTP layer below the servlet container says when it refuses a request itself (a header
 * block too large, a malformed request line, a bad chunk, an unknown HTTP version, {@code TRACE},
 * an address it cannot decode): Grizzly answers those with an empty body, before Bandwise sees the
 * request. These rules turn such an answer into the same problem+json Bandwise writes everywhere
 * else ({@code ErrorPageServlet} in the application; the wording is kept the same), and repair the
 * one request line Payara would otherwise answer with an empty 200. Plain functions over text, so
 * they are tested without a server; {@link GrizzlyErrorFilter} applies them on the wire.
 */
final class ContainerErrors {

  static final String TYPE_BASE = "https://bandwise.example/problems/";

  /** Response heads longer than this are never the HTTP layer's own empty error answers. */
  static final int MAX_HEAD = 4096;

  private ContainerErrors() {}

  /**
   * The full answer to send instead of {@code head}, when {@code head} is an error status with an
   * empty body that the HTTP layer wrote (status 400 or more, {@code Content-Length: 0} or no
   * length at all, nothing after the header block); empty otherwise. Answers to {@code HEAD}
   * requests keep their empty body.
   */
  static Optional<String> rewrite(String head, String requestMethod) {
    if (head.length() > MAX_HEAD || !head.startsWith("HTTP/1.")) {
      return Optional.empty();
    }
    int end = head.indexOf("\r\n\r\n");
    if (end < 0 || end + 4 != head.length() || "HEAD".equals(requestMethod)) {
      return Optional.empty();
    }
    String[] lines = head.substring(0, end).split("\r\n");
    String[] statusLine = lines[0].split(" ", 3);
    if (statusLine.length < 2) {
      return Optional.empty();
    }
    int status;
    try {
      status = Integer.parseInt(statusLine[1]);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (status < 400 || status > 599) {
      return Optional.empty();
    }
    StringBuilder kept = new StringBuilder();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      String name = line.contains(":") ? line.substring(0, line.indexOf(':')).trim() : line;
      String value = line.contains(":") ? line.substring(line.indexOf(':') + 1).trim() : "";
      switch (name.toLowerCase(Locale.ROOT)) {
        case "content-length" -> {
          if (!"0".equals(value)) {
            return Optional.empty();
          }
        }
        case "transfer-encoding", "content-type" -> {
          return Optional.empty();
        }
        case "server", "x-frame-options", "x-powered-by" -> {
          // the server's name is an internal; the frame rule is replaced by Bandwise's own
        }
        default -> kept.append(line).append("\r\n");
      }
    }
    byte[] body = body(status).getBytes(StandardCharsets.UTF_8);
    String answer =
        statusLine[0]
            + " "
            + status
            + " "
            + reason(status)
            + "\r\n"
            + kept
            + "Content-Type: application/problem+json;charset=UTF-8\r\n"
            + "Content-Length: "
            + body.length
            + "\r\n"
            + "Cache-Control: no-store\r\n"
            + "X-Content-Type-Options: nosniff\r\n"
            + "X-Frame-Options: DENY\r\n"
            + "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n"
            + "\r\n";
    return Optional.of(answer + new String(body, StandardCharsets.UTF_8));
  }

  /**
   * The request line to pass on instead of {@code line} when its address has a percent sign not
   * followed by two hexadecimal digits (Payara answers those with an empty 200): the percent sign
   * becomes a backslash, which the HTTP layer refuses as an invalid address, answered by {@link
   * #rewrite}. Same length, so the bytes can be replaced in place. Empty when the line is fine or
   * is not a request line.
   */
  static Optional<String> repairRequestLine(String line) {
    int firstSpace = line.indexOf(' ');
    int lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace || !line.startsWith("HTTP/", lastSpace + 1)) {
      return Optional.empty();
    }
    for (int i = 0; i < firstSpace; i++) {
      if (line.charAt(i) < 'A' || line.charAt(i) > 'Z') {
        return Optional.empty();
      }
    }
    char[] chars = line.toCharArray();
    boolean repaired = false;
    for (int i = firstSpace + 1; i < lastSpace; i++) {
      if (chars[i] == '%' && !(i + 2 < lastSpace && hex(chars[i + 1]) && hex(chars[i + 2]))) {
        chars[i] = '\\';
        repaired = true;
      }
    }
    return repaired ? Optional.of(new String(chars)) : Optional.empty();
  }

  private static boolean hex(char c) {
    return Character.digit(c, 16) >= 0;
  }

  static String body(int status) {
    String[] text = text(status);
    return "{\"type\":\""
        + TYPE_BASE
        + text[0]
        + "\",\"title\":\""
        + text[1]
        + "\",\"status\":"
        + status
        + ",\"detail\":\""
        + text[2]
        + "\"}";
  }

  /** Slug, title and detail, worded as {@code ErrorPageServlet} words them. */
  private static String[] text(int status) {
    return switch (status) {
      case 400 ->
          new String[] {
            "bad-request",
            "Bad request",
            "The request could not be read: check the address, its headers and its body."
          };
      case 405 ->
          new String[] {
            "method-not-allowed", "Method not allowed", "This address does not accept that method."
          };
      case 408 ->
          new String[] {"request-timeout", "Request timeout", "The request took too long to send."};
      case 413 ->
          new String[] {"payload-too-large", "Request too large", "The request body is too large."};
      case 414 ->
          new String[] {
            "uri-too-long", "Address too long", "The address of the request is too long."
          };
      case 431 ->
          new String[] {
            "header-fields-too-large",
            "Request headers too large",
            "The request's headers are too large."
          };
      case 505 ->
          new String[] {
            "http-version-not-supported",
            "HTTP version not supported",
            "Bandwise answers HTTP/1.1 requests only."
          };
      case 503 ->
          new String[] {
            "service-unavailable",
            "Service unavailable",
            "Bandwise cannot answer at the moment. Try again in a few seconds."
          };
      default ->
          new String[] {
            "http-" + status,
            "Request failed",
            status >= 500
                ? "Something went wrong on the server and nothing was changed."
                : "The request could not be handled as sent."
          };
    };
  }

  /** The standard reason phrase: never the HTTP layer's own wording ("Invalid URI: ..."). */
  static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 408 -> "Request Timeout";
      case 411 -> "Length Required";
      case 413 -> "Content Too Large";
      case 414 -> "URI Too Long";
      case 417 -> "Expectation Failed";
      case 431 -> "Request Header Fields Too Large";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 503 -> "Service Unavailable";
      case 505 -> "HTTP Version Not Supported";
      default -> status >= 500 ? "Server Error" : "Client Error";
    };
  }
}
