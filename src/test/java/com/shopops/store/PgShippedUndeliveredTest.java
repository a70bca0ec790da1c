package com.shopops.store;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@link ShippedUndeliveredTest}'s count on PostgreSQL. */
@Tag("postgres")
class PgShippedUndeliveredTest {
  @Test
  void countsByTheShipmentRecordsTimeEitherWay() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    Store.create(pg.url(db), Map.of(), ZoneId.of("Asia/Shanghai"), "CNY", ShippedUndeliveredTest.T)
        .close();
    try (Store store = Store.open(pg.url(db), Map.of(), ShippedUndeliveredTest.T, null)) {
      ShippedUndeliveredTest.countsByTheShipmentRecordsTimeEitherWay(store);
    }
  }
}
