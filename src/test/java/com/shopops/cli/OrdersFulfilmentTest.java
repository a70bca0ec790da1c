package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `orders list` and `orders show` give the shipped/delivered time, carrier, tracking number and
 * status by {@code store.Fulfilment}: the shipment record first, as `customers show` and `sla` do
 * (review8 H3).
 */
class OrdersFulfilmentTest {
  private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void init() throws IOException {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "orders", EXAMPLES.resolve("orders.csv").toString());
    cli.expect(0, "import", "shipments", EXAMPLES.resolve("shipments.csv").toString());
    // SO202611170001 is paid and unshipped in orders.csv; SO202605010002 went by 圆通速递 (its
    // 顺丰速运 row has another tracking number: a second parcel)
    Path file = dir.resolve("one.csv");
    Files.writeString(
        file,
        """
        order_id,carrier,tracking_no,shipped_at,delivered_at,estimated_delivery_at,presale_ship_date
        SO202611170001,顺丰速运,SF1234509876,2026-11-18 09:00:00,,2026-11-21 18:00:00,2026-11-18
        SO202605010002,顺丰速运,SF0000000002,,,,
        """,
        StandardCharsets.UTF_8);
    cli.expect(0, "import", "shipments", file.toString());
  }

  @Test
  void listGivesTheShipmentRecordsTimeCarrierAndTrackingNumber() {
    String out = cli.expect(0, "orders", "list", "--format", "csv").out();
    assertTrue(
        out.contains(
            "SO202611170001,C00061,2026-11-17 08:53:46,2026-11-17 08:59:01,2026-11-18 09:00:00,,"
                + "shipped,45.90,,6.00,51.90,CNY,1,顺丰速运,SF1234509876,山东,青岛,华东\n"),
        out);
    assertTrue(
        out.contains(
            "SO202605010002,C00016,2026-05-01 19:24:11,2026-05-01 19:41:04,2026-05-05 08:44:04,"
                + "2026-05-07 10:45:08,completed,428.60,,0.00,428.60,CNY,3,圆通速递,YT4496769793689,"),
        out);
  }

  @Test
  void showGivesTheShipmentRecordsTimeCarrierAndTrackingNumber() {
    String out = cli.expect(0, "orders", "show", "SO202611170001", "--format", "json").out();
    assertTrue(out.contains("\"shipped_at\": \"2026-11-18T09:00:00+08:00\""), out);
    assertTrue(out.contains("\"delivered_at\": null"), out);
    assertTrue(out.contains("\"status\": \"shipped\""), out);
    assertTrue(out.contains("\"carrier\": \"顺丰速运\""), out);
    assertTrue(out.contains("\"tracking_no\": \"SF1234509876\""), out);
    assertTrue(out.contains("\"estimated_delivery_at\": \"2026-11-21T18:00:00+08:00\""), out);
    assertTrue(out.contains("\"presale_ship_date\": \"2026-11-18\""), out);
    String corrected = cli.expect(0, "orders", "show", "SO202605010002", "--format", "json").out();
    // the examples' own estimate stays (a later record never erases what it leaves out)
    assertTrue(
        corrected.contains("\"estimated_delivery_at\": \"2026-05-06T23:00:00+08:00\""), corrected);
    assertTrue(corrected.contains("\"presale_ship_date\": null"), corrected);
    // another tracking number is another parcel (review19 V24): the order's carrier and tracking
    // number stay those of its first parcel shipped
    assertTrue(corrected.contains("\"carrier\": \"圆通速递\""), corrected);
    assertTrue(corrected.contains("\"tracking_no\": \"YT4496769793689\""), corrected);
    assertTrue(corrected.contains("\"status\": \"completed\""), corrected);
  }

  @Test
  void showWithoutAShipmentRecordLeavesThePromisesEmpty() {
    String fields = cli.expect(0, "orders", "show", "SO202611200005", "--format", "table").out();
    assertTrue(fields.contains("order_id"), fields);
    assertTrue(!fields.contains("estimated_delivery_at"), fields); // empty fields are left out
    String json = cli.expect(0, "orders", "show", "SO202611200005", "--format", "json").out();
    assertTrue(json.contains("\"estimated_delivery_at\": null"), json);
  }

  @Test
  void statusFilterFollowsTheStatusShown() {
    assertTrue(ids("orders", "list", "--status", "shipped").contains("SO202611170001"));
    assertTrue(!ids("orders", "list", "--status", "paid").contains("SO202611170001"));
  }

  @Test
  void theStoredOrderIsLeftAsItsExportSaysIt() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT o.status, o.shipped_at, o.carrier, s.carrier FROM orders o"
                    + " JOIN shipments s ON s.order_id = o.order_id"
                    + " WHERE o.order_id IN ('SO202611170001', 'SO202605010002')"
                    + " ORDER BY o.order_id")) {
      assertTrue(rs.next());
      assertEquals("completed", rs.getString(1));
      assertEquals("圆通速递", rs.getString(3));
      assertEquals("圆通速递", rs.getString(4)); // SF0000000002 is a second parcel, not yet shipped
      assertTrue(rs.next());
      assertEquals("paid", rs.getString(1));
      rs.getLong(2);
      assertTrue(rs.wasNull());
      assertEquals("顺丰速运", rs.getString(4));
    }
  }

  private List<String> ids(String... args) {
    return cli.expect(0, args).out().lines().skip(1).map(l -> l.split(",")[0]).toList();
  }
}
