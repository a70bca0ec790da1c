package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cached copy of SQLite's native library: made once, whole, found again, remade if damaged. */
class NativeSqliteTest {
  @TempDir Path tmp;

  private static byte[] libraryInJar() throws IOException {
    String resource =
        org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath()
            + "/"
            + org.sqlite.util.LibraryLoaderUtil.getNativeLibName();
    try (InputStream in = org.sqlite.JDBC.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aMissingCacheDirectoryIsMadeAndHoldsTheLibraryAndItsIndex() throws Exception {
    Path dir = tmp.resolve("cache/shopops");
    Path lib = NativeSqlite.cached(dir);
    assertEquals(dir, lib.getParent());
    assertArrayEquals(libraryInJar(), Files.readAllBytes(lib));
    List<String> names = names(dir);
    assertEquals(2, names.size(), names.toString()); // the library and the index, no .part left
    String index = names.stream().filter(n -> n.endsWith(".txt")).findFirst().orElseThrow();
    assertEquals(
        lib.getFileName() + " " + Files.size(lib) + "\n",
        Files.readString(dir.resolve(index), StandardCharsets.UTF_8));
  }

  @Test
  void theSecondStartFindsTheCopyWithoutWritingIt() throws Exception {
    Path dir = tmp.resolve("c");
    Path lib = NativeSqlite.cached(dir);
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(lib, old);
    assertEquals(lib, NativeSqlite.cached(dir));
    assertEquals(old, Files.getLastModifiedTime(lib));
  }

  @Test
  void aTruncatedCopyOrABrokenIndexIsMadeAgain() throws Exception {
    Path dir = tmp.resolve("c");
    Path lib = NativeSqlite.cached(dir);
    Files.write(lib, new byte[] {1, 2, 3}); // a copy cut short (not by shopops: it renames)
    assertEquals(lib, NativeSqlite.cached(dir));
    assertArrayEquals(libraryInJar(), Files.readAllBytes(lib));
    for (String n : names(dir)) {
      if (n.endsWith(".txt")) {
        Files.writeString(dir.resolve(n), "../../etc/passwd 12\n");
      }
    }
    assertEquals(lib, NativeSqlite.cached(dir));
    assertEquals(2, names(dir).size());
  }

  @Test
  void startsAtOnceEachGetAWholeCopy() throws Exception {
    Path dir = tmp.resolve("c");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Path>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit((Callable<Path>) () -> NativeSqlite.cached(dir)));
      }
      byte[] expected = libraryInJar();
      for (Future<Path> f : results) {
        assertArrayEquals(expected, Files.readAllBytes(f.get()));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(2, names(dir).size(), names(dir).toString());
  }

  @Test
  void aCacheThatCannotBeMadeIsAnErrorThePrepareStepSwallows() throws Exception {
    Path file = tmp.resolve("not-a-directory");
    Files.writeString(file, "x");
    assertThrows(IOException.class, () -> NativeSqlite.cached(file.resolve("shopops")));
    assertTrue(Files.isRegularFile(file));
  }
}
