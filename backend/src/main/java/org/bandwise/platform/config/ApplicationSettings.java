package org.bandwise.platform.config;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;
import java.util.List;
import java.util.logging.Logger;
import org.bandwise.config.InvalidSetting;
import org.bandwise.config.Setting;
import org.bandwise.config.Settings;
import org.bandwise.config.SettingsCheck;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Checks every setting when the application deploys, before any start-up bean touches the database:
 * an unusable one fails the deployment with a sentence naming it. (The runnable jar's launcher runs
 * the same check first and exits; this covers a WAR deployed on its own.)
 */
public class ApplicationSettings implements Extension {

  private static final Logger LOG = Logger.getLogger(ApplicationSettings.class.getName());

  /** The settings as the application sees them, through MicroProfile Config. */
  public static Settings current() {
    Config config = ConfigProvider.getConfig(ApplicationSettings.class.getClassLoader());
    return (Setting setting) ->
        config.getOptionalValue(setting.property(), String.class).orElse(null);
  }

  void check(@Observes AfterDeploymentValidation validation) {
    List<String> problems = SettingsCheck.problems(current());
    if (!problems.isEmpty()) {
      problems.forEach(problem -> LOG.severe("Bandwise cannot start: " + problem));
      validation.addDeploymentProblem(new InvalidSetting(problems));
    }
  }
}
