package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who changed a rule, and when (review20 X18), on a store that knew rules before it recorded. */
class ConfigHistoryTest {
  @TempDir Path dir;

  @Test
  void aRuleSetBeforeChangesWereRecordedIsSaid() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "-q", "--tz", "Asia/Shanghai");
    cli.expect(0, "--now", "2026-11-21 09:30", "config", "set", "sla.ship_within", "36h");
    cli.expect(
        0,
        "--now",
        "2026-11-21 09:40",
        "config",
        "set",
        "returns.window_days",
        "15",
        "--agent",
        "小王");
    assertEquals(
        "2026-11-21 09:40:00|returns.window_days|15|小王\n",
        cli.sql(
            "SELECT datetime(changed_at, 'unixepoch', '+8 hours'), key, value, changed_by"
                + " FROM config_changes WHERE key = 'returns.window_days'"));
    // as an older shopops left it: the value set, no change recorded
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement()) {
      st.execute("DELETE FROM config_changes WHERE key = 'sla.ship_within'");
    }
    var all = cli.expect(0, "config", "history");
    assertEquals(
        "changed_at,key,value,changed_by\n2026-11-21 09:40:00,returns.window_days,15,小王\n",
        all.out());
    assertEquals(
        "note: 1 rule holds a value set before this store recorded who changed a rule and when (an"
            + " older shopops): `config show` gives its value, not who set it\n",
        all.err());
    var zh = cli.expect(0, "--lang", "zh", "config", "history", "sla.ship_within");
    assertEquals("changed_at,key,value,changed_by\n", zh.out());
    assertEquals(
        "注：1 条规则的值是在本店铺数据库开始记录修改人和修改时间之前（旧版 shopops）设置的：`config show` 显示其值，但没有修改人\n", zh.err());
    assertEquals("", cli.expect(0, "config", "history", "returns.window_days").err());
  }
}
