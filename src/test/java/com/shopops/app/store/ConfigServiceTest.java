package com.shopops.app.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import org.junit.jupiter.api.Test;

class ConfigServiceTest {
  @Test
  void aValueIsCheckedAndStripped() {
    assertEquals(
        new ConfigService.Setting("sla.ship_within", "48h"),
        ConfigService.check("sla.ship_within", " 48h "));
  }

  @Test
  void aValueTheKeyRefusesIsAUsageError() {
    UserException e =
        assertThrows(UserException.class, () -> ConfigService.check("sla.ship_max", "two days"));
    assertEquals(ExitCodes.USAGE, e.exitCode());
    assertEquals(
        "sla.ship_max: not a duration (\"two days\"); use e.g. 24h, 7d, 90m", e.getMessage());
  }

  @Test
  void anUnknownKeyIsAUsageError() {
    UserException e = assertThrows(UserException.class, () -> ConfigService.known("sla.nope"));
    assertEquals(ExitCodes.USAGE, e.exitCode());
    assertEquals("`shopops config show` lists the keys", e.hint());
  }
}
