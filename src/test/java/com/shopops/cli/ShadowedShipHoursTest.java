package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tryout18 W5: {@code sla.ship_within.jd 6h} set while {@code sla.ship_cutoff.jd 16:00} is set
 * printed "sla.ship_within.jd = 6h" and changed nothing, silently. The cut-off is in force (a
 * marketplace's cut-off wins over its hours, docs/sla.md); config set and sla report now say so.
 */
class ShadowedShipHoursTest {
  @TempDir Path dir;

  private static final String SAID =
      "sla.ship_cutoff.jd (16:00) is in force for jd orders: sla.ship_within.jd (6h) is not used"
          + " while it is set (`shopops config unset sla.ship_cutoff.jd` to time them by 6h)";

  @Test
  void configSetAndTheReportNameTheRuleInForce() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    assertEquals(
        "",
        cli.expect(0, "config", "set", "sla.ship_cutoff.jd", "16:00")
            .err()
            .replaceAll("sla.ship_cutoff.jd = 16:00\n", ""));
    CliRunner.Result set = cli.expect(0, "config", "set", "sla.ship_within.jd", "6h");
    assertEquals("sla.ship_within.jd = 6h\nwarning: " + SAID + "\n", set.err());
    // the other order of setting them says the same
    cli.expect(0, "config", "unset", "sla.ship_cutoff.jd");
    assertEquals(
        "sla.ship_cutoff.jd = 16:00\nwarning: " + SAID + "\n",
        cli.expect(0, "config", "set", "sla.ship_cutoff.jd", "16:00").err());
    CliRunner.Result report = cli.expect(0, "--now", "2026-11-20 10:00", "sla", "report");
    assertTrue(report.err().contains(SAID), report.err());
    // zh
    CliRunner.Result zh =
        cli.env("LANG", "zh_CN.UTF-8").expect(0, "config", "set", "sla.ship_within.jd", "6h");
    assertTrue(
        zh.err()
            .contains("jd 订单按 sla.ship_cutoff.jd（16:00）计算发货时限：设置了它时 sla.ship_within.jd（6h）不起作用"),
        zh.err());
  }
}
