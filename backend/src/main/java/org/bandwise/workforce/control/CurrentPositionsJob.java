package org.bandwise.workforce.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bandwise.platform.persistence.SchemaReady;

/**
 * Works out the staff positions that have come due ({@link CurrentPositions#workOutDue}) at
 * start-up and every ten minutes, so that after an upgrade, or once dated changes come into force
 * at midnight, no search waits for them.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CurrentPositionsJob {

  private static final Logger LOG = Logger.getLogger(CurrentPositionsJob.class.getName());

  @Inject CurrentPositions positions;
  @Inject Clock clock;

  public void onSchemaReady(@Observes SchemaReady ready) {
    run();
  }

  @Schedule(hour = "*", minute = "*/10", persistent = false)
  void everyTenMinutes() {
    run();
  }

  private void run() {
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
