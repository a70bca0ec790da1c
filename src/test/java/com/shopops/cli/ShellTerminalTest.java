package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.shopops.domain.lists.Language;
import com.shopops.render.Messages;
import com.shopops.store.Store;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shopops shell} driven through JLine's pseudo-terminal: keys go in through a line
 * discipline as a pty's would (Ctrl-C raises SIGINT when ISIG is on), the screen is what comes out.
 */
@Timeout(120)
class ShellTerminalTest {
  static final Instant T = Instant.parse("2026-11-20T02:00:00Z");

  @TempDir Path dir;

  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private final StringWriter stderr = new StringWriter();
  private PipedOutputStream keys;

  private String screen() {
    synchronized (screen) {
      return screen.toString(StandardCharsets.UTF_8);
    }
  }

  private void type(String text) throws IOException {
    keys.write(text.getBytes(StandardCharsets.UTF_8));
    keys.flush();
  }

  private void await(String what, Supplier<Boolean> condition) throws InterruptedException {
    long end = System.nanoTime() + 60_000_000_000L; // a loaded machine: fail only when stuck
    while (!condition.get()) {
      if (System.nanoTime() > end) {
        fail("waited in vain for " + what + "; the screen:\n" + screen());
      }
      Thread.sleep(20);
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  /** An orders file big enough that its import is still reading when Ctrl-C comes. */
  private Path bigOrders(int rows) throws IOException {
    Path f = dir.resolve("big-orders.csv");
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("order_id,customer_id,created_at,paid_at,status,sku,quantity,amount\n");
      for (int i = 0; i < rows; i++) {
        w.write("SO" + (1_000_000 + i) + ",C" + (i % 5000) + ",2026-11-01 09:00:00,");
        w.write("2026-11-01 09:05:00,paid,TEA-LJ-250,1,268.00\n");
      }
    }
    return f;
  }

  private static long countRows(Path db, String table) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
      return rs.getLong(1);
    }
  }

  /**
   * Ctrl-C during an import's first load: whatever statement the interrupt stops (SQLite then rolls
   * the transaction back by itself), the shell says "nothing from this file was written" only once
   * the import has ended, and the store is as it was. On 5b10d35 this failed once in CI with 200
   * orders stored (a batch queued behind the interrupted one, committed on its own;
   * ImportCancelTest hits that point every time). The grace period is lifted here, so that however
   * loaded the machine, the import ends before the prompt comes back: the message and the store are
   * asserted.
   */
  @Test
  void ctrlCCancelsTheImportNotTheShellAndHistoryRecallsTheLastCommand() throws Exception {
    long grace = ShellTerminal.graceMillis;
    ShellTerminal.graceMillis = 120_000;
    try {
      ctrlCCancelsTheImport();
    } finally {
      ShellTerminal.graceMillis = grace;
    }
  }

  private void ctrlCCancelsTheImport() throws Exception {
    Path db = dir.resolve("s.db");
    Store.create(db, ZoneId.of("Asia/Shanghai"), T).close();
    Path big = bigOrders(300_000);

    PipedInputStream masterIn = new PipedInputStream(1 << 16);
    keys = new PipedOutputStream(masterIn);
    ExternalTerminal terminal =
        new ExternalTerminal("test", "xterm", masterIn, screen, StandardCharsets.UTF_8);
    Attributes a = terminal.getAttributes();
    a.setLocalFlag(Attributes.LocalFlag.ISIG, true); // as a pty: Ctrl-C is SIGINT
    a.setControlChar(Attributes.ControlChar.VINTR, 3);
    terminal.setAttributes(a);
    terminal.setSize(new Size(100, 30));

    AppContext ctx =
        new AppContext(
            new PrintWriter(new StringWriter()),
            new PrintWriter(stderr, true),
            new ByteArrayInputStream(new byte[0]),
            Map.of("XDG_STATE_HOME", dir.resolve("state").toString(), "LANG", "C"),
            () -> T,
            true,
            true,
            100);
    AtomicInteger exit = new AtomicInteger(-1);
    Thread shell =
        new Thread(
            () ->
                exit.set(
                    ShellCommand.loop(
                        ctx,
                        terminal,
                        List.of("--db", db.toString()),
                        db.toString(),
                        Messages.of(Language.EN))));
    shell.start();
    await("the prompt", () -> count(screen(), "shopops> ") == 1);

    type("import orders " + big + "\r");
    // rows read: the import is in its reading loop (not still opening the store or the file)
    await("the progress bar", () -> stderr.toString().matches("(?s).*[1-9][0-9,]* rows.*"));
    type("\u0003"); // Ctrl-C
    await("the prompt again", () -> count(screen(), "shopops> ") == 2);
    assertTrue(shell.isAlive(), "the shell is still running");
    assertTrue(
        stderr
            .toString()
            .contains(big + ": cancelled (Ctrl-C); nothing from this file was written"),
        () -> "stderr:\n" + stderr + "\nscreen:\n" + screen());
    String err = stderr.toString();
    String last = err.substring(err.lastIndexOf('\r') + 1);
    assertEquals(
        "\033[Kshopops: " + big + ": cancelled (Ctrl-C); nothing from this file was written\n",
        last,
        "the bar cleared, then the reason");
    assertEquals(0, countRows(db, "orders"));
    assertEquals(0, countRows(db, "order_lines"));
    assertEquals(0, countRows(db, "customers"));
    assertEquals(0, countRows(db, "imports"));

    type("tod\t\r"); // TAB completes the command
    await("today's date", () -> screen().contains("2026-11-20"));
    await("a third prompt", () -> count(screen(), "shopops> ") == 3);
    type("\033OA\r"); // up arrow (application cursor keys): the last command again
    await("today's date again", () -> count(screen(), "2026-11-20") == 2);
    type("exit\r");
    shell.join(30_000);
    assertEquals(0, exit.get());
    assertTrue(
        Files.readString(dir.resolve("state/shopops/history")).contains("today"),
        "history under $XDG_STATE_HOME");
    terminal.close();
  }

  @Test
  void ctrlCStopsACommandWaitingForABusyStoreAndLeavesTheStoreUnchanged() throws Exception {
    Path db = dir.resolve("s.db");
    Store.create(db, ZoneId.of("Asia/Shanghai"), T).close();
    PipedInputStream masterIn = new PipedInputStream(1 << 16);
    keys = new PipedOutputStream(masterIn);
    ExternalTerminal terminal =
        new ExternalTerminal("test", "xterm", masterIn, screen, StandardCharsets.UTF_8);
    Attributes a = terminal.getAttributes();
    a.setLocalFlag(Attributes.LocalFlag.ISIG, true);
    a.setControlChar(Attributes.ControlChar.VINTR, 3);
    terminal.setAttributes(a);
    terminal.setSize(new Size(100, 30));
    AppContext ctx =
        new AppContext(
            new PrintWriter(new StringWriter()),
            new PrintWriter(stderr, true),
            new ByteArrayInputStream(new byte[0]),
            Map.of("XDG_STATE_HOME", dir.resolve("state").toString(), "LANG", "C"),
            () -> T,
            true,
            true,
            100);
    AtomicInteger exit = new AtomicInteger(-1);
    Thread shell =
        new Thread(
            () ->
                exit.set(
                    ShellCommand.loop(
                        ctx,
                        terminal,
                        List.of("--db", db.toString()),
                        db.toString(),
                        Messages.of(Language.EN))));
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      other.createStatement().execute("BEGIN IMMEDIATE"); // another writer holds the store
      shell.start();
      await("the prompt", () -> count(screen(), "shopops> ") == 1);
      type("config set sla.ship_within 24h\r");
      await("the wait", () -> stderr.toString().contains("waiting for"));
      long before = System.nanoTime();
      type("\u0003"); // Ctrl-C
      await("the prompt again", () -> count(screen(), "shopops> ") == 2);
      assertTrue(
          System.nanoTime() - before < ShellTerminal.GRACE_MILLIS * 1_000_000L,
          "stopped at once, not left in the background");
      assertTrue(shell.isAlive(), "the shell is still running");
      String text = screen();
      assertEquals(1, count(text, "cancelled (Ctrl-C); the store is unchanged\r\n"), text);
      assertEquals(0, count(text, "in the background"), text);
      assertEquals(0, count(stderr.toString(), "busy"), stderr.toString());
      other.createStatement().execute("ROLLBACK");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT count(*) FROM settings WHERE key = 'sla.ship_within'")) {
      assertEquals(0, rs.getLong(1), "the setting was not written");
    }
    type("exit\r");
    shell.join(30_000);
    assertEquals(0, exit.get());
    terminal.close();
  }

  @Test
  void ctrlCStopsALongReportAtOnce() throws Exception {
    Path db = dir.resolve("s.db");
    Store.create(db, ZoneId.of("Asia/Shanghai"), T).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.createStatement()
          .execute(
              "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n LIMIT 1500000)"
                  + " INSERT INTO orders (order_id, customer_id, created_at, paid_at, status,"
                  + " amount, shipping_fee, total, currency)"
                  + " SELECT 'SO' || i, 'C' || (i % 200000), 1761958800 + i * 7,"
                  + " 1761958800 + i * 7 + 60, 'paid', 26800, 0, 26800, 'CNY' FROM n");
    }
    PipedInputStream masterIn = new PipedInputStream(1 << 16);
    keys = new PipedOutputStream(masterIn);
    ExternalTerminal terminal =
        new ExternalTerminal("test", "xterm", masterIn, screen, StandardCharsets.UTF_8);
    Attributes a = terminal.getAttributes();
    a.setLocalFlag(Attributes.LocalFlag.ISIG, true);
    a.setControlChar(Attributes.ControlChar.VINTR, 3);
    terminal.setAttributes(a);
    terminal.setSize(new Size(100, 30));
    AppContext ctx =
        new AppContext(
            new PrintWriter(new StringWriter()),
            new PrintWriter(stderr, true),
            new ByteArrayInputStream(new byte[0]),
            Map.of("XDG_STATE_HOME", dir.resolve("state").toString(), "LANG", "C"),
            () -> T,
            true,
            true,
            100);
    Thread shell =
        new Thread(
            () ->
                ShellCommand.loop(
                    ctx,
                    terminal,
                    List.of("--db", db.toString()),
                    db.toString(),
                    Messages.of(Language.EN)));
    shell.start();
    await("the prompt", () -> count(screen(), "shopops> ") == 1);
    type("sla report\r"); // about 6 s on this store
    Thread.sleep(700);
    long before = System.nanoTime();
    type("\u0003"); // Ctrl-C
    await("the prompt again", () -> count(screen(), "shopops> ") == 2);
    long took = (System.nanoTime() - before) / 1_000_000;
    assertTrue(took < ShellTerminal.GRACE_MILLIS, "stopped at once, not after " + took + " ms");
    String text = screen();
    assertEquals(1, count(text, "cancelled (Ctrl-C); the store is unchanged\r\n"), text);
    assertEquals(0, count(text, "in the background"), text);
    assertEquals(0, count(text, "carrier"), "no report: " + text);
    assertEquals("", stderr.toString(), "nothing from the interrupted report");
    assertTrue(shell.isAlive(), "the shell is still running");
    type("exit\r");
    shell.join(30_000);
    terminal.close();
  }
}
