package com.shopops.cli;

import static com.shopops.cli.ImportPresetsTest.ORDER_HEADER;
import static com.shopops.cli.ImportPresetsTest.summary;
import static com.shopops.cli.TestFiles.copy;
import static com.shopops.cli.TestFiles.lines;
import static com.shopops.cli.TestFiles.sha256;
import static com.shopops.cli.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-import idempotency, updates from newer exports, --dry-run, stdin, --map, delimiters, BOM. */
class ImportBehaviourTest {
  @TempDir Path dir;
  CliRunner cli;

  static final String HEADER =
      "order_id,customer_id,paid_at,shipped_at,status,sku,quantity,amount,shipping_fee,carrier\n";

  @BeforeEach
  void init() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
  }

  String listIds() {
    return cli.expect(0, "orders", "list", "--columns", ORDER_HEADER).out();
  }

  @Test
  void theSameFileTwiceChangesNothing() {
    Path f = copy(dir, "generic/orders.csv");
    cli.expect(0, "import", "orders", f.toString());
    String first = listIds();
    var again = cli.expect(0, "import", "orders", f.toString());
    assertEquals(
        f
            + ": 4 rows, 3 orders (0 new, 0 updated, 3 unchanged), 4 line items; generic-orders,"
            + " UTF-8\n",
        summary(again.err()));
    assertEquals(first, listIds());
    assertEquals(
        lines(
            "order_id,line,sku,title,quantity,unit_price,amount",
            "SO1002,1,SNK-MANGO-500,芒果干 500g 大包装,2,29.90,59.80",
            "SO1002,2,ACC-STAND,桌面手机支架 铝合金,1,35.00,35.00"),
        section(cli.expect(0, "orders", "show", "SO1002").out(), "lines"));
  }

  @Test
  void theSameTaobaoPairTwiceChangesNothing() {
    Path orders = copy(dir, "taobao/ExportOrderList202611201000.csv");
    Path items = copy(dir, "taobao/ExportOrderDetailList202611201000.csv");
    cli.expect(0, "import", "orders", orders.toString(), items.toString());
    String first = listIds();
    var again = cli.expect(0, "import", "orders", orders.toString(), items.toString());
    assertEquals(
        orders
            + ": 5 rows, 5 orders (0 new, 0 updated, 5 unchanged); taobao-orders, GB18030\n"
            + items
            + ": 6 rows, 5 orders (0 new, 0 updated, 5 unchanged), 6 line items;"
            + " taobao-items, GB18030\n",
        summary(again.err()));
    assertEquals(first, listIds());
  }

  @Test
  void theSameCustomersTwiceChangesNothing() {
    Path f = copy(dir, "generic/customers.csv");
    cli.expect(0, "import", "customers", f.toString());
    var again = cli.expect(0, "import", "customers", f.toString());
    assertEquals(
        f + ": 3 rows, 3 customers (0 new, 0 updated, 3 unchanged); generic-customers, UTF-8\n",
        summary(again.err()));
  }

  @Test
  void aNewerExportUpdatesAnOlderOneNeverMovesBackAndMissingValuesNeverErase() {
    Path v1 =
        write(
            dir,
            "v1.csv",
            HEADER
                + "A1,C1,2026-11-01 10:00,,paid,S1,1,12.50,6,\n"
                + "A2,C2,2026-11-02 10:00,,paid,S1,1,10,0,顺丰速运\n");
    Path v2 =
        write(
            dir,
            "v2.csv",
            HEADER
                + "A1,C1,2026-11-01 10:00,2026-11-02 09:00,shipped,S1,1,12.50,6,中通快递\n"
                + "A2,C2,2026-11-02 10:00,,paid,S1,1,10,0,\n");
    cli.expect(0, "import", "orders", v1.toString());
    var newer = cli.expect(0, "import", "orders", v2.toString());
    assertEquals(
        v2
            + ": 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items; generic-orders,"
            + " UTF-8\n",
        summary(newer.err()));
    String expected =
        lines(
            ORDER_HEADER,
            "A1,C1,,2026-11-01 10:00:00,2026-11-02 09:00:00,,shipped,12.50,6.00,18.50,1,中通快递,,,,",
            "A2,C2,,2026-11-02 10:00:00,,,paid,10.00,0.00,10.00,1,顺丰速运,,,,");
    assertEquals(expected, listIds());
    // the older export again: status stays shipped, shipped_at and carrier stay
    // (older22: the file says A1 is paid, the store holds it shipped: named as an older export)
    var older = cli.expect(0, "import", "orders", v1.toString());
    assertEquals(
        v1
            + ": 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items, 1 anomaly"
            + " (shopops imports show 3); generic-orders, UTF-8\n"
            + v1
            + ": 1 order is older in this file than in the store (a lower status or earlier times):"
            + " the store keeps its newer state\n",
        summary(older.err()));
    assertEquals(expected, listIds());
  }

  @Test
  void customersMissingValuesNeverErase() {
    cli.expect(0, "import", "customers", copy(dir, "generic/customers.csv").toString());
    Path less = write(dir, "less.csv", "customer_id,name,phone,email\nC001,,,zhou@new.example\n");
    var r = cli.expect(0, "import", "customers", less.toString());
    assertEquals(
        less + ": 1 row, 1 customer (0 new, 1 updated, 0 unchanged); generic-customers, UTF-8\n",
        summary(r.err()));
    assertEquals(
        "C001,周静,13912345678,zhou@new.example,浙江,杭州,华东,2025-03-01 10:00:00,true,0,0.00,",
        cli.expect(
                0,
                "customers",
                "list",
                "--unmasked",
                "--columns",
                ImportPresetsTest.CUSTOMER_HEADER)
            .out()
            .lines()
            .skip(1)
            .findFirst()
            .get());
  }

  @Test
  void dryRunWritesNothingAndReportsCounts() {
    Path f = copy(dir, "generic/orders.csv");
    String before = sha256(cli.db());
    var r = cli.expect(0, "import", "orders", f.toString(), "--dry-run");
    assertEquals(
        f
            + ": dry run, nothing written: 4 rows, 3 orders (3 new, 0 updated, 0 unchanged),"
            + " 4 line items; generic-orders, UTF-8\n",
        summary(r.err()));
    assertEquals(before, sha256(cli.db()));
    assertEquals(lines(ORDER_HEADER), listIds());
    assertEquals(1, cli.expect(0, "imports").out().lines().count());
  }

  @Test
  void stdinWithDash() {
    cli.stdin("order_id,customer_id,amount\nT1,C1,\"¥1,221.30\"\nT2,C2,1221.3\n");
    var r = cli.expect(0, "import", "orders", "-");
    assertEquals(
        "<stdin>: 2 rows, 2 orders (2 new, 0 updated, 0 unchanged); generic-orders, UTF-8\n"
            + "<stdin>: 2 orders stored without any order time (no created, paid, shipped or"
            + " delivered time): in no day, week or month of metrics and the report, on no ship-by"
            + " clock (sla), with no 7-day return window and no RFM recency for the buyer; add a"
            + " created_at (下单时间) or paid_at (付款时间) column to the file, or name its date column"
            + " in a mapping file (--map FILE), and import it again\n",
        summary(r.err()));
    assertEquals(
        lines(
            ORDER_HEADER,
            "T1,C1,,,,,pending,1221.30,,1221.30,0,,,,,",
            "T2,C2,,,,,pending,1221.30,,1221.30,0,,,,,"),
        listIds());
    assertEquals(
        "<stdin>", cli.expect(0, "imports").out().lines().skip(1).findFirst().get().split(",")[3]);
  }

  static final String GERMAN =
      "Bestellnummer;Kunde;Bezahlt am;Betrag\nB1;K1;17.06.2025 19:03;1221.30\n";
  static final String GERMAN_ROW = "B1,K1,,2025-06-17 19:03:00,,,paid,1221.30,,1221.30,0,,,,,";

  @Test
  void mapFileInYamlWithADateFormat() {
    Path f = write(dir, "de.csv", GERMAN);
    Path map =
        write(
            dir,
            "layout.yaml",
            """
        kind: orders
        fields:
          order_id: [Bestellnummer]
          customer_id: [Kunde]
          paid_at: [Bezahlt am]
          amount: [Betrag]
        date_format: dd.MM.yyyy HH:mm
        """);
    var r = cli.expect(0, "import", "orders", f.toString(), "--map", map.toString());
    assertEquals(
        f
            + ": 1 row, 1 order (1 new, 0 updated, 0 unchanged); map:"
            + map.toAbsolutePath().normalize()
            + ", UTF-8\n",
        summary(r.err()));
    assertEquals(lines(ORDER_HEADER, GERMAN_ROW), listIds());
  }

  @Test
  void mapFileInJsonWithoutAmounts() {
    Path f = write(dir, "de.csv", GERMAN);
    Path map =
        write(
            dir,
            "layout.json",
            "{\"name\": \"my-shop\", \"fields\": {\"order_id\":"
                + " [\"Bestellnummer\"], \"paid_at\": \"Bezahlt am\"}, \"date_formats\":"
                + " [\"dd.MM.yyyy HH:mm\"]}");
    var r = cli.expect(0, "import", "orders", f.toString(), "--map", map.toString());
    assertEquals(
        f + ": 1 row, 1 order (1 new, 0 updated, 0 unchanged); my-shop, UTF-8\n", summary(r.err()));
    assertTrue(
        r.err()
            .contains(
                f
                    + ": 2 columns were not read: Kunde, Betrag (name them in a"
                    + " mapping file, --map, to import them)\n"),
        r.err());
    assertEquals(lines(ORDER_HEADER, "B1,,,2025-06-17 19:03:00,,,paid,,,,0,,,,,"), listIds());
  }

  @Test
  void badMapFiles() {
    Path f = write(dir, "de.csv", GERMAN);
    assertEquals(
        "shopops: --map: no such file "
            + dir.resolve("nope.json")
            + "\n  hint: mappings that come with shopops: online-retail, olist-order-items,"
            + " olist-shipments\n",
        cli.expect(
                1, "import", "orders", f.toString(), "--map", dir.resolve("nope.json").toString())
            .err());
    Path broken = write(dir, "broken.json", "{\"fields\": [\n");
    String err = cli.expect(1, "import", "orders", f.toString(), "--map", broken.toString()).err();
    assertEquals(
        "shopops: " + broken + ":1:12: not a valid mapping file: fields: must be an object {…}\n",
        err.lines().findFirst().orElse("") + "\n");
    Path other = write(dir, "c.yaml", "kind: customers\nfields:\n  customer_id: [Kunde]\n");
    assertEquals(
        "shopops: "
            + other
            + ": this mapping is for customers, not orders\n"
            + "  hint: use `shopops import customers`\n",
        cli.expect(1, "import", "orders", f.toString(), "--map", other.toString()).err());
  }

  @Test
  void tabAndSemicolonFilesAreSniffed() {
    Path tab = write(dir, "t.tsv", "order_id\tcustomer_id\tamount\nT1\tC1\t1,221.30\n");
    Path semi = write(dir, "s.csv", "order_id;customer_id;amount\nS1;C1;5.00\n");
    cli.expect(0, "import", "orders", tab.toString(), semi.toString());
    assertEquals(
        lines(
            ORDER_HEADER,
            "S1,C1,,,,,pending,5.00,,5.00,0,,,,,",
            "T1,C1,,,,,pending,1221.30,,1221.30,0,,,,,"),
        listIds());
  }

  @Test
  void delimiterForced() {
    Path pipe = write(dir, "p.txt", "order_id|amount\nP1|3.50\n");
    cli.expect(0, "import", "orders", pipe.toString(), "--delimiter", "|");
    Path tab = write(dir, "t.txt", "order_id\tamount\nP2\t4.50\n");
    cli.expect(0, "import", "orders", tab.toString(), "--delimiter", "tab");
    assertEquals(
        lines(
            ORDER_HEADER, "P1,,,,,,pending,3.50,,3.50,0,,,,,", "P2,,,,,,pending,4.50,,4.50,0,,,,,"),
        listIds());
    assertEquals(
        "shopops: --delimiter takes one character, or tab\n",
        cli.expect(2, "import", "orders", pipe.toString(), "--delimiter", "||").err());
  }

  @Test
  void utf8BomHeaderWithTrailingSpacesAndOtherCase() {
    byte[] text =
        ("\uFEFFOrder_ID ,CUSTOMER_ID,Paid_At  ,Amount\r\nB1,C1,2026/6/17 19:03,12\r\n")
            .getBytes(StandardCharsets.UTF_8);
    Path f = write(dir, "bom.csv", text);
    var r = cli.expect(0, "import", "orders", f.toString());
    assertEquals(
        f + ": 1 row, 1 order (1 new, 0 updated, 0 unchanged); generic-orders, UTF-8\n",
        summary(r.err()));
    assertEquals(
        lines(ORDER_HEADER, "B1,C1,,2026-06-17 19:03:00,,,paid,12.00,,12.00,0,,,,,"), listIds());
  }

  @Test
  void quietPrintsNoSummary() {
    var r = cli.expect(0, "-q", "import", "orders", copy(dir, "generic/orders.csv").toString());
    assertEquals("", r.err());
  }

  @Test
  void importsListsEveryImport() {
    Path f = copy(dir, "generic/orders.csv");
    cli.env("USER", "ops-wang");
    cli.expect(0, "--now", "2026-11-20 10:00", "import", "orders", f.toString());
    cli.env("USER", "cron");
    cli.expect(0, "--now", "2026-11-20 11:00", "import", "orders", f.toString());
    assertEquals(
        lines(
            "import_id,imported_at,kind,file,preset,encoding,rows,inserted,updated,unchanged,"
                + "rejected,sha256,user,database_user",
            "2,2026-11-20 11:00:00,orders,"
                + f
                + ",generic-orders,UTF-8,4,0,0,3,0,"
                + sha256(f)
                + ",cron,",
            "1,2026-11-20 10:00:00,orders,"
                + f
                + ",generic-orders,UTF-8,4,3,0,0,0,"
                + sha256(f)
                + ",ops-wang,"),
        cli.expect(0, "imports").out());
  }

  /**
   * review19 V12: under --on-error skip a file every row of which is refused (a JD export saved
   * over by Excel) is a failed import, exit 1, nothing recorded; one good row keeps it a partial
   * skip, exit 0.
   */
  @Test
  void skipWithNoGoodRowIsAFailedImport() throws java.io.IOException {
    Path bad =
        write(
            dir,
            "excel.csv",
            HEADER
                + "4.00100E+11,C1,2026-11-01 10:00,,paid,S1,1,12.50,0,\n"
                + "4.00100E+11,C2,2026-11-02 10:00,,paid,S1,1,12.50,0,\n");
    Path rejects = dir.resolve("rejects.csv");
    var r =
        cli.expect(
            1,
            "import",
            "orders",
            bad.toString(),
            "--on-error",
            "skip",
            "--rejects",
            rejects.toString());
    assertTrue(
        r.err()
            .endsWith(
                bad
                    + ": every row was refused (2 bad rows); nothing from this file was imported,"
                    + " and that is a failed import even under --on-error skip. Fix the rows and"
                    + " import the file again.\n"),
        r.err());
    // the rejects file is still written, for fixing: its header and the 2 rows
    assertEquals(3, java.nio.file.Files.readAllLines(rejects).size());
    assertEquals(
        "import_id,imported_at,kind,file,preset,encoding,rows,inserted,updated,unchanged,"
            + "rejected,sha256,user,database_user\n",
        cli.expect(0, "imports").out());
    assertEquals("order_id\n", cli.expect(0, "orders", "list", "--columns", "order_id").out());

    Path half =
        write(
            dir,
            "half.csv",
            HEADER
                + "4.00100E+11,C1,2026-11-01 10:00,,paid,S1,1,12.50,0,\n"
                + "A2,C2,2026-11-02 10:00,,paid,S1,1,12.50,0,\n");
    cli.expect(0, "import", "orders", half.toString(), "--on-error", "skip");
    assertEquals("order_id\nA2\n", cli.expect(0, "orders", "list", "--columns", "order_id").out());
  }

  /** The csv of one section of a record ({@code orders show}): the rows after its "# name" line. */
  private static String section(String out, String name) {
    int start = out.indexOf("\n# " + name + "\n") + name.length() + 4;
    int end = out.indexOf("\n\n", start);
    return end < 0 ? out.substring(start) : out.substring(start, end + 1);
  }
}
