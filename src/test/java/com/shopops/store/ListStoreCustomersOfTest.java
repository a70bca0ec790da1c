package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customers of a list's orders (open returns), asked {@value IdParts#MOST} at a time: every
 * order across the chunks' edges, none unknown or without a buyer.
 */
class ListStoreCustomersOfTest {
  static final Instant T = Instant.parse("2026-11-20T02:00:00Z");

  @TempDir Path dir;
  Store store;

  @BeforeEach
  void open() throws Exception {
    store = Store.create(dir.resolve("s.db"), ZoneId.of("Asia/Shanghai"), T);
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement("INSERT INTO orders (order_id, customer_id) VALUES (?, ?)")) {
      for (int i = 1; i <= 1201; i++) { // every 7th order has no buyer
        ps.setString(1, String.format("SO%04d", i));
        ps.setString(2, i % 7 == 0 ? null : "C" + (i % 50));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "INSERT INTO customers (customer_id, name, phone) VALUES (?, ?, ?)")) {
      for (int c = 0; c < 10; c++) { // only C0..C9 are on the customer list
        ps.setString(1, "C" + c);
        ps.setString(2, "Name " + c);
        ps.setString(3, "1380000000" + c);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void everyOrderOfEveryChunkWithItsBuyerAndNoneWithout() throws Exception {
    List<String> asked = new ArrayList<>();
    for (int i = 1201; i >= 1; i--) {
      asked.add(String.format("SO%04d", i));
    }
    asked.add("SO9999"); // unknown
    asked.add("so0001"); // not the same id
    asked.add("SO0500"); // twice
    Map<String, ListStore.OrderCustomer> got = new ListStore(store).customersOf(asked);
    assertEquals(1201 - 1201 / 7, got.size());
    assertEquals(
        new ListStore.OrderCustomer("SO0001", "C1", "Name 1", "13800000001"), got.get("SO0001"));
    assertEquals(
        new ListStore.OrderCustomer("SO0500", "C0", "Name 0", "13800000000"), got.get("SO0500"));
    assertEquals(
        new ListStore.OrderCustomer("SO0501", "C1", "Name 1", "13800000001"), got.get("SO0501"));
    assertEquals(
        new ListStore.OrderCustomer("SO1201", "C1", "Name 1", "13800000001"), got.get("SO1201"));
    assertEquals(
        new ListStore.OrderCustomer("SO1000", "C0", "Name 0", "13800000000"), got.get("SO1000"));
    assertEquals(new ListStore.OrderCustomer("SO0011", "C11", null, null), got.get("SO0011"));
    assertFalse(got.containsKey("SO0007"));
    assertFalse(got.containsKey("SO1001")); // 1001 = 7 × 143
    assertFalse(got.containsKey("SO9999"));
    assertFalse(got.containsKey("so0001"));
    assertEquals(Map.of(), new ListStore(store).customersOf(List.of()));
  }
}
