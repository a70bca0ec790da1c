package com.shopops.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * A note beside the store ({@code STORE-writer}) naming the import that holds its write lock, so
 * that a command waiting for the store can say what it waits for: {@code the import of orders.csv
 * (started 10:02 Asia/Shanghai)}, the time in the store zone, named. Written once the import has
 * the lock, removed when it commits or rolls back. Only a hint: a note whose process is gone
 * (killed) is ignored, and every failure to write or read one is silent, the store's own locking
 * being the rule.
 */
final class WriterNote {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Path file;

  /** What this note says: another writer's note, left once this one's lock was released, stays. */
  private final String text;

  private WriterNote(Path file, String text) {
    this.file = file;
    this.text = text;
  }

  static Path pathFor(Path store) {
    return Path.of(store + "-writer");
  }

  /**
   * Leaves the note for an import of {@code what} (a file) started at {@code startedAt}, read in
   * {@code zone}; the returned note is removed with {@link #remove}.
   */
  static WriterNote leave(Path store, String kind, String what, Instant startedAt, ZoneId zone) {
    Path file = pathFor(store);
    String name = what == null ? "" : Path.of(what).getFileName().toString();
    String text =
        String.join(
                "\t",
                kind,
                name.replace('\t', ' ').replace('\n', ' '),
                Long.toString(startedAt.getEpochSecond()),
                zone.getId(),
                Long.toString(ProcessHandle.current().pid()))
            + "\n";
    try {
      Files.deleteIfExists(file);
      Store.createPrivateFile(file); // 0600, as the store
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException | RuntimeException e) {
      // a read-only directory or a full disk: the import goes on, a waiting command is vaguer
    }
    return new WriterNote(file, text);
  }

  /**
   * Removes the note, unless it is another writer's by now: an import that committed and then
   * waited to put the store back in WAL mode (a bulk load) removed the note of the import that had
   * taken the store meanwhile, and a command waiting for that one could no longer name it
   * (tryout31b B6).
   */
  void remove() {
    try {
      if (Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
        Files.deleteIfExists(file);
      }
    } catch (IOException | RuntimeException ignored) {
      // stale notes are ignored by their dead process id
    }
  }

  /**
   * What holds the store, in the words of the waiting message ({@code the import of orders.csv
   * (started 10:02 Asia/Shanghai)}: the store zone, named), when a live shopops left a note; the
   * start's day is named when it was not today.
   */
  static Optional<String> holder(Path store, Instant now) {
    try {
      List<String> lines = Files.readAllLines(pathFor(store), StandardCharsets.UTF_8);
      if (lines.isEmpty()) {
        return Optional.empty();
      }
      String[] f = lines.get(0).split("\t", -1);
      if (f.length != 5) {
        return Optional.empty();
      }
      long pid = Long.parseLong(f[4]);
      if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
        return Optional.empty(); // killed: its lock went with it
      }
      ZoneId zone = ZoneId.of(f[3]);
      ZonedDateTime started = Instant.ofEpochSecond(Long.parseLong(f[2])).atZone(zone);
      boolean today = started.toLocalDate().equals(LocalDate.ofInstant(now, zone));
      // the store zone named: the operator waiting may be in another one (review10 J8 f)
      String when = (today ? TIME : DAY_TIME).format(started) + " " + zone.getId();
      String file = f[1].isEmpty() ? "" : " of " + f[1];
      return Optional.of("the " + f[0] + file + " (started " + when + ")");
    } catch (IOException | NumberFormatException | DateTimeException | SecurityException e) {
      return Optional.empty();
    }
  }
}
