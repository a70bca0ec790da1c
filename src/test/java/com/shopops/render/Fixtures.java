package com.shopops.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import org.jline.utils.WCWidth;

/** Shared tables and helpers for the renderer tests. */
final class Fixtures {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private Fixtures() {}

  /** Chinese text, money (positive, negative, missing), a Shanghai timestamp, a rate. */
  static Table orders() {
    Table t =
        new Table(
            Column.text("order_id"),
            Column.text("buyer"),
            Column.text("province"),
            Column.money("amount"),
            Column.timestamp("paid_at"),
            Column.rate("refund_rate"),
            Column.integer("items"),
            Column.bool("vip"));
    t.addRow(
        "E1001",
        "张三丰",
        "广东",
        122130L,
        Instant.parse("2025-06-17T11:03:29Z"),
        new BigDecimal("0.0312"),
        3L,
        true);
    t.addRow(
        "E1002",
        "Amy Lee",
        "Zhejiang",
        -1205L,
        Instant.parse("2025-06-18T01:00:00Z"),
        new BigDecimal("0.1"),
        1,
        false);
    t.addRow("E1003", null, "上海", null, null, null, null, null);
    return t;
  }

  /** {@code n} rows "R1".."Rn". */
  static Table numbered(int n) {
    Table t = new Table(Column.text("id"), Column.money("amount"));
    for (int i = 1; i <= n; i++) {
      t.addRow("R" + i, (long) i * 100);
    }
    return t;
  }

  static RenderOptions options() {
    return RenderOptions.defaults(SHANGHAI);
  }

  static String render(Table t, OutputFormat f, RenderOptions o) {
    StringWriter out = new StringWriter();
    try {
      Renderer.render(t, f, o, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  /** Terminal columns, computed independently of the code under test. */
  static int displayWidth(String s) {
    return s.codePoints().map(cp -> Math.max(0, WCWidth.wcwidth(cp))).sum();
  }
}
