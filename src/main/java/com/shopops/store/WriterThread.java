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
 * handover or when it waits for all.
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
                work.run();
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
   * Stops the thread (after the write it is doing, if any), and waits for it even when the caller
   * was interrupted (Ctrl-C): the transaction is rolled back only after this returns, and a write
   * still running then would land in the next transaction, to be committed when the connection goes
   * back to autocommit — 400 orders of a file the user was told "nothing was written".
   */
  @Override
  public void close() {
    background.shutdownNow();
    boolean interrupted = false;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (!background.isTerminated() && System.nanoTime() < deadline) {
      try {
        background.awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        interrupted = true; // said again below, once the writer has stopped
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
