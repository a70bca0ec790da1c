package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue I3: an order time in the store zone's spring-forward gap is read an hour later, as before,
 * and recorded as an anomaly of the import; a --now in the gap gets a note on stderr.
 */
class TimeInDstGapTest {
  @TempDir Path dir;

  @Test
  void aTimeInTheGapIsAnAnomalyAndNowInTheGapANote() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "America/New_York", "--currency", "USD");
    Path f = dir.resolve("o.csv");
    Files.writeString(
        f,
        "order_id,customer_id,created_at,paid_at,status,amount\n"
            + "N3,c@x.com,2026-03-08 02:29:00,2026-03-08 02:30:00,paid,10.00\n"
            + "N2,b@x.com,2026-11-01 01:29:00,2026-11-01 01:30:00,paid,10.00\n");
    var imp = cli.expect(0, "import", "orders", f.toString());
    assertTrue(
        imp.err().contains("2 rows, 2 orders (2 new, 0 updated, 0 unchanged), 2 anomalies"),
        imp.err());
    assertEquals(
        "2|anomaly:time-in-dst-gap|N3|created_at: 02:29 does not exist in America/New_York on"
            + " 2026-03-08; read as 03:29\n"
            + "2|anomaly:time-in-dst-gap|N3|paid_at: 02:30 does not exist in America/New_York on"
            + " 2026-03-08; read as 03:30\n",
        cli.sql("SELECT line, kind, record_id, message FROM anomalies ORDER BY anomaly_id"));
    // read as java.time reads it: the gap moves it forward; the repeated hour takes EDT
    assertEquals(
        "N2|1793511000\nN3|1772955000\n",
        cli.sql("SELECT order_id, paid_at FROM orders ORDER BY order_id"));

    var r = cli.expect(0, "--now", "2026-03-08 02:30", "sla", "at-risk", "--within", "48h");
    assertEquals(
        "note: --now: 02:30 does not exist in America/New_York on 2026-03-08; read as 03:30\n",
        r.err().lines().filter(l -> l.contains("--now")).findFirst().orElse("") + "\n");
    var plain = cli.expect(0, "--now", "2026-03-08 03:30", "sla", "at-risk", "--within", "48h");
    assertEquals(r.out(), plain.out());
    assertTrue(!plain.err().contains("does not exist"), plain.err());
  }
}
