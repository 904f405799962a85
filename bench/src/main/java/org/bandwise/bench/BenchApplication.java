package org.bandwise.bench;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The benchmark baseline: a second WAR, deployed next to Bandwise only by {@code bench/run.sh}, with one bare
 * JAX-RS endpoint over plain JDBC. Its data source points at the same database as the app: the launcher sets
 * {@code bandwise.db.*} as system properties, which MicroProfile Config reads.
 */
@ApplicationPath("/")
@DataSourceDefinition(
    name = "java:app/jdbc/bench",
    className = "com.mysql.cj.jdbc.MysqlDataSource",
    url = "${MPCONFIG=bandwise.db.url}",
    user = "${MPCONFIG=bandwise.db.user}",
    password = "${MPCONFIG=bandwise.db.password}")
public class BenchApplication extends Application {
}
