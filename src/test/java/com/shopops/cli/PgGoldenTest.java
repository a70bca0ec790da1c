package com.shopops.cli;

import com.shopops.store.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden CLI tests again, each file's store a database on a throwaway PostgreSQL server
 * ({@link TestPostgres}): the same commands must print the same. Files that cannot pass there by
 * nature (an SQLite fixture, backup, integrity checks of a file) are listed in {@link #SQLITE_ONLY}.
 */
@Tag("postgres")
class PgGoldenTest {
  /** Golden files about the SQLite file itself. */
  static final List<String> SQLITE_ONLY = List.of();

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
                    () -> GoldenTest.check(f, POSTGRES)));
  }
}
