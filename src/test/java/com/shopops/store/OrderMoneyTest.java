package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What a buyer paid for an order is written once in Java ({@link OrderMoney#TOTAL}); the customer
 * figures' triggers, a landed migration on each backend, spell it out. The copies must not drift.
 */
class OrderMoneyTest {
  @Test
  void theCustomerFiguresTriggersAddUpOrdersAsEveryReportDoes() throws IOException {
    for (Dialect d : Dialect.values()) {
      String sql = migration(d.migrations + "V010__customer_figures.sql");
      assertTrue(sql.contains("sum(" + OrderMoney.TOTAL + ")"), d + " V010 drifted from TOTAL");
    }
  }

  private static String migration(String path) throws IOException {
    try (InputStream in = OrderMoneyTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
