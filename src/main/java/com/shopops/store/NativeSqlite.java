package com.shopops.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * SQLite's native library from a cache instead of /tmp. Left to itself, sqlite-jdbc copies its 1 MB
 * library out of the jar into /tmp on every start, after asking the system what it is (a {@code
 * uname} process) and listing /tmp for old copies: about a tenth of a second of CPU of a short
 * command. The launcher names a cache directory ({@code -Dshopops.native.cache}, under {@code
 * $XDG_CACHE_HOME/shopops}); the library is copied there once per build of the jar and handed to
 * sqlite-jdbc ({@code org.sqlite.lib.path}, {@code org.sqlite.lib.name}).
 *
 * <p>The copy is named by its CRC-32 and size and an index file per jar build names it; both are
 * written to a temporary file and renamed into place, so two shopops starting at once each see a
 * whole file or none. The cache is used only when its directory, the index and the library are
 * owned by the user running shopops and writable by nobody else (the directory is made 0700, the
 * files 0600), and its parent is not writable by others unless sticky; and only when the library
 * holds exactly the bytes of the one in the jar: its SHA-256 is compared with the one the build
 * computed from the jar's library (a resource, {@code sqlite-sha256/}), and when that fails the
 * copy is compared byte for byte with the jar's entry and made again. A library another user
 * planted in a shared cache, or a damaged copy, is never loaded. Anything that fails (no HOME, a
 * read-only or full disk, a noexec mount, a cache of another user) leaves sqlite-jdbc to its own
 * way, silently; the command is never refused for it.
 */
final class NativeSqlite {
  static final String CACHE_PROPERTY = "shopops.native.cache";
  private static volatile boolean prepared;

  private NativeSqlite() {}

  /** Points sqlite-jdbc at the cached copy once per process, when the launcher named a cache. */
  static void prepare() {
    if (prepared) {
      return;
    }
    synchronized (NativeSqlite.class) {
      if (prepared) {
        return;
      }
      prepared = true;
      quietRaceLoss();
      String dir = System.getProperty(CACHE_PROPERTY);
      if (dir == null || dir.isBlank() || System.getProperty("org.sqlite.lib.path") != null) {
        return; // not started by the launcher, or the user chose a library
      }
      try {
        Path lib = cached(Path.of(dir));
        if (lib != null) {
          System.setProperty("org.sqlite.lib.path", lib.getParent().toString());
          System.setProperty("org.sqlite.lib.name", lib.getFileName().toString());
          if (System.getProperty(TMPDIR_PROPERTY) == null) {
            // sqlite-jdbc's first load deletes the stale sqlite-VERSION-* copies of other JVMs in
            // its temporary directory, java.io.tmpdir; loading from the cache it extracts nothing,
            // so that clean-up of /tmp is none of ours: it looks in the cache instead, whose names
            // (sqlite-CRC-SIZE-…) are never a VERSION's (review19 V22)
            System.setProperty(TMPDIR_PROPERTY, lib.getParent().toString());
          }
        }
      } catch (IOException | RuntimeException | URISyntaxException | LinkageError e) {
        // sqlite-jdbc extracts its library itself, as without the cache
      }
    }
  }

  /** sqlite-jdbc's temporary directory: where it extracts its library and cleans up old ones. */
  static final String TMPDIR_PROPERTY = "org.sqlite.tmpdir";

  /** sqlite-jdbc's loader logs through java.util.logging under its class name (no SLF4J here). */
  static final String LOADER_LOGGER = "org.sqlite.SQLiteJDBCLoader";

  /** Held: java.util.logging keeps loggers weakly, and a collected one would lose the filter. */
  private static java.util.logging.Logger loaderLogger;

  /**
   * Drops the one record of sqlite-jdbc's loader that is a lost race and nothing else: "Failed to
   * delete old native lib" with a {@link java.nio.file.NoSuchFileException}, when two JVMs clean up
   * the same stale copy in /tmp and the other one deleted it first (the 30-line SEVERE trace on the
   * stderr of a successful command, review19 V22). Any other failure of the loader (a copy it may
   * not delete, a library that does not load) is still said as sqlite-jdbc says it.
   */
  static void quietRaceLoss() {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(LOADER_LOGGER);
    loaderLogger = logger;
    java.util.logging.Filter before = logger.getFilter();
    logger.setFilter(r -> !raceLoss(r) && (before == null || before.isLoggable(r)));
  }

  /** Whether {@code r} is the loader's clean-up losing a race for a file another JVM deleted. */
  static boolean raceLoss(java.util.logging.LogRecord r) {
    return "Failed to delete old native lib".equals(r.getMessage())
        && r.getThrown() instanceof java.nio.file.NoSuchFileException;
  }

  /** The cached library in {@code dir}, copied there first if needed; null when it cannot be. */
  static Path cached(Path dir) throws IOException, URISyntaxException {
    Path jar = jarOf(org.sqlite.JDBC.class);
    if (jar == null) {
      return null; // classes from a directory (tests): nothing to key the cache on
    }
    if (!makeOwnDirectory(dir)) {
      return null;
    }
    Path index = dir.resolve("sqlite-" + key(jar) + ".txt");
    Path hit = lookUp(dir, index);
    if (hit != null) {
      return hit;
    }
    String resource =
        org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath()
            + "/"
            + org.sqlite.util.LibraryLoaderUtil.getNativeLibName();
    byte[] bytes = libraryInJar(resource);
    if (bytes == null) {
      return null; // no library for this platform in the jar: sqlite-jdbc says what is wrong
    }
    String library =
        resource.startsWith(NATIVE_FOLDER) ? resource.substring(NATIVE_FOLDER.length()) : "-";
    Path stored = store(dir, index, bytes, library);
    // the check every later start makes, made once here too: its classes are then among those the
    // launcher's class archive holds (its training run copies the library first)
    Path checked = lookUp(dir, index);
    return checked != null ? checked : stored;
  }

  /** Where sqlite-jdbc keeps its libraries, one folder per platform (Linux/x86_64, …). */
  private static final String NATIVE_FOLDER = "/org/sqlite/native/";

  /** The jar's library at {@code resource}, or null when the jar has none. */
  private static byte[] libraryInJar(String resource) throws IOException {
    try (InputStream in = org.sqlite.JDBC.class.getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  /**
   * The SHA-256 (hex) of sqlite-jdbc's library {@code library} (as Linux/x86_64/libsqlitejdbc.so),
   * computed by the build (pom.xml, sqlite-native-sha256) from the same sqlite-jdbc jar; null when
   * the build wrote none for it (classes not built by Maven).
   */
  static String expectedSha256(String library) throws IOException {
    if (!library.matches("[A-Za-z0-9_-]+/[A-Za-z0-9_-]+/[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
      return null;
    }
    try (InputStream in =
        NativeSqlite.class.getResourceAsStream("sqlite-sha256/" + library + ".sha256")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
    }
  }

  /**
   * Makes {@code dir} (0700) when it is missing; true when it is then a directory this user owns
   * that nobody else can write to, in a parent others cannot write to (or a sticky one, as /tmp).
   */
  private static boolean makeOwnDirectory(Path dir) throws IOException {
    Path abs = dir.toAbsolutePath();
    Path parent = abs.getParent();
    if (parent == null) {
      return false;
    }
    if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectories(parent);
      try {
        Files.createDirectory(
            abs,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // another shopops made it first: checked below like any existing one
      }
    }
    return ownedAndPrivate(abs, true) && parentIsSafe(parent);
  }

  /** True when {@code p} (not a link) is owned by this user and not writable by group or others. */
  static boolean ownedAndPrivate(Path p, boolean directory) throws IOException {
    PosixFileAttributes a;
    try {
      a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (UnsupportedOperationException e) {
      return false; // no owners and modes to check here: no cache
    }
    if (directory ? !a.isDirectory() : !a.isRegularFile()) {
      return false;
    }
    var perms = a.permissions();
    return a.owner().equals(me())
        && !perms.contains(PosixFilePermission.GROUP_WRITE)
        && !perms.contains(PosixFilePermission.OTHERS_WRITE);
  }

  /** A parent that others cannot write to, or a sticky one (they cannot rename our directory). */
  private static boolean parentIsSafe(Path parent) throws IOException {
    Object mode = Files.getAttribute(parent, "unix:mode");
    int m = mode instanceof Integer i ? i : 0022;
    return (m & 0022) == 0 || (m & 01000) != 0;
  }

  /** The user this process runs as. */
  private static UserPrincipal me() throws IOException {
    return FileSystems.getDefault()
        .getUserPrincipalLookupService()
        .lookupPrincipalByName(System.getProperty("user.name"));
  }

  /** The build of the jar and the platform: another jar or JVM gets its own index. */
  static String key(Path jar) throws IOException {
    String stamp =
        String.join(
            "\n",
            jar.toAbsolutePath().toString(),
            Long.toString(Files.getLastModifiedTime(jar).toMillis()),
            Long.toString(Files.size(jar)),
            System.getProperty("os.name"),
            System.getProperty("os.arch"));
    CRC32 crc = new CRC32();
    crc.update(stamp.getBytes(StandardCharsets.UTF_8));
    return String.format(Locale.ROOT, "%08x", crc.getValue());
  }

  /**
   * The file the index names when both are this user's own and the file's SHA-256 is the one the
   * build computed for the library the index names (sqlite-jdbc's platform folder and file name,
   * chosen by sqlite-jdbc when the copy was made), else null. Hashing the 1 MB copy (about 30 ms of
   * CPU with the provider's start) replaces inflating the jar's entry and asking sqlite-jdbc for
   * the platform, which lists /proc/self/map_files and runs {@code uname -o} on every start (50-90
   * ms of CPU, measured); and once a copy passed, its stamp ({@code NAME.checked}: the build's hash
   * and the file's device, inode, size and times, see {@link #stamp}) stands for the hash until the
   * file changes.
   */
  private static Path lookUp(Path dir, Path index) throws IOException {
    if (!Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS) || !ownedAndPrivate(index, false)) {
      return null;
    }
    List<String> words =
        List.of(Files.readString(index, StandardCharsets.UTF_8).strip().split(" "));
    if (words.size() != 3 || words.get(0).contains("/")) {
      return null; // an index of an older shopops (no library named) is written again
    }
    String expected = expectedSha256(words.get(2));
    if (expected == null) {
      return null;
    }
    Path lib = dir.resolve(words.get(0));
    try {
      if (!Files.isRegularFile(lib, LinkOption.NOFOLLOW_LINKS)
          || Files.size(lib) != Long.parseLong(words.get(1))
          || !ownedAndPrivate(lib, false)) {
        return null;
      }
      Path stamp = dir.resolve(words.get(0) + ".checked");
      String seen = stamp(lib, expected);
      if (seen.equals(readStamp(stamp))) {
        return lib; // the very file whose bytes were checked, unchanged since
      }
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(lib));
      if (!HexFormat.of().formatHex(digest).equals(expected)) {
        return null;
      }
      writeStamp(dir, lib, stamp, seen);
      return lib;
    } catch (IOException | NumberFormatException | NoSuchAlgorithmException e) {
      return null;
    }
  }

  /**
   * A copy changed this recently may change again within the file system's time resolution without
   * its times showing it: no stamp is written for it (it is hashed on the next start).
   */
  static long settleNanos = 2_000_000_000L;

  /**
   * What identifies the bytes of {@code lib} as checked against {@code sha256}: its device, inode,
   * size, modification and change times. Writing to the file, replacing it or setting its times
   * moves its change time, which only the system clock can set back; so a stamp that matches names
   * a file nobody wrote to since its hash was compared.
   */
  private static String stamp(Path lib, String sha256) throws IOException {
    Map<String, Object> a =
        Files.readAttributes(
            lib, "unix:dev,ino,size,lastModifiedTime,ctime", LinkOption.NOFOLLOW_LINKS);
    return String.join(
        " ",
        sha256,
        String.valueOf(a.get("dev")),
        String.valueOf(a.get("ino")),
        String.valueOf(a.get("size")),
        String.valueOf(((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS)),
        String.valueOf(((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS)));
  }

  /** The stamp file's line when it is this user's own and private, else null. */
  private static String readStamp(Path stamp) throws IOException {
    if (!Files.isRegularFile(stamp, LinkOption.NOFOLLOW_LINKS) || !ownedAndPrivate(stamp, false)) {
      return null;
    }
    return Files.readString(stamp, StandardCharsets.UTF_8).strip();
  }

  /**
   * Records that {@code lib} as {@code seen} holds the build's bytes, so that the next start need
   * not hash it (about 30 ms of CPU: the provider, reading and hashing 1 MB); best effort.
   */
  private static void writeStamp(Path dir, Path lib, Path stamp, String seen) {
    try {
      Path part = Files.createTempFile(dir, stamp.getFileName().toString(), ".part");
      try {
        Files.write(part, (seen + "\n").getBytes(StandardCharsets.UTF_8));
        // the age of the copy by the file system's own clock: the change time of a file made now
        if (changeNanos(part) - changeNanos(lib) >= settleNanos) {
          Files.move(
              part, stamp, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(part);
      }
    } catch (IOException | RuntimeException e) {
      // no stamp: the next start hashes the copy again
    }
  }

  private static long changeNanos(Path p) throws IOException {
    return ((FileTime) Files.getAttribute(p, "unix:ctime", LinkOption.NOFOLLOW_LINKS))
        .to(TimeUnit.NANOSECONDS);
  }

  /**
   * Copies the jar's library ({@code library}, as Linux/x86_64/libsqlitejdbc.so) into {@code dir}
   * unless the copy there holds its bytes, and writes the index; both renamed into place.
   */
  private static Path store(Path dir, Path index, byte[] bytes, String library) throws IOException {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    String name =
        String.format(
            Locale.ROOT,
            "sqlite-%08x-%d-%s",
            crc.getValue(),
            bytes.length,
            org.sqlite.util.LibraryLoaderUtil.getNativeLibName());
    Path lib = dir.resolve(name);
    if (!Files.isRegularFile(lib, LinkOption.NOFOLLOW_LINKS)
        || !ownedAndPrivate(lib, false)
        || !Arrays.equals(Files.readAllBytes(lib), bytes)) {
      place(dir, lib, bytes);
    }
    String line = name + " " + bytes.length + " " + library + "\n";
    place(dir, index, line.getBytes(StandardCharsets.UTF_8));
    return lib;
  }

  /** Writes {@code bytes} to a file of its own in {@code dir}, then renames it to {@code to}. */
  private static void place(Path dir, Path to, byte[] bytes) throws IOException {
    Path part = Files.createTempFile(dir, to.getFileName().toString(), ".part");
    try {
      Files.write(part, bytes);
      Files.move(part, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /** The jar file a class was loaded from, else null. */
  private static Path jarOf(Class<?> c) throws URISyntaxException {
    var source = c.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    Path p = Path.of(source.getLocation().toURI());
    return Files.isRegularFile(p) ? p : null;
  }
}
