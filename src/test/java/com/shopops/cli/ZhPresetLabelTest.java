package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review19 V14: a Chinese sentence names a bundled layout in Chinese, not with the preset's English
 * label in brackets inside its own ("这看起来是 orders 文件（jd-orders (JD 京东 POP order export (one row per
 * SKU, order totals repeated))），不是 returns").
 */
class ZhPresetLabelTest {
  @TempDir Path dir;

  @Test
  void anOrdersFileGivenToImportReturnsNamesItsLayoutInChinese() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    String f = Path.of("src/test/resources/import/jd/jd_orders.csv").toString();
    var zh = cli.expect(1, "--lang", "zh", "import", "returns", f);
    assertEquals(
        "shopops："
            + f
            + "：这看起来是 orders 文件（jd-orders：京东 POP 订单导出，每个 SKU 一行，订单合计逐行重复），不是 returns\n"
            + "  提示：用 `shopops import orders "
            + f
            + "` 导入，或用 --preset/--map 指定格式\n",
        zh.err());
    // English as before
    var en = cli.expect(1, "import", "returns", f);
    assertTrue(
        en.err()
            .contains(
                ": this looks like an orders file (jd-orders (JD 京东 POP order export (one row per"
                    + " SKU, order totals repeated))), not returns\n"),
        en.err());
  }
}
