package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.shopops.domain.order.Order;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteUpdateListener;

/**
 * Ctrl-C in the shell interrupts the statement the order writer is running (SQLite's interrupt). An
 * INSERT interrupted inside a transaction makes SQLite roll the whole transaction back by itself
 * and go back to autocommit, unknown to the JDBC driver: every statement after that is committed on
 * its own. A batch queued behind the interrupted one must then not be written, or the file's orders
 * stay in the store after the shell said "nothing from this file was written" (the
 * ShellTerminalTest failure of 5b10d35: 200 orders, one batch). The interrupt comes here at the
 * worst moment, deterministically: in the writer's first write, with batches queued behind it.
 */
@Timeout(120)
class ImportCancelTest {
  @TempDir Path dir;

  /** A first load into an empty store, in WAL (the file is below the bulk-load size). */
  @Test
  void anInterruptedFirstLoadLeavesTheStoreAsItWas() throws Exception {
    interruptedImportLeavesTheStoreAsItWas(1_000, false);
  }

  /** A first load of a large file: a bulk load, in SQLite's rollback journal. */
  @Test
  void anInterruptedBulkLoadLeavesTheStoreAsItWas() throws Exception {
    interruptedImportLeavesTheStoreAsItWas(ImportSession.LARGE_IMPORT_BYTES, false);
  }

  /** A daily import into a store that has orders: merged into them. */
  @Test
  void anInterruptedIncrementalImportLeavesTheStoreAsItWas() throws Exception {
    interruptedImportLeavesTheStoreAsItWas(1_000, true);
  }

  private void interruptedImportLeavesTheStoreAsItWas(long bytes, boolean hasOrders)
      throws Exception {
    Path db = dir.resolve("s.db");
    try (Store s = Store.create(db, ZoneId.of("Asia/Shanghai"), ImportSessionTest.T)) {
      if (hasOrders) {
        ImportSessionTest.importOrders(s, 100, orders(0, 3)); // O0..O2, one import
      }
      String before = contents(s);
      ImportSession session =
          ImportSession.begin(
              s, "orders", "o.csv", "sha", "generic", "UTF-8", ImportSessionTest.T, bytes);
      OrderWriter w = session.orders("generic");
      SQLiteConnection conn = (SQLiteConnection) s.connection();
      CountDownLatch queued = new CountDownLatch(1);
      AtomicBoolean interrupted = new AtomicBoolean();
      SQLiteUpdateListener ctrlC =
          (type, database, table, rowId) -> {
            if (table.equals("orders")
                && Thread.currentThread().getName().equals("shopops-order-writer")
                && interrupted.compareAndSet(false, true)) {
              // the writer's first order row: Ctrl-C now, in the middle of the statement writing
              // the batch, with batches queued behind it
              await(queued);
              s.interrupt(); // what the shell does on Ctrl-C
            }
          };
      conn.addUpdateListener(ctrlC);
      // three handovers: the first is being written when the interrupt comes, two wait behind it;
      // their orders name a currency, the first's do not, so that they are written by statements
      // of their own (the interrupted statement cannot run again: the driver closes it)
      List<Order> file = new ArrayList<>();
      file.addAll(orders(1_000, OrderWriter.BATCH * OrderWriter.HANDOFF, null));
      file.addAll(orders(5_000, OrderWriter.BATCH * OrderWriter.HANDOFF * 2, "CNY"));
      for (Order o : file) {
        w.add(o, null);
      }
      queued.countDown();
      awaitAllWritesEnded(w);
      conn.removeUpdateListener(ctrlC);
      assertThrows(SQLException.class, w::finish, "the interrupted write is reported");
      session.rollback(); // as ImportFailure does: "cancelled (Ctrl-C); nothing ... was written"
      session.close();
      assertEquals(before, contents(s), "the store is as it was before the import");
    }
    try (Store again = Store.open(db, ImportSessionTest.T)) {
      assertEquals(
          hasOrders ? "3" : "0", ImportSessionTest.query(again, "SELECT count(*) FROM orders"));
    }
  }

  /**
   * Waits until every handed-over write has ended (written, failed or skipped): the writer's slots
   * are all free again. No timing: the condition, or the test's timeout.
   */
  private static void awaitAllWritesEnded(OrderWriter w) throws Exception {
    var background = OrderWriter.class.getDeclaredField("background");
    background.setAccessible(true);
    var slots = WriterThread.class.getDeclaredField("slots");
    slots.setAccessible(true);
    Semaphore free = (Semaphore) slots.get(background.get(w));
    while (free.availablePermits() < WriterThread.IN_FLIGHT) {
      Thread.sleep(10);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        fail("the test thread never queued the batches");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What an import could have changed: orders, their lines, customers, imports, anomalies. */
  private static String contents(Store s) throws Exception {
    return ImportSessionTest.query(
        s,
        "SELECT (SELECT count(*) FROM orders) || '/' || (SELECT count(*) FROM order_lines)"
            + " || '/' || (SELECT count(*) FROM customers) || '/' || (SELECT count(*) FROM imports)"
            + " || '/' || (SELECT count(*) FROM anomalies)"
            + " || '/' || (SELECT coalesce(group_concat(order_id || ':' || status || ':' || amount, ','), '')"
            + " FROM orders)");
  }

  private static List<Order> orders(int from, int n) {
    return orders(from, n, null);
  }

  private static List<Order> orders(int from, int n, String currency) {
    List<Order> out = new ArrayList<>(n);
    for (int i = from; i < from + n; i++) {
      out.add(ImportSessionTest.order("O" + i, currency, null, ImportSessionTest.oneLine(500L)));
    }
    return out;
  }
}
