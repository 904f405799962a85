package org.bandwise.workforce.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works out the staff positions that have come due ({@link CurrentPositions#workOutDue}) every
 * minute, so that after an upgrade, or once dated changes come into force at midnight, searches
 * seldom wait for them. (Not at start-up itself: after an upgrade to V25 that is every record, and
 * start-up would wait for it.)
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CurrentPositionsJob {

  private static final Logger LOG = Logger.getLogger(CurrentPositionsJob.class.getName());

  @Inject CurrentPositions positions;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void everyMinute() {
    LocalDate today = LocalDate.now(clock);
    try {
      if (positions.anyDue(today)) {
        positions.workOutDue(today);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not work out the staff positions due; will try again", e);
    }
  }
}
