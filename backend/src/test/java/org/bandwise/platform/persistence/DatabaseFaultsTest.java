package org.bandwise.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFaultsTest {

  @Test
  void aLostOrRefusedConnectionIsAnOutage() {
    assertTrue(DatabaseFaults.isUnavailable(new SQLNonTransientConnectionException("gone")));
    assertTrue(DatabaseFaults.isUnavailable(new SQLException("link", "08S01", 0)));
    assertTrue(DatabaseFaults.isUnavailable(new SQLException("gone away", "HY000", 2006)));
    assertTrue(
        DatabaseFaults.isUnavailable(
            new RuntimeException("commit", new IllegalStateException(new ConnectException()))));
    assertTrue(
        DatabaseFaults.isUnavailable(
            new RuntimeException(
                "Error in allocating a connection. Cause: Connection could not be allocated")));
    assertTrue(DatabaseFaults.isUnavailable(new DatabaseUnavailable(null)));
  }

  @Test
  void anOutageHiddenInTheNextExceptionChainIsFound() {
    SQLException batch = new SQLException("batch failed");
    batch.setNextException(new SQLException("Communications link failure", "08S01"));
    assertTrue(DatabaseFaults.isUnavailable(batch));
  }

  @Test
  void otherFailuresAreNot() {
    assertFalse(
        DatabaseFaults.isUnavailable(
            new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)));
    assertFalse(DatabaseFaults.isUnavailable(new IllegalArgumentException("no")));
    assertFalse(DatabaseFaults.isUnavailable(new SQLException("syntax", "42000", 1064)));
    assertFalse(DatabaseFaults.isUnavailable(null));
    // EclipseLink wraps every SQL failure with the same generic code: a duplicate key is no outage
    assertFalse(
        DatabaseFaults.isUnavailable(
            org.eclipse.persistence.exceptions.DatabaseException.sqlException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062),
                null,
                false)));
  }

  @Test
  void startUpWaitsLongerEachTimeUpToEightSeconds() {
    StartupBackoff backoff = new StartupBackoff();
    assertEquals(1000, backoff.delayMillis(1));
    assertEquals(2000, backoff.delayMillis(2));
    assertEquals(4000, backoff.delayMillis(3));
    assertEquals(8000, backoff.delayMillis(4));
    assertEquals(8000, backoff.delayMillis(40));
  }
}
