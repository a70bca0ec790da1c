package com.shopops.cli;

import org.junit.jupiter.api.Tag;

/**
 * {@link PresaleLateExportTest} on PostgreSQL: a staged presale's paid time capped at its shipped /
 * received / closed time and at a later shipments file's first outbound, the closed deposit-only
 * presale's deposit, the same figures.
 */
@Tag("postgres")
class PgPresaleLateExportTest extends PresaleLateExportTest {
  private final PgTwinStore pg = new PgTwinStore();

  @Override
  CliRunner newStore() {
    return pg.init(dir);
  }

  @Override
  String q(CliRunner cli, String query) throws Exception {
    return pg.q(query);
  }

  @Override
  String slaKept() {
    return "SELECT kind, span_day, key_day, carrier, province, settled_at, counts,"
        + " upper(encode(to_ship, 'hex')), upper(encode(to_deliver, 'hex')) FROM sla_figures"
        + " ORDER BY 1, 2, 3, 4, 5";
  }
}
