package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Closing the writer waits for the write it is doing even when the closing thread was interrupted
 * (Ctrl-C): the rollback that follows must not race a batch still being written.
 */
class WriterThreadTest {
  @Test
  void closeWaitsForTheRunningWriteEvenWhenInterrupted() throws Exception {
    WriterThread writer = new WriterThread();
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean finished = new AtomicBoolean();
    writer.submit(
        () -> {
          started.countDown();
          // a JDBC batch does not stop when interrupted: it ends when it ends
          long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
          while (System.nanoTime() < until) {
            Thread.onSpinWait();
          }
          finished.set(true);
        });
    assertTrue(started.await(30, TimeUnit.SECONDS));
    Thread.currentThread().interrupt();
    try {
      writer.close();
      assertTrue(finished.get(), "the write in progress ended before close returned");
      assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
    } finally {
      Thread.interrupted(); // leave the test thread clean
    }
  }
}
