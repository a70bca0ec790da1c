package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Service lists (delay here) ignore the marketing cool-down but not each other: a customer a delay
 * list reached today is not on a second one that day — so two exports started together, which take
 * turns, never both call one buyer (review18 T8) — and an order whose follow-up plans the next
 * contact later (下次跟进) stays off until that day.
 */
class ServiceListTurnsTest {
  static final String NOW = "2026-11-20 10:00";

  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void store() throws Exception {
    cli = new CliRunner(dir).env("USER", "ops-wang");
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "customers", ListsCliTest.RES + "customers.csv", "-q");
    Path orders = dir.resolve("late.csv");
    Files.writeString(
        orders,
        """
        order_id,customer_id,created_at,paid_at,status,amount,province
        L1,Y1,2026-11-19 08:00:00,2026-11-19 08:00:00,paid,10.00,浙江
        L2,AN,2026-11-19 12:00:00,2026-11-19 12:00:00,paid,10.00,江苏
        L3,FE,2026-11-19 20:00:00,2026-11-19 20:00:00,paid,10.00,四川
        L4,C13,2026-11-19 10:59:00,2026-11-19 10:59:00,paid,10.00,浙江
        """);
    cli.expect(0, "import", "orders", orders.toString(), "-q");
  }

  private List<String> contacts() throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT customer_id, list_id FROM contacts ORDER BY customer_id")) {
      while (rs.next()) {
        out.add(rs.getString(1) + "@" + rs.getLong(2));
      }
    }
    return out;
  }

  private static String summary(CliRunner.Result r) {
    return r.err().lines().filter(l -> l.startsWith("chosen ")).findFirst().orElse(r.err());
  }

  @Test
  void twoDelayExportsAtOnceRecordDisjointCustomers() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier together = new CyclicBarrier(2);
      List<Future<CliRunner.Result>> runs = new ArrayList<>();
      for (String out : List.of("xiaowang.csv", "liuyang.csv")) {
        runs.add(
            pool.submit(
                () -> {
                  together.await();
                  return cli.run(
                      "--now",
                      NOW,
                      "export",
                      "followup",
                      "--kind",
                      "delay",
                      "--out",
                      dir.resolve(out).toString(),
                      "--name",
                      out);
                }));
      }
      List<String> summaries = new ArrayList<>();
      for (Future<CliRunner.Result> f : runs) {
        CliRunner.Result r = f.get(2, TimeUnit.MINUTES);
        assertEquals(0, r.exit(), r.toString());
        summaries.add(summary(r));
      }
      // whichever went first took the three customers; the second found them all reached today
      assertEquals(List.of("AN@1", "C13@1", "Y1@1"), contacts());
      assertTrue(
          summaries.contains(
              "chosen 3; excluded: not matching 0, no consent 0, open return/complaint 0,"
                  + " cooling down 0"),
          summaries.toString());
      assertTrue(
          summaries.contains(
              "chosen 0; excluded: not matching 0, no consent 0, open return/complaint 0,"
                  + " cooling down 3"),
          summaries.toString());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aDelayListLeavesOutWhomItReachedTodayAndOrdersWaitingForALaterFollowUp() throws Exception {
    Path first = dir.resolve("delay1.csv");
    cli.expect(0, "--now", NOW, "export", "followup", "--kind", "delay", "--out", first.toString());
    assertEquals(4, Files.readAllLines(first).size()); // header + L2, L4, L1
    // half an hour later: nobody is called twice the same day
    var again = cli.expect(0, "--now", "2026-11-20 10:30", "export", "followup", "--kind", "delay");
    assertEquals(
        "chosen 0; excluded: not matching 0, no consent 0, open return/complaint 0, cooling down 3",
        summary(again));
    assertEquals(1, again.out().lines().count(), again.out()); // the header only
    // Y1 agreed to wait for L1: call again on 11-22
    cli.expect(
        0,
        "--now",
        "2026-11-20 10:40",
        "followup",
        "add",
        "--customer",
        "Y1",
        "--order",
        "L1",
        "--channel",
        "phone",
        "--agent",
        "xiaowang",
        "--outcome",
        "已安抚，同意等待",
        "--next",
        "2026-11-22");
    var nextDay =
        cli.expect(
            0,
            "--now",
            "2026-11-21 09:00",
            "export",
            "followup",
            "--kind",
            "delay",
            "--dry-run",
            "--columns",
            "order_id,status");
    assertEquals("order_id,status\nL3,overdue\nL2,overdue\nL4,overdue\n", nextDay.out());
    assertEquals(
        "chosen 3; excluded: not matching 0, no consent 0, open return/complaint 0, cooling down 1",
        summary(nextDay));
    var due =
        cli.expect(
            0,
            "--now",
            "2026-11-22 09:00",
            "export",
            "followup",
            "--kind",
            "delay",
            "--dry-run",
            "--columns",
            "order_id");
    assertEquals("order_id\nL3\nL2\nL4\nL1\n", due.out());
  }
}
