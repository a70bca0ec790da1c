package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RFM inputs held against an independent calculation: a public transaction set (UCI Online Retail,
 * CC BY 4.0; see src/test/resources/online-retail/SOURCE.md) imported through a mapping file, and
 * the same figures computed here straight from the CSV, without the store. {@code
 * scripts/check-rfm} does the same on the whole 20,000-row sample against the sqlite3 shell.
 */
class OnlineRetailRfmTest {
  static final Path DIR = Path.of("src/test/resources/online-retail");

  @TempDir Path dir;

  record Figures(long recencyDays, int orders, long monetary) {}

  @Test
  void recencyFrequencyMonetaryMatchAPlainCalculation() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Europe/London");
    var imp =
        cli.expect(
            0,
            "import",
            "orders",
            DIR.resolve("sample-300.csv").toString(),
            "--map",
            DIR.resolve("online-retail-map.json").toString());
    // the 6 rows with a negative quantity (4 cancellations C…, 2 stock write-offs) are kept aside
    assertTrue(imp.err().contains(": 2 stock adjustments (a negative quantity"), imp.err());
    var r = cli.expect(0, "--now", "2011-12-10 00:00", "customers", "segment", "--format", "csv");

    Map<String, Figures> shopops = new TreeMap<>();
    for (CSVRecord rec : parse(new StringReader(r.out()))) {
      shopops.put(
          rec.get("customer_id"),
          new Figures(
              Long.parseLong(rec.get("recency_days")),
              Integer.parseInt(rec.get("orders")),
              new BigDecimal(rec.get("monetary")).movePointRight(2).longValueExact()));
    }
    assertEquals(expected(), shopops);
  }

  /**
   * Issue I9, then the brief "cancel": the bundled mapping keeps a C-invoice aside as a
   * cancellation and a negative quantity on a normal invoice (no price, no buyer) as a stock
   * adjustment, each row in the import's record saying which it is; they are no bad rows (exit 0
   * without --on-error skip, no rejects file, nothing on stderr per row), and the import's notes
   * say how much was left out of net_sales.
   */
  @Test
  void cancellationsAndStockAdjustmentsAreKeptAsideForWhatTheyAre() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Europe/London", "--currency", "GBP");
    String file = DIR.resolve("sample-300.csv").toString();
    Path rejects = dir.resolve("rej.csv");
    var imp =
        cli.expect(
            0, "import", "orders", file, "--map", "online-retail", "--rejects", rejects.toString());
    assertEquals(
        "",
        imp.err()
            .lines()
            .filter(l -> l.matches(java.util.regex.Pattern.quote(file) + ":\\d+: .*"))
            .reduce((a, b) -> a + "\n" + b)
            .orElse(""));
    assertTrue(
        imp.err()
            .contains(
                file
                    + ": 4 cancellations (4 rows, -37.95 GBP) kept aside, not deducted from"
                    + " net_sales: a C-invoice does not name the invoice it cancels; `shopops"
                    + " metrics` says it per period\n"
                    + file
                    + ": 2 stock adjustments (a negative quantity on a normal invoice, no price,"
                    + " no buyer) kept aside: no sale\n"),
        imp.err());
    assertEquals(
        "", cli.sql("SELECT order_id FROM orders WHERE order_id LIKE 'C%' OR order_id = '572516'"));
    assertFalse(Files.exists(rejects), "no bad row, no rejects file");
    assertEquals("0\n", cli.sql("SELECT rejected FROM imports"));
    String adjustment =
        "a negative quantity on a normal invoice (stock adjustment, %d): not imported, it is no"
            + " sale";
    String cancellation =
        "a cancellation (C-invoice \"%s\" of %s): not imported, this export does not name the"
            + " invoice it cancels";
    assertEquals(
        String.join(
            "\n",
            "4|572516|" + String.format(adjustment, -71),
            "31|553652|" + String.format(adjustment, -168),
            "65|C574507|" + String.format(cancellation, "C574507", "2011-11-04 13:24, -2.95"),
            "67|C567690|" + String.format(cancellation, "C567690", "2011-09-21 17:01, -14.85"),
            "103|C561011|" + String.format(cancellation, "C561011", "2011-07-22 16:05, -3.15"),
            "108|C541863|" + String.format(cancellation, "C541863", "2011-01-23 16:08, -17.00"),
            ""),
        cli.sql(
            "SELECT line, record_id, message FROM anomalies WHERE kind = 'kept-aside'"
                + " ORDER BY line"));
    var shown = cli.expect(0, "imports", "show", "1");
    assertTrue(shown.err().contains("0 rejected"), shown.err());
    assertTrue(
        shown.out().contains(",65,kept-aside,C574507,\"a cancellation (C-invoice"), shown.out());

    // metrics: the cancellations of the period, as the import's record says, are not net
    String note =
        "note: %s (%s GBP) in this period %s not deducted: the export does not say which invoice %s";
    var months =
        cli.expect(0, "metrics", "--by", "month", "--from", "2011-09-01", "--to", "2011-11-30");
    assertEquals(
        String.format(note, "2 cancellations", "-17.80", "are", "they cancel"),
        noteOf(months.err()));
    var nov =
        cli.expect(0, "metrics", "--by", "month", "--from", "2011-11-01", "--to", "2011-11-30");
    assertEquals(
        String.format(note, "1 cancellation", "-2.95", "is", "it cancels"), noteOf(nov.err()));
    var dec =
        cli.expect(0, "metrics", "--by", "month", "--from", "2011-12-01", "--to", "2011-12-09");
    assertEquals("", noteOf(dec.err()));
    var zh =
        cli.env("LANG", "zh_CN.UTF-8")
            .expect(0, "metrics", "--by", "month", "--from", "2011-11-01", "--to", "2011-11-30");
    assertTrue(zh.err().contains("本期有 1 张取消单（-2.95 GBP）未扣除"), zh.err());
  }

  /**
   * What is not a cancellation or a stock adjustment is still a bad row beside them: a C-invoice
   * row that is not negative, a negative quantity with a price and a buyer, a date that does not
   * parse. Refused whole by default (exit 1, nothing stored); with --on-error skip the bad rows are
   * rejected and the cancellations still kept aside.
   */
  @Test
  void badRowsBesideCancellationsAreStillBadRows() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Europe/London", "--currency", "GBP");
    Path f = dir.resolve("retail.csv");
    Files.writeString(
        f,
        String.join(
            "\n",
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country",
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850,UK",
            "C536379,D,Discount,-1,2010-12-01 09:41:00,27.50,14527,UK",
            "C536380,22556,PLASTERS IN TIN,3,2010-12-01 09:45:00,1.65,17548,UK",
            "536381,22557,PLASTERS IN TIN VINTAGE,-2,2010-12-01 09:50:00,1.65,17548,UK",
            "536382,22553,PLASTERS IN TIN SKULLS,2,2010-12-01 09:5x:00,1.65,17548,UK",
            "536383,22336,damaged,-71,2010-12-01 10:00:00,0,NA,UK",
            ""),
        StandardCharsets.UTF_8);
    String file = f.toString();
    var refused = cli.expect(1, "import", "orders", file, "--map", "online-retail");
    assertEquals(
        String.join(
            "\n",
            file
                + ":4: quantity (column \"Quantity\"): a row of cancellation invoice \"C536380\""
                + " with a quantity that is not negative (3): a cancellation takes items back",
            file
                + ":5: quantity (column \"Quantity\"): a negative quantity on a normal invoice"
                + " (-2) with a price, a buyer or sales beside it: neither a sale nor a stock"
                + " adjustment",
            file
                + ":6: created_at (column \"InvoiceDate\"): not a date in format"
                + " yyyy-MM-dd HH:mm:ss (\"2010-12-01 09:5x:00\")"),
        refused
            .err()
            .lines()
            .filter(l -> l.matches(java.util.regex.Pattern.quote(file) + ":\\d+: .*"))
            .sorted()
            .reduce((a, b) -> a + "\n" + b)
            .orElse(""));
    assertEquals("0\n", cli.sql("SELECT count(*) FROM orders"));
    assertEquals("0\n", cli.sql("SELECT count(*) FROM anomalies"));

    cli.expect(0, "import", "orders", file, "--map", "online-retail", "--on-error", "skip");
    assertEquals("536365|1530\n", cli.sql("SELECT order_id, amount FROM orders"));
    assertEquals("3\n", cli.sql("SELECT rejected FROM imports"));
    assertEquals(
        "3|C536379\n7|536383\n",
        cli.sql("SELECT line, record_id FROM anomalies WHERE kind = 'kept-aside' ORDER BY line"));
  }

  private static String noteOf(String err) {
    return err.lines().filter(l -> l.contains("not deducted")).findFirst().orElse("");
  }

  /** Straight from the file: rows with a positive quantity, orders = distinct invoices. */
  private static Map<String, Figures> expected() throws Exception {
    Map<String, Set<String>> invoices = new HashMap<>();
    Map<String, Long> money = new HashMap<>();
    Map<String, LocalDate> last = new HashMap<>();
    try (Reader in =
        Files.newBufferedReader(DIR.resolve("sample-300.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord rec : parse(in)) {
        String c = rec.get("CustomerID");
        // NA is the export's "no customer" (the mapping reads it as empty): real customers only
        if (Long.parseLong(rec.get("Quantity")) <= 0 || c.isEmpty() || c.equals("NA")) {
          continue;
        }
        invoices.computeIfAbsent(c, k -> new HashSet<>()).add(rec.get("InvoiceNo"));
        long fen =
            new BigDecimal(rec.get("UnitPrice")).movePointRight(2).longValueExact()
                * Long.parseLong(rec.get("Quantity"));
        money.merge(c, fen, Long::sum);
        LocalDate d = LocalDate.parse(rec.get("InvoiceDate").substring(0, 10));
        last.merge(c, d, (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    LocalDate asOf = LocalDate.of(2011, 12, 10);
    Map<String, Figures> out = new TreeMap<>();
    for (String c : invoices.keySet()) {
      out.put(
          c,
          new Figures(
              ChronoUnit.DAYS.between(last.get(c), asOf), invoices.get(c).size(), money.get(c)));
    }
    return out;
  }

  private static Iterable<CSVRecord> parse(Reader in) throws Exception {
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in);
  }
}
