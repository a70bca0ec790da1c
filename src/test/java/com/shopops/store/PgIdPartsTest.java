package com.shopops.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@link IdPartsTest} on PostgreSQL. */
@Tag("postgres")
class PgIdPartsTest {
  @Test
  void eachIdOnceInPartsOf500() throws SQLException {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    try (Connection conn = pg.connection(db)) {
      IdPartsTest.eachIdOnceInPartsOf500(conn);
    }
  }
}
