package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code --now} in the past, the SLA lists answer as of then exactly as {@code sla report}
 * does: a ship or delivery time after the clock has not happened yet, whatever the status says.
 */
class SlaAsOfTest {
  private static final String NOW = "2026-03-03 06:00:00";
  private static final String LIST_HEADER =
      "order_id,customer_id,paid_at,ship_by,shipped_at,hours_late,carrier,province,status";

  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void init() throws IOException {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    // ship_within 24h, ship_max 48h, at risk within 4h; as of 03-03 06:00:
    // E1 shipped before the clock, A1 at it (both shipped); F1 ships one second after it
    // (breached then), F2's shipment record ships at 07:00 though the export says shipped
    // (overdue then), F3 is completed on 03-04 (at risk then), R1 unshipped (at risk), X1 shipped
    // at an unknown time.
    cli.expect(
        0,
        "import",
        "orders",
        file(
                "orders.csv",
                """
            order_id,customer_id,created_at,paid_at,shipped_at,carrier,status
            E1,C1,2026-02-28 20:00:00,2026-02-28 20:00:00,2026-03-01 10:00:00,中通快递,shipped
            A1,C1,2026-03-01 20:00:00,2026-03-01 20:00:00,2026-03-03 06:00:00,中通快递,shipped
            F1,C2,2026-02-28 20:00:00,2026-02-28 20:00:00,2026-03-03 06:00:01,中通快递,shipped
            F2,C2,2026-03-01 20:00:00,2026-03-01 20:00:00,,,shipped
            F3,C3,2026-03-02 09:30:00,2026-03-02 09:30:00,2026-03-04 10:00:00,中通快递,completed
            R1,C3,2026-03-02 09:00:00,2026-03-02 09:00:00,,中通快递,paid
            X1,C4,2026-03-02 09:00:00,2026-03-02 09:00:00,,中通快递,shipped
            """)
            .toString());
    cli.expect(
        0,
        "import",
        "shipments",
        file(
                "shipments.csv",
                """
            订单编号,快递公司,运单号,出库时间
            F2,顺丰速运,T2,2026-03-03 07:00:00
            """)
            .toString());
  }

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static List<String> lines(String out) {
    return Arrays.asList(out.split("\n"));
  }

  private static String cell(String csv, String key, String column) {
    List<String> header = Arrays.asList(lines(csv).get(0).split(","));
    for (String line : lines(csv)) {
      if (line.startsWith(key + ",")) {
        return line.split(",", -1)[header.indexOf(column)];
      }
    }
    throw new AssertionError("no row " + key + " in\n" + csv);
  }

  @Test
  void theListsAgreeWithTheReportAsOfThePast() {
    var report = cli.expect(0, "--now", NOW, "sla", "report", "--format", "csv");
    assertEquals("0", cell(report.out(), "total", "due"));
    assertEquals("2", cell(report.out(), "total", "at_risk"));
    assertEquals("1", cell(report.out(), "total", "overdue"));
    assertEquals("1", cell(report.out(), "total", "breached"));

    assertEquals(
        List.of(
            LIST_HEADER,
            "F1,C2,2026-02-28 20:00:00,2026-03-01 20:00:00,,34.0,中通快递,,breached",
            "F2,C2,2026-03-01 20:00:00,2026-03-02 20:00:00,,10.0,顺丰速运,,overdue"),
        lines(cli.expect(0, "--now", NOW, "sla", "overdue", "--format", "csv").out()));
    assertEquals(
        List.of(
            "order_id,customer_id,paid_at,ship_by,ship_limit,shipped_at,hours_late,carrier,"
                + "province,status",
            "F1,C2,2026-02-28 20:00:00,2026-03-01 20:00:00,2026-03-02 20:00:00,,34.0,中通快递,,"
                + "breached"),
        lines(cli.expect(0, "--now", NOW, "sla", "breaches", "--format", "csv").out()));
    var atRisk = cli.expect(0, "--now", NOW, "sla", "at-risk", "--format", "csv").out();
    assertEquals(
        List.of("order_id", "R1", "F3"),
        lines(atRisk).stream().map(l -> l.substring(0, l.indexOf(','))).toList());
    assertEquals("3.0", cell(atRisk, "R1", "hours_left"));
    assertEquals("3.5", cell(atRisk, "F3", "hours_left"));
  }

  @Test
  void failOnBreachCountsWhatTheReportCounts() {
    var r = cli.expect(3, "--now", NOW, "sla", "overdue", "--fail-on-breach", "--format", "csv");
    assertEquals(3, lines(r.out()).size());
    assertEquals(
        "shopops: sla: 1 overdue, 1 breached as of 2026-03-03 06:00:00 (exit 3)", r.err().strip());
  }

  @Test
  void aShipTimeAtTheClockHasShipped() {
    // one second later F1 has shipped (breached then) and leaves the unshipped lists
    var overdue =
        cli.expect(0, "--now", "2026-03-03 06:00:01", "sla", "overdue", "--format", "csv");
    assertEquals(
        List.of(LIST_HEADER, "F2,C2,2026-03-01 20:00:00,2026-03-02 20:00:00,,10.0,顺丰速运,,overdue"),
        lines(overdue.out()));
    var breaches =
        cli.expect(0, "--now", "2026-03-03 06:00:01", "sla", "breaches", "--format", "csv");
    assertEquals("2026-03-03 06:00:01", cell(breaches.out(), "F1", "shipped_at"));
  }
}
