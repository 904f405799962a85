package org.bandwise.appeal.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bandwise.platform.persistence.SchemaReady;

/**
 * Keeps notifications of appeal deadlines due soon or overdue: at start-up and every hour on every
 * instance; the hour is claimed in the database ({@link AppealNotifications#sweepDeadlines}), so
 * one instance sweeps it.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AppealDeadlineSweep {

  private static final Logger LOG = Logger.getLogger(AppealDeadlineSweep.class.getName());

  @Inject AppealNotifications notifications;

  public void onSchemaReady(@Observes SchemaReady ready) {
    run();
  }

  @Schedule(hour = "*", minute = "11", persistent = false)
  void hourly() {
    run();
  }

  private void run() {
    try {
      int count = notifications.sweepDeadlines();
      if (count > 0) {
        LOG.info("Kept " + count + " notifications of appeal deadlines");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not sweep appeal deadlines; will try again", e);
    }
  }
}
