package org.bandwise.config;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where settings come from. The launcher reads the environment (then {@code -D} system properties);
 * the application reads MicroProfile Config. Blank counts as unset, so {@code BANDWISE_DB_URL=} is
 * the same as no URL.
 */
@FunctionalInterface
public interface Settings {

  /** The raw value as given, or null when unset or blank. */
  String raw(Setting setting);

  default Optional<String> value(Setting setting) {
    String raw = raw(setting);
    return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw);
  }

  default boolean given(Setting setting) {
    return value(setting).isPresent();
  }

  /** The value, or the setting's default. */
  default String valueOrDefault(Setting setting) {
    return value(setting).orElse(setting.defaultValue());
  }

  /** The launcher's source: the environment variable, else a system property of the same name. */
  static Settings of(Map<String, String> env, Function<String, String> systemProperties) {
    return setting -> {
      String value = env.get(setting.env());
      return value != null ? value : systemProperties.apply(setting.property());
    };
  }
}
