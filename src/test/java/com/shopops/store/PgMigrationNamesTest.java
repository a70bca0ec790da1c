package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@link MigrationNamesTest} on PostgreSQL: the names of its dialect's schema_migrations. */
@Tag("postgres")
class PgMigrationNamesTest {
  @Test
  void aStoreWhoseVersionRecordsAnotherMigrationIsRefusedUnchanged() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    try (Connection conn = pg.connection(db);
        Statement st = conn.createStatement()) {
      MigrationNamesTest.v042AsVersion41(conn);
      st.execute("INSERT INTO settings (key, value) VALUES ('zone', 'Asia/Shanghai')");
    }
    StoreException e =
        assertThrows(
            StoreException.class, () -> Store.open(pg.url(db), Map.of(), StoreUpgradeTest.T, null));
    assertEquals(
        "store " + PgUrl.parse(pg.url(db), Map.of()).display() + MigrationNamesTest.REFUSED,
        e.getMessage());
    try (Connection conn = pg.connection(db);
        Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT max(version), count(*) FROM schema_migrations")) {
      rs.next();
      assertEquals(41, rs.getInt(1));
      assertEquals(41, rs.getInt(2));
    }
  }
}
