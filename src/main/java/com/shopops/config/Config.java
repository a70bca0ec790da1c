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
    return allKeys().stream().filter(k -> k.name().equals(name)).findFirst();
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
