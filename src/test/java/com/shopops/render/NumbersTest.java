package com.shopops.render;

import static com.shopops.render.Fixtures.lines;
import static com.shopops.render.Fixtures.options;
import static com.shopops.render.Fixtures.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.domain.lists.Language;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * review16 Q15 (Zhao Min): money and counts with their thousands grouped in the terminal table, a
 * rate as a percentage in every table and the change of a rate in percentage points; csv and json
 * keep plain numbers.
 */
class NumbersTest {
  @Test
  void groupsThousandsKeepingTheScaleAndTheSign() {
    assertEquals("0.05", Numbers.grouped(new BigDecimal("0.05")));
    assertEquals("999.99", Numbers.grouped(new BigDecimal("999.99")));
    assertEquals("1,000.00", Numbers.grouped(new BigDecimal("1000.00")));
    assertEquals("12,345.67", Numbers.grouped(new BigDecimal("12345.67")));
    assertEquals("-1,234,567.80", Numbers.grouped(new BigDecimal("-1234567.80")));
    assertEquals("100,000", Numbers.grouped(100_000L));
    assertEquals("-999", Numbers.grouped(-999L));
    assertEquals("0", Numbers.grouped(0L));
  }

  @Test
  void aRateIsAPercentageAndItsChangePercentagePoints() {
    assertEquals("7.14%", Numbers.percent(new BigDecimal("0.0714")));
    assertEquals("7.15%", Numbers.percent(new BigDecimal("0.07145"))); // half up
    assertEquals("100.00%", Numbers.percent(BigDecimal.ONE));
    assertEquals(new BigDecimal("0.52"), Numbers.points(new BigDecimal("0.0052")));
    assertEquals(new BigDecimal("-1.35"), Numbers.points(new BigDecimal("-0.01345")));
  }

  private static Table figures() {
    Table t =
        new Table(
            Column.text("metric"),
            Column.decimal("value"),
            Column.decimal("change"),
            Column.money("sales"),
            Column.integer("orders"),
            Column.integer("import_id"));
    t.addRow(
        "sales", new BigDecimal("12345.67"), new BigDecimal("-1234.50"), 1234567L, 12345L, 1234L);
    t.addRow("conversion_rate", new BigDecimal("0.0714"), new BigDecimal("0.0052"), 0L, 1000L, 12L)
        .shown("value", Shown.PERCENT)
        .shown("change", Shown.POINTS);
    return t;
  }

  @Test
  void theTerminalTableGroupsAndShowsRatesAsPercentAndPoints() {
    assertEquals(
        lines(
            "metric               value     change      sales  orders  import_id",
            "---------------  ---------  ---------  ---------  ------  ---------",
            "sales            12,345.67  -1,234.50  12,345.67  12,345       1234",
            "conversion_rate      7.14%    0.52 pp       0.00   1,000         12"),
        render(figures(), OutputFormat.TABLE, options()));
  }

  @Test
  void chineseSaysPercentagePoints() {
    String out =
        render(figures(), OutputFormat.TABLE, options().withMessages(Messages.of(Language.ZH)));
    assertEquals(true, out.contains("0.52 个百分点"), out);
    assertEquals(true, out.contains("12,345.67"), out);
  }

  @Test
  void csvAndJsonKeepPlainNumbersAndFractions() {
    assertEquals(
        lines(
            "metric,value,change,sales,orders,import_id",
            "sales,12345.67,-1234.50,12345.67,12345,1234",
            "conversion_rate,0.0714,0.0052,0.00,1000,12"),
        render(figures(), OutputFormat.CSV, options()));
    String json = render(figures(), OutputFormat.JSON, options());
    assertEquals(
        true, json.contains("\"value\" : 0.0714") || json.contains("\"value\": 0.0714"), json);
    assertEquals(true, json.contains("12345.67"), json);
    assertEquals(false, json.contains("12,345"), json);
  }

  @Test
  void sortingAndChoosingColumnsKeepHowACellReads() {
    Table t = figures().sorted("-orders").select(java.util.List.of("metric", "change"));
    assertEquals(
        lines(
            "metric              change",
            "---------------  ---------",
            "sales            -1,234.50",
            "conversion_rate    0.52 pp"),
        render(t, OutputFormat.TABLE, options()));
  }
}
