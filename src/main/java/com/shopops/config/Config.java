package com.shopops.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules in force: every registered key's default, overridden by what the store holds ({@code
 * shopops config set}). Sections are registered in {@link #SECTIONS}; each reads its own keys.
 */
public final class Config {
  /** Every section, in the order {@code config show} prints them. */
  public static final List<ConfigSection> SECTIONS =
      List.of(
          new SlaConfig(),
          new ReturnsConfig(),
          CustomersConfig.SECTION,
          ScoreConfig.SECTION,
          ListsConfig.SECTION,
          UiConfig.SECTION);

  private final Map<String, String> stored;

  public Config(Map<String, String> stored) {
    this.stored = Map.copyOf(stored);
  }

  public static List<ConfigKey> allKeys() {
    List<ConfigKey> keys = new ArrayList<>();
    for (ConfigSection s : SECTIONS) {
      keys.addAll(s.keys());
    }
    return keys;
  }

  public static Optional<ConfigKey> key(String name) {
    return Optional.ofNullable(ByName.KEYS.get(name));
  }

  /**
   * Every key by its name, gathered once: {@link #get} asks for one default at a time, and
   * gathering the sections' keys (each builds its list anew) for each of them cost a short command
   * a few milliseconds.
   */
  private static final class ByName {
    static final Map<String, ConfigKey> KEYS = byName();

    private static Map<String, ConfigKey> byName() {
      Map<String, ConfigKey> keys = new LinkedHashMap<>();
      for (ConfigKey k : allKeys()) {
        keys.putIfAbsent(k.name(), k); // the first of a name, as a search in order finds it
      }
      return java.util.Collections.unmodifiableMap(keys);
    }
  }

  /** The effective value: stored, else the default. */
  public String get(String name) {
    String v = stored.get(name);
    if (v != null) {
      return v;
    }
    return key(name)
        .map(ConfigKey::defaultValue)
        .orElseThrow(() -> new IllegalArgumentException("no config key " + name));
  }

  public boolean isSet(String name) {
    return stored.containsKey(name);
  }

  /** Every key with its effective value, in section order. */
  public Map<String, String> effective() {
    Map<String, String> m = new LinkedHashMap<>();
    for (ConfigKey k : allKeys()) {
      m.put(k.name(), get(k.name()));
    }
    return m;
  }
}
