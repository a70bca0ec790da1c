package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.domain.lists.Language;
import com.shopops.render.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tryout26a A4, A5, tryout26b B8: what a Chinese session still said in English or twice. */
class ZhLeftovers27Test {
  @TempDir Path dir;

  private CliRunner storeWithATimelessOrder() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path g1 = dir.resolve("g1.csv");
    Files.writeString(g1, "order_id,customer_id,amount,status\nG1,c1,10.00,paid\n");
    cli.expect(0, "import", "orders", g1.toString(), "-q");
    return cli;
  }

  /** Before: {@code …有 1 行需要查看（order times）：退出码 3} under a table saying 订单时间. */
  @Test
  void strictCheckNamesTheWarningRowAsTheTableDoes() throws Exception {
    CliRunner cli = storeWithATimelessOrder();
    var zh = cli.expect(3, "--lang", "zh", "check", "--strict", "-q");
    assertEquals("shopops：check --strict：店铺数据库完好，但有 1 行需要查看（订单时间）：退出码 3\n", zh.err());
    var en = cli.expect(3, "check", "--strict", "-q");
    assertEquals(
        "shopops: check --strict: the store is sound, but 1 row needs a look (order times): exit 3\n",
        en.err());
    var table = cli.expect(3, "--lang", "zh", "check", "--strict", "-f", "table");
    assertTrue(table.out().contains("数据库版本"), table.out());
    assertFalse(table.out().contains("数据库结构版本"), table.out());
  }

  /** Before: the zh help listed {@code （order times、item ids、masked buyer ids）}. */
  @Test
  void checkHelpNamesTheWarningRowsInChinese() {
    CliRunner cli = new CliRunner(dir);
    String help = cli.expect(0, "--lang", "zh", "check", "--help").out().replaceAll("\\s+", "");
    assertEquals(2, help.split("（订单时间、商品ID、脱敏买家编号、预售付款时间）", -1).length - 1, help);
    assertFalse(help.contains("ordertimes"), help);
  }

  /** Before: the 一致 column said {@code yes} and the summary 架构版本 (the notes: 数据库版本). */
  @Test
  void storeCopySaysYesAndTheSchemaVersionInChinese() throws Exception {
    CliRunner cli = storeWithATimelessOrder();
    Path copy = dir.resolve("copy.db");
    var r =
        cli.expect(
            0,
            "--lang",
            "zh",
            "store",
            "copy",
            cli.db().toString(),
            copy.toString(),
            "-f",
            "table");
    String orders = r.out().lines().filter(l -> l.startsWith("orders ")).findFirst().orElseThrow();
    assertTrue(orders.strip().endsWith("  是"), orders);
    assertFalse(r.out().contains("yes"), r.out());
    assertTrue(
        r.err().contains("数据库版本 " + com.shopops.store.Store.latestSchemaVersion() + "，每张表均已核对"),
        r.err());
    Path csv = dir.resolve("copy2.db");
    var machine =
        cli.expect(
            0, "--lang", "zh", "store", "copy", cli.db().toString(), csv.toString(), "-f", "csv");
    assertTrue(machine.out().lines().anyMatch(l -> l.startsWith("orders,") && l.endsWith(",yes")));
  }

  /** Before: 它们 for one order; the English says it or them by the count. */
  @Test
  void oneOrderIsNotSpokenOfAsMany() {
    Messages zh = Messages.of(Language.ZH);
    String one = zh.get("note.presale_paid_held", 1, "P1", "a.csv");
    assertTrue(one.contains("而最后写入该订单的订单报表无法重新读取"), one);
    String two = zh.get("note.presale_paid_held", 2, "P1, P2", "a.csv");
    assertTrue(two.contains("而最后写入这些订单的订单报表无法重新读取"), two);
    assertEquals(
        "本期有 1 张取消单（CNY 10.00）未扣除：导出没有写明它取消的是哪张发票",
        zh.get("note.cancellations_not_deducted", 1, "CNY", "10.00"));
    assertEquals(
        "本期有 2 张取消单（CNY 20.00）未扣除：导出没有写明它们取消的是哪张发票",
        zh.get("note.cancellations_not_deducted", 2, "CNY", "20.00"));
  }

  /** Before: {@code 冲回 3.00（退款冲回）}, the same word twice. */
  @Test
  void aReversedRefundIsNamedOnce() {
    Messages zh = Messages.of(Language.ZH);
    assertEquals(
        "A：订单 #1：导出写明退款 12.00，少于此前登记的 10.00；按导出记为已退款 12.00，退款冲回 3.00，"
            + "计入本次导入当天 2026-11-08 的净销售额",
        zh.get(
            "note.import_refund_reversed_lowered",
            "A",
            "#1",
            "12.00",
            "10.00",
            "12.00",
            "3.00",
            "2026-11-08"));
  }
}
