package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.cli.CliRunner;
import com.shopops.domain.customers.RfmBinning;
import com.shopops.domain.customers.RfmInput;
import com.shopops.domain.customers.RfmPolicy;
import com.shopops.domain.customers.RfmScore;
import com.shopops.domain.customers.RfmScorer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The maintained customer figures (V010, {@link CustomerFigureUpkeep}) equal the raw rows added up
 * anew after any sequence of order imports (new orders, changed customers, amounts, currencies,
 * statuses, paid times; an order stored paid and closed by a later import, review16 Q6), return
 * imports and returns added and moved to refunded by hand; and the buyers read from them equal the
 * buyers added up from the raw rows.
 */
class CustomerFiguresPropertyTest {
  private static final String ORDERS =
      "order_id,customer_id,created_at,paid_at,status,sku,quantity,amount,shipping_fee,currency";
  private static final String RETURNS =
      "return_id,order_id,sku,quantity,requested_at,approved_at,"
          + "rejected_at,received_at,refunded_at,reason,refund_amount";

  /**
   * One step: an orders file, a returns file, a return added and refunded by hand, or a return
   * removed (its id in {@code order}).
   */
  record Step(int kind, List<String> rows, String order, int refund) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<String> order = Arbitraries.of("O1", "O2", "O3", "O4", "O5", "O6");
    Arbitrary<String> orderRow =
        Combinators.combine(
                order,
                Arbitraries.of("C1", "C2", "C3", ""),
                Arbitraries.integers().between(1, 14),
                Arbitraries.of("paid", "shipped", "delivered", "cancelled", "pending"),
                Arbitraries.integers().between(1, 500),
                Arbitraries.of("CNY", "USD", ""))
            .as(
                (id, customer, day, status, amount, currency) ->
                    String.join(
                        ",",
                        id,
                        customer,
                        String.format("2026-11-%02d 08:00:00", day),
                        status.equals("pending")
                            ? ""
                            : String.format("2026-11-%02d 09:%02d:00", day, amount % 60),
                        status,
                        "SKU-1",
                        "1",
                        amount + ".00",
                        "0.00",
                        currency));
    Arbitrary<String> returnRow =
        Combinators.combine(
                Arbitraries.of("R1", "R2", "R3"),
                order,
                Arbitraries.integers().between(1, 18),
                Arbitraries.integers().between(0, 300))
            .as(
                (id, o, day, refund) ->
                    String.join(
                        ",",
                        id,
                        o,
                        "SKU-1",
                        "1",
                        String.format("2026-11-%02d 10:00:00", day),
                        "",
                        "",
                        "",
                        refund == 0 ? "" : String.format("2026-11-%02d 11:00:00", day),
                        "quality",
                        refund + ".00"));
    Arbitrary<Step> imports =
        orderRow.list().ofMinSize(1).ofMaxSize(4).map(rows -> new Step(0, rows, null, 0));
    Arbitrary<Step> returns =
        returnRow.list().ofMinSize(1).ofMaxSize(2).map(rows -> new Step(1, rows, null, 0));
    Arbitrary<Step> byHand =
        Combinators.combine(order, Arbitraries.integers().between(1, 200))
            .as((o, refund) -> new Step(2, List.of(), o, refund));
    Arbitrary<Step> removed =
        Arbitraries.of("R1", "R2", "R3", "H1", "H2").map(id -> new Step(3, List.of(), id, 0));
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, imports),
            net.jqwik.api.Tuple.of(1, returns),
            net.jqwik.api.Tuple.of(1, byHand),
            net.jqwik.api.Tuple.of(1, removed))
        .list()
        .ofMinSize(1)
        .ofMaxSize(6);
  }

  @Property(tries = 20)
  void maintainedEqualsRebuilt(@ForAll("steps") List<Step> steps) throws Exception {
    Path dir = Files.createTempDirectory("figures");
    try {
      CliRunner cli = new CliRunner(dir);
      cli.expect(0, "init", "--tz", "Asia/Shanghai");
      int n = 0;
      for (Step s : steps) {
        n++;
        switch (s.kind()) {
          // each import on a later day (--now), so that an order a step stores paid and a later
          // one closed is dated by that import's clock, before or after the as-of of the buyers
          // compared below (review16 Q6)
          case 0 ->
              run(
                  cli,
                  "--now",
                  String.format("2026-11-%02d 12:00", 15 + n),
                  "import",
                  "orders",
                  write(dir, "o" + n + ".csv", ORDERS, s.rows()));
          case 1 -> run(cli, "import", "returns", write(dir, "r" + n + ".csv", RETURNS, s.rows()));
          case 3 -> remove(cli, s.order());
          default -> {
            String id = "H" + n;
            run(
                cli,
                "returns",
                "add",
                s.order(),
                "--reason",
                "quality",
                "--id",
                id,
                "--at",
                "2026-11-16 10:00");
            run(cli, "returns", "update", id, "--status", "approved", "--at", "2026-11-16 11:00");
            run(cli, "returns", "update", id, "--status", "received", "--at", "2026-11-17 11:00");
            run(
                cli,
                "returns",
                "update",
                id,
                "--status",
                "refunded",
                "--at",
                "2026-11-18 11:00",
                "--refund",
                s.refund() + ".00");
          }
        }
        assertEquals(0L, scalar(cli, "SELECT count(*) FROM customer_figures_dirty"));
        CliRunner.Result check = cli.run("check", "--format", "csv");
        assertTrue(check.out().contains("customer figures,ok\n"), steps + "\n" + check);
      }
      assertKeptBuyersEqualRaw(cli);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * After any sequence of writes, with {@code customers show} run between them (it keeps the RFM
   * breaks of the figures it read), and after {@code check --rebuild}: every buyer's score from the
   * kept breaks equals their score in a full ranking of the raw rows, and the kept breaks equal
   * breaks computed anew, under both binnings.
   */
  @Property(tries = 6)
  void keptBreaksEqualFreshOnes(@ForAll("steps") List<Step> steps) throws Exception {
    Path dir = Files.createTempDirectory("breaks");
    try {
      CliRunner cli = new CliRunner(dir);
      cli.expect(0, "init", "--tz", "Asia/Shanghai");
      int n = 0;
      for (Step s : steps) {
        n++;
        if (s.kind() == 1) {
          run(cli, "import", "returns", write(dir, "r" + n + ".csv", RETURNS, s.rows()));
        } else if (s.kind() == 3) {
          remove(cli, s.order());
        } else {
          run(cli, "import", "orders", write(dir, "o" + n + ".csv", ORDERS, s.rows()));
        }
        run(cli, "--now", "2026-11-20 10:00", "customers", "show", "C1");
        assertKeptBreaksFresh(cli, steps);
      }
      run(cli, "check", "--rebuild");
      assertKeptBreaksFresh(cli, steps);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void assertKeptBreaksFresh(CliRunner cli, List<Step> steps) throws Exception {
    Instant asOf = Instant.parse("2026-11-20T02:00:00Z");
    java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 20);
    for (RfmBinning binning : RfmBinning.values()) {
      String name = binning.name().toLowerCase(java.util.Locale.ROOT);
      run(cli, "config", "set", "customers.rfm_binning", name);
      for (String id : List.of("C1", "C2", "C3")) { // keeps the breaks when one is known
        run(cli, "--now", "2026-11-20 10:00", "customers", "show", id);
      }
      try (Store store = Store.open(cli.db(), asOf)) {
        com.shopops.app.Rules rules = com.shopops.app.Rules.of(store);
        RfmPolicy policy = rules.rfm();
        assertEquals(binning, policy.binning());
        // the raw rows ranked: buyers added up from the orders, every one scored by sorting
        List<RfmInput> inputs = new ArrayList<>();
        for (CustomerFigures.Buyer b : rawBuyers(store, asOf)) {
          inputs.add(
              new RfmInput(
                  b.customerId(),
                  RfmInput.recencyDays(b.lastPaidAt(), asOf, store.zone()),
                  b.orders(),
                  b.monetary()));
        }
        String method = RfmBreakCache.method(binning, policy.bins(), policy.monetaryShift(), "CNY");
        var kept = new RfmBreakCache(store).load(day, method, binning, policy.bins());
        assertEquals(
            java.util.Optional.ofNullable(RfmScorer.breaks(inputs, policy)), kept, steps + name);
        java.util.Map<String, RfmScore> full = new java.util.HashMap<>();
        RfmScorer.score(inputs, policy).scores().forEach(x -> full.put(x.customerId(), x));
        for (String id : List.of("C1", "C2", "C3")) {
          var standing = com.shopops.app.customers.CustomerStandings.of(store, rules, asOf, id);
          assertEquals(full.get(id), standing.rfm(), steps + " " + name + " " + id);
        }
      }
    }
  }

  /** The buyers added up from the raw rows: the figures are made to look unusable meanwhile. */
  private static List<CustomerFigures.Buyer> rawBuyers(Store store, Instant asOf) throws Exception {
    try (Statement st = store.connection().createStatement()) {
      st.executeUpdate("INSERT INTO customer_figures_dirty VALUES ('nobody')");
      List<CustomerFigures.Buyer> raw = new CustomerFigures(store).buyers(asOf, null);
      st.executeUpdate("DELETE FROM customer_figures_dirty");
      return raw;
    }
  }

  /** Buyers from the figures equal buyers added up from the raw rows (figures made unusable). */
  private static void assertKeptBuyersEqualRaw(CliRunner cli) throws Exception {
    Instant asOf = Instant.parse("2026-11-20T02:00:00Z");
    List<CustomerFigures.Buyer> kept;
    CustomerFigures.PaidFacts keptFacts;
    try (Store store = Store.open(cli.db(), asOf)) {
      assertTrue(CustomerFigureUpkeep.usable(store.connection(), asOf));
      kept = new CustomerFigures(store).buyers(asOf, null);
      keptFacts = new CustomerFigures(store).paidFacts(asOf, null);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement()) {
      st.executeUpdate("INSERT INTO customer_figures_dirty VALUES ('nobody')");
    }
    try (Store store = Store.open(cli.db(), asOf)) {
      assertNotEquals(true, CustomerFigureUpkeep.usable(store.connection(), asOf));
      assertEquals(new CustomerFigures(store).buyers(asOf, null), kept);
      assertEquals(new CustomerFigures(store).paidFacts(asOf, null), keptFacts);
    }
  }

  /** Removes a return (when stored) in one transaction, as an undo would. */
  private static void remove(CliRunner cli, String returnId) throws Exception {
    try (Store store = Store.open(cli.db(), Instant.parse("2026-11-20T02:00:00Z"))) {
      store.inTransaction(
          conn -> {
            try (var ps = conn.prepareStatement("DELETE FROM returns WHERE return_id = ?")) {
              ps.setString(1, returnId);
              return ps.executeUpdate();
            }
          });
    }
  }

  private static void run(CliRunner cli, String... args) {
    CliRunner.Result r = cli.run(args);
    assertTrue(r.exit() != 70 && r.exit() != 2, r.toString());
  }

  private static String write(Path dir, String name, String header, List<String> rows)
      throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(header);
    lines.addAll(rows);
    Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return p.toString();
  }

  private static long scalar(CliRunner cli, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
