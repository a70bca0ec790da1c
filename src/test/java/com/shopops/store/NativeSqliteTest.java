package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
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

  /** The library's name in the jar below org/sqlite/native, as the index names it. */
  private static String libraryName() {
    return org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath()
            .substring("/org/sqlite/native/".length())
        + "/"
        + org.sqlite.util.LibraryLoaderUtil.getNativeLibName();
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
        lib.getFileName() + " " + Files.size(lib) + " " + libraryName() + "\n",
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

  /** The stamp a copy as it is now would have: the hash, device, inode, size and times. */
  private static String identity(Path lib, String sha) throws IOException {
    var a = Files.readAttributes(lib, "unix:dev,ino,size,lastModifiedTime,ctime");
    return String.join(
            " ",
            sha,
            a.get("dev").toString(),
            a.get("ino").toString(),
            a.get("size").toString(),
            Long.toString(((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS)),
            Long.toString(((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS)))
        + "\n";
  }

  /** The stamp of the copy {@code lib}, or null when there is none. */
  private static String stampOf(Path lib) throws IOException {
    Path stamp = lib.resolveSibling(lib.getFileName() + ".checked");
    return Files.exists(stamp) ? Files.readString(stamp, StandardCharsets.UTF_8) : null;
  }

  @Test
  void aCopyCheckedOnceIsStampedAndTheStampNamesItsHashAndIdentity() throws Exception {
    long settle = NativeSqlite.settleNanos;
    NativeSqlite.settleNanos = 0; // a copy made now counts as settled
    try {
      Path dir = tmp.resolve("c");
      Path lib = NativeSqlite.cached(dir);
      String stamp = stampOf(lib);
      String sha = NativeSqlite.expectedSha256(libraryName());
      assertEquals(identity(lib, sha), stamp);
      assertEquals(
          "rw-------",
          PosixFilePermissions.toString(
              Files.getPosixFilePermissions(lib.resolveSibling(lib.getFileName() + ".checked"))));
      assertEquals(lib, NativeSqlite.cached(dir)); // found by its stamp
      assertEquals(stamp, stampOf(lib));
      assertEquals(3, names(dir).size(), names(dir).toString()); // library, index, stamp
    } finally {
      NativeSqlite.settleNanos = settle;
    }
  }

  @Test
  void aStampedCopyWrittenToSinceIsHashedAgainAndRemade() throws Exception {
    long settle = NativeSqlite.settleNanos;
    NativeSqlite.settleNanos = 0;
    try {
      Path dir = tmp.resolve("c");
      Path lib = NativeSqlite.cached(dir);
      String stamp = stampOf(lib);
      Thread.sleep(50); // past the file system's clock tick: the write moves the change time
      byte[] damaged = Files.readAllBytes(lib);
      damaged[damaged.length / 2] ^= 1; // same size, same inode
      Files.write(lib, damaged);
      assertEquals(lib, NativeSqlite.cached(dir));
      assertArrayEquals(libraryInJar(), Files.readAllBytes(lib));
      assertNotEquals(stamp, stampOf(lib)); // the new copy's own stamp
    } finally {
      NativeSqlite.settleNanos = settle;
    }
  }

  @Test
  void aCopyMadeJustNowIsNotStamped() throws Exception {
    Path dir = tmp.resolve("c");
    Path lib = NativeSqlite.cached(dir);
    assertEquals(lib, NativeSqlite.cached(dir));
    assertNull(stampOf(lib)); // its times may not show a write within the clock's tick
  }

  @Test
  void aStampWritableByOthersIsNotTrusted() throws Exception {
    long settle = NativeSqlite.settleNanos;
    NativeSqlite.settleNanos = 0;
    try {
      Path dir = tmp.resolve("c");
      Path lib = NativeSqlite.cached(dir);
      Path stamp = lib.resolveSibling(lib.getFileName() + ".checked");
      Files.setPosixFilePermissions(stamp, PosixFilePermissions.fromString("rw-rw-rw-"));
      Thread.sleep(50);
      Files.write(lib, otherContent(libraryInJar().length));
      // a stamp others could have written, naming the damaged copy as it is now
      Files.writeString(stamp, identity(lib, NativeSqlite.expectedSha256(libraryName())));
      assertEquals(lib, NativeSqlite.cached(dir));
      assertArrayEquals(libraryInJar(), Files.readAllBytes(lib));
    } finally {
      NativeSqlite.settleNanos = settle;
    }
  }

  @Test
  void aCacheThatCannotBeMadeIsAnErrorThePrepareStepSwallows() throws Exception {
    Path file = tmp.resolve("not-a-directory");
    Files.writeString(file, "x");
    assertThrows(IOException.class, () -> NativeSqlite.cached(file.resolve("shopops")));
    assertTrue(Files.isRegularFile(file));
  }

  private static Path index(Path dir) throws IOException {
    for (String n : names(dir)) {
      if (n.endsWith(".txt")) {
        return dir.resolve(n);
      }
    }
    throw new AssertionError("no index in " + names(dir));
  }

  private static byte[] otherContent(int size) {
    byte[] evil = new byte[size];
    Arrays.fill(evil, (byte) 0x90);
    return evil;
  }

  @Test
  void aPlantedLibraryOfTheRightSizeButOtherContentIsNotLoaded() throws Exception {
    Path dir = tmp.resolve("c");
    Path lib = NativeSqlite.cached(dir);
    int size = libraryInJar().length;
    Path evil = dir.resolve("x.so");
    Files.write(evil, otherContent(size));
    Files.writeString(index(dir), "x.so " + size + "\n"); // the review's planted index
    Path used = NativeSqlite.cached(dir);
    assertNotEquals(evil, used);
    assertEquals(lib, used);
    assertArrayEquals(libraryInJar(), Files.readAllBytes(used));
    assertEquals(
        lib.getFileName() + " " + size + " " + libraryName() + "\n", Files.readString(index(dir)));
  }

  @Test
  void aPlantedLibraryNamedByAnIndexOfTodaysFormIsNotLoaded() throws Exception {
    Path dir = tmp.resolve("c");
    Path lib = NativeSqlite.cached(dir);
    int size = libraryInJar().length;
    Path evil = dir.resolve("x.so");
    Files.write(evil, otherContent(size));
    Files.writeString(index(dir), "x.so " + size + " " + libraryName() + "\n");
    assertEquals(lib, NativeSqlite.cached(dir)); // its SHA-256 is not the build's
    assertArrayEquals(libraryInJar(), Files.readAllBytes(lib));
  }

  @Test
  void theBuildsSha256IsTheJarLibrarysAndNamesOnlyLibrariesInIt() throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(libraryInJar());
    assertEquals(HexFormat.of().formatHex(digest), NativeSqlite.expectedSha256(libraryName()));
    assertNull(NativeSqlite.expectedSha256("Linux/x86_64/no-such-library.so"));
    assertNull(NativeSqlite.expectedSha256("../../com/shopops/store/x"));
    assertNull(NativeSqlite.expectedSha256("/etc/passwd"));
  }

  @Test
  void aDamagedCopyNamedByACurrentIndexIsMadeAgainWhateverItsSize() throws Exception {
    Path dir = tmp.resolve("c");
    Path lib = NativeSqlite.cached(dir);
    byte[] damaged = Files.readAllBytes(lib);
    damaged[damaged.length / 2] ^= 1; // one bit flipped: same size, same index
    Files.write(lib, damaged);
    assertEquals(lib, NativeSqlite.cached(dir));
    assertArrayEquals(libraryInJar(), Files.readAllBytes(lib));
  }

  @Test
  void anIndexOfAnOlderShopopsIsWrittenAgainAndTheCopyKept() throws Exception {
    Path dir = tmp.resolve("c");
    Path lib = NativeSqlite.cached(dir);
    long size = Files.size(lib);
    Files.writeString(index(dir), lib.getFileName() + " " + size + "\n"); // no library named
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(lib, old);
    assertEquals(lib, NativeSqlite.cached(dir));
    assertEquals(old, Files.getLastModifiedTime(lib)); // same bytes: not copied again
    assertEquals(
        lib.getFileName() + " " + size + " " + libraryName() + "\n", Files.readString(index(dir)));
  }

  @Test
  void aCorruptCopyOfTheRightSizeIsMadeAgainNotUsed() throws Exception {
    Path dir = tmp.resolve("c");
    Path lib = NativeSqlite.cached(dir);
    Files.write(lib, otherContent(libraryInJar().length)); // damaged in place, size unchanged
    assertEquals(lib, NativeSqlite.cached(dir));
    assertArrayEquals(libraryInJar(), Files.readAllBytes(lib));
  }

  @Test
  void theCacheDirectoryIsMadePrivateAndItsFilesToo() throws Exception {
    Path dir = tmp.resolve("c");
    Path lib = NativeSqlite.cached(dir);
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(lib)));
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(index(dir))));
  }

  @Test
  void aCacheDirectoryWritableByOthersIsNotUsed() throws Exception {
    Path dir = tmp.resolve("c");
    Path lib = NativeSqlite.cached(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    assertNull(NativeSqlite.cached(dir));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwx---"));
    assertNull(NativeSqlite.cached(dir));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertEquals(lib, NativeSqlite.cached(dir)); // as older shopops made it: still this user's
  }

  @Test
  void anIndexOrLibraryWritableByOthersIsNotTrustedButRemade() throws Exception {
    Path dir = tmp.resolve("c");
    Path lib = NativeSqlite.cached(dir);
    Files.setPosixFilePermissions(lib, PosixFilePermissions.fromString("rw-rw-rw-"));
    Files.setPosixFilePermissions(index(dir), PosixFilePermissions.fromString("rw-rw-rw-"));
    assertEquals(lib, NativeSqlite.cached(dir));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(lib)));
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(index(dir))));
  }

  @Test
  void aCacheInAParentOthersCanWriteIsNotUsedUnlessTheParentIsSticky() throws Exception {
    Path shared = tmp.resolve("shared");
    Files.createDirectory(shared);
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
    Path dir = shared.resolve("shopops");
    assertNull(NativeSqlite.cached(dir));
    Process chmod = new ProcessBuilder("chmod", "1777", shared.toString()).start();
    Assumptions.assumeTrue(chmod.waitFor() == 0, "chmod 1777 not possible here");
    Path lib = NativeSqlite.cached(dir);
    assertArrayEquals(libraryInJar(), Files.readAllBytes(lib));
  }

  @Test
  void aCacheDirectoryOfAnotherUserIsNotUsed() throws Exception {
    Path dir = tmp.resolve("c");
    NativeSqlite.cached(dir);
    UserPrincipal nobody;
    try {
      nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
      Files.setOwner(dir, nobody); // only root may give a file away
    } catch (IOException e) {
      Assumptions.abort("cannot give a directory to nobody here: " + e);
      return;
    }
    Assumptions.assumeFalse(nobody.getName().equals(System.getProperty("user.name")));
    assertNull(NativeSqlite.cached(dir));
    assertFalse(NativeSqlite.ownedAndPrivate(dir, true));
  }

  /**
   * review19 V22: the loader's clean-up losing a race for a stale /tmp copy another JVM deleted
   * first (NoSuchFileException) is not logged; the same message with any other cause, and any other
   * record of the loader, still is.
   */
  @Test
  void onlyTheLoadersLostRaceIsKeptOffStderr() {
    NativeSqlite.quietRaceLoss();
    java.util.logging.Logger loader =
        java.util.logging.Logger.getLogger("org.sqlite.SQLiteJDBCLoader");
    List<java.util.logging.LogRecord> seen = new ArrayList<>();
    java.util.logging.Handler h =
        new java.util.logging.Handler() {
          @Override
          public void publish(java.util.logging.LogRecord r) {
            seen.add(r);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    loader.addHandler(h);
    try {
      loader.log(
          java.util.logging.Level.SEVERE,
          "Failed to delete old native lib",
          new java.nio.file.NoSuchFileException("/tmp/sqlite-3.50.3.0-x-libsqlitejdbc.so"));
      assertEquals(0, seen.size());
      loader.log(
          java.util.logging.Level.SEVERE,
          "Failed to delete old native lib",
          new java.nio.file.AccessDeniedException("/tmp/sqlite-3.50.3.0-x-libsqlitejdbc.so"));
      loader.log(
          java.util.logging.Level.SEVERE, "Failed to load native library", new IOException());
      assertEquals(2, seen.size());
      assertTrue(seen.get(0).getThrown() instanceof java.nio.file.AccessDeniedException);
    } finally {
      loader.removeHandler(h);
    }
  }
}
