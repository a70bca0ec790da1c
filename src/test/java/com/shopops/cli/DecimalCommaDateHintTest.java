package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tryout18 W9: after {@code --decimal ,} (a continental Excel) a file whose dates say neither order
 * gets a day-first example, and the mapping file the hint gives keeps the decimal comma, so that
 * following the hint imports the file (it was month first, without the comma: refused again).
 */
class DecimalCommaDateHintTest {
  @TempDir Path dir;

  @Test
  void theHintAfterADecimalCommaIsDayFirstAndKeepsTheComma() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Europe/Madrid", "-q");
    Path f =
        TestFiles.write(
            dir,
            "es.csv",
            "order_id,customer_id,created_at,paid_at,status,sku,title,quantity,amount\n"
                + "E1,C1,02/11/2026 10:00,02/11/2026 10:00,paid,A,Mug,1,\"1234,5\"\n");
    String err =
        cli.expect(
                1, "--now", "2026-11-20 10:00", "import", "orders", f.toString(), "--decimal", ",")
            .err();
    assertTrue(
        err.contains(
            "e.g. for day first (the decimal comma of a continental Excel):\n"
                + "      kind: orders\n"),
        err);
    assertTrue(
        err.contains("      date_formats: [\"dd/MM/yyyy H:mm\"]\n      decimal: \",\"\n"), err);
    assertTrue(
        err.contains(
            "1 bad row, no row of it correct; nothing from this file was written. Fix the rows and"
                + " import the file again."),
        err);
    // the mapping file of the hint, as the operator saves it, imports the file
    StringBuilder yaml = new StringBuilder();
    boolean in = false;
    for (String l : err.split("\n")) {
      in = in || l.strip().startsWith("kind: ");
      if (in) {
        yaml.append(l.strip()).append('\n');
        if (l.strip().startsWith("decimal:")) {
          break;
        }
      }
    }
    Path map = TestFiles.write(dir, "orders-dates.yaml", yaml.toString());
    cli.expect(
        0,
        "-q",
        "--now",
        "2026-11-20 10:00",
        "import",
        "orders",
        f.toString(),
        "--map",
        map.toString());
    assertEquals(
        "123450|1793610000\n", cli.sql("SELECT amount, paid_at FROM orders WHERE order_id = 'E1'"));
  }
}
