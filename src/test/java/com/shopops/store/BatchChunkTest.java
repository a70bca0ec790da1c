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

  /**
   * The order upsert is written in three sizes only (a full batch, 16, one): preparing it costs a
   * tenth of a second of CPU whatever its row count, so a file's short batches prepare at most two
   * statements beside the full batch's.
   */
  @Test
  void upsertChunksAreFullBatchesSixteensAndSingleRows() {
    for (int rows = 1; rows <= 3 * OrderWriter.BATCH + 7; rows++) {
      int sum = 0;
      int statements = 0;
      java.util.Set<Integer> sizes = new java.util.HashSet<>();
      for (int from = 0, n; from < rows; from += n) {
        n = BatchStatements.upsertChunk(rows - from);
        assertTrue(n <= rows - from, rows + ": " + n);
        sizes.add(n);
        sum += n;
        statements++;
      }
      assertEquals(rows, sum);
      assertTrue(
          java.util.Set.of(OrderWriter.BATCH, 16, 1).containsAll(sizes), rows + ": " + sizes);
      assertTrue(statements <= rows / OrderWriter.BATCH + 12 + 15, rows + ": " + statements);
    }
    assertEquals(OrderWriter.BATCH, BatchStatements.upsertChunk(319));
    assertEquals(16, BatchStatements.upsertChunk(119));
    assertEquals(1, BatchStatements.upsertChunk(7));
  }

  /**
   * A size binds every column a batch of it bound before: one statement per column met, at most.
   */
  @Test
  void aSizeBindsEveryColumnBoundBeforeAtThatSize() {
    BatchStatements b = new BatchStatements(null);
    assertEquals(0b0011, b.widened(OrderWriter.BATCH, 0b0011));
    assertEquals(0b0111, b.widened(OrderWriter.BATCH, 0b0100));
    assertEquals(0b0111, b.widened(OrderWriter.BATCH, 0b0001));
    assertEquals(0b1000, b.widened(64, 0b1000)); // another size: its own
    assertEquals(0b0101, b.widened(3, 0b0101)); // a size not kept: its own columns
    assertEquals(0b0010, b.widened(3, 0b0010));
  }
}
