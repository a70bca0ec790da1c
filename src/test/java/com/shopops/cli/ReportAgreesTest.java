package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.render.Numbers;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * review7 G6: the morning report's Shipping and Returns figures, {@code metrics}' return_rate and
 * on_time_ship_rate, and the scorecard's shipping figures ({@code score} and the report's
 * diagnosis) are the totals {@code sla report} and {@code returns report} print for the same period
 * — on the bundled examples and on a generated store with rejected returns and refunds after the
 * period.
 */
class ReportAgreesTest {
  @TempDir Path dir;

  static final String NOW = "2026-11-20 10:00";

  @Test
  void examplesStore() throws IOException {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "orders", "examples/orders.csv");
    cli.expect(0, "import", "orders", "examples/shopify/orders_export.csv");
    cli.expect(
        0,
        "import",
        "orders",
        "examples/taobao/ExportOrderList202611201000.csv",
        "examples/taobao/ExportOrderDetailList202611201000.csv");
    cli.expect(0, "import", "orders", "examples/jd/jd_orders.csv");
    cli.expect(0, "import", "shipments", "examples/shipments.csv");
    cli.expect(0, "import", "returns", "examples/returns.csv");
    Figures f = agree(cli, "2026-10-21", "2026-11-19");
    // review7 G6 saw 85 / 89.41% / 85.71% and 7 units / 6.19% / 274.70 in the report
    assertEquals(
        List.of("89", "80", "89.89%", "15.3", "85.19%", "7", "6", "184.80", "5.31%"), f.report);
  }

  @Test
  void generatedStore() throws IOException {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    Random rnd = new Random(7);
    DateTimeFormatter t = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    List<String> orders = new ArrayList<>();
    orders.add(
        "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,carrier,tracking_no,"
            + "status,sku,title,quantity,amount,shipping_fee,province,city");
    List<String> returns = new ArrayList<>();
    returns.add(
        "return_id,order_id,sku,quantity,requested_at,approved_at,rejected_at,received_at,"
            + "refunded_at,reason,refund_amount");
    String[] reasons = {"no_reason", "quality", "damaged", "wrong_item", "other"};
    LocalDateTime start = LocalDateTime.of(2026, 9, 15, 0, 0);
    for (int i = 0; i < 400; i++) {
      LocalDateTime paid = start.plusMinutes(rnd.nextInt(66 * 24 * 60));
      LocalDateTime shipped = paid.plusMinutes(60 + rnd.nextInt(60 * 60));
      LocalDateTime delivered = shipped.plusMinutes(600 + rnd.nextInt(5 * 24 * 60));
      boolean open = shipped.isAfter(LocalDateTime.of(2026, 11, 20, 10, 0));
      String id = "G" + (1000 + i);
      int qty = 1 + rnd.nextInt(3);
      String sku = "SKU-" + rnd.nextInt(6);
      orders.add(
          String.join(
              ",",
              id,
              "C" + rnd.nextInt(150),
              t.format(paid.minusMinutes(3)),
              t.format(paid),
              open ? "" : t.format(shipped),
              open || delivered.isAfter(LocalDateTime.of(2026, 11, 20, 10, 0))
                  ? ""
                  : t.format(delivered),
              open ? "" : "顺丰速运",
              open ? "" : "SF" + (100000 + i),
              open ? "paid" : "completed",
              sku,
              "item",
              Integer.toString(qty),
              qty * 10 + ".00",
              "0.00",
              "浙江",
              "杭州"));
      if (!open && rnd.nextInt(5) == 0) {
        LocalDateTime req = delivered.plusHours(2 + rnd.nextInt(100));
        if (req.isAfter(LocalDateTime.of(2026, 11, 20, 9, 0))) {
          continue;
        }
        boolean rejected = rnd.nextInt(4) == 0;
        LocalDateTime refunded = req.plusHours(24 + rnd.nextInt(150));
        boolean done = !rejected && refunded.isBefore(LocalDateTime.of(2026, 11, 20, 9, 0));
        returns.add(
            String.join(
                ",",
                "RT" + i,
                id,
                sku,
                "1",
                t.format(req),
                rejected ? "" : t.format(req.plusHours(1)),
                rejected ? t.format(req.plusHours(2)) : "",
                done ? t.format(refunded.minusHours(12)) : "",
                done ? t.format(refunded) : "",
                reasons[rnd.nextInt(reasons.length)],
                done ? "10.00" : ""));
      }
    }
    Path o = dir.resolve("orders.csv");
    Path r = dir.resolve("returns.csv");
    Files.write(o, orders, StandardCharsets.UTF_8);
    Files.write(r, returns, StandardCharsets.UTF_8);
    cli.expect(0, "import", "orders", o.toString());
    cli.expect(0, "import", "returns", r.toString());
    agree(cli, "2026-10-21", "2026-11-19");
    agree(cli, "2026-11-02", "2026-11-08");
    agree(cli, "2026-11-13", "2026-11-20");
  }

  record Figures(List<String> report) {}

  /** Asserts each report figure equals the matching command's total; returns the report's. */
  static Figures agree(CliRunner cli, String from, String to) throws IOException {
    Path html = cli.db().resolveSibling("r-" + from + ".html");
    cli.expect(0, "--now", NOW, "report", "--html", html.toString(), "--from", from, "--to", to);
    List<String> shown = new ArrayList<>();
    String page = Files.readString(html);
    String boxes = page.substring(page.indexOf("<h2>Shipping"), page.indexOf("<h2>Notes"));
    Matcher m = Pattern.compile("<td class=\"n\">([^<]*)</td>").matcher(boxes);
    while (m.find()) {
      shown.add(m.group(1).replaceFirst(" [^\\d%]+$", "")); // an amount's currency after it
    }
    String[] sla =
        last(
            cli.expect(
                0, "--now", NOW, "sla", "report", "--from", from, "--to", to, "--format", "csv"));
    String[] ret =
        last(
            cli.expect(
                0,
                "--now",
                NOW,
                "returns",
                "report",
                "--by",
                "reason",
                "--from",
                from,
                "--to",
                to,
                "--format",
                "csv"));
    String shipped =
        Long.toString(Long.parseLong(sla[2]) + Long.parseLong(sla[3]) + Long.parseLong(sla[4]));
    List<String> expected =
        List.of(
            shipped,
            sla[2],
            pct(sla[12]),
            sla[14],
            pct(sla[21]),
            ret[1],
            ret[3],
            ret[7],
            pct(ret[5]));
    assertEquals(expected, shown, from + ".." + to + "\n" + page);
    String cmp =
        cli.expect(
                0,
                "--now",
                NOW,
                "metrics",
                "compare",
                "--from",
                from,
                "--to",
                to,
                "--format",
                "csv")
            .out();
    assertEquals(ret[5], value(cmp, "return_rate"), cmp);
    // review16 Q15: net sales beside sales in the key figures, the very figures metrics gives
    for (String[] kpi : new String[][] {{"sales", "Sales"}, {"net_sales", "Net sales"}}) {
      Matcher k =
          Pattern.compile("<span class=\"l\">" + kpi[1] + "</span><b>([^ <]+)").matcher(page);
      assertTrue(k.find(), kpi[1] + " not in\n" + page);
      String v = value(cmp, kpi[0]);
      if (v.isEmpty()) { // two currencies: the report is of the store's, CNY (review19 V6)
        v = value(compareIn(cli, from, to, "CNY"), kpi[0]);
      }
      assertEquals(Numbers.grouped(new BigDecimal(v)), k.group(1), kpi[0]);
    }
    assertEquals(sla[12], value(cmp, "on_time_ship_rate"), cmp);
    String score =
        cli.expect(0, "--now", NOW, "score", "--from", from, "--to", to, "--format", "csv").out();
    assertEquals(
        List.of(sla[14], sla[12], sla[21]),
        List.of(
            scored(score, "median_ship_hours"),
            scored(score, "on_time_ship_rate"),
            scored(score, "on_time_delivery_rate")),
        score);
    return new Figures(shown);
  }

  private static String[] last(CliRunner.Result r) {
    String[] lines = r.out().strip().split("\n");
    return lines[lines.length - 1].split(",", -1);
  }

  private static String value(String csv, String metric) {
    for (String line : csv.split("\n")) {
      if (line.startsWith(metric + ",")) {
        return line.split(",", -1)[1];
      }
    }
    throw new AssertionError(metric + " not in\n" + csv);
  }

  /** The value of a figure in `score --format csv` (capability,figure,value,…). */
  private static String scored(String csv, String figure) {
    for (String line : csv.split("\n")) {
      String[] cells = line.split(",", -1);
      if (cells.length > 2 && cells[1].equals(figure)) {
        return cells[2];
      }
    }
    throw new AssertionError(figure + " not in\n" + csv);
  }

  private static String pct(String fraction) {
    return fraction.isEmpty()
        ? "–"
        : new java.math.BigDecimal(fraction).movePointRight(2).setScale(2) + "%";
  }

  /** {@code metrics compare --currency CODE} of the range, as csv. */
  private static String compareIn(CliRunner cli, String from, String to, String currency) {
    return cli.expect(
            0,
            "--now",
            NOW,
            "metrics",
            "compare",
            "--from",
            from,
            "--to",
            to,
            "--currency",
            currency,
            "--format",
            "csv")
        .out();
  }
}
