package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The returns commands through the real command line, at the edges of docs/returns.md: the window
 * close (delivered 23:59 on day D vs 00:01 on D+1; requests at 23:59:59 and 00:00:00 after the 7th
 * day), partial returns of one line, refunds above what was paid, illegal transitions, and the
 * refund deadline exactly at 7 days vs one second after.
 *
 * <p>Fixture (src/test/resources/returns/orders.csv, store zone Asia/Shanghai): SO1 delivered
 * 2026-11-10 23:59 with TEA-LJ-250 ×2 (536.00) and SNK-NUT-750 ×1 (89.90); SO2 delivered 2026-11-11
 * 00:01 with ACC-CASE-15 ×1 (39.00, shipping 6.00); SO3 shipped, not delivered; SO4 delivered
 * 2026-10-03.
 */
class ReturnsCommandTest {
  @TempDir Path dir;
  CliRunner cli;

  static Path fixture(String name) {
    try {
      return Path.of(ReturnsCommandTest.class.getResource("/returns/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeEach
  void store() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "orders", fixture("orders.csv").toString());
  }

  private Path file(String name, String... lines) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  private static final String HEADER =
      "return_id,order_id,sku,quantity,requested_at,approved_at,"
          + "rejected_at,received_at,refunded_at,reason,refund_amount";

  /** Rows of a query on the store, cells joined by '|'. */
  private List<String> sql(String query) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(query)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          cells.add(rs.getString(i));
        }
        rows.add(String.join("|", cells));
      }
    }
    return rows;
  }

  private static List<String> lines(String out) {
    return List.of(out.split("\n"));
  }

  // ------------------------------------------------------------------ the window

  @Test
  void deliveredAt2359ClosesADayBeforeDeliveredAt0001() {
    // SO1 delivered 11-10 23:59 → closes 11-18 00:00; SO2 delivered 11-11 00:01 → 11-19 00:00
    var r = cli.expect(0, "--now", "2026-11-17 23:59:59", "returns", "eligible");
    assertEquals(
        List.of(
            "order_id,customer_id,delivered_at,window_closes_at,days_left,hours_left",
            "SO1,C001,2026-11-10 23:59:00,2026-11-18 00:00:00,0,0",
            "SO2,C002,2026-11-11 00:01:00,2026-11-19 00:00:00,1,0"),
        lines(r.out()));

    r = cli.expect(0, "--now", "2026-11-18 00:00:00", "returns", "eligible");
    assertEquals(
        List.of(
            "order_id,customer_id,delivered_at,window_closes_at,days_left,hours_left",
            "SO2,C002,2026-11-11 00:01:00,2026-11-19 00:00:00,1,0"),
        lines(r.out()));
  }

  @Test
  void expiringKeepsOnlyWindowsClosingSoon() {
    var r = cli.expect(0, "--now", "2026-11-17 10:00", "returns", "eligible", "--expiring", "1d");
    assertEquals(
        List.of(
            "order_id,customer_id,delivered_at,window_closes_at,days_left,hours_left",
            "SO1,C001,2026-11-10 23:59:00,2026-11-18 00:00:00,0,14"),
        lines(r.out()));
  }

  @Test
  void notEligibleSkusDropOrdersWhoseEveryItemIsExcluded() {
    cli.expect(0, "config", "set", "returns.not_eligible_skus", "ACC-CASE-15, TEA-LJ-250");
    // SO2 has only ACC-CASE-15: gone; SO1 still has SNK-NUT-750
    var r = cli.expect(0, "--now", "2026-11-12 10:00", "returns", "eligible");
    assertEquals(
        List.of(
            "order_id,customer_id,delivered_at,window_closes_at,days_left,hours_left",
            "SO1,C001,2026-11-10 23:59:00,2026-11-18 00:00:00,5,14"),
        lines(r.out()));
    // a no-reason return of an excluded SKU is recorded and flagged
    r =
        cli.expect(
            0,
            "--now",
            "2026-11-12 10:00",
            "returns",
            "add",
            "SO2",
            "--reason",
            "no-reason",
            "--id",
            "R-X");
    assertTrue(
        r.err()
            .contains(
                "warning: SKU ACC-CASE-15 is not eligible for 7-day no-reason returns; recorded and flagged"),
        r.err());
    assertTrue(r.out().endsWith(",no_reason,,false,true,,,return\n"), r.out());
  }

  /** review16 Q14 (Zhao Min): the outside-window and not-eligible warnings in Chinese. */
  @Test
  void theWarningsOfALateOrExcludedReturnAreChineseUnderZh() throws SQLException {
    cli.expect(0, "config", "set", "returns.not_eligible_skus", "TEA-LJ-250");
    var late =
        cli.expect(
            0,
            "--lang",
            "zh",
            "returns",
            "add",
            "SO1",
            "--sku",
            "TEA-LJ-250",
            "--reason",
            "no-reason",
            "--at",
            "2026-11-18 00:00:00",
            "--id",
            "R-ZH");
    assertEquals(
        "警告：在 7 天无理由退货期截止（2026-11-18 00:00）之后才申请：已登记，并标记为超出退货期；"
            + "SKU TEA-LJ-250 不适用 7 天无理由退货：已登记，并标记为不符合条件",
        late.err().lines().filter(l -> l.startsWith("警告")).findFirst().orElse(late.err()));
    assertEquals(
        List.of("R-ZH|1|1"), sql("SELECT return_id, outside_window, not_eligible FROM returns"));
    // English as before
    var en =
        cli.expect(
            0,
            "returns",
            "add",
            "SO1",
            "--sku",
            "SNK-NUT-750",
            "--reason",
            "no-reason",
            "--at",
            "2026-11-18 00:00:00",
            "--id",
            "R-EN");
    assertTrue(
        en.err()
            .contains(
                "warning: requested after the 7-day no-reason window closed at 2026-11-18 00:00;"
                    + " recorded and flagged outside_window\n"),
        en.err());
  }

  @Test
  void requestAt235959OfThe7thDayIsInsideAndAtMidnightOutside() throws SQLException {
    var inside =
        cli.expect(
            0,
            "returns",
            "add",
            "SO1",
            "--sku",
            "TEA-LJ-250",
            "--reason",
            "no-reason",
            "--at",
            "2026-11-17 23:59:59",
            "--id",
            "R-IN");
    assertEquals("", inside.err().contains("warning") ? "warning printed" : "", inside.err());
    var outside =
        cli.expect(
            0,
            "returns",
            "add",
            "SO1",
            "--sku",
            "TEA-LJ-250",
            "--reason",
            "no-reason",
            "--at",
            "2026-11-18 00:00:00",
            "--id",
            "R-OUT");
    assertTrue(
        outside
            .err()
            .contains(
                "warning: requested after the 7-day no-reason window"
                    + " closed at 2026-11-18 00:00; recorded and flagged outside_window"),
        outside.err());
    assertEquals(
        List.of("R-IN|0", "R-OUT|1"),
        sql("SELECT return_id, outside_window FROM returns ORDER BY return_id"));
    // a quality return after the window is not bound by it
    cli.expect(
        0,
        "returns",
        "add",
        "SO1",
        "--sku",
        "SNK-NUT-750",
        "--reason",
        "quality",
        "--at",
        "2026-11-25 09:00",
        "--id",
        "R-Q");
    assertEquals(
        List.of("R-Q|0"),
        sql("SELECT return_id, outside_window FROM returns WHERE return_id = 'R-Q'"));
  }

  @Test
  void importFlagsOutsideWindowNoReasonRequests() throws IOException, SQLException {
    Path f =
        file(
            "late.csv",
            HEADER,
            "L1,SO2,ACC-CASE-15,1,2026-11-18 23:59:59,,,,,no-reason,",
            "L2,SO1,SNK-NUT-750,1,2026-11-18 00:00:00,,,,,no-reason,");
    cli.expect(0, "import", "returns", f.toString());
    assertEquals(
        List.of("L1|0", "L2|1"),
        sql("SELECT return_id, outside_window FROM returns ORDER BY return_id"));
  }

  // ------------------------------------------------------------------ partial returns and money

  @Test
  void partialReturnsOfOneLineOfAMultiLineOrder() throws SQLException {
    var r =
        cli.expect(
            0,
            "--now",
            "2026-11-12 10:00",
            "returns",
            "add",
            "SO1",
            "--sku",
            "TEA-LJ-250",
            "--quantity",
            "1",
            "--reason",
            "quality");
    assertEquals(
        List.of(
            "return_id,order_id,sku,quantity,step,requested_at,approved_at,rejected_at,received_at,"
                + "refunded_at,reason,refund_amount,outside_window,not_eligible,withdrawn_at,"
                + "requested_amount,kind",
            // nothing refunded yet, nothing asked: both amounts empty (review16 Q9)
            "RT20261112001,SO1,TEA-LJ-250,1,requested,2026-11-12 10:00:00,,,,,quality,,false,"
                + "false,,,return"),
        lines(r.out()));
    cli.expect(
        0,
        "--now",
        "2026-11-12 11:00",
        "returns",
        "update",
        "RT20261112001",
        "--status",
        "approved");
    // refunded without --refund: what was paid for 1 of the 2 units
    r =
        cli.expect(
            0,
            "--now",
            "2026-11-12 12:00",
            "returns",
            "update",
            "RT20261112001",
            "--status",
            "refunded");
    assertTrue(
        r.err()
            .contains(
                "Return RT20261112001 is refunded at 2026-11-12 12:00:00" + " (refund 268.00)"),
        r.err());
    cli.expect(
        0,
        "--now",
        "2026-11-12 13:00",
        "returns",
        "add",
        "SO1",
        "--sku",
        "TEA-LJ-250",
        "--reason",
        "no-reason");
    // a third unit of a line of two is refused
    r =
        cli.expect(
            1,
            "--now",
            "2026-11-12 14:00",
            "returns",
            "add",
            "SO1",
            "--sku",
            "TEA-LJ-250",
            "--reason",
            "no-reason");
    assertEquals(
        "shopops: cannot record RT20261112003: quantity: returns of order SO1 SKU"
            + " TEA-LJ-250 total 3 units, but 2 were bought\n  hint: nothing was changed\n",
        r.err());
    assertEquals(
        List.of("RT20261112001|TEA-LJ-250|1|26800", "RT20261112002|TEA-LJ-250|1|0"),
        sql("SELECT return_id, sku, quantity, refund_amount FROM returns ORDER BY return_id"));
    // the other line of the order is untouched by these
    cli.expect(
        0,
        "--now",
        "2026-11-12 14:00",
        "returns",
        "add",
        "SO1",
        "--sku",
        "SNK-NUT-750",
        "--reason",
        "damaged");
  }

  @Test
  void importRejectsARefundLargerThanWhatWasPaid() throws IOException, SQLException {
    Path f =
        file(
            "bad.csv",
            HEADER,
            "B1,SO2,ACC-CASE-15,1,2026-11-12 10:00:00,2026-11-12 11:00:00,,,2026-11-12 12:00:00,quality,39.00",
            "B2,SO1,TEA-LJ-250,1,2026-11-12 10:00:00,2026-11-12 11:00:00,,,2026-11-12 12:00:00,quality,300.00");
    var r = cli.expect(1, "import", "returns", f.toString());
    assertTrue(
        r.err()
            .startsWith(
                f
                    + ":3: refund_amount: refund 300.00 is more than the 268.00"
                    + " paid for 1 of 2 units of order SO1 SKU TEA-LJ-250\n"),
        r.err());
    assertTrue(r.err().contains("1 bad row; nothing from this file was written"), r.err());
    assertEquals(List.of("0"), sql("SELECT count(*) FROM returns"));
  }

  @Test
  void updateRefusesARefundLargerThanWhatWasPaid() throws SQLException {
    cli.expect(
        0,
        "returns",
        "add",
        "SO2",
        "--reason",
        "quality",
        "--at",
        "2026-11-12 10:00",
        "--id",
        "R1");
    cli.expect(0, "returns", "update", "R1", "--status", "approved", "--at", "2026-11-12 11:00");
    // 39.00 goods + 6.00 shipping: a line's refund may include the shipping (review16 Q5), no more
    var r =
        cli.expect(
            1,
            "returns",
            "update",
            "R1",
            "--status",
            "refunded",
            "--at",
            "2026-11-12 12:00",
            "--refund",
            "45.01");
    assertEquals(
        "shopops: cannot record R1: refund_amount: refund 45.01 is more than the 39.00"
            + " paid plus 6.00 shipping for 1 of 1 units of order SO2 SKU ACC-CASE-15\n"
            + "  hint: nothing was changed\n",
        r.err());
    assertEquals(
        List.of("R1|1|1|0"),
        sql(
            "SELECT return_id, approved_at IS NOT NULL, refunded_at IS NULL, refund_amount"
                + " FROM returns"));
  }

  @Test
  void importRejectsUnknownOrdersUnknownSkusAndStepsOutOfOrder() throws IOException {
    Path f =
        file(
            "bad.csv",
            HEADER,
            "X1,SO9,TEA-LJ-250,1,2026-11-12 10:00:00,,,,,quality,",
            "X2,SO1,NOPE,1,2026-11-12 10:00:00,,,,,quality,",
            "X3,SO1,TEA-LJ-250,1,2026-11-12 10:00:00,2026-11-12 09:00:00,,,,quality,",
            "X4,SO1,TEA-LJ-250,1,2026-11-12 10:00:00,2026-11-12 11:00:00,2026-11-12 12:00:00,,,quality,");
    var r = cli.expect(1, "import", "returns", f.toString());
    assertEquals(
        List.of(
            f + ":2: order_id: order SO9 is not in the store; import its orders before its returns",
            f + ":3: sku: order SO1 has no line with SKU NOPE",
            f
                + ":4: approved_at: approved at 2026-11-12 09:00, before it was requested at"
                + " 2026-11-12 10:00",
            f
                + ":5: rejected_at: both approved (2026-11-12 11:00) and rejected (2026-11-12 12:00);"
                + " a return is one or the other",
            f
                + ": 4 bad rows, no row of it correct; nothing from this file was written. Fix the rows"
                + " and import the file again."),
        lines(r.err()));
  }

  // ------------------------------------------------------------------ lifecycle

  @Test
  void theSameUpdateAgainExitsZeroWritesNothingAndSaysSo() throws SQLException {
    cli.expect(
        0,
        "returns",
        "add",
        "SO1",
        "--sku",
        "SNK-NUT-750",
        "--reason",
        "quality",
        "--at",
        "2026-11-12 10:00",
        "--id",
        "R1");
    cli.expect(0, "returns", "update", "R1", "--status", "approved", "--at", "2026-11-12 12:00");
    List<String> before = sql("SELECT * FROM returns");
    List<String> history = sql("SELECT * FROM return_events ORDER BY 1");
    // re-run as a script would, without --at (the clock says a day later)
    var r =
        cli.expect(
            0,
            "--now",
            "2026-11-13 09:00",
            "returns",
            "update",
            "R1",
            "--status",
            "approved",
            "--format",
            "csv",
            "--columns",
            "return_id,step,approved_at");
    assertEquals(
        "Return R1 is already approved (since 2026-11-12 12:00:00); nothing changed\n", r.err());
    assertEquals("return_id,step,approved_at\nR1,approved,2026-11-12 12:00:00\n", r.out());
    // and with the same --at
    r =
        cli.expect(
            0, "returns", "update", "R1", "--status", "approved", "--at", "2026-11-12 12:00");
    assertEquals(
        "Return R1 is already approved (since 2026-11-12 12:00:00); nothing changed\n", r.err());
    assertEquals(before, sql("SELECT * FROM returns"));
    assertEquals(history, sql("SELECT * FROM return_events ORDER BY 1"));
    assertEquals(2, history.size());
    // another stated time for the same step is refused, exit 1
    r =
        cli.expect(
            1, "returns", "update", "R1", "--status", "approved", "--at", "2026-11-12 13:00");
    assertEquals(
        "shopops: cannot mark R1 approved: it is already approved at 2026-11-12 12:00\n"
            + "  hint: nothing was changed\n",
        r.err());
    // refunded twice: the same amount is the same update, another amount is refused
    cli.expect(
        0,
        "returns",
        "update",
        "R1",
        "--status",
        "refunded",
        "--at",
        "2026-11-13 10:00",
        "--refund",
        "80.00");
    before = sql("SELECT * FROM returns");
    r =
        cli.expect(
            0,
            "returns",
            "update",
            "R1",
            "--status",
            "refunded",
            "--refund",
            "80.00",
            "--format",
            "csv",
            "--columns",
            "return_id,step,refund_amount");
    assertEquals("return_id,step,refund_amount\nR1,refunded,80.00\n", r.out());
    r = cli.expect(1, "returns", "update", "R1", "--status", "refunded", "--refund", "89.90");
    assertEquals(
        "shopops: cannot mark R1 refunded with a refund of 89.90: it is already refunded at"
            + " 2026-11-13 10:00 with a refund of 80.00\n  hint: nothing was changed; a refund"
            + " recorded by hand is corrected with `shopops returns correct R1 --refund AMOUNT"
            + " --reason TEXT`\n",
        r.err());
    // a backwards move keeps its refusal and code
    r = cli.expect(1, "returns", "update", "R1", "--status", "approved");
    assertEquals(
        "shopops: cannot mark R1 approved: it was refunded at 2026-11-13 10:00\n"
            + "  hint: nothing was changed\n",
        r.err());
    assertEquals(before, sql("SELECT * FROM returns"));
    assertEquals(3, sql("SELECT * FROM return_events").size());
  }

  @Test
  void anIllegalTransitionIsRefusedWithItsReasonAndChangesNothing() throws SQLException {
    cli.expect(
        0,
        "returns",
        "add",
        "SO1",
        "--sku",
        "SNK-NUT-750",
        "--reason",
        "no-reason",
        "--at",
        "2026-11-12 10:00",
        "--id",
        "R1");
    cli.expect(0, "returns", "update", "R1", "--status", "rejected", "--at", "2026-11-12 12:00");
    List<String> before = sql("SELECT * FROM returns");
    var r =
        cli.expect(
            1, "returns", "update", "R1", "--status", "received", "--at", "2026-11-13 12:00");
    assertEquals(
        "shopops: cannot mark R1 received: it was rejected at 2026-11-12 12:00\n"
            + "  hint: nothing was changed\n",
        r.err());
    assertEquals("", r.out());
    assertEquals(before, sql("SELECT * FROM returns"));

    cli.expect(
        0,
        "returns",
        "add",
        "SO1",
        "--sku",
        "TEA-LJ-250",
        "--reason",
        "quality",
        "--at",
        "2026-11-12 10:00",
        "--id",
        "R2");
    r =
        cli.expect(
            1, "returns", "update", "R2", "--status", "received", "--at", "2026-11-13 12:00");
    assertEquals(
        "shopops: cannot mark R2 received: it is requested at 2026-11-12 10:00; next it"
            + " can only be approved or rejected or withdrawn\n  hint: nothing was changed\n",
        r.err());
    r =
        cli.expect(
            1, "returns", "update", "R2", "--status", "approved", "--at", "2026-11-12 09:59");
    assertEquals(
        "shopops: cannot mark R2 approved at 2026-11-12 09:59: that is before it was"
            + " requested at 2026-11-12 10:00\n  hint: nothing was changed\n",
        r.err());
    r = cli.expect(2, "returns", "update", "R2", "--status", "requested");
    // a typed option: picocli's message, then the pointer to the help (was "--status: …" + hint)
    assertEquals(
        "shopops: Invalid value for option '--status': \"requested\" is not a step a"
            + " return can move to; use approved, rejected, received, refunded or withdrawn\n"
            + "Try `shopops help returns update` for the options.\n",
        r.err());
  }

  @Test
  void addRefusesUnknownOrdersAndAmbiguousSkus() {
    var r = cli.expect(1, "returns", "add", "SO9", "--reason", "quality");
    assertTrue(r.err().startsWith("shopops: no order SO9 in "), r.err());
    r = cli.expect(2, "returns", "add", "SO1", "--reason", "quality");
    assertEquals(
        "shopops: order SO1 has 2 SKUs; name the returned one with --sku\n"
            + "  hint: its SKUs: TEA-LJ-250, SNK-NUT-750\n",
        r.err());
    r = cli.expect(2, "returns", "add", "SO2", "--reason", "bored");
    assertEquals(
        "shopops: Invalid value for option '--reason': unknown reason \"bored\"; use"
            + " one of no-reason, quality, wrong-item, damaged, other, refund-only,"
            + " price-protection, 仅退款, 价保\n"
            + "Try `shopops help returns add` for the options.\n",
        r.err());
  }

  @Test
  void badOptionValuesAreUsageErrorsBeforeAnythingRuns() throws SQLException {
    var r = cli.expect(2, "returns", "report", "--by", "colour");
    assertEquals(
        "shopops: Invalid value for option '--by': unknown grouping \"colour\"; use sku,"
            + " category, reason, day, week or month\n"
            + "Try `shopops help returns report` for the options.\n",
        r.err());
    r = cli.expect(2, "returns", "report", "--from", "2026-11-20", "--to", "2026-11-01");
    assertEquals(
        "shopops: --to 2026-11-01 is before --from 2026-11-20\n"
            + "Try `shopops help returns report` for the options.\n",
        r.err());
    r = cli.expect(2, "returns", "eligible", "--expiring", "soon");
    assertTrue(
        r.err()
            .startsWith(
                "shopops: Invalid value for option '--expiring': not a" + " duration (\"soon\")"),
        r.err());
    r = cli.expect(2, "returns", "update", "R1", "--status", "refunded", "--refund", "lots");
    assertTrue(
        r.err()
            .startsWith(
                "shopops: Invalid value for option '--refund': not an amount" + " (\"lots\")"),
        r.err());
    r = cli.expect(2, "returns", "add", "SO2", "--reason", "quality", "--at", "soon");
    assertTrue(r.err().startsWith("shopops: --at: "), r.err());
    assertEquals(List.of(), sql("SELECT return_id FROM returns"));
    // the codes in any case, and the reason words the help promises
    cli.expect(0, "returns", "report", "--by", "WEEK");
    cli.expect(0, "returns", "add", "SO2", "--reason", "七天无理由", "--at", "2026-11-12 10:00");
  }

  // ------------------------------------------------------------------ deadlines

  @Test
  void refundIsOverdueOneSecondAfterSevenDaysFromReceipt() {
    cli.expect(0, "import", "returns", fixture("returns.csv").toString());
    // RT3 received 2026-10-07 10:00:00 → refund due 2026-10-14 10:00:00
    var r =
        cli.expect(0, "--now", "2026-10-14 10:00:00", "returns", "overdue", "--fail-on-overdue");
    assertEquals(
        "return_id,order_id,sku,rule,step,since,due_at,overdue_hours,penalty_line\n", r.out());
    r = cli.expect(3, "--now", "2026-10-14 10:00:01", "returns", "overdue", "--fail-on-overdue");
    assertEquals(
        List.of(
            "return_id,order_id,sku,rule,step,since,due_at,overdue_hours,penalty_line",
            "RT3,SO4,KIT-KNF-3,refund_within,received,2026-10-07 10:00:00,2026-10-14 10:00:00,0.0,"
                + "false"),
        lines(r.out()));
    assertEquals(
        "shopops: returns: 1 return is overdue as of 2026-10-14 10:00:01 (exit 3)\n", r.err());
    // without the flag the same finding exits 0
    cli.expect(0, "--now", "2026-10-14 10:00:01", "returns", "overdue");
    // past 15 days: the 办法 Art.31 penalty line
    r = cli.expect(3, "--now", "2026-10-22 10:00:01", "returns", "overdue", "--fail-on-overdue");
    assertTrue(r.out().endsWith(",192.0,true\n"), r.out());
  }

  @Test
  void approvalIsOverdueAfterApproveWithin() {
    cli.expect(0, "config", "set", "returns.approve_within", "24h");
    cli.expect(
        0,
        "returns",
        "add",
        "SO2",
        "--reason",
        "quality",
        "--at",
        "2026-11-12 10:00",
        "--id",
        "R1");
    cli.expect(0, "--now", "2026-11-13 10:00", "returns", "overdue", "--fail-on-overdue");
    var r =
        cli.expect(3, "--now", "2026-11-13 10:00:01", "returns", "overdue", "--fail-on-overdue");
    assertEquals(
        "R1,SO2,ACC-CASE-15,approve_within,requested,2026-11-12 10:00:00,"
            + "2026-11-13 10:00:00,0.0,false",
        lines(r.out()).get(1));
  }

  @Test
  void openListsEachReturnWithItsStepAndWait() {
    cli.expect(0, "import", "returns", fixture("returns.csv").toString());
    var r = cli.expect(0, "--now", "2026-11-12 12:30", "returns", "open");
    assertEquals(
        List.of(
            "return_id,order_id,sku,quantity,reason,step,since,waited_hours,due_at,overdue,"
                + "outside_window",
            "RT3,SO4,KIT-KNF-3,1,damaged,received,2026-10-07 10:00:00,866.5,2026-10-14 10:00:00,"
                + "true,false",
            // RT2 is rejected at 13:00, after --now: still waiting for approval
            "RT2,SO2,ACC-CASE-15,1,quality,requested,2026-11-12 11:00:00,1.5,2026-11-14 11:00:00,"
                + "false,false",
            // RT1's later steps have not happened yet at --now: approved at 12:00
            "RT1,SO1,TEA-LJ-250,1,no_reason,approved,2026-11-12 12:00:00,0.5,,false,false"),
        lines(r.out()));
    r = cli.expect(0, "--now", "2026-11-12 12:30", "returns", "open", "--format", "json");
    assertTrue(
        r.out().contains("\"return_id\": \"RT3\"") || r.out().contains("\"return_id\":\"RT3\""),
        r.out());
  }

  // ------------------------------------------------------------------ import presets

  @Test
  void taobaoRefundExportFillsStepsFromItsStatus() throws SQLException {
    var r = cli.expect(0, "import", "returns", fixture("taobao-refunds.csv").toString());
    assertTrue(
        r.err().contains("2 rows, 2 returns (2 new, 0 updated, 0 unchanged);" + " taobao-refunds"),
        r.err());
    // 退款成功 without a refund time: dated 退款完结时间; the missing quantity is the whole line
    assertEquals(
        List.of(
            "TB1|SNK-NUT-750|1|no_reason|1794652200|8990", "TB2|ACC-CASE-15|1|quality|null|3900"),
        sql(
            "SELECT return_id, sku, quantity, reason, refunded_at, refund_amount FROM returns"
                + " ORDER BY return_id"));
  }

  @Test
  void reimportingTheSameFileChangesNothingAndALaterExportUpdates()
      throws IOException, SQLException {
    cli.expect(0, "import", "returns", fixture("returns.csv").toString());
    var r = cli.expect(0, "import", "returns", fixture("returns.csv").toString());
    assertTrue(r.err().contains("3 rows, 3 returns (0 new, 0 updated, 3 unchanged)"), r.err());
    Path later =
        file(
            "later.csv",
            "return_id,order_id,refunded_at,refund_amount",
            "RT3,SO4,2026-10-10 10:00:00,159.00");
    r = cli.expect(0, "import", "returns", later.toString());
    assertTrue(r.err().contains("1 row, 1 return (0 new, 1 updated, 0 unchanged)"), r.err());
    assertEquals(
        List.of("RT3|KIT-KNF-3|damaged|15900"),
        sql(
            "SELECT return_id, sku, reason, refund_amount FROM returns WHERE return_id = 'RT3'"
                + " AND received_at IS NOT NULL AND refunded_at IS NOT NULL"));
  }

  @Test
  void anOrdersFileGivenToImportReturnsIsRecognised() {
    var r = cli.expect(1, "import", "returns", fixture("orders.csv").toString());
    assertTrue(
        r.err().contains("this looks like a orders file")
            || r.err().contains("this looks like an orders file"),
        r.err());
  }

  // ------------------------------------------------------------------ report, orders show

  @Test
  void reportGivesTheRateAgainstDeliveredUnitsOfTheSameSku() {
    cli.expect(0, "import", "returns", fixture("returns.csv").toString());
    var r =
        cli.expect(
            0,
            "--now",
            "2026-11-20 10:00",
            "returns",
            "report",
            "--by",
            "sku",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-20");
    assertEquals(
        List.of(
            "sku,returns,rejected,returned_units,delivered_units,return_rate,refunded,refund_total,"
                + "median_refund_hours,withdrawn",
            "TEA-LJ-250,1,0,1,2,0.5000,1,268.00,71.00,0",
            "ACC-CASE-15,1,1,0,1,0.0000,0,0.00,,0",
            "SNK-NUT-750,0,0,0,1,0.0000,0,0.00,,0",
            "(all),2,1,1,4,0.2500,1,268.00,71.00,0"),
        lines(r.out()));
    assertEquals(
        "note: return_rate = returned units / delivered units of the same SKU,"
            + " 2026-11-01 to 2026-11-20 (returns by request time, deliveries by delivery time;"
            + " rejected and withdrawn returns are not returned units)\n",
        r.err());
    r =
        cli.expect(
            0,
            "--now",
            "2026-11-20 10:00",
            "returns",
            "report",
            "--by",
            "month",
            "--from",
            "2026-10-01",
            "--to",
            "2026-11-20");
    assertEquals(
        List.of(
            "month,returns,rejected,returned_units,delivered_units,return_rate,refunded,refund_total,"
                + "median_refund_hours,withdrawn,partial",
            "2026-10,1,0,1,1,1.0000,0,0.00,,0,false",
            "2026-11,2,1,1,4,0.2500,1,268.00,71.00,0,true",
            "(all),3,1,2,5,0.4000,1,268.00,71.00,0,"),
        lines(r.out()));
    r =
        cli.expect(
            0,
            "--now",
            "2026-11-20 10:00",
            "returns",
            "report",
            "--by",
            "reason",
            "--from",
            "2026-11-01");
    assertEquals("no_reason,1,0,1,4,0.2500,1,268.00,71.00,0", lines(r.out()).get(1));
    cli.expect(2, "returns", "report", "--by", "colour");
  }

  @Test
  void ordersShowListsTheOrdersReturns() {
    cli.expect(0, "import", "returns", fixture("returns.csv").toString());
    var r = cli.expect(0, "orders", "show", "SO1", "--format", "table");
    assertTrue(r.out().contains("RT1"), r.out());
    assertTrue(r.out().contains("refunded"), r.out());
    r = cli.expect(0, "orders", "show", "SO3", "--format", "table");
    assertTrue(!r.out().contains("return_id"), r.out());
  }

  @Test
  void configShowListsTheReturnsRules() {
    var r = cli.expect(0, "config", "show");
    assertTrue(r.out().contains("returns.window_days,7,7,default,"), r.out());
    assertTrue(r.out().contains("returns.refund_within,7d,7d,default,"), r.out());
    assertTrue(r.out().contains("returns.approve_within,48h,48h,default,"), r.out());
    cli.expect(2, "config", "set", "returns.window_days", "0");
    cli.expect(2, "config", "set", "returns.refund_within", "soon");
  }
}
