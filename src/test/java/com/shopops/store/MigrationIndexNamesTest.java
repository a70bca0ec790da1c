package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** shopops' own indexes, as `check` on PostgreSQL tells them from others: the migrations'. */
class MigrationIndexNamesTest {
  @Test
  void theIndexesTheMigrationsCreate() {
    Set<String> pg = Migrations.indexNames(Dialect.POSTGRESQL);
    assertTrue(
        pg.containsAll(Set.of("orders_customer", "orders_unshipped", "contacts_list")), "" + pg);
    assertTrue(pg.stream().allMatch(n -> n.matches("[a-z0-9_]+")), "" + pg);
    assertEquals(Migrations.indexNames(Dialect.SQLITE), pg); // the same names on both backends
  }
}
