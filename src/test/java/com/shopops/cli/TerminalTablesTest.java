package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.render.Renderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The morning commands on the examples store (all platforms' exports) fit an 80-column terminal;
 * --columns, --wide and --sort choose what is shown; colour only on a terminal and not with
 * NO_COLOR or --no-color.
 */
class TerminalTablesTest {
  @TempDir static Path dir;
  static CliRunner cli;

  static final String NOW = "2026-11-20 10:00";

  @BeforeAll
  static void examples() {
    cli = new CliRunner(dir).terminal(true).width(80).env("NO_COLOR", "1");
    String ex = Path.of("examples").toAbsolutePath().toString();
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    for (String[] f :
        List.of(
            new String[] {"orders", ex + "/orders.csv"},
            new String[] {"customers", ex + "/customers.csv"},
            new String[] {"orders", ex + "/shopify/orders_export.csv"},
            new String[] {"customers", ex + "/shopify/customers_export.csv"},
            new String[] {"orders", ex + "/jd/jd_orders.csv"},
            new String[] {"shipments", ex + "/shipments.csv"},
            new String[] {"returns", ex + "/returns.csv"},
            new String[] {"traffic", ex + "/traffic.csv"},
            new String[] {"events", ex + "/events.csv"})) {
      cli.expect(0, "import", f[0], f[1]);
    }
    cli.expect(
        0,
        "import",
        "orders",
        ex + "/taobao/ExportOrderList202611201000.csv",
        ex + "/taobao/ExportOrderDetailList202611201000.csv");
  }

  static final List<List<String>> MORNING =
      List.of(
          List.of("sla", "at-risk", "--within", "1d"),
          List.of("sla", "overdue"),
          List.of("returns", "open"),
          List.of("returns", "eligible"),
          List.of("orders", "list"),
          List.of("customers", "segment"),
          List.of("customers", "segment", "--summary"),
          List.of("metrics"),
          List.of("metrics", "--by", "week"),
          List.of("export", "promotion", "--dry-run"),
          // review7 G1: the period and carrier keys of the reports are never cut
          List.of("sla", "report", "--by", "day"),
          List.of("sla", "report", "--by", "week"),
          List.of("sla", "report", "--by", "carrier"),
          List.of("returns", "report", "--by", "day", "--from", "2026-10-01"),
          List.of("returns", "report", "--by", "week", "--from", "2026-09-01"),
          List.of("returns", "report", "--by", "month", "--from", "2026-05-01"),
          List.of("returns", "report", "--by", "reason", "--from", "2026-05-01"));

  @Test
  void morningCommandsFitEightyColumns() {
    for (List<String> command : MORNING) {
      CliRunner.Result r = cli.expect(0, args(command));
      assertTrue(r.out().lines().count() > 3, command + " printed rows\n" + r);
      for (String line : r.out().lines().toList()) {
        assertTrue(
            Renderer.displayWidth(line) <= 80,
            command + ": " + Renderer.displayWidth(line) + " columns: " + line);
      }
      // ids, statuses, amounts and dates are never cut (free text such as a segment name may be)
      for (String line : r.out().lines().skip(2).filter(l -> !l.startsWith("… ")).toList()) {
        for (String cell : line.split("  +")) {
          boolean free = cell.matches("\\p{L}[\\p{L} ]*…");
          assertTrue(!cell.contains("…") || free, command + ": cut cell \"" + cell + "\"\n" + r);
        }
      }
    }
  }

  @Test
  void followUpListsAndTheScorecardFitEightyColumns() {
    // review8 H5: the follow-up log, every follow-up kind and the scorecard had no default set
    cli.expect(
        0,
        "followup",
        "add",
        "--customer",
        "快乐赵杰495",
        "--order",
        "3029936741096423668",
        "--channel",
        "phone",
        "--agent",
        "小王",
        "--outcome",
        "no answer",
        "--note",
        "call after 6pm, the parcel is late and the buyer asked twice already",
        "--next",
        "2026-11-20"); // due at NOW: a later next contact keeps the order off the delay list
    for (List<String> command :
        List.of(
            List.of("followup", "list"),
            List.of("export", "followup", "--kind", "delay", "--dry-run"),
            List.of("export", "followup", "--kind", "returns", "--dry-run"),
            List.of("export", "followup", "--kind", "satisfaction", "--dry-run"),
            List.of("export", "followup", "--kind", "anniversary", "--dry-run"),
            List.of("export", "followup", "--kind", "vip", "--dry-run"),
            List.of("score"))) {
      CliRunner.Result r = cli.expect(0, args(command));
      for (String line : r.out().lines().toList()) {
        assertTrue(
            Renderer.displayWidth(line) <= 80,
            command + ": " + Renderer.displayWidth(line) + " columns: " + line + "\n" + r);
      }
    }
    String delay =
        cli.expect(0, "--now", NOW, "export", "followup", "--kind", "delay", "--dry-run").out();
    assertTrue(delay.startsWith("order_id "), delay);
    assertTrue(delay.contains("3029936741096423668"), delay); // a 19-digit id whole
  }

  @Test
  void reportKeysAreWholeAndWideShowsEveryColumn() {
    // review7 G1: "2026-…" at 80 and 120 columns; the default set fits, --wide has the rest
    for (String lang : List.of("en", "zh")) {
      String day =
          cli.expect(0, "--lang", lang, "--now", NOW, "sla", "report", "--by", "day").out();
      List<String> rows = day.lines().skip(2).toList();
      assertTrue(rows.get(0).matches("2026-\\d\\d-\\d\\d .*"), day);
      String week =
          cli.expect(0, "--lang", lang, "--now", NOW, "returns", "report", "--by", "week").out();
      assertTrue(
          week.lines().skip(2).findFirst().orElseThrow().matches("2026-\\d\\d-\\d\\d .*"), week);
    }
    for (List<String> c :
        List.of(
            List.of("customers", "list"),
            List.of("imports"),
            List.of("export", "followup", "--kind", "winback", "--dry-run"))) {
      String out = cli.expect(0, args(c)).out();
      for (String line : out.lines().toList()) {
        assertTrue(Renderer.displayWidth(line) <= 80, c + ": " + line);
      }
    }
    String wide = cli.expect(0, "--now", NOW, "sla", "report", "--by", "day", "--wide").out();
    assertTrue(wide.lines().findFirst().orElseThrow().contains("shipped_on_time"), wide);
    String narrow = cli.expect(0, "--now", NOW, "returns", "report", "--by", "month").out();
    assertEquals(
        "month    returns  rejected  returned_units  return_rate  refund_total",
        narrow.lines().findFirst().orElseThrow().strip(),
        narrow);
    String csv =
        cli.expect(0, "--now", NOW, "sla", "report", "--by", "day", "--format", "csv").out();
    assertTrue(csv.startsWith("day,orders,shipped_on_time,"), csv);
  }

  @Test
  void csvKeepsEveryColumnAndItsOrder() {
    String csv = cli.expect(0, "orders", "list", "--format", "csv").out();
    assertTrue(
        csv.startsWith(
            "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,"
                + "status,amount,discount,shipping_fee,total,currency,items,carrier,tracking_no,"
                + "province,city,"
                + "region\n"));
    List<String> created = csv.lines().skip(1).map(l -> l.split(",")[2]).toList();
    assertEquals(created.stream().sorted().toList(), created, "csv: oldest first");
  }

  @Test
  void ordersListIsNewestFirstOnATerminalAndLimitKeepsTheNewest() {
    List<String> rows = cli.expect(0, "orders", "list", "--limit", "3").out().lines().toList();
    assertEquals(
        List.of(
            // the examples hold CNY and USD orders: the currency shows in place of the items
            "order_id        created_at           status    total  currency  province",
            "--------------  -------------------  -------  ------  --------  --------",
            "SO202611200005  2026-11-20 09:36:09  paid     255.80  CNY       江苏",
            "SO202611200004  2026-11-20 09:11:44  pending  268.00  CNY       广东",
            "SO202611200003  2026-11-20 08:27:51  paid      35.90  CNY       辽宁"),
        rows);
  }

  @Test
  void columnsChoosesInEveryFormatAndSortOrders() {
    assertEquals(
        "order_id,total\nSO202605010001,41.00\nSO202605010002,428.60\n",
        cli.expect(
                0,
                "orders",
                "list",
                "--format",
                "csv",
                "--columns",
                "order_id,total",
                "--limit",
                "2")
            .out());
    assertEquals(
        "order_id,total\n3527680150090317520,854.00\n",
        cli.expect(
                0,
                "orders",
                "list",
                "--format",
                "csv",
                "--columns",
                "order_id,total",
                "--sort",
                "-total",
                "--limit",
                "1")
            .out());
    String wide = cli.expect(0, "orders", "list", "--wide", "--limit", "1").out();
    assertTrue(wide.startsWith("order_id        customer_id  created_at           paid_at"), wide);
  }

  @Test
  void unknownColumnIsAUsageErrorNamingTheColumns() {
    CliRunner.Result r = cli.expect(2, "orders", "list", "--columns", "order_id,totl");
    assertEquals("", r.out());
    assertEquals(
        "shopops: --columns: no column \"totl\" in this list\n"
            + "  hint: choose from order_id, customer_id, created_at, paid_at, shipped_at,"
            + " delivered_at, status, amount, discount, shipping_fee, total, currency, items,"
            + " carrier,"
            + " tracking_no,"
            + " province, city, region\n",
        r.err());
    r = cli.expect(2, "sla", "overdue", "--sort", "-late");
    assertTrue(r.err().startsWith("shopops: --sort: no column \"late\" in this list\n"), r.err());
  }

  @Test
  void statusesAreColouredOnATerminalOnly() {
    CliRunner colour = new CliRunner(dir).terminal(true).width(80);
    String red = "\033[31mbreached\033[0m";
    String out = colour.expect(0, "--now", NOW, "sla", "overdue").out();
    assertTrue(out.contains(red), out);
    assertFalse(
        colour.expect(0, "--now", NOW, "sla", "overdue", "--no-color").out().contains("\033["));
    assertFalse(cli.expect(0, "--now", NOW, "sla", "overdue").out().contains("\033["));
    assertFalse(
        new CliRunner(dir)
            .expect(0, "--now", NOW, "sla", "overdue", "-f", "table")
            .out()
            .contains("\033["));
    String yellow = "\033[33mat_risk\033[0m";
    assertTrue(
        colour.expect(0, "--now", NOW, "sla", "at-risk", "--within", "1d").out().contains(yellow));
  }

  @Test
  void pagerIsChosenAsGitDoes() {
    assertEquals("less -FRSX", Terminals.pager(Map.of()));
    assertEquals("more", Terminals.pager(Map.of("PAGER", "more")));
    assertEquals("most", Terminals.pager(Map.of("PAGER", "more", "SHOPOPS_PAGER", "most")));
    assertEquals(null, Terminals.pager(Map.of("PAGER", "cat")));
    assertEquals(null, Terminals.pager(Map.of("SHOPOPS_PAGER", "")));
    assertFalse(Terminals.overflows("a\nb\n", 80, 3));
    assertTrue(Terminals.overflows("a\nb\nc\n", 80, 3));
    assertTrue(Terminals.overflows("x".repeat(81) + "\n", 80, 24));
    assertFalse(Terminals.overflows("\033[31m" + "x".repeat(80) + "\033[0m\n", 80, 24));
    assertFalse(Terminals.overflows("a\n".repeat(100), 80, 0), "unknown height: never");
  }

  @Test
  void countsHaveThousandsSeparators() {
    assertEquals("1,000,000 rows", BaseCommand.count(1_000_000, "row"));
    assertEquals("1 row", BaseCommand.count(1, "row"));
  }

  @Test
  void failOnOverdueSaysWhyEvenWhenQuiet() {
    CliRunner.Result r =
        new CliRunner(dir)
            .expect(
                3,
                "--now",
                NOW,
                "-q",
                "returns",
                "overdue",
                "--fail-on-overdue",
                "--columns",
                "return_id");
    assertEquals("return_id\nRT20261019021\nRT20261026025\nRT20261028026\n", r.out());
    assertEquals(
        "shopops: returns: 3 returns are overdue as of 2026-11-20 10:00:00 (exit 3)\n", r.err());
  }

  @Test
  void recordViewsListsAndConfigFitSixtyAndHundredColumnsUnderZh() throws java.sql.SQLException {
    // review11 K4, K9: a table too wide even with its free text cut becomes one record after the
    // other (as psql's \\x auto); config keys, the ids of `config set`, are never cut
    String customer = cli.sql("SELECT customer_id FROM orders ORDER BY order_id LIMIT 1").strip();
    List<String> keys =
        new CliRunner(dir)
            .expect(0, "config", "show", "--format", "csv")
            .out()
            .lines()
            .skip(1)
            .map(l -> l.substring(0, l.indexOf(',')))
            .toList();
    for (int width : new int[] {60, 100}) {
      CliRunner narrow = new CliRunner(dir).terminal(true).width(width).env("NO_COLOR", "1");
      for (List<String> command :
          List.of(
              List.of("customers", "show", customer),
              List.of("followup", "due"),
              List.of("lists"),
              List.of("customers", "segment", "--method", "tier"),
              List.of("export", "followup", "--kind", "delay", "--dry-run"),
              List.of("returns", "open"),
              List.of("config", "show"))) {
        List<String> all = new java.util.ArrayList<>(List.of("--lang", "zh"));
        all.addAll(List.of(args(command)));
        String out = narrow.expect(0, all.toArray(new String[0])).out();
        for (String line : out.lines().toList()) {
          assertTrue(
              Renderer.displayWidth(line) <= width,
              command
                  + " at "
                  + width
                  + ": "
                  + Renderer.displayWidth(line)
                  + ": "
                  + line
                  + "\n"
                  + out);
        }
        if (command.get(0).equals("config")) {
          for (String key : keys) {
            assertTrue(
                out.lines()
                    .anyMatch(
                        l -> l.matches("(键  +)?" + java.util.regex.Pattern.quote(key) + "( .*)?")),
                key + " whole at " + width + "\n" + out);
          }
        }
      }
    }
  }

  @Test
  void todayIsTheStoreDay() {
    CliRunner plain = new CliRunner(dir);
    assertEquals("2026-11-20\n", plain.expect(0, "--now", "2026-11-20 23:59", "today").out());
    assertEquals("2026-11-21\n", plain.expect(0, "--now", "2026-11-20T16:00:00Z", "today").out());
    // the runner's wall clock 2026-11-20T02:00Z is 10:00 in Shanghai
    assertEquals("2026-11-20\n", plain.expect(0, "today").out());
  }

  private static String[] args(List<String> command) {
    List<String> all = new java.util.ArrayList<>(List.of("--now", NOW));
    all.addAll(command);
    return all.toArray(new String[0]);
  }
}
