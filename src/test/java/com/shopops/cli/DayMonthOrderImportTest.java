package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's day and month order is decided for the whole file (review12 L9): a UK resave of the
 * Online Retail file ({@code 01/12/2010 08:26}) is never read month first as 12 January.
 */
class DayMonthOrderImportTest {
  @TempDir Path dir;
  CliRunner cli;

  private static final String HEADER =
      "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

  @BeforeEach
  void store() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Europe/London", "--currency", "GBP", "-q");
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private String stored() {
    return cli.expect(
            0, "orders", "list", "--format", "csv", "--columns", "order_id,created_at,amount")
        .out();
  }

  @Test
  void aUkFileWhoseDatesBothOrdersReadIsRefusedNamingBothReadings() throws IOException {
    Path f =
        file(
            "week_gb.csv",
            HEADER
                + "536365,85123A,WHITE HANGING HEART,6,01/12/2010 08:26,2.55,17850,United Kingdom\n"
                + "536366,22633,HAND WARMER UNION JACK,6,02/12/2010 08:28,1.85,17850,United"
                + " Kingdom\n");
    var r = cli.expect(1, "import", "orders", "--map", "online-retail", f.toString());
    assertTrue(
        r.err()
            .startsWith(
                "shopops: "
                    + f
                    + ":2: the date \"01/12/2010 08:26\" of created_at (column \"InvoiceDate\") is 2010-12-01"
                    + " day first or 2010-01-12 month first, and no date in the file says which"),
        r.err());
    assertTrue(r.err().contains("\"dd/MM/yyyy HH:mm\" for day first"), r.err());
    assertEquals("order_id,created_at,amount\n", stored()); // nothing stored
    // under zh the field is named as a refused row names it, not in English
    var zh =
        cli.expect(1, "--lang", "zh", "import", "orders", "--map", "online-retail", f.toString());
    assertTrue(
        zh.err().contains("（列“InvoiceDate”） 的日期 \"01/12/2010 08:26\" 按日在前读是 2010-12-01"), zh.err());
    assertFalse(zh.err().contains("(column"), zh.err());
  }

  @Test
  void oneDateOnlyDayFirstReadsMakesTheWholeFileDayFirst() throws IOException {
    Path f =
        file(
            "gb.csv",
            HEADER
                + "536365,85123A,WHITE HANGING HEART,6,01/12/2010 08:26,2.55,17850,United Kingdom\n"
                + "536999,22633,HAND WARMER UNION JACK,6,13/12/2010 09:00,1.85,17850,United"
                + " Kingdom\n");
    cli.expect(0, "import", "orders", "--map", "online-retail", f.toString(), "-q");
    String list = stored();
    assertTrue(list.contains("\n536365,2010-12-01 08:26:00,15.30\n"), list);
    assertTrue(list.contains("\n536999,2010-12-13 09:00:00,11.10\n"), list);
  }

  @Test
  void theRealFileWrittenUnpaddedMonthFirstReadsAsTheMappingSays() throws IOException {
    // Online Retail II as published: 12/1/2010 08:26, the day unpadded, as M/d/yyyy writes it
    Path f =
        file(
            "ii.csv",
            HEADER.replace("InvoiceNo", "Invoice")
                + "536365,85123A,WHITE HANGING HEART,6,12/1/2010 08:26,2.55,17850,United Kingdom\n");
    cli.expect(0, "import", "orders", "--map", "online-retail", f.toString(), "-q");
    assertTrue(stored().contains("\n536365,2010-12-01 08:26:00,15.30\n"), stored());
  }

  @Test
  void aMappingThatSaysDayFirstReadsThePaddedFile() throws IOException {
    Path map =
        file(
            "uk.json",
            "{\"name\": \"uk-retail\", \"kind\": \"orders\", \"fields\": {\"order_id\":"
                + " [\"InvoiceNo\"], \"customer_id\": [\"CustomerID\"], \"created_at\":"
                + " [\"InvoiceDate\"], \"paid_at\": [\"InvoiceDate\"], \"sku\": [\"StockCode\"],"
                + " \"title\": [\"Description\"], \"quantity\": [\"Quantity\"], \"unit_price\":"
                + " [\"UnitPrice\"]}, \"date_formats\": [\"dd/MM/yyyy HH:mm\"]}");
    Path f =
        file(
            "week_gb.csv",
            HEADER
                + "536365,85123A,WHITE HANGING HEART,6,01/12/2010 08:26,2.55,17850,United"
                + " Kingdom\n");
    cli.expect(0, "import", "orders", "--map", map.toString(), f.toString(), "-q");
    assertTrue(stored().contains("\n536365,2010-12-01 08:26:00,15.30\n"), stored());
  }

  @Test
  void aFileWritingDatesBothWaysIsRefused() throws IOException {
    Path f =
        file(
            "mixed.csv",
            HEADER
                + "1,A,X,1,13/12/2010 08:26,2.00,17850,United Kingdom\n"
                + "2,A,X,1,12/13/2010 08:26,2.00,17850,United Kingdom\n");
    var r = cli.expect(1, "import", "orders", "--map", "online-retail", f.toString());
    assertTrue(
        r.err()
            .contains(
                ":2: the date \"13/12/2010 08:26\" of created_at (column \"InvoiceDate\") can only be"),
        r.err());
    assertEquals("order_id,created_at,amount\n", stored());
  }

  @Test
  void aGermanWooCommerceExportIsNotReadAsMarch() throws IOException {
    Path f =
        file(
            "woo_dm.csv",
            "order_id,order_date,paid_date,status,order_total,billing_email,order_currency\n"
                + "9001,03/11/2026 10:00,03/11/2026 10:05,processing,12.00,a@x.de,GBP\n");
    var r = cli.expect(1, "import", "orders", f.toString());
    assertTrue(r.err().contains("is 2026-11-03 day first or 2026-03-11 month first"), r.err());
    Path later =
        file(
            "woo_dm2.csv",
            "order_id,order_date,paid_date,status,order_total,billing_email,order_currency\n"
                + "9001,03/11/2026 10:00,03/11/2026 10:05,processing,12.00,a@x.de,GBP\n"
                + "9002,24/11/2026 10:00,24/11/2026 10:05,processing,12.00,a@x.de,GBP\n");
    cli.expect(0, "import", "orders", later.toString(), "-q");
    String list = stored();
    assertTrue(list.contains("\n9001,2026-11-03 10:00:00,"), list);
    assertTrue(list.contains("\n9002,2026-11-24 10:00:00,"), list);
  }
}
