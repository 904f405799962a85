package org.bandwise.platform.cache;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.bandwise.config.Setting;
import org.bandwise.platform.persistence.DatabaseMigrations;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one {@link ReferenceCache}: versions come from {@code reference_version} (plain
 * JDBC, one query), writes raise their kind's version in the caller's transaction and, once it
 * commits, make this instance look again at once.
 *
 * <p>{@code bandwise.reference.check-millis} (BANDWISE_REFERENCE_CHECK_MILLIS, default 1000) is how
 * long a version read is trusted: a change made through another instance is seen here within that
 * time; 0 checks on every read.
 */
@ApplicationScoped
public class ReferenceData {

  static final String VERSIONS_SQL = "SELECT kind, version FROM reference_version";
  static final String BUMP_SQL =
      "UPDATE reference_version SET version = version + 1 WHERE kind = ?";
  static final int MAX_ENTRIES_PER_KIND = 512;
  private static final String REGISTERED = ReferenceData.class.getName() + ".registered";

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  DataSource dataSource;

  @PersistenceContext EntityManager em;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Inject
  @ConfigProperty(
      name = Setting.REFERENCE_CHECK_MILLIS_PROPERTY,
      defaultValue = Setting.REFERENCE_CHECK_MILLIS_DEFAULT)
  long checkMillis;

  private ReferenceCache cache;

  @PostConstruct
  void start() {
    cache =
        new ReferenceCache(
            this::readVersions, System::nanoTime, Math.max(0, checkMillis), MAX_ENTRIES_PER_KIND);
  }

  /** The cached JSON of a read, produced by {@code load} when this version has none yet. */
  public CachedRead read(ReferenceKind kind, String key, Supplier<byte[]> load) {
    return cache.get(kind, key, load);
  }

  /**
   * Records, in the caller's transaction, that reference data of this kind changed: every
   * instance's cached reads of it are dropped once the transaction commits.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void changed(ReferenceKind kind) {
    em.createNativeQuery(BUMP_SQL).setParameter(1, kind.name()).executeUpdate();
    if (transactions.getResource(REGISTERED) == null) {
      transactions.putResource(REGISTERED, Boolean.TRUE);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                cache.invalidate();
              }
            }
          });
    }
  }

  private Map<ReferenceKind, Long> readVersions() {
    Map<ReferenceKind, Long> versions = new EnumMap<>(ReferenceKind.class);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(VERSIONS_SQL);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        for (ReferenceKind kind : ReferenceKind.values()) {
          if (kind.name().equals(rows.getString(1))) {
            versions.put(kind, rows.getLong(2));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the versions of the reference data", e);
    }
    return versions;
  }
}
