package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `config set zone`: allowed while the store is empty, refused once it holds data. */
class ConfigZoneTest {
  @TempDir Path dir;

  @Test
  void theZoneIsSetWhileTheStoreIsEmptyAndTimesAreThenReadInIt() throws IOException {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "config", "set", "zone", "Europe/Berlin");
    assertTrue(cli.expect(0, "config", "show").out().contains("zone,Europe/Berlin,"));
    Path f =
        Files.writeString(dir.resolve("o.csv"), "order_id,paid_at,amount\nA1,2026-11-01 10:00,5\n");
    cli.expect(0, "import", "orders", f.toString());
    // read and shown in Berlin: the same wall-clock time
    assertTrue(cli.expect(0, "orders", "list").out().contains("\nA1,,,2026-11-01 10:00:00,"));
    byte[] before = Files.readAllBytes(cli.db());
    var r = cli.expect(2, "config", "set", "zone", "Asia/Shanghai");
    assertEquals(
        "shopops: zone: cannot change the time zone of a store that holds data (1 import)\n"
            + "  hint: the times already stored were read as Europe/Berlin local times and would be"
            + " wrong in Asia/Shanghai; to start over, create a new store (`shopops --db NEW.db init"
            + " --tz Asia/Shanghai`) and import the exports into it again\n",
        r.err());
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(cli.db())));
    assertTrue(cli.expect(0, "config", "show").out().contains("zone,Europe/Berlin,"));
  }

  @Test
  void anUnknownZoneIsAUsageError() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    var r = cli.expect(2, "config", "set", "zone", "Mars/Olympus");
    assertEquals(
        "shopops: zone: not a time zone (\"Mars/Olympus\")\n"
            + "  hint: use a region id such as Asia/Shanghai, Europe/Berlin or UTC\n",
        r.err());
  }
}
