package com.shopops.render;

import static com.shopops.render.Fixtures.displayWidth;
import static com.shopops.render.Fixtures.lines;
import static com.shopops.render.Fixtures.options;
import static com.shopops.render.Fixtures.orders;
import static com.shopops.render.Fixtures.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTextRendererTest {
  @Test
  void table() {
    assertEquals(
        lines(
            "order_id  buyer    province    amount  paid_at              refund_rate  items  vip",
            "--------  -------  --------  --------  -------------------  -----------  -----  ---",
            "E1001     张三丰   广东      1,221.30  2025-06-17 19:03:29        3.12%      3  yes",
            "E1002     Amy Lee  Zhejiang    -12.05  2025-06-18 09:00:00       10.00%      1  no",
            "E1003              上海"), // nothing after the last text (tryout29a A7)
        render(orders(), OutputFormat.TABLE, options()));
  }

  @Test
  void chineseAndAsciiLineUp() {
    Table t = new Table(Column.text("客户"), Column.text("地区"), Column.money("金额"));
    t.addRow("张三丰", "广东", 122130L);
    t.addRow("Bob", "Guangdong Shenzhen", -1205L);
    t.addRow("ｆｕｌｌ宽", "上海", null);
    t.addRow("", "東京都", 5L);
    List<String> out = Arrays.asList(render(t, OutputFormat.TABLE, options()).split("\n"));
    assertEquals(6, out.size());
    int width = displayWidth(out.get(0));
    for (String line : out) { // the amounts line up; the row without one ends at its text
      assertEquals(line == out.get(4) ? 16 : width, displayWidth(line), line);
    }
    // amounts right-aligned: every amount ends at the last column
    assertTrue(out.get(2).endsWith("1,221.30"));
    assertTrue(out.get(3).endsWith("  -12.05"));
    assertEquals("张三丰      广东                1,221.30", out.get(2));
  }

  @Test
  void narrowTerminalTruncatesChineseByDisplayWidth() {
    Table t = new Table(Column.text("sku"), Column.text("title"), Column.integer("qty"));
    t.addRow("A1", "宝宝纯棉连体衣夏季薄款短袖", 2L);
    t.addRow("B22", "Socks", 10L);
    // title shrinks to 10 columns: four Chinese characters (8) + "…" (1); a fifth would not fit
    assertEquals(
        lines(
            "sku  title       qty",
            "---  ----------  ---",
            "A1   宝宝纯棉…     2",
            "B22  Socks        10"),
        render(t, OutputFormat.TABLE, options().withTerminalWidth(20)));
    // one column more: five characters fit exactly
    String wider = render(t, OutputFormat.TABLE, options().withTerminalWidth(21));
    assertTrue(wider.contains("A1   宝宝纯棉连…    2\n"), wider);
    for (String line : wider.split("\n")) {
      assertEquals(21, displayWidth(line), line);
    }
  }

  /**
   * Of two free-text columns the widest is cut, not the short one beside it: `check` at 120 columns
   * had cut 被拒绝的行 to 被拒… beside a long result (review14 N8).
   */
  @Test
  void theWidestTextIsCutNotItsShortNeighbour() {
    Table t = new Table(Column.text("check"), Column.text("result"));
    t.addRow("被拒绝的行", "0");
    t.addRow("数据库结构版本", "正常");
    t.addRow("旧版读法", "很长".repeat(40));
    String out = render(t, OutputFormat.TABLE, options().withTerminalWidth(60));
    assertTrue(out.contains("被拒绝的行      0"), out);
    assertTrue(out.contains("数据库结构版本  正常"), out);
    for (String line : out.split("\n")) {
      assertTrue(displayWidth(line) <= 60 && !line.endsWith(" "), line);
    }
    assertEquals(60, displayWidth(out.split("\n")[1]));
  }

  @Test
  void shrinkStopsAtMinimumWidthAndHeaderWidth() {
    Table t = new Table(Column.text("description"), Column.text("x"), Column.money("amount"));
    t.addRow("a very long description of the parcel", "abcdefghijkl", 100L);
    t.columnsChosen(); // --columns: a table even when it does not fit
    String out = render(t, OutputFormat.TABLE, options().withTerminalWidth(10));
    String[] lines = out.split("\n");
    // description keeps its header width (11), x keeps the minimum (6), money is never cut
    assertEquals("description  x       amount", lines[0]);
    assertEquals("a very lon…  abcde…    1.00", lines[2]);
  }

  /** An orders-like table: ids, a tracking number, a SKU, timestamps, a date and a long title. */
  private static Table wideOrders() {
    Table t =
        new Table(
            Column.text("order_id"),
            Column.text("customer_id"),
            Column.text("sku"),
            Column.timestamp("created_at"),
            Column.timestamp("paid_at"),
            Column.date("due"),
            Column.text("title"),
            Column.money("total"),
            Column.text("tracking_no"),
            Column.text("status"));
    t.addRow(
        "SO202611000123",
        "C00044",
        "SKU-BABY-ROMPER-80",
        Instant.parse("2026-11-01T02:03:04Z"),
        Instant.parse("2026-11-01T02:05:00Z"),
        LocalDate.of(2026, 11, 3),
        "Baby cotton short-sleeve romper, thin summer fabric, size 80, pack of three",
        12990L,
        "SF1234567890123",
        "shipped");
    return t;
  }

  @Test
  void wideTableKeepsIdsAndTimestampsWholeAndShrinksTheTitle() {
    String out = render(wideOrders(), OutputFormat.TABLE, options().withTerminalWidth(150));
    String[] lines = out.split("\n");
    for (String line : lines) {
      assertTrue(displayWidth(line) <= 150 && !line.endsWith(" "), line);
    }
    assertEquals(150, displayWidth(lines[1]));
    String row = lines[2];
    for (String whole :
        List.of(
            "SO202611000123",
            "C00044",
            "SKU-BABY-ROMPER-80",
            "2026-11-01 10:03:04",
            "2026-11-01 10:05:00",
            "2026-11-03",
            "129.90",
            "SF1234567890123",
            "shipped")) {
      assertTrue(row.contains(whole), whole + " in " + row);
    }
    assertTrue(row.contains("  Baby cotton …  "), row);
  }

  @Test
  void tooWideEvenAtMinimumIsPrintedWholeAndLeftToWrapWhenItsColumnsWereChosen() {
    String out =
        render(wideOrders().columnsChosen(), OutputFormat.TABLE, options().withTerminalWidth(100));
    String[] lines = out.split("\n");
    assertEquals(
        "SO202611000123  C00044       SKU-BABY-ROMPER-80  2026-11-01 10:03:04  2026-11-01 10:05:00"
            + "  2026-11-03  Baby …  129.90  SF1234567890123  shipped",
        lines[2]);
    assertTrue(displayWidth(lines[2]) > 100);
    assertEquals(displayWidth(lines[1]), displayWidth(lines[2]));
  }

  @Test
  void tooWideEvenAtMinimumIsShownOneRecordAfterTheOther() {
    // review11 K4: as psql's \\x auto; ids and times whole, free text cut to the line
    Table t = wideOrders();
    t.addRow("SO2", null, "SKU-1", null, null, null, "Socks", 100L, null, "paid");
    String out = render(t, OutputFormat.TABLE, options().withTerminalWidth(40));
    List<String> lines = out.lines().toList();
    assertEquals("-[ RECORD 1 ]---------------------------", lines.get(0));
    assertEquals("order_id     SO202611000123", lines.get(1));
    assertEquals("created_at   2026-11-01 10:03:04", lines.get(4));
    assertTrue(lines.get(7).startsWith("title        Baby cotton short-sleeve"), lines.get(7));
    assertTrue(lines.get(7).endsWith("…"), lines.get(7));
    assertEquals("total        129.90", lines.get(8));
    assertEquals("-[ RECORD 2 ]---------------------------", lines.get(11));
    assertEquals("sku          SKU-1", lines.get(13)); // no empty customer_id line
    for (String line : lines) {
      assertTrue(displayWidth(line) <= 40, line);
    }
  }

  @Test
  void onlyFreeTextShrinks() {
    assertFalse(TableTextRenderer.shrinkable(Column.text("order_id")));
    assertFalse(TableTextRenderer.shrinkable(Column.text("tracking_no")));
    assertFalse(TableTextRenderer.shrinkable(Column.text("sku")));
    assertFalse(TableTextRenderer.shrinkable(Column.timestamp("paid_at")));
    assertFalse(TableTextRenderer.shrinkable(Column.date("day")));
    assertFalse(TableTextRenderer.shrinkable(Column.money("total")));
    assertTrue(TableTextRenderer.shrinkable(Column.text("title")));
    assertTrue(TableTextRenderer.shrinkable(Column.text("reason")));
    // statuses, codes and phones are read whole (issue 16)
    assertFalse(TableTextRenderer.shrinkable(Column.text("status")));
    assertFalse(TableTextRenderer.shrinkable(Column.text("offer_code")));
    assertFalse(TableTextRenderer.shrinkable(Column.text("phone")));
  }

  @Test
  void surrogatePairsAreNeverSplit() {
    Table t = new Table(Column.text("name"), Column.text("note"));
    t.addRow("𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇", "ok");
    String out = render(t, OutputFormat.TABLE, options().withTerminalWidth(12));
    String row = out.split("\n")[2];
    // name shrinks to 6 columns: two 2-column characters + "…" + one space of padding
    assertEquals("𠀀𠀁…   ok", row);
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertTrue(Character.isLowSurrogate(row.charAt(++i)));
      } else {
        assertFalse(Character.isLowSurrogate(c));
      }
    }
  }

  @Test
  void noRows() {
    Table t = new Table(Column.text("id"), Column.money("amount"));
    assertEquals(
        lines("id  amount", "--  ------", "(no rows)"), render(t, OutputFormat.TABLE, options()));
  }

  @Test
  void rowCapSaysHowManyMore() {
    String out = render(Fixtures.numbered(5), OutputFormat.TABLE, options().withTableRowCap(3));
    assertEquals(
        lines(
            "id  amount",
            "--  ------",
            "R1    1.00",
            "R2    2.00",
            "R3    3.00",
            "… 2 more rows (use --limit 5 or --format csv to see all)"),
        out);
  }

  @Test
  void defaultCapIsAHundredRows() {
    String[] out = render(Fixtures.numbered(150), OutputFormat.TABLE, options()).split("\n");
    assertEquals(2 + 100 + 1, out.length);
    assertEquals("… 50 more rows (use --limit 150 or --format csv to see all)", out[102]);
  }

  @Test
  void explicitLimitWinsOverTheCap() {
    RenderOptions o = options().withTableRowCap(3).withLimit(4);
    assertEquals(
        lines("id  amount", "--  ------", "R1    1.00", "R2    2.00", "R3    3.00", "R4    4.00"),
        render(Fixtures.numbered(10), OutputFormat.TABLE, o));
  }

  @Test
  void capAtExactlyTheRowCountPrintsNoMoreLine() {
    String out = render(Fixtures.numbered(3), OutputFormat.TABLE, options().withTableRowCap(3));
    assertFalse(out.contains("more rows"));
  }

  @Test
  void controlCharactersCannotBreakRowsOrDriveTheTerminal() {
    Table t = new Table(Column.text("name"), Column.text("note"));
    t.addRow("two\nlines", "\u001b[31mred\tx");
    assertEquals(
        lines("name       note", "---------  ----------", "two lines  ?[31mred x"),
        render(t, OutputFormat.TABLE, options()));
  }

  @Test
  void datesBooleansAndDecimals() {
    Table t =
        new Table(Column.date("day"), Column.bool("ok"), Column.decimal("hours"), Column.rate("r"));
    t.addRow(LocalDate.of(2025, 6, 17), false, new BigDecimal("12.5"), new BigDecimal("0.12345"));
    assertEquals(
        lines(
            "day         ok  hours       r",
            "----------  --  -----  ------",
            "2025-06-17  no   12.5  12.35%"),
        render(t, OutputFormat.TABLE, options()));
  }

  @Test
  void displayWidthAndTruncate() {
    assertEquals(6, DisplayWidth.of("张三丰"));
    assertEquals(6, DisplayWidth.of("a张b丰"));
    assertEquals("张三丰", DisplayWidth.truncate("张三丰", 6));
    assertEquals("张三…", DisplayWidth.truncate("张三丰", 5));
    assertEquals("张…", DisplayWidth.truncate("张三丰", 4));
    assertEquals("…", DisplayWidth.truncate("张三丰", 1));
    assertEquals("ab…", DisplayWidth.truncate("abcdef", 3));
  }
}
