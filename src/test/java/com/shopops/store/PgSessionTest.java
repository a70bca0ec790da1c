package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The settings of shopops' own session on PostgreSQL. */
@Tag("postgres")
class PgSessionTest {
  private static final Instant NOW = Instant.parse("2026-03-04T00:00:00Z");

  @Test
  void theStoresSessionRunsWithoutJitAndWaitsForLocks() throws SQLException {
    TestPostgres pg = TestPostgres.get();
    String url = pg.url(pg.newDatabase());
    Store.Waiting waiting = new Store.Waiting(Duration.ZERO, m -> {});
    Store.create(url, Map.of(), ZoneId.of("Asia/Shanghai"), "CNY", NOW).close();
    try (Store store = Store.open(url, Map.of(), NOW, waiting);
        Statement st = store.connection().createStatement()) {
      // a report's short queries: compiling them cost more than running them
      assertEquals("off", show(st, "jit"));
      assertEquals("0", show(st, "lock_timeout"));
    }
  }

  private static String show(Statement st, String setting) throws SQLException {
    try (ResultSet rs = st.executeQuery("SHOW " + setting)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
