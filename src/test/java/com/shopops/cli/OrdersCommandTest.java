package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `orders list` filters and `orders show` through the real command line. */
class OrdersCommandTest {
  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void init() throws IOException {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    Path orders = dir.resolve("orders.csv");
    Files.writeString(
        orders,
        """
        order_id,customer_id,created_at,paid_at,shipped_at,status,amount
        P1,C1,2026-03-01 09:00:00,,,pending,10.00
        P2,C1,2026-03-02 09:00:00,2026-03-02 09:05:00,,paid,20.00
        P3,C2,2026-03-03 09:00:00,2026-03-03 09:05:00,2026-03-03 12:00:00,shipped,30.00
        """,
        StandardCharsets.UTF_8);
    cli.expect(0, "import", "orders", orders.toString());
  }

  private List<String> ids(String... args) {
    return cli.expect(0, args).out().lines().skip(1).map(l -> l.split(",")[0]).toList();
  }

  @Test
  void statusTakesOurCodesAnyCaseAndAPlatformsWords() {
    assertEquals(List.of("P2"), ids("orders", "list", "--status", "paid"));
    assertEquals(List.of("P2"), ids("orders", "list", "--status", "PAID"));
    assertEquals(List.of("P2"), ids("orders", "list", "--status", "待发货"));
    assertEquals(List.of("P3"), ids("orders", "list", "--status", "shipped"));
  }

  @Test
  void statusCompletesToOurCodes() {
    var status =
        new picocli.CommandLine(new OrdersListCommand()).getCommandSpec().findOption("--status");
    List<String> codes = new java.util.ArrayList<>();
    status.completionCandidates().forEach(codes::add);
    assertEquals(
        List.of(
            "pending",
            "paid",
            "shipped",
            "delivered",
            "completed",
            "cancelled",
            "refunded",
            "partially_refunded"),
        codes);
  }

  @Test
  void theOtherFiltersCombine() {
    assertEquals(List.of("P2", "P3"), ids("orders", "list", "--from", "2026-03-02"));
    assertEquals(List.of("P1", "P2"), ids("orders", "list", "--to", "2026-03-02"));
    assertEquals(List.of("P1", "P2"), ids("orders", "list", "--customer", "C1"));
    assertEquals(List.of("P1"), ids("orders", "list", "--customer", "C1", "--limit", "1"));
    var backwards = cli.expect(2, "orders", "list", "--from", "2026-03-05", "--to", "2026-03-01");
    assertTrue(
        backwards.err().contains("--to 2026-03-01 is before --from 2026-03-05"), backwards.err());
  }

  @Test
  void showGivesTheOrderInJson() {
    String json = cli.expect(0, "orders", "show", "P3", "--format", "json").out();
    assertTrue(json.contains("\"order_id\": \"P3\"") || json.contains("\"order_id\":\"P3\""), json);
    assertTrue(json.contains("shipped"), json);
  }
}
