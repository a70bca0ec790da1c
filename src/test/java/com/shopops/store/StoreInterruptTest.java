package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@link Store#interrupt}: Ctrl-C in the shell stops the statement a command is running. */
@Timeout(60)
class StoreInterruptTest {
  static final Instant T = Instant.parse("2026-11-20T02:00:00Z");

  @TempDir Path dir;

  /** A statement that would run for hours. */
  static final String ENDLESS =
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 100000000000)"
          + " SELECT max(x) FROM c";

  @Test
  void interruptStopsTheRunningStatementAndRollsBackItsTransaction() throws Exception {
    Path db = dir.resolve("s.db");
    try (Store s = Store.create(db, ZoneId.of("Asia/Shanghai"), T)) {
      CompletableFuture<SQLException> failure =
          CompletableFuture.supplyAsync(
              () ->
                  assertThrows(
                      SQLException.class,
                      () ->
                          s.inTransaction(
                              conn -> {
                                try (Statement st = conn.createStatement()) {
                                  st.execute(
                                      "INSERT INTO settings (key, value) VALUES ('x.y', 'z')");
                                  return st.executeQuery(ENDLESS).getLong(1);
                                }
                              })));
      Thread.sleep(300);
      long before = System.nanoTime();
      while (!failure.isDone() && System.nanoTime() - before < 10_000_000_000L) {
        s.interrupt();
        Thread.sleep(20);
      }
      SQLException e = failure.get(1, TimeUnit.SECONDS);
      assertTrue(e.getMessage().contains("interrupt"), e.getMessage());
      assertTrue(System.nanoTime() - before < 5_000_000_000L, "stopped at once");
      try (Statement st = s.connection().createStatement();
          ResultSet rs = st.executeQuery("SELECT count(*) FROM settings WHERE key = 'x.y'")) {
        assertEquals(0, rs.getLong(1), "the transaction was rolled back");
      }
    }
  }

  @Test
  void interruptAfterCloseDoesNothing() throws Exception {
    Store s = Store.create(dir.resolve("t.db"), ZoneId.of("Asia/Shanghai"), T);
    s.close();
    s.interrupt(); // no crash, no exception
    s.interrupt();
  }
}
