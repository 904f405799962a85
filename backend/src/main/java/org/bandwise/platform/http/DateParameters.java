package org.bandwise.platform.http;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads ISO dates ({@code 2026-04-01}) in query parameters. A malformed date is refused; the error
 * mapper answers it with a 400 that names the parameter.
 */
@Provider
public class DateParameters implements ParamConverterProvider {

  private static final ParamConverter<LocalDate> ISO_DATE =
      new ParamConverter<>() {
        @Override
        public LocalDate fromString(String value) {
          if (value == null || value.isBlank()) {
            return null;
          }
          try {
            return LocalDate.parse(value.trim());
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date like 2026-04-01: " + value, e);
          }
        }

        @Override
        public String toString(LocalDate value) {
          return value == null ? null : value.toString();
        }
      };

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    return rawType == LocalDate.class ? (ParamConverter<T>) ISO_DATE : null;
  }
}
