package com.shopops.app.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.store.Store;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in the shell interrupts the import's thread: wherever the import is, it stops with
 * "cancelled (Ctrl-C)" and writes nothing — while a large file is first read whole (its sha256 and
 * encoding), and after the last row, before the commit.
 */
class CtrlCImportTest {
  private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
  private static final ImportOptions ORDERS = EncodingImportTest.orders();

  @TempDir Path dir;

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void ctrlCWhileALargeFileIsFirstReadCancelsTheImport() throws Exception {
    Path f = dir.resolve("big.csv"); // above the 4 MiB head: sniffed whole before its rows are read
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("order_id,customer_id,paid_at,amount\n");
      for (int i = 0; (long) i * 40 < SniffedFile.HEAD_SNIFF_BYTES + (1 << 20); i++) {
        w.write("SO" + (1_000_000 + i) + ",C" + (i % 500) + ",2026-11-01 10:00:00,10.00\n");
      }
    }
    try (Store store = Store.create(dir.resolve("shop.db"), ZoneId.of("Asia/Shanghai"), NOW)) {
      ImportService imports = new ImportService(store, () -> NOW, silent(0));
      Thread.currentThread().interrupt(); // Ctrl-C before the first byte
      UserException e =
          assertThrows(
              UserException.class,
              () -> imports.importFiles(ORDERS, List.of(new ImportSource(f, "big.csv")), r -> {}));
      Thread.interrupted();
      assertEquals(ExitCodes.INTERRUPTED, e.exitCode());
      assertEquals(
          "big.csv: cancelled (Ctrl-C); nothing from this file was written", e.getMessage());
      assertEquals(0, ChangedWhileReadTest.count(store, "orders"));
      assertEquals(0, ChangedWhileReadTest.count(store, "imports"));
    }
  }

  @Test
  void ctrlCAfterTheLastRowRollsTheImportBack() throws Exception {
    Path f = dir.resolve("orders.csv");
    Files.writeString(
        f,
        "order_id,customer_id,paid_at,amount\n"
            + "A1,C1,2026-11-01 10:00:00,10.00\n"
            + "A2,C1,2026-11-01 11:00:00,5.00\n",
        StandardCharsets.UTF_8);
    try (Store store = Store.create(dir.resolve("shop.db"), ZoneId.of("Asia/Shanghai"), NOW)) {
      ImportService imports = new ImportService(store, () -> NOW, silent(2));
      UserException e =
          assertThrows(
              UserException.class,
              () ->
                  imports.importFiles(ORDERS, List.of(new ImportSource(f, "orders.csv")), r -> {}));
      Thread.interrupted();
      assertEquals(ExitCodes.INTERRUPTED, e.exitCode());
      assertEquals(
          "orders.csv: cancelled (Ctrl-C); nothing from this file was written", e.getMessage());
      assertEquals(0, ChangedWhileReadTest.count(store, "orders"));
      assertEquals(0, ChangedWhileReadTest.count(store, "imports"));
    }
  }

  /** A progress that says nothing and, at row {@code interruptAt} (0: never), presses Ctrl-C. */
  private static ImportProgress silent(long interruptAt) {
    return new ImportProgress() {
      @Override
      public void update(String file, long bytesRead, long size) {}

      @Override
      public void rows(long rows) {
        if (rows == interruptAt) {
          Thread.currentThread().interrupt();
        }
      }

      @Override
      public void done() {}
    };
  }
}
