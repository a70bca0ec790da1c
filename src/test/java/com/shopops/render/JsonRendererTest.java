package com.shopops.render;

import static com.shopops.render.Fixtures.lines;
import static com.shopops.render.Fixtures.options;
import static com.shopops.render.Fixtures.orders;
import static com.shopops.render.Fixtures.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
  @Test
  void json() {
    assertEquals(
        lines(
            "[",
            "  {",
            "    \"order_id\": \"E1001\",",
            "    \"buyer\": \"张三丰\",",
            "    \"province\": \"广东\",",
            "    \"amount\": 1221.30,",
            "    \"paid_at\": \"2025-06-17T19:03:29+08:00\",",
            "    \"refund_rate\": 0.0312,",
            "    \"items\": 3,",
            "    \"vip\": true",
            "  },",
            "  {",
            "    \"order_id\": \"E1002\",",
            "    \"buyer\": \"Amy Lee\",",
            "    \"province\": \"Zhejiang\",",
            "    \"amount\": -12.05,",
            "    \"paid_at\": \"2025-06-18T09:00:00+08:00\",",
            "    \"refund_rate\": 0.1,",
            "    \"items\": 1,",
            "    \"vip\": false",
            "  },",
            "  {",
            "    \"order_id\": \"E1003\",",
            "    \"buyer\": null,",
            "    \"province\": \"上海\",",
            "    \"amount\": null,",
            "    \"paid_at\": null,",
            "    \"refund_rate\": null,",
            "    \"items\": null,",
            "    \"vip\": null",
            "  }",
            "]"),
        render(orders(), OutputFormat.JSON, options()));
  }

  @Test
  void jsonl() {
    assertEquals(
        lines(
            "{\"order_id\":\"E1001\",\"buyer\":\"张三丰\",\"province\":\"广东\",\"amount\":1221.30,"
                + "\"paid_at\":\"2025-06-17T19:03:29+08:00\",\"refund_rate\":0.0312,\"items\":3,"
                + "\"vip\":true}",
            "{\"order_id\":\"E1002\",\"buyer\":\"Amy Lee\",\"province\":\"Zhejiang\","
                + "\"amount\":-12.05,\"paid_at\":\"2025-06-18T09:00:00+08:00\",\"refund_rate\":0.1,"
                + "\"items\":1,\"vip\":false}",
            "{\"order_id\":\"E1003\",\"buyer\":null,\"province\":\"上海\",\"amount\":null,"
                + "\"paid_at\":null,\"refund_rate\":null,\"items\":null,\"vip\":null}"),
        render(orders(), OutputFormat.JSONL, options()));
  }

  @Test
  void moneyIsAJsonNumberWithTwoDecimals() throws Exception {
    Table t = new Table(Column.money("amount"));
    t.addRow(122130L);
    t.addRow(0L);
    t.addRow(-5L);
    String json = render(t, OutputFormat.JSON, options());
    assertTrue(json.contains("\"amount\": 1221.30"), json);
    assertTrue(json.contains("\"amount\": 0.00"), json);
    assertTrue(json.contains("\"amount\": -0.05"), json);
    JsonNode parsed =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(json);
    assertTrue(parsed.get(0).get("amount").isNumber());
    BigDecimal amount = parsed.get(0).get("amount").decimalValue();
    assertEquals(0, new BigDecimal("1221.30").compareTo(amount));
  }

  @Test
  void chineseAndControlCharactersAreValidJson() throws Exception {
    Table t = new Table(Column.text("note"));
    t.addRow("广东省 \"深圳\"\n=1+1");
    String jsonl = render(t, OutputFormat.JSONL, options());
    assertEquals("{\"note\":\"广东省 \\\"深圳\\\"\\n=1+1\"}\n", jsonl);
    assertFalse(jsonl.contains("\\u"));
    assertEquals("广东省 \"深圳\"\n=1+1", new ObjectMapper().readTree(jsonl).get("note").asText());
  }

  @Test
  void noRows() {
    Table t = new Table(Column.text("id"));
    assertEquals("[]\n", render(t, OutputFormat.JSON, options()));
    assertEquals("", render(t, OutputFormat.JSONL, options()));
  }

  @Test
  void limitCutsRows() {
    assertEquals(
        lines("{\"id\":\"R1\",\"amount\":1.00}"),
        render(Fixtures.numbered(3), OutputFormat.JSONL, options().withLimit(1)));
    assertEquals(
        250, render(Fixtures.numbered(250), OutputFormat.JSONL, options()).split("\n").length);
  }

  @Test
  void utcTimestampsKeepANumericOffsetAndDatesAreIso() {
    Table t = new Table(Column.timestamp("at"), Column.date("day"), Column.decimal("hours"));
    t.addRow(
        Instant.parse("2025-06-17T11:03:29.750Z"),
        LocalDate.of(2025, 6, 17),
        new BigDecimal("1E-7"));
    assertEquals(
        "{\"at\":\"2025-06-17T11:03:29+00:00\",\"day\":\"2025-06-17\",\"hours\":0.0000001}\n",
        render(t, OutputFormat.JSONL, RenderOptions.defaults(ZoneOffset.UTC)));
  }
}
