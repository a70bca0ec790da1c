package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A per-province deadline set before any order has a province is said to change nothing yet. */
class ConfigProvinceWarningTest {
  @TempDir Path dir;

  @Test
  void aProvinceRuleWithoutProvincesIsWarnedOfAndStillSet() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init");
    var r = cli.expect(0, "config", "set", "sla.ship_within_by_province", "西藏=72h");
    assertEquals(
        "sla.ship_within_by_province = 西藏=72h\n"
            + "warning: no order in the store has a province yet: this rule changes nothing until"
            + " orders or customers with a province are imported\n",
        r.err());
    assertTrue(cli.sql("SELECT * FROM settings").contains("72h"));
    var zh =
        cli.env("LANG", "zh_CN.UTF-8")
            .expect(0, "config", "set", "sla.ship_within_by_province", "西藏=72h");
    assertTrue(zh.err().contains("店铺中还没有任何订单有省份"), zh.err());

    Path f = dir.resolve("o.csv");
    Files.writeString(
        f,
        "order_id,customer_id,created_at,paid_at,status,amount,province\n"
            + "A1,c@x.com,2026-11-01 10:00:00,2026-11-01 10:00:00,paid,10.00,西藏\n");
    cli.expect(0, "import", "orders", f.toString());
    var after =
        cli.env("LANG", "C").expect(0, "config", "set", "sla.ship_within_by_province", "西藏=96h");
    assertEquals("sla.ship_within_by_province = 西藏=96h\n", after.err());
  }
}
