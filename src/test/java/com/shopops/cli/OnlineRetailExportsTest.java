package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three real Online Retail files (src/test/resources/online-retail/SOURCE.md) import with
 * {@code --map online-retail} alone, exit 0: their cancellations (C-invoices) and stock adjustments
 * are kept aside, each in the import's record, and said in the notes; what was stored is held
 * against a plain reading of the CSV (an invoice of positive rows is an order, its rows less exact
 * copies its lines, quantity × unit price its amount).
 */
class OnlineRetailExportsTest {
  static final Path HEAD999 = GoldenTest.FIXTURES.resolve("OnlineRetail_head999_evanvolgas.csv");
  static final Path II_HEAD99 = GoldenTest.FIXTURES.resolve("online_retail_II_head99_xq2005.csv");
  static final Path SAMPLE_GZ =
      OnlineRetailRfmTest.DIR.resolve("online_retail_random_sample_gulertan.csv.gz");

  @TempDir Path dir;

  @Test
  void theOriginalExportsFirst999RowsImportWithoutOnErrorSkip() throws Exception {
    String file = HEAD999.toString();
    CliRunner cli = imported(file);
    Expected want = expected(HEAD999, "InvoiceNo", "UnitPrice", "CustomerID");
    assertEquals(new Expected(62, 966, 2_460_598, 4, 10, -19_913, 0), want);
    assertStored(cli, want);
    assertEquals(
        String.join(
            "\n",
            file
                + ": 999 rows, 62 orders (62 new, 0 updated, 0 unchanged), 966 line items,"
                + " 23 anomalies (shopops imports show 1); online-retail, UTF-8, N.N s",
            file
                + ": 1 column was not read: Country (name them in a mapping file, --map, to import"
                + " them)",
            file
                + ": 4 cancellations (10 rows, -199.13 GBP) kept aside, not deducted from"
                + " net_sales: a C-invoice does not name the invoice it cancels; `shopops metrics`"
                + " says it per period",
            ""),
        lastImport(cli));
    // each kept-aside row as the store keeps it: its invoice, time and amount (metrics reads them)
    assertEquals(
        String.join(
            "\n",
            "143|C536379|a cancellation (C-invoice \"C536379\" of 2010-12-01 09:41, -27.50)",
            "156|C536383|a cancellation (C-invoice \"C536383\" of 2010-12-01 09:49, -4.65)",
            "237|C536391|a cancellation (C-invoice \"C536391\" of 2010-12-01 10:24, -19.80)",
            "238|C536391|a cancellation (C-invoice \"C536391\" of 2010-12-01 10:24, -6.96)",
            "239|C536391|a cancellation (C-invoice \"C536391\" of 2010-12-01 10:24, -6.96)",
            "240|C536391|a cancellation (C-invoice \"C536391\" of 2010-12-01 10:24, -6.96)",
            "241|C536391|a cancellation (C-invoice \"C536391\" of 2010-12-01 10:24, -41.40)",
            "242|C536391|a cancellation (C-invoice \"C536391\" of 2010-12-01 10:24, -19.80)",
            "243|C536391|a cancellation (C-invoice \"C536391\" of 2010-12-01 10:24, -39.60)",
            "941|C536506|a cancellation (C-invoice \"C536506\" of 2010-12-01 12:38, -25.50)",
            ""),
        cli.sql(
            "SELECT line, record_id, substr(message, 1, instr(message, '):'))"
                + " FROM anomalies WHERE kind = 'kept-aside' ORDER BY line"));
    assertEquals(
        "note: 4 cancellations (-199.13 GBP) in this period are not deducted: the export does not"
            + " say which invoice they cancel",
        cli.expect(0, "metrics", "--from", "2010-12-01", "--to", "2010-12-01")
            .err()
            .lines()
            .filter(l -> l.contains("not deducted"))
            .findFirst()
            .orElse(""));
  }

  @Test
  void theOnlineRetailIIHeaderWithItsBomAndNoLastNewline() throws Exception {
    String file = II_HEAD99.toString();
    CliRunner cli = imported(file);
    Expected want = expected(II_HEAD99, "Invoice", "Price", "Customer ID");
    assertEquals(new Expected(14, 99, 310_973, 0, 0, 0, 0), want);
    assertStored(cli, want);
    assertEquals(
        file
            + ": 99 rows, 14 orders (14 new, 0 updated, 0 unchanged), 99 line items;"
            + " online-retail, UTF-8, N.N s\n"
            + file
            + ": 1 column was not read: Country (name them in a mapping file, --map, to import"
            + " them)\n",
        lastImport(cli));
  }

  @Test
  void theTwentyThousandRowRandomSample() throws Exception {
    Path csv = dir.resolve("online_retail_random_sample_gulertan.csv");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(SAMPLE_GZ))) {
      Files.copy(in, csv);
    }
    String file = csv.toString();
    CliRunner cli = imported(file);
    Expected want = expected(csv, "InvoiceNo", "UnitPrice", "CustomerID");
    assertEquals(new Expected(9_001, 19_595, 38_023_342, 313, 350, -1_262_631, 48), want);
    assertStored(cli, want);
    assertEquals(
        String.join(
            "\n",
            file
                + ": 20,000 rows, 9,001 orders (9,001 new, 0 updated, 0 unchanged), 19,595 line"
                + " items, 7 anomalies (shopops imports show 1); online-retail, UTF-8, N.N s",
            file
                + ": 1 column was not read: Country (name them in a mapping file, --map, to import"
                + " them)",
            file
                + ": 313 cancellations (350 rows, -12,626.31 GBP) kept aside, not deducted from"
                + " net_sales: a C-invoice does not name the invoice it cancels; `shopops metrics`"
                + " says it per period",
            file
                + ": 48 stock adjustments (a negative quantity on a normal invoice, no price, no"
                + " buyer) kept aside: no sale",
            ""),
        lastImport(cli));
    assertEquals(
        "398|0\n",
        cli.sql("SELECT count(*), max(line = 0) FROM anomalies WHERE kind = 'kept-aside'"));
  }

  /** What a plain reading of the file gives. Money in pence. */
  record Expected(
      long orders,
      long lines,
      long amount,
      long cancellations,
      long cancellationRows,
      long cancelledAmount,
      long stockAdjustments) {}

  private Map<String, Long> orderAmounts;

  private Expected expected(Path csv, String invoiceCol, String priceCol, String customerCol)
      throws Exception {
    Map<String, List<CSVRecord>> invoices = new LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      in.mark(1);
      if (in.read() != '\uFEFF') {
        in.reset();
      }
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
        invoices.computeIfAbsent(r.get(invoiceCol), k -> new ArrayList<>()).add(r);
      }
    }
    orderAmounts = new TreeMap<>();
    long lines = 0;
    long amount = 0;
    long cancellations = 0;
    long cancellationRows = 0;
    long cancelled = 0;
    long adjustments = 0;
    for (var e : invoices.entrySet()) {
      Set<List<String>> seen = new HashSet<>();
      List<CSVRecord> rows = new ArrayList<>();
      for (CSVRecord r : e.getValue()) {
        if (seen.add(r.toList())) {
          rows.add(r); // an exact copy of a row is counted once
        }
      }
      if (e.getKey().startsWith("C")) {
        cancellations++;
        cancellationRows += rows.size();
        for (CSVRecord r : rows) {
          cancelled += pence(r, priceCol);
        }
        continue;
      }
      if (rows.stream().allMatch(r -> Long.parseLong(r.get("Quantity")) <= 0)) {
        adjustments += rows.size(); // all of them: no price, no customer (asserted below)
        for (CSVRecord r : rows) {
          String c = r.get(customerCol);
          assertEquals(0, new BigDecimal(r.get(priceCol)).signum(), r.toString());
          assertEquals(true, c.isEmpty() || c.equals("NA"), r.toString());
        }
        continue;
      }
      long order = 0;
      for (CSVRecord r : rows) {
        order += pence(r, priceCol);
      }
      orderAmounts.put(e.getKey(), order);
      lines += rows.size();
      amount += order;
    }
    return new Expected(
        orderAmounts.size(),
        lines,
        amount,
        cancellations,
        cancellationRows,
        cancelled,
        adjustments);
  }

  private static long pence(CSVRecord r, String priceCol) {
    return new BigDecimal(r.get(priceCol)).movePointRight(2).longValueExact()
        * Long.parseLong(r.get("Quantity"));
  }

  /** Orders, lines, each order's amount and the cancellations kept aside, as stored. */
  private void assertStored(CliRunner cli, Expected want) throws Exception {
    assertEquals(
        want.orders() + "|" + want.lines() + "|" + want.amount() + "\n",
        cli.sql(
            "SELECT (SELECT count(*) FROM orders), (SELECT count(*) FROM order_lines),"
                + " (SELECT sum(amount) FROM order_lines)"));
    StringBuilder each = new StringBuilder();
    orderAmounts.forEach((id, pence) -> each.append(id).append('|').append(pence).append('\n'));
    assertEquals(
        each.toString(),
        cli.sql("SELECT order_id, amount FROM orders ORDER BY order_id COLLATE BINARY"));
    assertEquals("", cli.sql("SELECT order_id FROM orders WHERE order_id LIKE 'C%'"));
    assertEquals("0\n", cli.sql("SELECT rejected FROM imports"));
    assertEquals(
        want.cancellationRows() + want.stockAdjustments() + "\n",
        cli.sql("SELECT count(*) FROM anomalies WHERE kind = 'kept-aside'"));
    // the cancellations' amounts, as metrics reads them back from the record
    var left =
        com.shopops.app.imports.CancellationInvoices.skipped(
            leftOut(cli),
            java.time.Instant.EPOCH,
            java.time.Instant.parse("2100-01-01T00:00:00Z"),
            java.time.ZoneId.of("Europe/London"));
    assertEquals(want.cancellations(), left.invoices());
    assertEquals(want.cancelledAmount(), left.amount());
  }

  private static List<Map.Entry<Long, String>> leftOut(CliRunner cli) throws Exception {
    List<Map.Entry<Long, String>> out = new ArrayList<>();
    for (String l : cli.sql("SELECT import_id || '|' || message FROM anomalies").split("\n")) {
      if (!l.isEmpty()) {
        int bar = l.indexOf('|');
        out.add(Map.entry(Long.parseLong(l.substring(0, bar)), l.substring(bar + 1)));
      }
    }
    return out;
  }

  private CliRunner imported(String file) {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Europe/London", "--currency", "GBP");
    lastErr = cli.expect(0, "import", "orders", file, "--map", "online-retail").err();
    assertFalse(lastErr.contains(" rejected"), lastErr);
    return cli;
  }

  private String lastErr;

  /** The import's stderr, its time as N.N s. */
  private String lastImport(CliRunner cli) {
    return lastErr.replaceAll("UTF-8, \\d+\\.\\d s", "UTF-8, N.N s");
  }
}
