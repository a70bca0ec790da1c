package com.shopops.app.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.app.Rules;
import com.shopops.cli.CliRunner;
import com.shopops.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standings of the hand-checked RFM data (see CustomersSegmentCliTest) plus the customer list's
 * prospects, as of 2026-11-20 10:00 Asia/Shanghai.
 */
class CustomerStandingsTest {
  static final Instant AS_OF = Instant.parse("2026-11-20T02:00:00Z");
  static final String RES = "src/test/resources/customers/";

  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void store() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "customers", RES + "customers.csv", "-q");
    cli.expect(0, "import", "orders", RES + "rfm-orders.csv", "-q");
  }

  @Test
  void everyKnownCustomerWithSegmentTierAndStage() throws Exception {
    try (Store store = Store.open(cli.db(), AS_OF)) {
      CustomerStandings all = CustomerStandings.compute(store, Rules.of(store), AS_OF);
      List<String> ids = List.copyOf(all.byCustomer().keySet());
      assertEquals(List.of("A", "B", "C", "D", "E", "F", "K"), ids.subList(0, 7));
      var a = all.get("A").orElseThrow();
      assertEquals("Potential Loyalist", a.segment());
      assertEquals(2, a.orders());
      assertEquals(15000, a.monetary());
      assertEquals("普通", a.tierName());
      assertEquals(170, a.tier().growth());
      assertTrue(a.isBuyer());
      assertEquals("Champions", all.get("B").orElseThrow().segment());
      var k = all.get("K").orElseThrow();
      assertFalse(k.isBuyer());
      assertNull(k.segment());
      assertEquals("prospect", k.stage());
      assertEquals("普通", k.tierName());
      assertTrue(all.purchases().get("K").purchases().isEmpty());
    }
  }

  @Test
  void withoutLifecycleAndOneCustomerAgree() throws Exception {
    try (Store store = Store.open(cli.db(), AS_OF)) {
      Rules rules = Rules.of(store);
      CustomerStandings all = CustomerStandings.compute(store, rules, AS_OF);
      CustomerStandings lean = CustomerStandings.compute(store, rules, AS_OF, false);
      assertNull(lean.get("A").orElseThrow().lifecycle());
      assertTrue(lean.purchases().isEmpty());
      for (var s : all.all()) {
        assertEquals(s, CustomerStandings.of(store, rules, AS_OF, s.customerId()));
        var l = lean.get(s.customerId()).orElseThrow();
        assertEquals(s.rfm(), l.rfm());
        assertEquals(s.tier(), l.tier());
      }
      var stagesOnly =
          CustomerStandings.compute(
              store, rules, AS_OF, java.util.EnumSet.of(CustomerStandings.Part.LIFECYCLE));
      assertEquals(all.byCustomer().keySet(), stagesOnly.byCustomer().keySet());
      for (var s : all.all()) {
        var l = stagesOnly.get(s.customerId()).orElseThrow();
        assertEquals(s.lifecycle(), l.lifecycle());
        assertEquals(s.orders(), l.orders());
        assertEquals(s.monetary(), l.monetary());
        assertEquals(s.lastPaidAt(), l.lastPaidAt());
        assertNull(l.tier());
        assertNull(l.rfm());
      }
      var nobody = CustomerStandings.of(store, rules, AS_OF, "nobody");
      assertEquals("prospect", nobody.stage());
      assertNull(nobody.rfm());
    }
  }

  /**
   * Lifecycle classifies each buyer's purchases as they are read and keeps none of them unless
   * asked (PURCHASES, winback's gaps): the stages are the same either way, and those kept are every
   * known customer's, prospects with none.
   */
  @Test
  void stagesFromStreamedPurchasesAreThoseOfThePurchasesKept() throws Exception {
    try (Store store = Store.open(cli.db(), AS_OF)) {
      Rules rules = Rules.of(store);
      var streamed =
          CustomerStandings.compute(
              store,
              rules,
              AS_OF,
              java.util.EnumSet.of(
                  CustomerStandings.Part.RFM,
                  CustomerStandings.Part.TIER,
                  CustomerStandings.Part.LIFECYCLE));
      var kept = CustomerStandings.compute(store, rules, AS_OF);
      assertTrue(streamed.purchases().isEmpty());
      assertEquals(kept.all(), streamed.all());
      assertEquals(List.copyOf(kept.byCustomer().keySet()), List.copyOf(kept.purchases().keySet()));
      var all = new com.shopops.store.CustomerFigures(store).purchases(AS_OF, true);
      assertEquals(all, List.copyOf(kept.purchases().values()));
      assertEquals(2, kept.purchases().get("A").purchases().size());
    }
  }
}
