package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a spreadsheet does to a file, and what a script reads back (review12 L5, L19, L3), asserted
 * on what the store holds.
 */
class SpreadsheetAccidentsTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static final String HEADER = "order_id,created_at,amount,city\n";

  @Test
  void aFileGarbledThroughoutIsReadRepairedAndTheGoodCityStays() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Europe/Berlin", "--currency", "EUR", "-q");
    Path good = file("good.csv", HEADER + "W1,2026-10-25 10:00:00,10.00,München\n");
    Path garbled =
        file(
            "garbled.csv",
            HEADER
                + "W1,2026-10-25 10:00:00,10.00,MÃ¼nchen\n"
                + "W2,2026-10-25 11:00:00,12.00,KÃ¶ln\n"
                + "W3,2026-10-25 12:00:00,12.00,MÃƒÂ¼nster\n"); // saved so twice
    cli.expect(0, "import", "orders", good.toString(), "-q");
    var r = cli.expect(0, "import", "orders", garbled.toString());
    assertTrue(r.err().contains("(2 new, 0 updated, 1 unchanged)"), r.err()); // W1 unchanged
    assertTrue(
        r.err()
            .contains(
                "garbled.csv: the file's text beyond ASCII was garbled by a spreadsheet (UTF-8 read"
                    + " as Windows-1252 and saved again): 3 values, the first on line 2, city:"
                    + " \"MÃ¼nchen\"; imported repaired (\"München\")"),
        r.err());
    assertEquals(
        "W1|München\nW2|Köln\nW3|Münster\n",
        cli.sql("SELECT order_id, city FROM orders ORDER BY 1"));
  }

  @Test
  void garbledTextBesideGoodTextRefusesItsRowsAndTheStoreIsUnchanged() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Europe/Berlin", "--currency", "EUR", "-q");
    Path good = file("good.csv", HEADER + "W2,2026-10-25 10:00:00,10.00,München\n");
    Path mixed =
        file(
            "mixed.csv",
            HEADER
                + "W1,2026-10-25 10:00:00,10.00,Zürich\n"
                + "W2,2026-10-25 11:00:00,12.00,MÃ¼nchen\n");
    cli.expect(0, "import", "orders", good.toString(), "-q");
    var r = cli.expect(1, "import", "orders", mixed.toString());
    assertTrue(
        r.err()
            .startsWith(
                mixed
                    + ":3: city: \"MÃ¼nchen\" is garbled (\"München\" read as Windows-1252 and saved"
                    + " again by a spreadsheet)"),
        r.err());
    assertEquals("W2|München\n", cli.sql("SELECT order_id, city FROM orders ORDER BY 1"));
    cli.expect(0, "import", "orders", mixed.toString(), "--on-error", "skip", "-q");
    assertEquals(
        "W1|Zürich\nW2|München\n", cli.sql("SELECT order_id, city FROM orders ORDER BY 1"));
  }

  @Test
  void aGarbledColumnTheImportDoesNotReadRefusesNothing() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Europe/Berlin", "--currency", "EUR", "-q");
    Path f =
        file(
            "notes.csv",
            "order_id,created_at,amount,city,x_extra\n"
                + "W1,2026-10-25 10:00:00,10.00,Zürich,ZÃ¼rich\n");
    cli.expect(0, "import", "orders", f.toString(), "-q");
    assertEquals("W1|Zürich\n", cli.sql("SELECT order_id, city FROM orders"));
  }

  @Test
  void aGarbledColumnTheImportDoesNotReadIsNeitherRepairedNorNoted() throws Exception {
    // the only text beyond ASCII is in a column no field reads: before parse26 it made the file
    // "garbled throughout", read twice and noted as imported repaired; now it decides nothing
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Europe/Berlin", "--currency", "EUR", "-q");
    Path f =
        file(
            "extra.csv",
            "order_id,created_at,amount,city,x_extra\n"
                + "W1,2026-10-25 10:00:00,10.00,Berlin,ZÃ¼rich\n"
                + "W2,2026-10-25 11:00:00,12.00,Bonn,KÃ¶ln\n");
    var r = cli.expect(0, "import", "orders", f.toString());
    assertTrue(r.err().contains("(2 new, 0 updated, 0 unchanged)"), r.err());
    assertTrue(!r.err().contains("garbled"), r.err());
    assertEquals("W1|Berlin\nW2|Bonn\n", cli.sql("SELECT order_id, city FROM orders ORDER BY 1"));
  }

  @Test
  void unitPricesFinerThanACentAreReadWhenTheLineIsWholePence() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Europe/London", "--currency", "GBP", "-q");
    Path f =
        file(
            "p3.csv",
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                + "600001,PADS,PADS TO MATCH ALL CUSHIONS,1,2011-12-01 10:00:00,0.001,13952,UK\n"
                + "600002,84826,ASSTD DESIGN 3D PAPER STICKERS,100,2011-12-01 11:00:00,0.042,12345,UK\n"
                + "600003,22633,HAND WARMER,12,2011-12-01 11:05:00,1.845,12345,UK\n"
                + "600003,22632,HAND WARMER RED,6,2011-12-01 11:05:00,2.10,12345,UK\n");
    var r = cli.expect(1, "import", "orders", "--map", "online-retail", f.toString());
    assertTrue(
        r.err()
            .startsWith(
                f
                    + ":2: unit_price (column \"UnitPrice\"): more than 2 decimal places"
                    + " (\"0.001\"), and so has the line amount: 1 × 0.001 = 0.001\n"),
        r.err());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM orders"));
    cli.expect(0, "import", "orders", "--map", "online-retail", f.toString(), "--on-error", "skip");
    assertEquals(
        "600002|420\n600003|3474\n", cli.sql("SELECT order_id, amount FROM orders ORDER BY 1"));
    assertEquals(
        "600002|1|100|null|420\n600003|1|12|null|2214\n600003|2|6|210|1260\n",
        cli.sql(
            "SELECT order_id, line_no, quantity, unit_price, amount FROM order_lines ORDER BY 1,"
                + " 2"));
    String show = cli.expect(0, "orders", "show", "600003", "--format", "csv").out();
    assertTrue(show.contains("600003,1,22633,HAND WARMER,12,1.845,22.14\n"), show);
    assertTrue(show.contains("600003,2,22632,HAND WARMER RED,6,2.10,12.60\n"), show);
  }

  @Test
  void aTimeInTheRepeatedHourRoundTripsThroughCsvAndTsv() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "America/New_York", "--currency", "USD", "-q");
    cli.expect(
        0,
        "import",
        "orders",
        file(
                "shop.csv",
                "order_id,customer_id,created_at,paid_at,shipped_at,status,amount\n"
                    + "#1002,bob@example.com,2026-11-01 01:29:00-04:00,2026-11-01 01:30:00-04:00,"
                    + "2026-11-01 01:20:00-05:00,shipped,100.00\n")
            .toString(),
        "-q");
    String stored = cli.sql("SELECT created_at, paid_at, shipped_at FROM orders");
    assertEquals("1793510940|1793511000|1793514000\n", stored); // 05:29Z, 05:30Z, 06:20Z
    for (String format : new String[] {"csv", "tsv"}) {
      String listing =
          cli.expect(
                  0,
                  "--now",
                  "2026-12-01 12:00",
                  "orders",
                  "list",
                  "--format",
                  format,
                  "--from",
                  "2026-11-01",
                  "--to",
                  "2026-11-01")
              .out();
      assertTrue(
          listing.contains(
              "2026-11-01 01:29:00-04:00"
                  + (format.equals("csv") ? "," : "\t")
                  + "2026-11-01 01:30:00-04:00"
                  + (format.equals("csv") ? "," : "\t")
                  + "2026-11-01 01:20:00-05:00"),
          listing);
      CliRunner other = new CliRunner(dir).store(dir.resolve(format + ".db").toString());
      other.expect(0, "init", "--tz", "America/New_York", "--currency", "USD", "-q");
      other.expect(0, "import", "orders", file("listing." + format, listing).toString(), "-q");
      assertEquals(stored, other.sql("SELECT created_at, paid_at, shipped_at FROM orders"));
    }
  }
}
