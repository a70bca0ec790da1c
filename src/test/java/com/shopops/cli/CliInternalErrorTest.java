package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.app.ExitCodes;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@link Error} escaping a command (a native library that does not link, the heap running out, a
 * stack overflow) ends as the documented internal error: exit 70, one message and at most one hint
 * on stderr, the trace only with --debug. The command's clock throws it here: {@code store copy}
 * reads the clock before it opens anything.
 */
class CliInternalErrorTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run run(Error error, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AppContext ctx =
        new AppContext(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            new ByteArrayInputStream(new byte[0]),
            Map.of(),
            () -> {
              throw error;
            },
            false,
            false,
            120);
    int exit = Cli.run(ctx, args);
    return new Run(exit, out.toString(), err.toString());
  }

  private String[] copy(String... before) {
    String src = dir.resolve("a.db").toString();
    String dst = dir.resolve("b.db").toString();
    String[] line = new String[before.length + 4];
    System.arraycopy(before, 0, line, 0, before.length);
    System.arraycopy(new String[] {"store", "copy", src, dst}, 0, line, before.length, 4);
    return line;
  }

  @Test
  void unsatisfiedLinkIsAnInternalErrorWithAHint() {
    Run r =
        run(
            new UnsatisfiedLinkError("'void org.sqlite.core.NativeDB._open_utf8(byte[], int)'"),
            copy());
    assertEquals(ExitCodes.INTERNAL, r.exit());
    assertEquals("", r.out());
    assertEquals(
        "shopops: internal error: java.lang.UnsatisfiedLinkError: 'void"
            + " org.sqlite.core.NativeDB._open_utf8(byte[], int)' (run with --debug for details)\n"
            + "  hint: a library shopops loads (SQLite's native library?) does not fit this build:"
            + " drop -Dorg.sqlite.lib.path from SHOPOPS_JAVA_OPTS if it names one, or build shopops"
            + " again\n",
        r.err());
    assertFalse(Files.exists(dir.resolve("b.db")));
  }

  @Test
  void outOfMemoryNamesTheHeapOption() {
    Run r = run(new OutOfMemoryError("Java heap space"), copy());
    assertEquals(ExitCodes.INTERNAL, r.exit());
    assertEquals(
        "shopops: internal error: java.lang.OutOfMemoryError: Java heap space (run with --debug"
            + " for details)\n"
            + "  hint: Java ran out of memory: give it more with SHOPOPS_JAVA_OPTS=-Xmx2g (the"
            + " launcher scripts/shopops passes it to java; java -jar takes -Xmx2g itself)\n",
        r.err());
  }

  @Test
  void outOfMemoryInChinese() {
    Run r = run(new OutOfMemoryError("Java heap space"), copy("--lang", "zh"));
    assertEquals(ExitCodes.INTERNAL, r.exit());
    assertEquals(
        "shopops：内部错误：java.lang.OutOfMemoryError: Java heap space（加 --debug 查看详情）\n"
            + "  提示：Java 内存不足：用 SHOPOPS_JAVA_OPTS=-Xmx2g 给它更多内存（启动脚本 scripts/shopops"
            + " 会把它传给 java；java -jar 直接加 -Xmx2g）\n",
        r.err());
  }

  @Test
  void stackOverflowHasNoHintAndTheTraceOnlyWithDebug() {
    Run quiet = run(new StackOverflowError(), copy());
    assertEquals(ExitCodes.INTERNAL, quiet.exit());
    assertEquals(
        "shopops: internal error: java.lang.StackOverflowError (run with --debug for details)\n",
        quiet.err());

    Run debug = run(new StackOverflowError(), copy("--debug"));
    assertEquals(ExitCodes.INTERNAL, debug.exit());
    String[] lines = debug.err().split("\n");
    assertEquals("shopops: internal error: java.lang.StackOverflowError", lines[0]);
    assertEquals("java.lang.StackOverflowError", lines[1]);
    assertTrue(lines[2].startsWith("\tat "), debug.err());
  }
}
