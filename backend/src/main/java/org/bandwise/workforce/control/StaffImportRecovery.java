package org.bandwise.workforce.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bandwise.platform.persistence.SchemaReady;

/**
 * Takes over staff imports whose instance stopped while checking or applying them, at start-up and
 * every minute, on every instance ({@link StaffImportJobs#resumeStalled}). A check records progress
 * every batch of rows, so ten minutes without any means nobody is working on it.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaffImportRecovery {

  static final Duration QUIET_FOR = Duration.ofMinutes(10);

  private static final Logger LOG = Logger.getLogger(StaffImportRecovery.class.getName());

  @Inject StaffImportJobs jobs;

  public void onSchemaReady(@Observes SchemaReady ready) {
    run();
  }

  @Schedule(hour = "*", minute = "*", persistent = false)
  void everyMinute() {
    run();
  }

  private void run() {
    try {
      jobs.resumeStalled(QUIET_FOR);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not look for stalled staff imports; will try again", e);
    }
  }
}
