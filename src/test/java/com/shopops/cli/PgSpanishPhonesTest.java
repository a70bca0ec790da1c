package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/**
 * {@link SpanishPhonesTest} on PostgreSQL: a customer list's rows go through the COPY stage, and a
 * phone that lost its + keeps the stored one there too (review17 R9, R17, R18).
 */
@Tag("postgres")
class PgSpanishPhonesTest extends SpanishPhonesTest {
  @Override
  CliRunner runner() {
    TestPostgres pg = TestPostgres.get();
    return new CliRunner(dir).store(pg.url(pg.newDatabase()));
  }
}
