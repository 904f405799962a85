package org.bandwise.platform.http;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * JSON-B as the API uses it. Whole-number fields (pence, point numbers, ranks) refuse fractions
 * instead of silently truncating them: 3790900.5 pence is an error, not 3790900. Dates are real
 * dates in the years the service records ({@link ApiContract#FIRST_YEAR} to {@link
 * ApiContract#LAST_YEAR}). Bodies are checked against the contract before they get here ({@link
 * ContractValidation}); these rules hold for any body read all the same.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

  /** Said of a date outside the years the service records. */
  public static final String DATE_RANGE =
      "must be a real date between "
          + ApiContract.FIRST_YEAR
          + " and "
          + ApiContract.LAST_YEAR
          + ", written like 2026-04-01";

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withDeserializers(new WholeLong(), new WholeInteger(), new ServiceDate()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** The JSON the API would write for this value (for answers cached as bytes). */
  public static byte[] bytes(Object value) {
    return JSONB.toJson(value).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  static BigDecimal wholeNumber(JsonParser parser) {
    BigDecimal value;
    try {
      value = parser.getBigDecimal();
    } catch (IllegalStateException | NumberFormatException e) {
      throw new JsonbException("expected a whole number", e);
    }
    if (value.stripTrailingZeros().scale() > 0) {
      throw new JsonbException("expected a whole number, not " + value.toPlainString());
    }
    return value;
  }

  static final class WholeLong implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      try {
        return wholeNumber(parser).longValueExact();
      } catch (ArithmeticException e) {
        throw new JsonbException("number out of range");
      }
    }
  }

  static final class WholeInteger implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      try {
        return wholeNumber(parser).intValueExact();
      } catch (ArithmeticException e) {
        throw new JsonbException("number out of range");
      }
    }
  }

  static final class ServiceDate implements JsonbDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context, Type type) {
      String text;
      try {
        text = parser.getString();
      } catch (IllegalStateException e) {
        throw new JsonbException("expected a date: " + DATE_RANGE, e);
      }
      if (!ApiContract.isServiceDate(text)) {
        throw new JsonbException(DATE_RANGE);
      }
      return LocalDate.parse(text);
    }
  }
}
