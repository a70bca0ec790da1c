package com.shopops.app.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.shopops.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file is read once, as it was: one that grows while it is imported is refused, store unchanged.
 */
class ChangedWhileReadTest {
  private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

  @TempDir Path dir;

  @Test
  void aFileThatGrowsDuringTheImportIsRefusedAndNothingIsWritten() throws Exception {
    Path f = dir.resolve("orders.csv");
    Files.writeString(
        f,
        "order_id,customer_id,paid_at,amount\n" + "A1,C1,2026-11-01 10:00:00,10.00\n",
        StandardCharsets.UTF_8);
    ImportOptions options = ImportOptions.of(ImportKind.ORDERS);
    try (Store store = Store.create(dir.resolve("shop.db"), ZoneId.of("Asia/Shanghai"), NOW)) {
      ImportProgress appender =
          new ImportProgress() {
            private boolean appended;

            @Override
            public void update(String file, long bytesRead, long size) {
              if (!appended) { // the export is still being written while shopops reads it
                appended = true;
                try {
                  Files.writeString(
                      f, "A2,C1,2026-11-01 11:00:00,5.00\n", StandardOpenOption.APPEND);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
            }

            @Override
            public void done() {}
          };
      ImportService imports = new ImportService(store, () -> NOW, appender);
      ImportException e =
          assertThrows(
              ImportException.class,
              () ->
                  imports.importFiles(
                      options, List.of(new ImportSource(f, "orders.csv")), r -> {}));
      assertEquals(
          "orders.csv: changed while being read (its size or modification time changed"
              + " during the import); nothing from it was written",
          e.getMessage());
      assertEquals("import it again once the export is complete", e.hint());
      assertEquals(0, count(store, "orders"));
      assertEquals(0, count(store, "imports"));

      // read again, as it is now: both rows, and the sha256 of these bytes
      ImportService again =
          new ImportService(
              store,
              () -> NOW,
              new ImportProgress() {
                @Override
                public void update(String file, long bytesRead, long size) {}

                @Override
                public void done() {}
              });
      again.importFiles(options, List.of(new ImportSource(f, "orders.csv")), r -> {});
      assertEquals(2, count(store, "orders"));
    }
  }

  /** The rows of {@code table} in the store, read on a connection of its own. */
  static long count(Store store, String table) throws SQLException {
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store.path());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
