package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose schema_migrations names other steps than this shopops' (another build ran its
 * migrations in another order, tryout23a A5) is refused, saying which, in en and zh, exit 2: it was
 * opened as current and a migration was silently taken as applied.
 */
class StoreOtherStepsTest {
  @TempDir Path dir;

  private CliRunner swapped() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "-q", "--tz", "Asia/Shanghai");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement()) {
      st.execute(
          "UPDATE schema_migrations SET name = CASE version"
              + " WHEN 41 THEN 'V042__presale_paid_in_full.sql'"
              + " ELSE 'V041__amount_before_discount.sql' END WHERE version IN (41, 42)");
    }
    return cli;
  }

  @Test
  void refusedNamingTheStepInEnglish() throws Exception {
    CliRunner cli = swapped();
    var r = cli.expect(2, "orders", "list");
    assertEquals(
        "shopops: store "
            + cli.db()
            + ": its schema version 41 records V042__presale_paid_in_full.sql, but step 41 of"
            + " this shopops is V041__amount_before_discount.sql\n"
            + "  hint: another build of shopops upgraded it (a migration in a different order):"
            + " open it with that build, or restore a backup; nothing was changed\n",
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void refusedNamingTheStepInChinese() throws Exception {
    CliRunner cli = swapped();
    var r = cli.expect(2, "--lang", "zh", "metrics");
    assertEquals(
        "shopops：店铺数据库 "
            + cli.db()
            + " 的数据库版本 41 记录的是 V042__presale_paid_in_full.sql，本版 shopops 的第 41 步是"
            + " V041__amount_before_discount.sql\n"
            + "  提示：它是由另一个版本的 shopops 升级的（迁移顺序不同）：请用那个版本打开它，或恢复备份；未做任何更改\n",
        r.err());
  }
}
