package org.bandwise.launcher;

import java.util.List;

/**
 * Sizes for the embedded MariaDB, which holds one organisation's data (tens of MB): MariaDB's
 * defaults are for a dedicated database server (a 128 MB buffer pool, a 128 MB Aria page cache for
 * internal temporary tables, 151 connections). These keep it at about a third of that when idle,
 * still far more cache than the data needs.
 */
final class EmbeddedDatabaseDefaults {

  static final List<String> ARGS =
      List.of(
          "--innodb-buffer-pool-size=32M",
          "--innodb-log-buffer-size=4M",
          "--aria-pagecache-buffer-size=8M",
          "--key-buffer-size=1M",
          "--max-connections=60",
          "--table-open-cache=400",
          "--table-definition-cache=400",
          "--thread-cache-size=16",
          "--performance-schema=OFF");

  private EmbeddedDatabaseDefaults() {}
}
