package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.domain.lists.Language;
import com.shopops.render.Messages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * picocli's errors that still came out in English under --lang zh, and a step code the
 * hand-step-redated anomaly left in English (tryout23b A13).
 */
class PicocliZhLeftoversTest {
  @TempDir Path dir;

  private String zhError(String... args) {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "-q");
    String[] all = new String[args.length + 2];
    all[0] = "--lang";
    all[1] = "zh";
    System.arraycopy(args, 0, all, 2, args.length);
    return cli.expect(2, all).err().lines().findFirst().orElse("");
  }

  @Test
  void anOptionGivenTwice() {
    assertEquals(
        "shopops：选项 '--limit'（N）只能给一次", zhError("orders", "list", "--limit", "2", "--limit", "3"));
  }

  @Test
  void notALong() {
    assertEquals("shopops：参数 ID 的值无效：'x' 不是整数", zhError("lists", "undo", "x"));
  }

  @Test
  void anOptionWhoseValueIsAnotherOption() { // generic25
    assertEquals(
        "shopops：选项 '--from' 缺少值：'--to' 是另一个选项，不能作它的值",
        zhError("orders", "list", "--from", "--to", "2026-01-01"));
  }

  @Test
  void notABoolean() { // generic25
    assertEquals(
        "shopops：选项 '--wide' 的值无效：'x' 不是 true 或 false", zhError("orders", "list", "--wide=x"));
  }

  @Test
  void aPositionalParameterGivenTwice() { // generic25: picocli's text, said again
    assertEquals(
        "位置参数 ID（第 0 个，从 0 起）只能给一次",
        ErrorText.translate(
            Messages.of(Language.ZH),
            "positional parameter at index 0 (ID) should be specified only once"));
  }

  @Test
  void aMissingColumnNamedByItsChineseHeadersAndTheHeaderCountInChinese() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "-q");
    java.nio.file.Path f =
        java.nio.file.Files.writeString(
            dir.resolve("wide.csv"),
            "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p\n1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6\n");
    String zh = cli.expect(1, "--lang", "zh", "import", "orders", f.toString()).err();
    assertEquals(
        "shopops："
            + f
            + ":1：缺少必需的列 订单号/订单编号/主订单编号（order_id）（查找过：order_id, order id, order_no, 订单号,"
            + " 订单编号, order_number, 主订单编号, Name；表头为：a, b, c, d, e, f, g, h, i, j, k, l, …（共 16 列））",
        zh.lines().findFirst().orElse(""));
    String en = cli.expect(1, "import", "orders", f.toString()).err();
    assertTrue(en.contains(":1: missing required column order_id (looked for"), en);
    assertTrue(en.contains("k, l, … (16 columns))"), en);
  }

  @Test
  void theStepsOfAReturnJoinedInChinese() {
    assertEquals(
        "shopops：选项 '--status' 的值无效：\"nope\" 不是退货可以进入的步骤；"
            + "可用：approved、rejected、received、refunded 或 withdrawn",
        zhError("returns", "update", "RT1", "--status", "nope"));
  }

  @Test
  void aRedatedHandStepNamesItsStep() {
    String said =
        ErrorText.reason(
            Messages.of(Language.ZH),
            "steps recorded by hand that this file dates otherwise: received 2026-11-19 13:00"
                + " (root) → 2026-11-19 12:40; the return takes the file's times, and returns show"
                + " keeps the hand steps marked replaced");
    assertTrue(said.startsWith("手工记录的步骤在本文件中时间不同："), said);
    assertTrue(!said.contains("received"), said);
    assertTrue(said.contains(" 2026-11-19 13:00 (root) → 2026-11-19 12:40；"), said);
  }
}
