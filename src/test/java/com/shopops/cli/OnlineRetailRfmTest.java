package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
            DIR.resolve("online-retail-map.json").toString(),
            "--on-error",
            "skip");
    // the 6 rows with a negative quantity (4 cancellations C…, 2 stock write-offs) are rejected
    assertTrue(
        imp.err()
            .contains("quantity (column \"Quantity\"): a negative quantity on a normal invoice"),
        imp.err());
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
   * Issue I9: the bundled mapping rejects a C-invoice as a cancellation and a negative quantity on
   * a normal invoice as a stock adjustment, each row saying which it is (not "use `import
   * returns`", which cannot read them), and the import's notes say how much was left out of
   * net_sales.
   */
  @Test
  void cancellationsAndStockAdjustmentsAreSaidForWhatTheyAre() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Europe/London", "--currency", "GBP");
    String file = DIR.resolve("sample-300.csv").toString();
    Path rejects = dir.resolve("rej.csv");
    var imp =
        cli.expect(
            0,
            "import",
            "orders",
            file,
            "--map",
            "online-retail",
            "--on-error",
            "skip",
            "--rejects",
            rejects.toString());
    String adjustment =
        ": quantity (column \"Quantity\"): a negative quantity on a normal invoice (stock"
            + " adjustment, %d): not imported, it is no sale";
    String cancellation =
        ": order_id (column \"InvoiceNo\"): a cancellation (C-invoice \"%s\" of %s): not"
            + " imported, this export does not name the invoice it cancels";
    assertEquals(
        String.join(
            "\n",
            file + ":4" + String.format(adjustment, -71),
            file + ":31" + String.format(adjustment, -168),
            file + ":65" + String.format(cancellation, "C574507", "2011-11-04 13:24, -2.95"),
            file + ":67" + String.format(cancellation, "C567690", "2011-09-21 17:01, -14.85"),
            file + ":103" + String.format(cancellation, "C561011", "2011-07-22 16:05, -3.15"),
            file + ":108" + String.format(cancellation, "C541863", "2011-01-23 16:08, -17.00")),
        imp.err()
            .lines()
            .filter(l -> l.matches(java.util.regex.Pattern.quote(file) + ":\\d+: .*"))
            .sorted(OnlineRetailRfmTest::byLine)
            .reduce((a, b) -> a + "\n" + b)
            .orElse(""));
    assertTrue(
        imp.err()
            .contains(
                file
                    + ": 4 cancellation rows (-37.95 GBP) not imported: net_sales does not deduct"
                    + " them (a C-invoice does not name the invoice it cancels)\n"
                    + file
                    + ": 2 rows with a negative quantity on a normal invoice (stock adjustments)"
                    + " not imported\n"),
        imp.err());
    assertEquals(
        "", cli.sql("SELECT order_id FROM orders WHERE order_id LIKE 'C%' OR order_id = '572516'"));
    assertEquals(6, Files.readAllLines(rejects).size() - 1);
    assertTrue(
        Files.readString(rejects)
            .contains("a cancellation (C-invoice \"\"C561011\"\" of 2011-07-22 16:05, -3.15)"));

    // metrics: the cancellations of the period, as the import's rejected rows say, are not net
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

  private static String noteOf(String err) {
    return err.lines().filter(l -> l.contains("not deducted")).findFirst().orElse("");
  }

  private static int byLine(String a, String b) {
    return Long.compare(lineOf(a), lineOf(b));
  }

  private static long lineOf(String message) {
    String rest = message.substring(DIR.resolve("sample-300.csv").toString().length() + 1);
    return Long.parseLong(rest.substring(0, rest.indexOf(':')));
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
