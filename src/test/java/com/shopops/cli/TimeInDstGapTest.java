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
        imp.err().contains("2 rows, 2 orders (2 new, 0 updated, 0 unchanged), 4 anomalies"),
        imp.err());
    assertEquals(
        "2|anomaly:time-in-dst-gap|N3|created_at: 02:29 does not exist in America/New_York on"
            + " 2026-03-08; read as 03:29\n"
            + "2|anomaly:time-in-dst-gap|N3|paid_at: 02:30 does not exist in America/New_York on"
            + " 2026-03-08; read as 03:30\n"
            + "3|anomaly:time-in-dst-overlap|N2|created_at: 01:29 happens twice in"
            + " America/New_York on 2026-11-01; read as the earlier, 01:29-04:00\n"
            + "3|anomaly:time-in-dst-overlap|N2|paid_at: 01:30 happens twice in"
            + " America/New_York on 2026-11-01; read as the earlier, 01:30-04:00\n",
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

  /**
   * Review17 R10: a time in the repeated autumn hour (02:30 on 2026-10-25 in Europe/Madrid, at
   * 00:30Z in summer time and again at 01:30Z) is read as the earlier, summer time, as before, and
   * now said: an anomaly of the import, a note for an option, in English and Chinese.
   */
  @Test
  void aTimeInTheRepeatedHourIsAnAnomalyAndNowInItANote() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Europe/Madrid", "--currency", "EUR");
    Path f = dir.resolve("o.csv");
    Files.writeString(
        f,
        "order_id,customer_id,created_at,paid_at,status,amount\n"
            + "M1,c@x.com,2026-10-25 01:59:00,2026-10-25 02:30:00,paid,10.00\n"
            + "M2,b@x.com,2026-10-25 03:00:00,2026-10-25 03:00:00,paid,10.00\n");
    var imp = cli.expect(0, "import", "orders", f.toString());
    assertTrue(
        imp.err().contains("2 rows, 2 orders (2 new, 0 updated, 0 unchanged), 1 anomaly"),
        imp.err());
    assertEquals(
        "2|anomaly:time-in-dst-overlap|M1|paid_at: 02:30 happens twice in Europe/Madrid on"
            + " 2026-10-25; read as the earlier, 02:30+02:00\n",
        cli.sql("SELECT line, kind, record_id, message FROM anomalies ORDER BY anomaly_id"));
    // 02:30 CEST = 00:30Z (not 01:30Z, CET)
    assertEquals("1792888200\n", cli.sql("SELECT paid_at FROM orders WHERE order_id = 'M1'"));

    var r = cli.expect(0, "--now", "2026-10-25 02:30", "sla", "at-risk", "--within", "48h");
    assertEquals(
        "note: --now: 02:30 happens twice in Europe/Madrid on 2026-10-25; read as the earlier,"
            + " 02:30+02:00",
        r.err().lines().filter(l -> l.contains("--now")).findFirst().orElse(""));
    var plain =
        cli.expect(0, "--now", "2026-10-25T02:30:00+02:00", "sla", "at-risk", "--within", "48h");
    assertEquals(r.out(), plain.out());
    assertTrue(!plain.err().contains("happens twice"), plain.err());

    var zh =
        cli.env("LANG", "zh_CN.UTF-8").expect(0, "--now", "2026-10-25 02:30", "returns", "open");
    assertTrue(
        zh.err()
            .contains(
                "--now：Europe/Madrid 在 2026-10-25 的 02:30 出现两次（夏令时拨回）；按较早的一次读取，即 02:30+02:00"),
        zh.err());
  }
}
