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
