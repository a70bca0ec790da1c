package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store is upgraded by the names of its recorded migrations, not by their positions (tryout23a
 * A5): a store an integration build left with {@code 41|V042__presale_paid_in_full.sql} (before
 * V041 landed) was upgraded by running V042 again ("duplicate column name: deposited_at").
 */
class MigrationNamesTest {
  @TempDir Path dir;

  /** The store as that build left it: V001..V040, then V042 recorded as version 41. */
  static void v042AsVersion41(Connection conn) throws Exception {
    Migrations.migrate(conn, StoreUpgradeTest.T, 40);
    conn.setAutoCommit(false);
    try (Statement st = conn.createStatement()) {
      for (String sql :
          Migrations.statements(
              new String(
                  Migrations.class
                      .getResourceAsStream(
                          Dialect.of(conn).migrations + "V042__presale_paid_in_full.sql")
                      .readAllBytes(),
                  java.nio.charset.StandardCharsets.UTF_8))) {
        st.execute(sql);
      }
      Dialect.of(conn).recordVersion(st, 41);
      st.execute(
          "INSERT INTO schema_migrations (version, name, applied_at)"
              + " VALUES (41, 'V042__presale_paid_in_full.sql', 0)");
    }
    conn.commit();
    conn.setAutoCommit(true);
  }

  static final String REFUSED =
      ": its schema version 41 records V042__presale_paid_in_full.sql, but step 41 of this"
          + " shopops is V041__amount_before_discount.sql";

  @Test
  void aStoreWhoseVersionRecordsAnotherMigrationIsRefusedUnchanged() throws Exception {
    Path db = dir.resolve("old.db");
    try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = conn.createStatement()) {
      v042AsVersion41(conn);
      st.execute("INSERT INTO settings (key, value) VALUES ('zone', 'Asia/Shanghai')");
    }
    StoreException e = assertThrows(StoreException.class, () -> Store.open(db, StoreUpgradeTest.T));
    assertEquals("store " + db + REFUSED, e.getMessage());
    assertEquals(
        "another build of shopops upgraded it (a migration in a different order): open it with"
            + " that build, or restore a backup; nothing was changed",
        e.hint());
    try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT max(version), count(*) FROM schema_migrations")) {
      rs.next();
      assertEquals(41, rs.getInt(1)); // nothing applied
      assertEquals(41, rs.getInt(2));
    }
  }
}
