package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher under cron's locale (LANG=C): a file named 订单.csv is still found and named, as the
 * JVM gets a UTF-8 locale for file names and output. Runs once the jar is packaged (verify).
 */
class LauncherLocaleTest {
  @TempDir Path dir;

  private String run(Path db, String... args) throws Exception {
    return run(Map.of("LANG", "C"), db, args);
  }

  private String run(Map<String, String> locale, Path db, String... args) throws Exception {
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(Path.of("scripts/shopops").toAbsolutePath().toString(), "--db", db.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    String path = env.get("PATH");
    env.clear();
    env.put("PATH", path);
    env.putAll(locale);
    env.put("SHOPOPS_CDS", "0");
    env.put("SHOPOPS_JAR", Path.of("target/shopops.jar").toAbsolutePath().toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  @Test
  void aChineseFileNameWorksUnderLangC() throws Exception {
    assumeTrue(Files.isRegularFile(Path.of("target/shopops.jar")), "the jar is built by package");
    Files.writeString(
        dir.resolve("订单.csv"),
        "order_id,customer_id,created_at,paid_at,status,"
            + "amount\nO1,C1,2026-11-01 10:00:00,2026-11-01 10:00:00,paid,10.00\n",
        StandardCharsets.UTF_8);
    Path db = dir.resolve("s.db");
    run(db, "init", "-q");
    String out = run(db, "import", "orders", "订单.csv");
    assertTrue(out.startsWith("订单.csv: 1 row, 1 order (1 new"), out);
  }

  @Test
  void aChineseLocaleThisMachineLacksStillMeansChinese() throws Exception {
    assumeTrue(Files.isRegularFile(Path.of("target/shopops.jar")), "the jar is built by package");
    Path db = dir.resolve("s.db");
    run(db, "init", "-q");
    // zh_CN.UTF-8 is not installed on a minimal Debian: the launcher replaces it with C.UTF-8 for
    // file names, and the language the user asked for stays Chinese
    String out = run(Map.of("LC_ALL", "zh_CN.UTF-8"), db, "orders", "--help");
    assertTrue(
        out.codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
        out);
  }
}
