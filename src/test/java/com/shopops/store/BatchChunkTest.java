package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A batch of any size is written in full batches and kept power-of-two statements. */
class BatchChunkTest {
  @Test
  void chunksAreFullBatchesThenPowersOfTwoAndAddUp() {
    for (int rows = 1; rows <= 3 * OrderWriter.BATCH + 7; rows++) {
      int sum = 0;
      int statements = 0;
      for (int from = 0, n; from < rows; from += n) {
        n = BatchStatements.chunk(rows - from);
        assertTrue(n == OrderWriter.BATCH || Integer.bitCount(n) == 1, rows + ": " + n);
        assertTrue(n <= rows - from, rows + ": " + n);
        sum += n;
        statements++;
      }
      assertEquals(rows, sum);
      assertTrue(statements <= rows / OrderWriter.BATCH + 8, rows + ": " + statements);
    }
  }
}
