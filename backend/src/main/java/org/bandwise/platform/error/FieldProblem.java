package org.bandwise.platform.error;

/**
 * What is wrong with one field of a request, by its path in the request (e.g. {@code
 * points[2].number}).
 */
public record FieldProblem(String field, String message) {}
