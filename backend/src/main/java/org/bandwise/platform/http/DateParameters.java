package org.bandwise.platform.http;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;

/**
 * Reads ISO dates ({@code 2026-04-01}) in query parameters. A malformed date, or one outside the
 * years the service records, is refused; the error mapper answers it with a 400 that names the
 * parameter.
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
          if (!ApiContract.isServiceDate(value.trim())) {
            throw new IllegalArgumentException(StrictJson.DATE_RANGE);
          }
          return LocalDate.parse(value.trim());
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
