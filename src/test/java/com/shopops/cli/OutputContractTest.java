package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The csv/json contract of docs/output.md (review10 J5, J6): counts are numbers, a missing value is
 * null (never ""), a direction is a code, and re-importing a shopops orders listing keeps the
 * store's line items and says the listing is a summary.
 */
class OutputContractTest {
  @TempDir Path dir;
  private CliRunner cli;

  private static final String ORDERS =
      "order_id,customer_id,created_at,paid_at,status,sku,title,quantity,amount,shipping_fee\n"
          + "o1,c1,2026-11-01 10:00:00,2026-11-01 10:05:00,paid,SKU-A,Tea,2,20.00,6.00\n"
          + "o1,c1,2026-11-01 10:00:00,2026-11-01 10:05:00,paid,SKU-B,Cup,1,15.50,6.00\n"
          + "o2,c2,2026-11-02 11:00:00,2026-11-02 11:01:00,paid,SKU-A,Tea,1,10.00,0.00\n";

  @BeforeEach
  void init() throws Exception {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    Path f = dir.resolve("orders.csv");
    Files.writeString(f, ORDERS, StandardCharsets.UTF_8);
    cli.expect(0, "import", "orders", f.toString());
  }

  @Test
  void checkWritesItsCountsAsJsonNumbersAndItsVerdictsAsText() throws Exception {
    JsonNode rows = new ObjectMapper().readTree(cli.expect(0, "check", "--format", "json").out());
    JsonNode orders = null;
    JsonNode integrity = null;
    for (JsonNode r : rows) {
      if (r.get("check").asText().equals("orders")) {
        orders = r.get("result");
      } else if (r.get("check").asText().equals("integrity")) {
        integrity = r.get("result");
      }
    }
    assertTrue(orders != null && orders.isIntegralNumber(), String.valueOf(orders));
    assertEquals(2, orders.asLong());
    assertTrue(integrity != null && integrity.isTextual());
    assertEquals("ok", integrity.asText());
    // csv: the digits, as before
    assertTrue(cli.expect(0, "check", "--format", "csv").out().contains("\norders,2\n"));
  }

  @Test
  void configShowWritesNullNotAnEmptyStringForNoValueOrDefault() throws Exception {
    JsonNode rows =
        new ObjectMapper().readTree(cli.expect(0, "config", "show", "--format", "json").out());
    int nulls = 0;
    for (JsonNode r : rows) {
      for (String k : new String[] {"value", "default"}) {
        assertTrue(!r.get(k).isTextual() || !r.get(k).asText().isEmpty(), r.toString());
      }
      if (r.get("key").asText().equals("sla.holidays")) {
        assertTrue(r.get("value").isNull() && r.get("default").isNull(), r.toString());
        nulls++;
      }
    }
    assertEquals(1, nulls);
  }

  @Test
  void metricsCompareWritesDirectionCodesOrNullInJson() throws Exception {
    JsonNode rows =
        new ObjectMapper()
            .readTree(
                cli.expect(
                        0,
                        "metrics",
                        "compare",
                        "--from",
                        "2026-11-02",
                        "--to",
                        "2026-11-02",
                        "--format",
                        "json")
                    .out());
    int seen = 0;
    for (JsonNode r : rows) {
      JsonNode d = r.get("direction");
      assertTrue(d.isNull() || d.asText().matches("up|down|flat"), "direction of " + r.toString());
      if (r.get("value").isNull() || r.get("previous").isNull()) {
        assertTrue(d.isNull(), r.toString());
      }
      seen++;
    }
    assertTrue(seen > 5);
    JsonNode orders = null;
    for (JsonNode r : rows) {
      if (r.get("metric").asText().equals("orders")) {
        orders = r;
      }
    }
    assertEquals("flat", orders.get("direction").asText(), String.valueOf(orders)); // 1 vs 1
  }

  @Test
  void reimportingTheStoresOwnListingKeepsItsLineItemsAndSaysTheListingIsASummary()
      throws Exception {
    String before = lines();
    String orders = "SELECT order_id, amount, shipping_fee, paid_at FROM orders ORDER BY 1";
    String ordersBefore = cli.sql(orders);
    assertEquals("o1|SKU-A|2|2000\no1|SKU-B|1|1550\no2|SKU-A|1|1000\n", before);
    Path listing = dir.resolve("listing.csv");
    cli.expect(0, "orders", "list", "--format", "csv", "--out", listing.toString());
    CliRunner.Result r = cli.expect(0, "import", "orders", listing.toString());
    assertTrue(
        r.err()
            .contains(
                listing
                    + ": items is not read from this file: a shopops `orders list` is a summary"
                    + " of each order: its line items, refunds and completion times are not in"
                    + " it, so an import rebuilds none of them (a store it updates keeps its own"
                    + " line items); `shopops backup` or `shopops store copy` moves a whole"
                    + " store"),
        r.err());
    assertEquals(before, lines());
    assertEquals(ordersBefore, cli.sql(orders));
    assertTrue(ordersBefore.startsWith("o1|3550|600|"), ordersBefore);
  }

  private String lines() throws Exception {
    return cli.sql(
        "SELECT order_id, sku, quantity, amount FROM order_lines ORDER BY order_id, sku");
  }
}
