package org.bandwise.platform.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.bandwise.platform.cache.CachedRead;

/**
 * Conditional GETs of cached reference data: the answer carries the read's strong {@code ETag}; a
 * request whose {@code If-None-Match} names it gets 304 with no body. {@code private, no-cache}
 * lets the browser keep the answer and ask again with {@code If-None-Match} each time (unlike the
 * {@code no-store} of other API answers, which carry personal data).
 */
public final class CachedResponses {

  public static final String CACHE_CONTROL = "private, no-cache";

  private CachedResponses() {}

  public static Response of(Request request, CachedRead read) {
    EntityTag tag = tagOf(read.etag());
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.tag(tag).header("Cache-Control", CACHE_CONTROL).build();
    }
    return Response.ok(read.json(), MediaType.APPLICATION_JSON_TYPE)
        .tag(tag)
        .header("Cache-Control", CACHE_CONTROL)
        .build();
  }

  static EntityTag tagOf(String quoted) {
    return new EntityTag(quoted.substring(1, quoted.length() - 1));
  }
}
