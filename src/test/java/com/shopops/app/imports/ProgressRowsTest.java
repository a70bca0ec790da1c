package com.shopops.app.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar's rows keep pace with its bytes: reading does not run megabytes ahead of the
 * rows parsed (a large file once showed "0 rows" at 10 %).
 */
class ProgressRowsTest {
  private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

  @TempDir Path dir;

  @Test
  void bytesReportedNeverRunFarAheadOfTheRowsRead() throws Exception {
    Path f = dir.resolve("orders.csv");
    StringBuilder csv = new StringBuilder("order_id,customer_id,paid_at,amount\n");
    int n = 40_000; // about 1.5 MB
    for (int i = 0; i < n; i++) {
      csv.append("A").append(i).append(",C").append(i % 97).append(",2026-11-01 10:00:00,10.00\n");
    }
    Files.writeString(f, csv, StandardCharsets.UTF_8);
    long size = Files.size(f);
    long bytesPerRow = size / n + 1;
    ImportOptions options = ImportOptions.of(ImportKind.ORDERS);
    List<long[]> seen = new ArrayList<>();
    ImportProgress recorder =
        new ImportProgress() {
          private long rows;

          @Override
          public void update(String file, long bytesRead, long size) {
            seen.add(new long[] {bytesRead, rows});
          }

          @Override
          public void rows(long rows) {
            this.rows = rows;
          }

          @Override
          public void done() {}
        };
    try (Store store = Store.create(dir.resolve("shop.db"), ZoneId.of("Asia/Shanghai"), NOW)) {
      new ImportService(store, () -> NOW, recorder)
          .importFiles(options, List.of(new ImportSource(f, "orders.csv")), r -> {});
    }
    assertEquals(size, seen.get(seen.size() - 1)[0]);
    long worst = 0;
    for (long[] s : seen) {
      worst = Math.max(worst, s[0] - s[1] * bytesPerRow);
    }
    // a read buffer or two ahead of the row loop, not the whole file
    assertTrue(worst <= 256 * 1024, "bytes read ahead of the rows: " + worst);
  }
}
