package org.bandwise.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.function.Supplier;
import org.bandwise.platform.domain.RuleConflict;

/**
 * Writes pending changes now, so that a unique key another request took first (a race the checks
 * before it could not see) becomes the caller's clear 409 rather than a failure at commit.
 */
public final class UniqueKeys {

  private UniqueKeys() {}

  /**
   * Flushes; a unique-key violation is thrown as the given conflict, anything else as it came.
   *
   * @param conflict the refusal to throw when a unique key is taken
   */
  public static void flush(EntityManager em, Supplier<? extends RuleConflict> conflict) {
    try {
      em.flush();
    } catch (PersistenceException failed) {
      if (violatesUniqueKey(failed)) {
        throw conflict.get();
      }
      throw failed;
    }
  }

  static boolean violatesUniqueKey(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException violation
          && violation.getErrorCode() == 1062) {
        return true;
      }
    }
    return false;
  }
}
