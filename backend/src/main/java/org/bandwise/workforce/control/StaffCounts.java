package org.bandwise.workforce.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.bandwise.platform.cache.ReferenceData;
import org.bandwise.platform.cache.ReferenceKind;

/**
 * How many staff a search matches. Counting is the costliest part of a page (every match is read,
 * 100,000 for the whole workforce), so each count is kept per version of the workforce data: every
 * write that changes staff records, positions or protections raises it ({@link CurrentPositions},
 * the staff import), which drops this instance's counts once it commits and every other instance's
 * within the reference check interval (one second by default). A count is exact for the data it was
 * counted from; the page beside it is always read fresh.
 */
@ApplicationScoped
public class StaffCounts {

  @Inject ReferenceData reference;

  @PersistenceContext EntityManager em;

  long count(StaffSearchSql search, LocalDate day) {
    byte[] counted =
        reference
            .read(
                ReferenceKind.WORKFORCE,
                "staff-count|" + day + "|" + search,
                () -> Long.toString(countNow(search)).getBytes(StandardCharsets.US_ASCII))
            .json();
    return Long.parseLong(new String(counted, StandardCharsets.US_ASCII));
  }

  private long countNow(StaffSearchSql search) {
    StaffSearchSql.Sql sql = search.count();
    Query count = em.createNativeQuery(sql.text());
    for (int i = 0; i < sql.params().size(); i++) {
      count.setParameter(i + 1, sql.params().get(i));
    }
    return ((Number) count.getSingleResult()).longValue();
  }
}
