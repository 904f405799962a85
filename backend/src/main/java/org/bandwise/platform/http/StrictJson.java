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

/**
 * JSON-B as the API uses it. Whole-number fields (pence, point numbers, ranks) refuse fractions
 * instead of silently truncating them: 3790900.5 pence is an error, not 3790900.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withDeserializers(new WholeLong(), new WholeInteger()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
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
}
