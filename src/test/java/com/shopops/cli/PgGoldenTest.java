package com.shopops.cli;

import com.shopops.store.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden CLI tests again, each file's store a database on a throwaway PostgreSQL server ({@link
 * TestPostgres}): the same commands must print the same. Files that cannot pass there by nature (an
 * SQLite fixture, backup, integrity checks of a file) are listed in {@link #SQLITE_ONLY}.
 */
@Tag("postgres")
class PgGoldenTest {
  /** Golden files about the SQLite file itself. */
  static final List<String> SQLITE_ONLY = List.of();

  /**
   * Files that do not pass on PostgreSQL yet (the commands still to port): each is run, and
   * reported as aborted while it fails; one that passes fails the test until it is taken off this
   * list.
   */
  static final List<String> PENDING = List.of();

  /** -Dgolden.only=REGEX runs only the files whose name matches. */
  static final String ONLY = System.getProperty("golden.only", ".*");

  static final GoldenTest.Backend POSTGRES =
      new GoldenTest.Backend() {
        @Override
        public String newStore(Path tmp) {
          TestPostgres pg = TestPostgres.get();
          return pg.url(pg.newDatabase());
        }

        @Override
        public boolean exists(String store) {
          return true;
        }

        @Override
        public String snapshot(String store) {
          TestPostgres pg = TestPostgres.get();
          return pg.newDatabase(database(store));
        }

        @Override
        public void copy(String snapshot, String store) {
          TestPostgres pg = TestPostgres.get();
          String db = database(store);
          pg.sql("DROP DATABASE " + db, "CREATE DATABASE " + db + " TEMPLATE " + snapshot);
        }

        @Override
        public String toString() {
          return "postgresql";
        }
      };

  static String database(String url) {
    return url.substring(url.lastIndexOf('/') + 1);
  }

  @TestFactory
  Stream<DynamicTest> golden() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(GoldenTest.GOLDEN)) {
      files = s.filter(p -> p.toString().endsWith(".test")).sorted().toList();
    }
    return files.stream()
        .filter(f -> !SQLITE_ONLY.contains(GoldenTest.GOLDEN.relativize(f).toString()))
        .filter(f -> GoldenTest.GOLDEN.relativize(f).toString().matches(ONLY))
        .map(
            f ->
                DynamicTest.dynamicTest(
                    GoldenTest.GOLDEN.relativize(f).toString(),
                    f.toUri(),
                    () -> check(GoldenTest.GOLDEN.relativize(f).toString(), f)));
  }

  private static void check(String name, Path f) throws IOException {
    if (!PENDING.contains(name)) {
      GoldenTest.check(f, POSTGRES);
      return;
    }
    try {
      GoldenTest.check(f, POSTGRES);
    } catch (AssertionError e) {
      String first =
          String.valueOf(e.getMessage()).lines().limit(8).reduce("", (a, b) -> a + "\n" + b);
      Assumptions.abort("pending on PostgreSQL:" + first);
    }
    Assertions.fail(name + " passes on PostgreSQL now: take it off PgGoldenTest.PENDING");
  }
}
