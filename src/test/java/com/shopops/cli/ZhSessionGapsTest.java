package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tryout17 U7 and review18 T6/T4: what a Chinese session still said in English or wrongly. */
class ZhSessionGapsTest {
  static final String RES = CustomersSegmentCliTest.RES;

  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void store() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "customers", RES + "customers.csv", "-q");
    cli.expect(0, "import", "orders", RES + "rfm-orders.csv", "-q");
    cli.env("LANG", "zh_CN.UTF-8");
  }

  /** Before: {@code shopops：--tier: no tier "Silver"} under a Chinese hint. */
  @Test
  void anUnknownTierIsRefusedInChinese() {
    var r = cli.expect(2, "export", "promotion", "--tier", "Silver", "--dry-run");
    assertEquals("shopops：--tier：没有名为 \"Silver\" 的会员等级", r.err().lines().findFirst().orElseThrow());
  }
}
