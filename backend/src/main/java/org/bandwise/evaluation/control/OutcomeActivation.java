package org.bandwise.evaluation.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.bandwise.platform.persistence.SchemaReady;

/**
 * Puts published outcomes in force on their effective date: at start-up and every hour, so a
 * restart or a second instance never misses a day (running it twice changes nothing).
 */
@Singleton
public class OutcomeActivation {

  private static final Logger LOG = Logger.getLogger(OutcomeActivation.class.getName());

  @Inject OutcomePublication publication;

  public void onSchemaReady(@Observes SchemaReady ready) {
    run();
  }

  @Schedule(hour = "*", minute = "7", persistent = false)
  void hourly() {
    run();
  }

  private void run() {
    int count = publication.putDueOutcomesInForce();
    if (count > 0) {
      LOG.info("Put " + count + " published outcomes in force");
    }
  }
}
