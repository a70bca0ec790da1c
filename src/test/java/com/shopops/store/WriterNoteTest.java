package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriterNoteTest {
  @TempDir Path dir;

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant STARTED = Instant.parse("2026-12-04T02:02:30Z"); // 10:02 there

  @Test
  void aLiveImportIsNamedWithItsFileAndStartInTheStoreZone() throws Exception {
    Path store = dir.resolve("shop.db");
    WriterNote note = WriterNote.leave(store, "import", "/data/in/orders.csv", STARTED, SHANGHAI);
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(store + "-writer"))));
    assertEquals(
        Optional.of("the import of orders.csv (started 10:02 Asia/Shanghai)"),
        WriterNote.holder(store, STARTED.plusSeconds(600)));
    // past midnight in the store zone the day is named
    assertEquals(
        Optional.of("the import of orders.csv (started 2026-12-04 10:02 Asia/Shanghai)"),
        WriterNote.holder(store, Instant.parse("2026-12-04T16:30:00Z")));
    note.remove();
    assertFalse(Files.exists(Path.of(store + "-writer")));
    assertEquals(Optional.empty(), WriterNote.holder(store, STARTED));
  }

  @Test
  void aNoteRemovesOnlyItselfNotTheNoteOfTheImportThatTookTheStoreAfterIt() throws Exception {
    Path store = dir.resolve("shop.db");
    WriterNote first = WriterNote.leave(store, "import", "pA.csv", STARTED, SHANGHAI);
    WriterNote second =
        WriterNote.leave(store, "import", "pB.csv", STARTED.plusSeconds(4), SHANGHAI);
    first.remove(); // pA, done, after pB took the store: pB's note stays
    assertEquals(
        Optional.of("the import of pB.csv (started 10:02 Asia/Shanghai)"),
        WriterNote.holder(store, STARTED.plusSeconds(600)));
    second.remove();
    assertFalse(Files.exists(Path.of(store + "-writer")));
  }

  @Test
  void theNoteOfAKilledProcessOrAGarbledNoteIsIgnored() throws Exception {
    Path store = dir.resolve("shop.db");
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Files.writeString(
        Path.of(store + "-writer"),
        "import\torders.csv\t"
            + STARTED.getEpochSecond()
            + "\tAsia/Shanghai\t"
            + gone.pid()
            + "\n");
    assertEquals(Optional.empty(), WriterNote.holder(store, STARTED));
    Files.writeString(Path.of(store + "-writer"), "import\torders.csv\tnot-a-time\tMars/Base\t1\n");
    assertEquals(Optional.empty(), WriterNote.holder(store, STARTED));
  }
}
