package org.bandwise.platform.persistence;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure to reach the database (connection refused or lost, a timeout, a pool that cannot
 * hand out a connection) from every other failure, by the exception's type, SQL state or vendor
 * code anywhere in its cause chain.
 */
public final class DatabaseFaults {

  /** MySQL/MariaDB client codes: cannot connect, server gone away, lost connection, timeouts. */
  private static final Set<Integer> MYSQL_CONNECTION_CODES =
      Set.of(2002, 2003, 2006, 2013, 1040, 3024, 1969, 1927);

  private static final String[] MESSAGES = {
    "Communications link failure",
    "Connection refused",
    "Error in allocating a connection",
    "Connection could not be allocated",
    "No operations allowed after connection closed",
    "Socket closed",
    "Connection reset",
    "Broken pipe",
    "Read timed out",
    "connect timed out",
    "Statement cancelled due to timeout",
    "Connection is not available",
    "The last packet successfully received",
  };

  private DatabaseFaults() {}

  public static boolean isUnavailable(Throwable thrown) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = thrown; t != null && seen.add(t); t = next(t)) {
      if (t instanceof DatabaseUnavailable
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLTimeoutException
          || t instanceof ConnectException
          || t instanceof SocketTimeoutException
          || t instanceof SocketException) {
        return true;
      }
      if (t instanceof SQLException sql
          && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
              || MYSQL_CONNECTION_CODES.contains(sql.getErrorCode()))) {
        return true;
      }
      String type = t.getClass().getName();
      if (type.endsWith("CommunicationsException")
          || type.endsWith("PoolingException")
          || type.endsWith("ResourceAllocationException")
          || type.equals("jakarta.persistence.QueryTimeoutException")) {
        return true;
      }
      String message = t.getMessage();
      if (message != null) {
        for (String known : MESSAGES) {
          if (message.contains(known)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Follows causes, and the SQL exception chain that some drivers use instead. */
  private static Throwable next(Throwable t) {
    if (t.getCause() != null) {
      return t.getCause();
    }
    return t instanceof SQLException sql ? sql.getNextException() : null;
  }
}
