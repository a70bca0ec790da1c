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

  /**
   * The shipment's estimated delivery (parsed by its handler), follow-up --next and returns --at go
   * through the same rule: an anomaly of the import, a note for an option; read an hour later.
   */
  @Test
  void everyTimeReadInTheStoreZoneSaysTheGap() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "America/New_York", "--currency", "USD");
    Path o = dir.resolve("o.csv");
    Files.writeString(
        o,
        "order_id,customer_id,created_at,paid_at,status,amount\n"
            + "N1,c@x.com,2026-03-05 10:00:00,2026-03-05 10:00:00,paid,10.00\n");
    cli.expect(0, "import", "orders", o.toString());
    Path s = dir.resolve("s.csv");
    Files.writeString(
        s,
        "order_id,carrier,tracking_no,shipped_at,estimated_delivery_at\n"
            + "N1,UPS,T1,2026-03-06 10:00:00,2026-03-08 02:30:00\n");
    var imp = cli.expect(0, "import", "shipments", s.toString());
    assertTrue(imp.err().contains("1 anomaly"), imp.err());
    assertEquals(
        "2|anomaly:time-in-dst-gap|N1|estimated_delivery_at: 02:30 does not exist in"
            + " America/New_York on 2026-03-08; read as 03:30\n",
        cli.sql("SELECT line, kind, record_id, message FROM anomalies ORDER BY anomaly_id"));
    // 2026-03-08 03:30 EDT = 07:30Z
    assertEquals(
        "N1|1772955000\n", cli.sql("SELECT order_id, estimated_delivery_at FROM shipments"));

    var f =
        cli.expect(
            0,
            "followup",
            "add",
            "--customer",
            "c@x.com",
            "--channel",
            "phone",
            "--agent",
            "a",
            "--next",
            "2026-03-08 02:30");
    assertEquals(
        "note: --next: 02:30 does not exist in America/New_York on 2026-03-08; read as 03:30",
        f.err().lines().filter(l -> l.contains("does not exist")).findFirst().orElse(""));
    assertEquals("1772955000\n", cli.sql("SELECT next_at FROM followups"));

    var r =
        cli.expect(0, "returns", "add", "N1", "--reason", "quality", "--at", "2026-03-08 02:30");
    assertEquals(
        "note: --at: 02:30 does not exist in America/New_York on 2026-03-08; read as 03:30",
        r.err().lines().filter(l -> l.contains("does not exist")).findFirst().orElse(""));
    assertEquals("1772955000\n", cli.sql("SELECT requested_at FROM returns"));
    var zh =
        cli.env("LANG", "zh_CN.UTF-8").expect(0, "--now", "2026-03-08 02:30", "returns", "open");
    assertTrue(zh.err().contains("--now：America/New_York 在 2026-03-08 没有 02:30 这个时刻"), zh.err());
  }
}
