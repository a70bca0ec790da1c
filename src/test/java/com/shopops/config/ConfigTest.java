package com.shopops.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {
  @Test
  void everyKeyIsFoundByItsNameWithItsDefault() {
    Config none = new Config(Map.of());
    for (ConfigKey k : Config.allKeys()) {
      ConfigKey found = Config.key(k.name()).orElseThrow();
      assertEquals(k.name(), found.name());
      assertEquals(k.defaultValue(), found.defaultValue());
      assertEquals(k.defaultValue(), none.get(k.name()));
    }
  }

  @Test
  void theKeysAreGatheredOnce() {
    assertSame(Config.key("sla.ship_within").orElseThrow(), Config.key("sla.ship_within").get());
  }

  @Test
  void aStoredValueWinsAndAnUnknownKeyIsRefused() {
    assertEquals("48h", new Config(Map.of("sla.ship_within", "48h")).get("sla.ship_within"));
    assertTrue(Config.key("sla.no_such_key").isEmpty());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new Config(Map.of()).get("sla.no_such_key"));
    assertEquals("no config key sla.no_such_key", e.getMessage());
  }
}
