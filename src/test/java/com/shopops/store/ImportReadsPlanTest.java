package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An orders import's closing steps read its own orders through the import index (V055), never every
 * order: a 1-row file into a 100,000-order store scanned them all (issue 15, load15b).
 */
class ImportReadsPlanTest {
  @TempDir Path dir;

  private static String plan(Store store, String sql) throws Exception {
    StringBuilder plan = new StringBuilder();
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
      while (rs.next()) {
        plan.append(rs.getString("detail")).append('\n');
      }
    }
    return plan.toString();
  }

  @Test
  void theCurrencyStampReadsTheImportsOwnOrders() throws Exception {
    Instant now = Instant.parse("2026-11-20T02:00:00Z");
    try (Store store = Store.create(dir.resolve("s.db"), ZoneId.of("Asia/Shanghai"), now)) {
      String plan =
          plan(
              store,
              OrderWriter.STAMP_CURRENCY.replaceFirst("\\?", "'CNY'").replaceFirst("\\?", "7"));
      assertTrue(plan.contains("USING INDEX orders_import (import_id=?)"), plan);
      assertTrue(!plan.contains("SCAN orders"), plan);
    }
  }

  @Test
  void anImportsOrdersAreFoundWithoutAScan() throws Exception {
    Instant now = Instant.parse("2026-11-20T02:00:00Z");
    try (Store store = Store.create(dir.resolve("s.db"), ZoneId.of("Asia/Shanghai"), now)) {
      String plan = plan(store, "SELECT count(*) FROM orders o WHERE o.import_id = 7");
      assertTrue(plan.contains("USING COVERING INDEX orders_import (import_id=?)"), plan);
    }
  }
}
