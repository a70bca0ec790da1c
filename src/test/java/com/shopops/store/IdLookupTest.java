package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shell TAB completion of ids: whole ids when few match, otherwise narrowing prefixes. */
class IdLookupTest {
  static final Instant T = Instant.parse("2026-11-20T02:00:00Z");

  @TempDir Path dir;
  Store store;
  IdLookup lookup;

  @BeforeEach
  void open() throws Exception {
    store = Store.create(dir.resolve("s.db"), ZoneId.of("Asia/Shanghai"), T);
    lookup = new IdLookup(store);
  }

  @AfterEach
  void close() {
    store.close();
  }

  void orders(String prefix, int from, int to) throws Exception {
    try (PreparedStatement ps =
        store.connection().prepareStatement("INSERT INTO orders (order_id) VALUES (?)")) {
      for (int i = from; i <= to; i++) {
        ps.setString(1, prefix + String.format("%04d", i));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static List<String> numbered(String prefix, int from, int to, String format) {
    List<String> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add(prefix + String.format(format, i));
    }
    return out;
  }

  @Test
  void fiftyOrFewerMatchesAreWholeIds() throws Exception {
    orders("SO202605", 1, 30);
    orders("SO202611", 1, 30);
    IdLookup.Completions c = lookup.complete("orders", "SO202611", 50);
    assertTrue(c.complete());
    assertEquals(numbered("SO202611", 1, 30, "%04d"), c.values());
    assertEquals(List.of("SO2026050007"), lookup.complete("orders", "SO2026050007", 50).values());
    assertEquals(List.of(), lookup.complete("orders", "SO2027", 50).values());
  }

  @Test
  void moreThanFiftyMatchesGiveTheLongestPrefixesThatNumberAtMostFifty() throws Exception {
    orders("SO202605", 1, 30);
    orders("SO202611", 1, 30);
    // 60 ids: whole ids (12 characters) are too many; 11 characters give 8 prefixes
    IdLookup.Completions c = lookup.complete("orders", "SO", 50);
    assertFalse(c.complete());
    assertEquals(
        List.of(
            "SO202605000",
            "SO202605001",
            "SO202605002",
            "SO202605003",
            "SO202611000",
            "SO202611001",
            "SO202611002",
            "SO202611003"),
        c.values());
    // the same from the empty prefix and from SO2026: never a longer common prefix than is true
    assertEquals(c, lookup.complete("orders", "", 50));
    assertEquals(c, lookup.complete("orders", "SO2026", 50));
  }

  @Test
  void narrowsStepByStep() throws Exception {
    orders("SO202605", 1, 599);
    orders("SO202611", 1, 599);
    // 1198 ids: 11 characters give 120 prefixes, 10 give 12
    IdLookup.Completions top = lookup.complete("orders", "SO", 50);
    assertFalse(top.complete());
    List<String> expected = new ArrayList<>(numbered("SO202605", 0, 5, "%02d"));
    expected.addAll(numbered("SO202611", 0, 5, "%02d"));
    assertEquals(expected, top.values());
    // one step down: 100 ids under SO2026050x, 10 prefixes of 11 characters
    IdLookup.Completions next = lookup.complete("orders", "SO20260501", 50);
    assertFalse(next.complete());
    assertEquals(numbered("SO20260501", 0, 9, "%d"), next.values());
    // then the ids themselves
    IdLookup.Completions last = lookup.complete("orders", "SO202605013", 50);
    assertTrue(last.complete());
    assertEquals(numbered("SO20260501", 30, 39, "%02d"), last.values());
  }

  @Test
  void whenEvenOneMoreCharacterBranchesTooMuchTheFirstPrefixesAreOffered() throws Exception {
    orders("C", 1, 9);
    IdLookup.Completions c = lookup.complete("orders", "C000", 3);
    assertFalse(c.complete());
    assertEquals(List.of("C0001", "C0002", "C0003"), c.values());
  }

  @Test
  void customersToo() throws Exception {
    try (Statement st = store.connection().createStatement()) {
      st.executeUpdate("INSERT INTO customers (customer_id) VALUES ('C001'), ('C002'), ('D001')");
    }
    IdLookup.Completions c = lookup.complete("customers", "C", 50);
    assertTrue(c.complete());
    assertEquals(List.of("C001", "C002"), c.values());
    assertEquals(List.of("C00"), lookup.complete("customers", "C", 1).values());
  }

  @Test
  void thePrefixCountReadsThePrimaryKeyRange() throws Exception {
    StringBuilder plan = new StringBuilder();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "EXPLAIN QUERY PLAN "
                    + "SELECT DISTINCT substr(order_id, 1, ?) FROM orders WHERE order_id >= ? AND order_id < ?"
                    + " LIMIT ?")) {
      ps.setInt(1, 3);
      ps.setString(2, "SO");
      ps.setString(3, "SO\uFFFF");
      ps.setInt(4, 51);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString("detail")).append('\n');
        }
      }
    }
    assertTrue(
        plan.toString().contains("USING COVERING INDEX sqlite_autoindex_orders"), plan.toString());
    assertTrue(plan.toString().contains("order_id>? AND order_id<?"), plan.toString());
  }
}
