package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ReturnsAboveLinesTest} on PostgreSQL: the same summaries, anomalies, check rows and
 * refusals as on SQLite (the stage's lines given to an order stored without any, tryout29a A3).
 */
@Tag("postgres")
class PgReturnsAboveLinesTest {
  @TempDir Path dir;

  @Test
  void sameAsOnSqlite() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    Path file = dir.resolve("s.db");
    String onSqlite = ReturnsAboveLinesTest.steps(new CliRunner(dir).store(file.toString()), dir);
    String onPg = ReturnsAboveLinesTest.steps(new CliRunner(dir).store(pg.url(db)), dir);
    assertEquals(onSqlite, onPg);
    assertTrue(
        onPg.contains(
            "items_h.csv: 1 row, 1 order (0 new, 1 updated, 0 unchanged), 1 line item, 1 anomaly"),
        onPg);
    assertTrue(onPg.contains("RX of order G1 SKU A1: 2 returned, 1 bought"), onPg);
  }
}
