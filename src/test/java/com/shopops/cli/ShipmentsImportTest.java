package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import shipments}: presets, rejects with reasons, tracking-number matching, upserts. */
class ShipmentsImportTest {
  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void init() throws IOException {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(
        0,
        "import",
        "orders",
        file(
                "orders.csv",
                """
        order_id,customer_id,paid_at,shipped_at,delivered_at,tracking_no,status
        O1,C1,2026-03-02 10:00:00,,,,paid
        O2,C1,2026-03-02 10:00:00,2026-03-02 18:00:00,,ZT900,shipped
        O3,C1,2026-03-02 10:00:00,,,,paid
        """)
            .toString());
  }

  private Path file(String name, String text) throws IOException {
    return file(name, text, StandardCharsets.UTF_8);
  }

  private Path file(String name, String text, Charset cs) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, cs);
    return p;
  }

  @Test
  void deliveredBeforeShippedIsImportedAsItIsWithAnAnomalyAndLeftOutOfTheHours()
      throws IOException {
    Path f =
        file(
            "s.csv",
            """
        order_id,carrier,tracking_no,shipped_at,delivered_at
        O1,中通快递,ZT1,2026-03-02 18:00:00,2026-03-04 12:00:00
        O3,中通快递,ZT3,2026-03-03 18:00:00,2026-03-03 17:59:59
        """);
    var r = cli.expect(0, "import", "shipments", f.toString());
    assertTrue(
        r.err()
            .contains(
                "2 rows, 2 shipments (2 new, 0 updated, 0 unchanged),"
                    + " 1 anomaly (shopops imports show 2);"),
        r.err());
    var show = cli.expect(0, "imports", "show", "2", "--format", "csv");
    assertEquals(
        "file,line,kind,record_id,problem\n"
            + f
            + ",3,anomaly:delivered-before-shipped,O3,\"delivered_at is before shipped_at"
            + " (delivered 2026-03-03 17:59:59, shipped 2026-03-03 18:00:00)\"\n",
        show.out());
    assertTrue(
        show.err()
            .contains(
                "import 2: shipments "
                    + f
                    + ", 2 rows (2 new, 0 updated,"
                    + " 0 unchanged), 0 rejected, 1 anomaly"),
        show.err());
    // both written; O3's negative delivery time is not in the hours, and the report says so
    var sla =
        cli.expect(
            0,
            "--now",
            "2026-03-10 12:00",
            "sla",
            "report",
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-05",
            "--by",
            "week");
    assertTrue(
        sla.err().contains("note: 1 order was left out of the hours: implausible times"),
        sla.err());
    String total = sla.out().lines().filter(l -> l.startsWith("total,")).findFirst().orElseThrow();
    // only O1 delivered plausibly: 2026-03-02 18:00 → 2026-03-04 12:00 is 42.0 h
    assertTrue(total.endsWith(",42.0,42.0"), total);
  }

  @Test
  void aDeliveredTimeIsCheckedAgainstTheShippedTimeTheStoreHolds() throws IOException {
    Path f = file("s.csv", "order_id,delivered_at\nO2,2026-03-02 17:00:00\n");
    cli.expect(0, "import", "shipments", f.toString());
    assertTrue(
        cli.expect(0, "imports", "show", "2")
            .out()
            .contains(
                "delivered_at is before"
                    + " shipped_at (delivered 2026-03-02 17:00:00, shipped 2026-03-02 18:00:00)"));
  }

  @Test
  void aShipmentForAnUnknownOrderIsAReportedReject() throws IOException {
    Path f = file("s.csv", "order_id,carrier,shipped_at\nNOPE,中通快递,2026-03-02 18:00:00\n");
    var r = cli.expect(1, "import", "shipments", f.toString());
    assertEquals(
        f
            + ":2: order_id: order NOPE is not in the store (import its order export"
            + " first)\n"
            + f
            + ": 1 bad row, no row of it correct; nothing from this file was written. Fix the rows"
            + " and import the file again.\n",
        r.err());
  }

  @Test
  void aRowWithoutAnOrderIdIsMatchedByTrackingNumber() throws IOException {
    Path f =
        file(
            "s.csv",
            """
        订单编号,物流公司,运单号,发货时间,签收时间
        ,中通快递,ZT900,,2026-03-04 09:00:00
        ,中通快递,NOWHERE,2026-03-02 18:00:00,
        """);
    var r = cli.expect(0, "import", "shipments", f.toString(), "--on-error", "skip");
    assertTrue(
        r.err()
            .contains(
                ":3: tracking_no (column \"运单号\"): no order in the store has"
                    + " tracking number"
                    + " NOWHERE (and the row has no order id)"),
        r.err());
    assertTrue(
        r.err()
            .contains("1 shipment (1 new, 0 updated, 0 unchanged), 1 rejected;" + " cn-shipments"),
        r.err());
    var report = cli.expect(0, "--now", "2026-03-10 00:00", "sla", "report", "--by", "carrier");
    assertTrue(report.out().contains("\n中通快递,1,1,"), report.out());
  }

  /**
   * review19 V26: a Chinese 物流/发货 export (cn-shipments) is written in Beijing time, like the JD and
   * Taobao order exports, whatever the store's zone: in a UTC store 18:00 is 10:00 UTC, not 18:00
   * UTC (8 h late, every parcel), and the import says how it read the times.
   */
  @Test
  void aChineseShipmentsExportIsBeijingTimeInAStoreOnAnotherZone() throws Exception {
    Path utcDir = Files.createDirectories(dir.resolve("utc"));
    CliRunner utc = new CliRunner(utcDir);
    utc.expect(0, "init", "--tz", "UTC");
    utc.expect(
        0,
        "import",
        "orders",
        file("o.csv", "order_id,customer_id,paid_at\nO1,C1,2026-03-02 01:00:00\n").toString());
    var r =
        utc.expect(
            0,
            "import",
            "shipments",
            file(
                    "s.csv",
                    """
        订单号,快递公司,运单号,发货时间,签收时间
        O1,中通快递,ZT1,2026-03-02 18:00:00,2026-03-04 09:00:00
        """)
                .toString());
    assertTrue(
        r.err().contains("the times of cn-shipments exports are Asia/Shanghai time (UTC+08:00)"),
        r.err());
    // 2026-03-02 10:00 and 2026-03-04 01:00 UTC
    assertEquals(
        "O1|1772445600|1772586000\n",
        utc.sql("SELECT order_id, shipped_at, delivered_at FROM shipments"));
  }

  /**
   * Review20 X3: a 签收时间 written 24:00:00 (a parcel signed at midnight, ISO 8601's end of the day)
   * is 00:00:00 of the next day, not a refused file; {@code --now} reads 24:00 the same way.
   */
  @Test
  void aDeliveryAt2400IsMidnightOfTheNextDay() throws Exception {
    Path f =
        file(
            "ship_2400.csv",
            "订单编号,物流公司,运单号,发货时间,签收时间\r\n"
                + "O1,圆通速递,YT4000000000,2026-03-04 10:00:00,2026-03-05 24:00:00\r\n"
                + "O3,圆通速递,YT4000000001,2026-03-04 10:00:00,2026-03-06 00:00:00\r\n",
            Charset.forName("GBK"));
    cli.expect(0, "import", "shipments", f.toString());
    // 2026-03-06 00:00 Asia/Shanghai is 1772726400: both rows
    assertEquals(
        "O1|1772726400\nO3|1772726400\n",
        cli.sql("SELECT order_id, delivered_at FROM shipments ORDER BY order_id"));
    assertEquals(
        cli.expect(0, "--now", "2026-03-06 00:00", "sla", "report").out(),
        cli.expect(0, "--now", "2026-03-05 24:00", "sla", "report").out());
  }

  /**
   * Review8 H1 (conflict.csv): two rows of one order that disagree are applied in file order, the
   * later one's value kept, and each later row is a conflicting-rows anomaly naming the earlier
   * line and the columns; a blank states nothing and an exact copy is a duplicate-row, not this. A
   * row of another tracking number is another parcel of the order (拆包发货, review19 V24), no
   * conflict: the order shipped when its first parcel left.
   */
  @Test
  void twoRowsOfOneOrderThatDisagreeAreAConflictingRowsAnomalyAndTheLaterWins() throws Exception {
    Path f =
        file(
            "conflict.csv",
            """
        order_id,carrier,tracking_no,shipped_at
        O1,圆通速递,YT1,2026-03-02 18:00:00
        O3,中通快递,ZT3,2026-03-02 19:00:00
        O1,韵达快递,YT1,2026-03-02 18:00:00
        O3,,,
        O3,中通快递,ZT3,2026-03-02 19:00:00
        O1,圆通速递,YT2,2026-03-02 20:00:00
        """);
    var r = cli.expect(0, "import", "shipments", f.toString());
    assertTrue(
        r.err().contains("6 rows, 2 shipments (2 new, 0 updated, 0 unchanged), 2 anomalies"),
        r.err());
    var show = cli.expect(0, "imports", "show", "2", "--format", "csv");
    assertTrue(
        show.err().contains("6 rows (2 new, 0 updated, 0 unchanged), 0 rejected, 2 anomalies"),
        show.err());
    String why = "; rows of one order are applied in file order: this later row's ";
    assertEquals(
        "file,line,kind,record_id,problem\n"
            + "conflict.csv,4,anomaly:conflicting-rows,O1,carrier differs from line 2"
            + why
            + "value is kept\n"
            + "conflict.csv,6,anomaly:duplicate-row,O3,an exact copy of line 3: counted once\n",
        show.out().replace(dir + "/", ""));
    // 2026-03-02 18:00 (YT1, the first parcel out; YT2 left at 20:00) and 19:00 in Asia/Shanghai
    assertEquals(
        "O1|韵达快递|YT1|1772445600\nO3|中通快递|ZT3|1772449200\n",
        cli.sql("SELECT order_id, carrier, tracking_no, shipped_at FROM shipments ORDER BY 1"));
  }

  @Test
  void aLaterRowOfTheFileSeesWhatAnEarlierRowWroteBeforeItIsWrittenToTheStore() throws Exception {
    // O1's shipped time comes from the first row; 300 rows later (another read-ahead batch, the
    // first row still staged) its delivered time is checked against it
    StringBuilder text = new StringBuilder("order_id,carrier,shipped_at,delivered_at\n");
    text.append("O1,中通快递,2026-03-02 18:00:00,\n");
    for (int i = 0; i < 300; i++) {
      text.append("O3,圆通速递,2026-03-02 19:00:00,2026-03-04 09:00:00\n");
    }
    text.append("O1,,,2026-03-02 17:00:00\n");
    Path f = file("s.csv", text.toString());
    var r = cli.expect(0, "import", "shipments", f.toString());
    assertTrue(
        r.err().contains("302 rows, 2 shipments (2 new, 0 updated, 0 unchanged), 300 anomalies"),
        r.err());
    assertTrue(
        cli.expect(0, "imports", "show", "2", "--format", "csv")
            .out()
            .contains(
                ",303,anomaly:delivered-before-shipped,O1,\"delivered_at is before shipped_at"
                    + " (delivered 2026-03-02 17:00:00, shipped 2026-03-02 18:00:00)\""));
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT order_id, carrier, shipped_at, delivered_at FROM shipments"
                        + " ORDER BY order_id")) {
      StringBuilder got = new StringBuilder();
      while (rs.next()) {
        got.append(rs.getString(1))
            .append(',')
            .append(rs.getString(2))
            .append(',')
            .append(rs.getLong(3))
            .append(',')
            .append(rs.getLong(4))
            .append('\n');
      }
      // 2026-03-02 18:00 / 17:00 and 19:00, 2026-03-04 09:00 in Asia/Shanghai
      assertEquals(
          "O1,中通快递,1772445600,1772442000\nO3,圆通速递,1772449200,1772586000\n", got.toString());
    }
  }

  /** A query's rows, one line each, columns joined by '|'. */
  private String rows(String sql) throws Exception {
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        var rs = c.createStatement().executeQuery(sql)) {
      StringBuilder got = new StringBuilder();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= n; i++) {
          got.append(i == 1 ? "" : "|").append(rs.getString(i));
        }
        got.append('\n');
      }
      return got.toString();
    }
  }

  /**
   * Review8 H1: shipments are counted per order. The examples' shipments edited (10 carriers
   * changed, 10 rows' times blanked), 5 rows duplicated, shuffled: 293 rows are 288 shipments, of
   * which the 9 that changed (a blank time keeps the stored one) are updated; each exact copy is a
   * duplicate-row anomaly, and the stored rows are those of the examples with the new carriers.
   */
  @Test
  void shipmentsAreCountedPerOrderAndAnExactCopyIsADuplicateRow() throws Exception {
    cli.expect(0, "import", "orders", Path.of("examples/orders.csv").toString());
    cli.expect(0, "import", "shipments", Path.of("examples/shipments.csv").toString());
    String kept =
        "SELECT order_id, tracking_no, shipped_at, delivered_at, estimated_delivery_at,"
            + " promised_ship_date FROM shipments ORDER BY order_id";
    String before = rows(kept);
    Path f = dir.resolve("edit.csv");
    Files.copy(Path.of("src/test/resources/shipments/review8-edit.csv"), f);
    var r = cli.expect(0, "import", "shipments", f.toString());
    assertTrue(
        r.err()
            .contains(
                "edit.csv: 293 rows, 288 shipments (0 new, 9 updated, 279 unchanged), 5 anomalies"),
        r.err());
    var show = cli.expect(0, "imports", "show", "4", "--format", "csv");
    assertTrue(
        show.err().contains("293 rows (0 new, 9 updated, 279 unchanged), 0 rejected, 5 anomalies"),
        show.err());
    assertEquals(
        5, show.out().lines().filter(l -> l.contains(",anomaly:duplicate-row,SO")).count());
    assertTrue(show.out().contains(": counted once"), show.out());
    assertEquals("288|9", rows("SELECT count(*), sum(import_id = 4) FROM shipments").strip());
    // the times and tracking numbers as they were (a blank keeps the stored value) ...
    assertEquals(before, rows(kept));
    // ... and each order's carrier the edited file's
    String carriers =
        Files.readAllLines(f).stream()
            .skip(1)
            .map(l -> l.split(",")[0] + "|" + l.split(",")[1])
            .distinct()
            .sorted()
            .map(l -> l + "\n")
            .collect(java.util.stream.Collectors.joining());
    assertEquals(carriers, rows("SELECT order_id, carrier FROM shipments ORDER BY order_id"));
  }

  @Test
  void reimportingIsIdempotentAndALaterFileFillsIn() throws IOException {
    Path first =
        file(
            "a.csv",
            """
        order_id,carrier,tracking_no,shipped_at,delivered_at,estimated_delivery_at
        O1,圆通速递,YT1,2026-03-02 18:00:00,,2026-03-04
        O3,圆通速递,YT3,2026-03-02 19:00:00,,
        """);
    assertTrue(
        cli.expect(0, "import", "shipments", first.toString())
            .err()
            .contains("2 rows, 2 shipments (2 new, 0 updated, 0 unchanged)"));
    assertTrue(
        cli.expect(0, "import", "shipments", first.toString())
            .err()
            .contains("2 rows, 2 shipments (0 new, 0 updated, 2 unchanged)"));
    Path later =
        file(
            "b.csv",
            """
        order_id,delivered_at
        O1,2026-03-04 12:00:00
        """);
    assertTrue(
        cli.expect(0, "import", "shipments", later.toString(), "--dry-run")
            .err()
            .contains(
                "dry run, nothing written: 1 row, 1 shipment (0 new, 1 updated, 0 unchanged)"));
    assertTrue(
        cli.expect(0, "import", "shipments", later.toString())
            .err()
            .contains("1 row, 1 shipment (0 new, 1 updated, 0 unchanged)"));
    // the carrier survives the later file, which did not carry it; delivered by the estimate
    var report = cli.expect(0, "--now", "2026-03-10 00:00", "sla", "report", "--by", "carrier");
    assertTrue(report.out().contains("\n圆通速递,2,2,"), report.out());
    assertTrue(cli.expect(0, "imports").out().contains("shipments"));
  }

  @Test
  void aGbkCarrierExportIsReadAndTheOrderExportsStillCarryTheirTimes() throws IOException {
    Path f =
        file(
            "gbk.csv",
            "订单号,快递公司,物流单号,出库时间\r\nO3,韵达快递,YD3,2026-03-02 20:00:00\r\n",
            Charset.forName("GB18030"));
    var r = cli.expect(0, "import", "shipments", f.toString());
    assertTrue(r.err().contains("cn-shipments-logistics, GB18030"), r.err());
    var report = cli.expect(0, "--now", "2026-03-10 00:00", "sla", "report", "--by", "carrier");
    // O2 from its order export (no carrier), O3 from the shipment record
    assertTrue(report.out().contains("\n韵达快递,1,1,"), report.out());
    assertTrue(report.out().contains("\ntotal,3,2,"), report.out());
  }

  @Test
  void aCustomerListIsNotAShipmentsFile() throws IOException {
    Path f = file("c.csv", "customer_id,name,phone\nC1,张三,13800000000\n");
    var r = cli.expect(1, "import", "shipments", f.toString());
    assertEquals(
        "shopops: "
            + f
            + ": this looks like a customers file (generic-customers (shopops"
            + " generic layout)), not shipments\n  hint: import it with `shopops import customers "
            + f
            + "`, or force a layout with --preset/--map\n",
        r.err());
  }

  /**
   * An export that writes its promised delivery day as 00:00:00 (Olist): a mapping marks the field
   * {@code date_only} and the promise is stored as the end of that day in the store zone; without
   * it, midnight is taken as written. A date without a time is the whole day either way.
   */
  @Test
  void aDateOnlyEstimateIsStoredAsTheEndOfItsDay() throws Exception {
    String rows =
        """
        order_id,order_delivered_customer_date,order_estimated_delivery_date
        O1,2026-03-05 23:59:59,2026-03-05 00:00:00
        O3,2026-03-06 00:00:00,2026-03-05
        """;
    Path map =
        file(
            "olist.json",
            """
            {"kind": "shipments",
             "fields": {"order_id": ["order_id"],
                        "delivered_at": ["order_delivered_customer_date"],
                        "estimated_delivery_at": ["order_estimated_delivery_date"]},
             "date_only": ["estimated_delivery_at"]}
            """);
    Path f = file("s.csv", rows);
    cli.expect(0, "import", "shipments", f.toString(), "--map", map.toString());
    // 2026-03-05 24:00 Asia/Shanghai is 1772726400; the end of that day one second before
    assertEquals(
        "O1|1772726399|1772726399\nO3|1772726400|1772726399\n",
        cli.sql(
            "SELECT order_id, delivered_at, estimated_delivery_at FROM shipments"
                + " ORDER BY order_id"));
    assertEquals(
        "1|1\n",
        cli.sql(
            "SELECT sum(delivered_at <= estimated_delivery_at),"
                + " sum(delivered_at > estimated_delivery_at) FROM shipments"));

    Path plain =
        file(
            "plain.json",
            Files.readString(map)
                .replace(
                    "\"date_only\": [\"estimated_delivery_at\"]", "\"notes\": \"as written\""));
    cli.expect(0, "import", "shipments", f.toString(), "--map", plain.toString());
    assertEquals(
        "O1|1772640000\nO3|1772726399\n",
        cli.sql("SELECT order_id, estimated_delivery_at FROM shipments ORDER BY order_id"));
  }
}
