package com.shopops.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The order writer's background thread: runs the handed-over writes in order, at most {@value
 * #IN_FLIGHT} waiting, so memory stays flat. A failed write is rethrown to the caller at its next
 * handover or when it waits for all, and the writes queued behind it are not run.
 */
final class WriterThread implements AutoCloseable {
  static final int IN_FLIGHT = 4;

  /** Writes on the background thread. */
  interface Work {
    void run() throws SQLException;
  }

  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "shopops-order-writer");
            t.setDaemon(true);
            return t;
          });
  private final Semaphore slots = new Semaphore(IN_FLIGHT);
  private final List<Future<?>> queued = new ArrayList<>();

  /**
   * Set when a write failed or the writer is closed: the writes still queued are skipped. A write
   * must never run after one that failed: when SQLite interrupts a write (Ctrl-C in the shell) it
   * rolls the whole transaction back by itself and goes back to autocommit, unknown to the driver,
   * so every statement after it is committed on its own, before the import's rollback (which then
   * finds no transaction) — 200 orders per batch of a file the user was told "nothing from this
   * file was written" (ShellTerminalTest on 5b10d35; ImportCancelTest).
   */
  private volatile boolean stopped;

  /** Queues work, waiting while {@value #IN_FLIGHT} are queued already. */
  void submit(Work work) throws SQLException {
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("import interrupted", e);
    }
    checkFailures(false);
    queued.add(
        background.submit(
            () -> {
              try {
                if (!stopped) {
                  work.run();
                }
              } catch (Throwable t) {
                stopped = true; // before the slot is freed and the failure seen
                throw t;
              } finally {
                slots.release();
              }
              return null;
            }));
  }

  /** Rethrows the first failure of a queued write; with {@code all}, waits for every write. */
  void checkFailures(boolean all) throws SQLException {
    var it = queued.iterator();
    while (it.hasNext()) {
      Future<?> f = it.next();
      if (!all && !f.isDone()) {
        continue;
      }
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("import interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof SQLException sql) {
          throw sql;
        }
        throw new IllegalStateException(e.getCause());
      }
      it.remove();
    }
  }

  /**
   * Stops the thread (after the write it is doing, if any; the queued ones are skipped), and waits
   * for it, however long that write takes, even when the caller was interrupted (Ctrl-C): the
   * transaction is rolled back only after this returns, and a write still running then would land
   * in the next transaction, to be committed when the connection goes back to autocommit — 400
   * orders of a file the user was told "nothing was written". (It waited at most a minute before: a
   * write held up longer, by a PostgreSQL lock, was then committed.)
   */
  @Override
  public void close() {
    stopped = true;
    background.shutdownNow();
    boolean interrupted = false;
    while (!background.isTerminated()) {
      try {
        background.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        interrupted = true; // said again below, once the writer has stopped
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
