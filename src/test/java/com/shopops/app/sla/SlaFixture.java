package com.shopops.app.sla;

import com.shopops.cli.CliRunner;
import com.shopops.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The setup the SLA service tests share: a store in Asia/Shanghai (the default rules: ship_within
 * 24h, ship_max 48h) with the orders of one generic csv imported, read as of {@link #AS_OF}.
 */
final class SlaFixture {
  /** 2026-03-03 06:00 in Asia/Shanghai. */
  static final Instant AS_OF = Instant.parse("2026-03-02T22:00:00Z");

  final CliRunner cli;

  /** A store in {@code dir} holding {@code orders} (a generic orders csv, header first). */
  SlaFixture(Path dir, String orders) throws IOException {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    Path file = dir.resolve("orders.csv");
    Files.writeString(file, orders, StandardCharsets.UTF_8);
    cli.expect(0, "import", "orders", file.toString());
  }

  /** The store, its clock at {@link #AS_OF}. */
  Store store() {
    return Store.open(cli.db(), AS_OF);
  }
}
