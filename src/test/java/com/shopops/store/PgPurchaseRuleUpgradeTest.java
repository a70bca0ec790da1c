package com.shopops.store;

import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Upgrading a PostgreSQL store of schema 22 (V024, review13 M9), as PurchaseRuleUpgradeTest on
 * SQLite: a buyer whose order was closed after payment had no figures (the old rule left it out);
 * the upgrade adds it up, so the maintained figures equal the raw rows added up with the one rule,
 * and the refunds of such an order reach them from then on.
 */
@Tag("postgres")
class PgPurchaseRuleUpgradeTest {
  @Test
  void theUpgradeAddsTheBuyersOfOrdersClosedAfterPayment() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    try (Connection conn = pg.connection(db)) {
      Migrations.migrate(conn, StoreUpgradeTest.T, 22);
      conn.setAutoCommit(false);
      PurchaseRuleUpgradeTest.storedBySchema22(conn);
      conn.commit();
    }
    try (Store s = Store.open(pg.url(db), Map.of(), StoreUpgradeTest.T, null)) {
      PurchaseRuleUpgradeTest.assertUpgraded(s);
    }
  }
}
