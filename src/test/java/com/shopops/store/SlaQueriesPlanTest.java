package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `sla at-risk`/`overdue` must read the small partial index, never every order. */
class SlaQueriesPlanTest {
  @TempDir Path dir;

  @Test
  void theUnshippedQueryUsesThePartialIndex() throws Exception {
    Instant now = Instant.parse("2026-11-20T02:00:00Z");
    try (Store store = Store.create(dir.resolve("s.db"), ZoneId.of("Asia/Shanghai"), now)) {
      StringBuilder plan = new StringBuilder();
      try (Statement st = store.connection().createStatement();
          ResultSet rs =
              st.executeQuery("EXPLAIN QUERY PLAN " + SlaQueries.UNSHIPPED.replace("?", "0"))) {
        while (rs.next()) {
          plan.append(rs.getString("detail")).append('\n');
        }
      }
      assertTrue(plan.toString().contains("USING INDEX orders_unshipped"), plan.toString());
    }
  }
}
