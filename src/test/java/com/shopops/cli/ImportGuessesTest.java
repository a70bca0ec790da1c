package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What import guesses about a file, and what it tells the operator it did not read. */
class ImportGuessesTest {
  @TempDir Path dir;
  CliRunner cli;

  /** Who runs the imports (the import log records it). */
  private static final String USER = "ops-wang";

  @BeforeEach
  void store() {
    cli = new CliRunner(dir).env("USER", USER);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void invoiceLinesWithACustomerIdColumnAreNotCalledACustomerList() throws IOException {
    // the UCI Online Retail header: CustomerID alone must not make it a customers file
    Path f =
        file(
            "retail.csv",
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,"
                + "CustomerID,Country\n536365,85123A,WHITE HANGING HEART,6,12/1/2010 8:26,2.55,17850,"
                + "United Kingdom\n");
    var r = cli.expect(1, "import", "orders", f.toString());
    assertTrue(
        r.err().startsWith("shopops: " + f + ":1: missing required column order_id"), r.err());
    assertTrue(r.err().contains("the header has: InvoiceNo, StockCode"), r.err());
  }

  @Test
  void columnsAGenericLayoutDidNotReadAreNamed() throws IOException {
    Path f =
        file(
            "olist.csv",
            "order_id,customer_id,order_status,order_purchase_timestamp,"
                + "order_delivered_customer_date,order_estimated_delivery_date\n"
                + "O1,C1,delivered,2017-10-02 10:56:33,2017-10-10 21:25:13,2017-10-18 00:00:00\n");
    var r = cli.expect(0, "import", "orders", f.toString());
    assertTrue(
        r.err()
            .contains(
                f
                    + ": order_estimated_delivery_date is not read from this file: the promised"
                    + " delivery is imported with the same file as shipments: `shopops import"
                    + " shipments orders.csv --map olist-shipments`"),
        r.err());
    // order_status is a known alias of status; Olist's purchase and delivery times are read
    String list = cli.expect(0, "orders", "list").out();
    assertTrue(list.contains("\nO1,C1,2017-10-02 10:56:33,2017-10-02 10:56:33,"), list);
    assertTrue(list.contains(",2017-10-10 21:25:13,delivered,"), list);
  }

  @Test
  void aBuyerKnownOnlyByPhoneGetsAPseudonymNotTheNumberAsId() throws IOException {
    Path f =
        file(
            "o.csv",
            "order_id,customer_id,phone,paid_at,amount\n"
                + "O1,+86 138 1234 5678,+86 138 1234 5678,2026-11-01 10:00,10\n");
    cli.expect(0, "import", "orders", f.toString());
    String list = cli.expect(0, "orders", "list").out();
    assertTrue(list.contains("\nO1,tel-"), list);
    assertTrue(!list.contains("13812345678") && !list.contains("138 1234"), list);
    // the same number in a customer list gets the same id, so the two meet
    Path c = file("c.csv", "customer_id,name,phone\n13812345678,王芳,13812345678\n");
    cli.expect(0, "import", "customers", c.toString());
    String customers = cli.expect(0, "customers", "list").out();
    assertEquals(2, customers.lines().count(), customers);
    assertTrue(customers.contains(",王芳,138****5678,"), customers);
    assertTrue(customers.contains(",1,10.00,"), customers);
  }

  @Test
  void aLargeFileIsSniffedInFullBesideTheImport() throws IOException {
    // over 4 MiB the encoding comes from the head and the full check (sha256, binary) runs
    // beside the import: the sha256 is still recorded, and binary bytes past the head still
    // refuse the file with nothing written
    StringBuilder sb = new StringBuilder("order_id,customer_id,paid_at,amount\n");
    int i = 0;
    while (sb.length() < 5 << 20) {
      sb.append("SO").append(i).append(",C").append(i % 97).append(",2026-11-01 10:00:00,12.50\n");
      i++;
    }
    Path good = file("big.csv", sb.toString());
    var r = cli.expect(0, "import", "orders", good.toString(), "-q");
    String imports = cli.expect(0, "imports").out();
    String sha = com.shopops.parse.TextSniffer.sniff(good, null).sha256();
    assertTrue(imports.contains("," + sha + "," + USER + ",\n"), imports);
    byte[] bytes = (sb + "SO-X,C1,2026-11-01 10:00:00,1\n").getBytes();
    byte[] withNul = java.util.Arrays.copyOf(bytes, bytes.length + 4096); // zero-filled tail
    Path bad = dir.resolve("crashed.csv");
    Files.write(bad, withNul);
    var refused = cli.expect(1, "import", "orders", bad.toString());
    assertEquals(
        "shopops: "
            + bad
            + ": not a text file (binary)\n  hint: this does not look like a"
            + " text file; export the data as CSV (UTF-8)\n",
        refused.err());
    assertEquals(1, cli.expect(0, "imports").out().lines().count() - 1);
  }

  @Test
  void aMappingFileNamesTheTextsThatMeanNoValue() throws IOException {
    Path f =
        file(
            "r.csv",
            "Invoice,Customer,When,Paid\n"
                + "A1,NA,2026-11-01 10:00,10\nA2,C7,2026-11-01 11:00,5\nA3,n/a,2026-11-01 12:00,7\n");
    Path map =
        file(
            "m.yaml",
            "kind: orders\nfields:\n  order_id: [Invoice]\n"
                + "  customer_id: [Customer]\n  paid_at: [When]\n  amount: [Paid]\n"
                + "null_values: [NA, N/A]\n");
    cli.expect(0, "import", "orders", f.toString(), "--map", map.toString());
    String list = cli.expect(0, "orders", "list").out();
    assertTrue(list.contains("\nA1,,"), list);
    assertTrue(list.contains("\nA2,C7,"), list);
    assertTrue(list.contains("\nA3,,"), list); // matched ignoring case
  }

  @Test
  void anOrderDeliveredBeforeItShippedIsImportedAndItsAnomalyListedWithBothTimes()
      throws IOException {
    Path f =
        file(
            "o.csv",
            "订单号,paid_at,发货时间,签收时间\n"
                + "O1,2026-03-01 10:00,2026-03-02 18:00:00,2026-03-02 17:59:59\n");
    var r = cli.expect(0, "import", "orders", f.toString());
    assertTrue(
        r.err()
            .contains(
                ": 1 row, 1 order (1 new, 0 updated, 0 unchanged),"
                    + " 1 anomaly (shopops imports show 1);"),
        r.err());
    assertTrue(cli.expect(0, "orders", "list").out().contains("\nO1,"));
    assertEquals(
        "file,line,kind,record_id,problem\n"
            + f
            + ",2,anomaly:delivered-before-shipped,O1,\"delivered_at is before shipped_at"
            + " (delivered 2026-03-02 17:59:59, shipped 2026-03-02 18:00:00)\"\n",
        cli.expect(0, "imports", "show", "1", "--format", "csv").out());
  }
}
