package com.shopops.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for the tests tagged {@code postgres}: initdb and pg_ctl from the
 * Debian package in a temp directory, run as an unprivileged user (the {@code postgres} user, else
 * {@code nobody}, when the tests run as root), on a free port of 127.0.0.1 with its unix socket in
 * that directory, stopped and deleted when the JVM exits. One per JVM; each test makes its own
 * database ({@link #newDatabase}).
 *
 * <p>{@code SHOPOPS_TEST_PG=postgresql://user@host:port} uses a server that runs already (the user
 * may create databases) instead of starting one.
 */
public final class TestPostgres {
  /** The superuser of the throwaway server; it logs in without a password (trust). */
  public static final String USER = "shopops";

  /** A role that must give its password (scram-sha-256), to test where passwords come from. */
  public static final String SECRET_USER = "secret";

  public static final String SECRET_PASSWORD = "s3cr3t-p@ss:word";

  /** A name pg_hba.conf rejects from 127.0.0.1 (as if it had no entry for it). */
  public static final String NO_HBA_USER = "nohba";

  private static TestPostgres instance;

  private final String host;
  private final int port;
  private final String user;
  private final Path dir;
  private final Path bin;
  private final String runAs;
  private final AtomicInteger databases = new AtomicInteger();

  private TestPostgres(String host, int port, String user, Path dir, Path bin, String runAs) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.dir = dir;
    this.bin = bin;
    this.runAs = runAs;
  }

  /** The server of this JVM, started on first use. */
  public static synchronized TestPostgres get() {
    if (instance == null) {
      String given = System.getenv("SHOPOPS_TEST_PG");
      if (given != null && !given.isBlank()) {
        PgUrl u = PgUrl.parse(given, System.getenv());
        instance = new TestPostgres(u.host(), u.port(), u.user(), null, null, null);
      } else {
        instance = start();
      }
    }
    return instance;
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  /** The URL of database {@code db} as the superuser (no password needed). */
  public String url(String db) {
    return "postgresql://" + user + "@" + host + ":" + port + "/" + db;
  }

  /** A new empty database; returns its name. */
  public String newDatabase() {
    return newDatabase(null);
  }

  /** A new database copied from {@code template} (null: empty); returns its name. */
  public String newDatabase(String template) {
    String name = "t" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
    sql(
        "CREATE DATABASE "
            + name
            + (template == null ? "" : " TEMPLATE " + template)
            + " ENCODING 'UTF8'");
    return name;
  }

  /** Runs statements on the maintenance database as the superuser. */
  public void sql(String... statements) {
    try (Connection c = connection("postgres");
        var st = c.createStatement()) {
      for (String s : statements) {
        st.execute(s);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(String.join("; ", statements) + ": " + e.getMessage(), e);
    }
  }

  /** A JDBC connection to {@code db} as the superuser, to look at what a command stored. */
  public Connection connection(String db) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", user);
    return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + db, p);
  }

  private static TestPostgres start() {
    Path bin = findBin();
    boolean root = "root".equals(System.getProperty("user.name"));
    String runAs = null;
    if (root) {
      runAs = userExists("postgres") ? "postgres" : "nobody";
    }
    try {
      Path dir = Files.createTempDirectory("shopops-pg");
      Path data = dir.resolve("data");
      Path pwfile = dir.resolve("pw");
      Files.writeString(pwfile, "unused-superuser-password\n");
      if (runAs != null) {
        run(List.of("chown", "-R", runAs, dir.toString()), null);
      }
      run(
          List.of(
              bin.resolve("initdb").toString(),
              "-D",
              data.toString(),
              "-U",
              USER,
              "-E",
              "UTF8",
              "--locale=C",
              "--auth=trust",
              "--no-sync"),
          runAs);
      // the superuser logs in without a password; SECRET_USER only with its password, NO_HBA_USER
      // never
      Files.writeString(
          data.resolve("pg_hba.conf"),
          "local all all trust\n"
              + "host all "
              + SECRET_USER
              + " 127.0.0.1/32 scram-sha-256\n"
              + "host all "
              + NO_HBA_USER
              + " 127.0.0.1/32 reject\n"
              + "host all all 127.0.0.1/32 trust\n",
          StandardCharsets.UTF_8);
      if (runAs != null) {
        run(List.of("chown", "-R", runAs, dir.toString()), null);
      }
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      run(
          List.of(
              bin.resolve("pg_ctl").toString(),
              "-D",
              data.toString(),
              "-l",
              dir.resolve("log").toString(),
              "-w",
              "-o",
              "-p "
                  + port
                  + " -k "
                  + dir
                  + " -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
                  + " -c synchronous_commit=off -c max_connections=60",
              "start"),
          runAs);
      TestPostgres pg = new TestPostgres("127.0.0.1", port, USER, dir, bin, runAs);
      Runtime.getRuntime().addShutdownHook(new Thread(pg::stop));
      pg.sql(
          "CREATE ROLE "
              + SECRET_USER
              + " LOGIN CREATEDB PASSWORD '"
              + SECRET_PASSWORD.replace("'", "''")
              + "'");
      return pg;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void stop() {
    if (dir == null) {
      return;
    }
    try {
      run(
          List.of(
              bin.resolve("pg_ctl").toString(),
              "-D",
              dir.resolve("data").toString(),
              "-m",
              "immediate",
              "-w",
              "stop"),
          runAs);
    } catch (RuntimeException e) {
      System.err.println("could not stop the test PostgreSQL: " + e.getMessage());
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp directory left behind is not a test failure
    }
  }

  /** initdb's directory: on PATH, else the newest /usr/lib/postgresql/N/bin (Debian). */
  private static Path findBin() {
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, "initdb"))) {
        return Path.of(d);
      }
    }
    Path lib = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(lib)) {
      try (Stream<Path> s = Files.list(lib)) {
        var found =
            s.filter(p -> Files.isExecutable(p.resolve("bin/initdb")))
                .max(Comparator.comparingInt(TestPostgres::major));
        if (found.isPresent()) {
          return found.get().resolve("bin");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalStateException(
        "no PostgreSQL server here (initdb): apt-get install postgresql, or set SHOPOPS_TEST_PG");
  }

  private static int major(Path p) {
    try {
      return Integer.parseInt(p.getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static boolean userExists(String name) {
    try {
      return Files.readAllLines(Path.of("/etc/passwd")).stream()
          .anyMatch(l -> l.startsWith(name + ":"));
    } catch (IOException e) {
      return false;
    }
  }

  private static void run(List<String> command, String runAs) {
    List<String> cmd = new ArrayList<>();
    if (runAs != null) {
      cmd.addAll(List.of("runuser", "-u", runAs, "--"));
    }
    cmd.addAll(command);
    try {
      Process p =
          new ProcessBuilder(cmd)
              .directory(new java.io.File("/tmp"))
              .redirectErrorStream(true)
              .start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", cmd) + " failed:\n" + new String(out, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
