package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.domain.lists.Language;
import com.shopops.render.Messages;
import com.shopops.render.Renderer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The import progress bar: what it says, that it fits, that it ends at 100 % and is cleared. */
class ProgressBarTest {
  private final StringWriter err = new StringWriter();
  private final AtomicLong nanos = new AtomicLong();

  private ProgressBar bar(boolean enabled, int width, Language lang) {
    return new ProgressBar(new PrintWriter(err), enabled, width, Messages.of(lang), nanos::get);
  }

  /** The text of the last frame drawn. */
  private String lastFrame() {
    String s = err.toString();
    String frame = s.substring(s.lastIndexOf('\r') + 1);
    return frame.endsWith("\033[K") ? frame.substring(0, frame.length() - 3) : frame;
  }

  @Test
  void rowsRateAndTimeLeft() {
    ProgressBar b = bar(true, 120, Language.EN);
    b.update("orders.csv", 0, 1_000_000);
    assertEquals("[....................]   0%  0 rows  orders.csv", lastFrame());
    nanos.set(2_000_000_000L);
    b.rows(250_000);
    b.update("orders.csv", 250_000, 1_000_000);
    assertEquals(
        "[#####...............]  25%  250,000 rows  125,000 rows/s  0:06 left  orders.csv",
        lastFrame());
  }

  @Test
  void theRowsRedrawBetweenReadsOfTheFile() {
    ProgressBar b = bar(true, 120, Language.EN);
    b.update("orders.csv", 65_536, 1_000_000);
    nanos.set(100_000_000L);
    b.rows(4096);
    assertTrue(lastFrame().contains("  0 rows  "), "no redraw within 200 ms: " + lastFrame());
    nanos.set(300_000_000L);
    b.rows(8192);
    assertTrue(lastFrame().contains("  8,192 rows  "), lastFrame());
  }

  @Test
  void redrawsAtMostEvery200MsButAlwaysAt100Percent() {
    ProgressBar b = bar(true, 120, Language.EN);
    b.update("a.csv", 0, 1000);
    String before = err.toString();
    nanos.set(100_000_000L);
    b.update("a.csv", 500, 1000);
    assertEquals(before, err.toString(), "no redraw within 200 ms");
    b.rows(10);
    b.update("a.csv", 1000, 1000);
    assertTrue(lastFrame().startsWith("[####################] 100%  10 rows"), lastFrame());
    String full = err.toString();
    b.update("a.csv", 1000, 1000);
    assertEquals(full, err.toString(), "100 % once");
    b.done();
    assertTrue(err.toString().endsWith("\r\033[K"), "cleared");
  }

  @Test
  void aLongPathLosesItsStartAndTheLineFitsTheWidth() {
    String path = "/home/operator/exports/2026/十一月/京东/ExportOrderDetailList-20261120.csv";
    ProgressBar b = bar(true, 80, Language.ZH);
    nanos.set(0);
    b.update(path, 0, 1000);
    nanos.set(1_000_000_000L);
    b.rows(1234);
    b.update(path, 300, 1000);
    String frame = lastFrame();
    assertTrue(Renderer.displayWidth(frame) <= 79, frame + " is " + Renderer.displayWidth(frame));
    assertTrue(frame.contains("1,234 行  1,234 行/秒  剩余 0:02"), frame);
    assertTrue(frame.endsWith("-20261120.csv"), frame);
    assertTrue(frame.contains("…"), frame);
    assertEquals("…t.csv", ProgressBar.shorten("/a/b/c/list.csv", 6));
    assertEquals("/a/b.csv", ProgressBar.shorten("/a/b.csv", 8));
  }

  @Test
  void aNarrowTerminalDropsTheBarAndKeepsTheTimeLeft() {
    // review11 K14: at 60 columns the time left lost its seconds ("剩余 0:")
    ProgressBar b = bar(true, 60, Language.ZH);
    nanos.set(0);
    b.update("orders.csv", 0, 10_000);
    nanos.set(1_780_000_000L);
    b.rows(3372);
    b.update("orders.csv", 3400, 10_000);
    String frame = lastFrame();
    assertTrue(Renderer.displayWidth(frame) <= 59, frame + " is " + Renderer.displayWidth(frame));
    assertTrue(frame.startsWith(" 34%  3,372 行  1,894 行/秒  剩余 0:03"), frame);
  }

  @Test
  void offItDrawsNothingButStillCancels() {
    ProgressBar b = bar(false, 80, Language.EN);
    b.update("a.csv", 10, 100);
    b.done();
    assertEquals("", err.toString());
    Thread.currentThread().interrupt();
    try {
      UserException e = assertThrows(UserException.class, () -> b.update("a.csv", 20, 100));
      assertEquals(ExitCodes.INTERRUPTED, e.exitCode());
      assertEquals("a.csv: cancelled (Ctrl-C); nothing from this file was written", e.getMessage());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void groupedNumbersAndClock() {
    assertEquals("1,000,000", ProgressBar.grouped(1_000_000));
    assertEquals("999", ProgressBar.grouped(999));
    assertEquals("0:07", ProgressBar.clock(7));
    assertEquals("1:02:03", ProgressBar.clock(3723));
  }
}
