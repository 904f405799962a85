package org.bandwise.protection.control;

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
 * Records protections that have come to an end (expiry on the day after the last protected day,
 * leaving) at start-up and every minute, on every instance: each ending is claimed in the database
 * ({@link ProtectionStore#processDue}), so two instances never record one twice. The query is one
 * indexed look-up ({@code ended_on, last_day}), so running it often costs nothing.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProtectionEndings {

  private static final Logger LOG = Logger.getLogger(ProtectionEndings.class.getName());

  @Inject ProtectionStore protections;

  public void onSchemaReady(@Observes SchemaReady ready) {
    run();
  }

  @Schedule(hour = "*", minute = "*", persistent = false)
  void everyMinute() {
    run();
  }

  private void run() {
    try {
      int count = protections.processDue();
      if (count > 0) {
        LOG.info("Recorded the end of " + count + " pay protections");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record the ends of pay protections; will try again", e);
    }
  }
}
