package org.bandwise.platform.persistence;

import jakarta.persistence.Query;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Native-SQL {@code IN (...)} lists, which JPA does not expand for native queries. */
public final class InList {

  private InList() {}

  /** "?3, ?4, ?5" for three values starting at parameter 3. */
  public static String placeholders(int firstPosition, int count) {
    return IntStream.range(firstPosition, firstPosition + count)
        .mapToObj(i -> "?" + i)
        .collect(Collectors.joining(", ", "(", ")"));
  }

  public static Query bind(Query query, int firstPosition, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(firstPosition + i, values.get(i));
    }
    return query;
  }
}
