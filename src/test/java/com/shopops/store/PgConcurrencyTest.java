package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.cli.CliRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many users of one store on PostgreSQL at once, through the real command line: two importers of
 * one kind take turns (the second says it waits), of two kinds run side by side, two list exports
 * never both contact one customer within the cool-down, and reports answer meanwhile without
 * waiting, from committed data only. The races are made certain with the server's own locks (a test
 * connection holds the lock a command needs until {@code pg_locks} shows the command waiting for
 * it), and the assertions are on the store's content, not on timings.
 */
@Tag("postgres")
class PgConcurrencyTest {
  static final String LISTS = "src/test/resources/lists/";
  static final String NOW = "2026-11-20 10:00";

  @TempDir Path dir;
  private TestPostgres pg;
  private String db;
  private CliRunner cli;
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @BeforeEach
  void init() {
    pg = TestPostgres.get();
    db = pg.newDatabase();
    cli = new CliRunner(dir).store(pg.url(db));
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private long count(String sql) throws SQLException {
    try (Connection c = pg.connection(db);
        var st = c.createStatement();
        var rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Waits (up to a minute) until {@code n} sessions of the test database wait for a lock. */
  private void awaitWaiters(int n) throws Exception {
    long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    String sql =
        "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
            + " WHERE NOT l.granted AND d.datname = '"
            + db
            + "'";
    while (count(sql) < n) {
      if (System.nanoTime() > until) {
        throw new AssertionError(n + " sessions never waited for a lock");
      }
      Thread.sleep(20);
    }
  }

  private Future<CliRunner.Result> start(String... args) {
    return pool.submit(() -> cli.run(args));
  }

  private static CliRunner.Result done(Future<CliRunner.Result> f, int exit) throws Exception {
    CliRunner.Result r = f.get(2, TimeUnit.MINUTES);
    assertEquals(exit, r.exit(), r.toString());
    return r;
  }

  private Path orders(String name, String... ids) throws IOException {
    StringBuilder csv =
        new StringBuilder("order_id,customer_id,created_at,paid_at,status,amount\n");
    for (String id : ids) {
      csv.append(id)
          .append(",C")
          .append(id)
          .append(",2026-03-01 09:00:00,2026-03-01 09:05:00")
          .append(",paid,10.00\n");
    }
    Path f = dir.resolve(name);
    Files.writeString(f, csv, StandardCharsets.UTF_8);
    return f;
  }

  private Set<String> listed() {
    CliRunner.Result r = cli.expect(0, "orders", "list", "--format", "csv");
    Set<String> ids = new TreeSet<>();
    r.out().lines().skip(1).forEach(l -> ids.add(l.substring(0, l.indexOf(','))));
    return ids;
  }

  @Test
  void aSecondImportOfOneKindWaitsItsTurnWhileOtherKindsAndReportsGoOn() throws Exception {
    Path first = orders("first.csv", "A1", "A2");
    Path second = orders("second.csv", "B1", "B2", "B3");
    Path customers = dir.resolve("customers.csv");
    Files.writeString(
        customers,
        "customer_id,name,phone\nCA1,王芳,13812341234\nCB1,李强,13900001111\n",
        StandardCharsets.UTF_8);
    cli.expect(0, "import", "orders", first.toString(), "-q");

    Future<CliRunner.Result> waiting;
    try (Connection importer = pg.connection(db);
        var st = importer.createStatement()) {
      // an import of orders half done: it holds the lock of orders imports and wrote a row it has
      // not committed
      importer.setAutoCommit(false);
      st.execute("SELECT pg_advisory_xact_lock(" + PgLocks.importOf("orders") + ")");
      st.execute(
          "INSERT INTO orders (order_id, customer_id, created_at, amount, currency)"
              + " SELECT 'X1', 'CX1', created_at, amount, currency FROM orders"
              + " WHERE order_id = 'A1'");
      waiting = start("--wait", "2m", "import", "orders", second.toString());
      awaitWaiters(1);

      // another kind does not wait for it, and reports answer from what is committed
      CliRunner.Result other = cli.expect(0, "import", "customers", customers.toString());
      assertFalse(other.err().contains("waiting"), other.err());
      assertEquals(Set.of("A1", "A2"), listed());
      assertFalse(waiting.isDone(), "the second import of orders went ahead of the first");
      importer.commit();
    }
    CliRunner.Result r = done(waiting, 0);
    assertTrue(
        r.err()
            .startsWith(
                "waiting for another import of orders into postgresql://"
                    + pg.host()
                    + ":"
                    + pg.port()
                    + "/"
                    + db
                    + " (held by "
                    + TestPostgres.USER
                    + ") … up to"),
        r.err());
    assertEquals(Set.of("A1", "A2", "B1", "B2", "B3", "X1"), listed());
    assertEquals(2, count("SELECT count(*) FROM customers"));
    assertEquals(2, count("SELECT count(*) FROM imports WHERE kind = 'orders'"));
  }

  @Test
  void importsRacingEachOtherAndReportsMeanwhileSeeWholeImportsOnly() throws Exception {
    Path a = orders("a.csv", "A1", "A2", "A3");
    Path b = orders("b.csv", "B1", "B2", "B3", "B4");
    CyclicBarrier go = new CyclicBarrier(3);
    List<Future<CliRunner.Result>> imports = new ArrayList<>();
    for (Path f : List.of(a, b, a)) { // a twice: the one that comes second finds it all there
      imports.add(
          pool.submit(
              () -> {
                go.await();
                return cli.run("import", "orders", f.toString());
              }));
    }
    // a report reads all the while: it sees each import whole or not at all
    AtomicBoolean running = new AtomicBoolean(true);
    Set<Integer> seen = new TreeSet<>();
    Future<?> reports =
        Executors.newSingleThreadExecutor()
            .submit(
                () -> {
                  while (running.get()) {
                    seen.add(listed().size());
                  }
                  return null;
                });
    for (Future<CliRunner.Result> f : imports) {
      done(f, 0);
    }
    running.set(false);
    reports.get(1, TimeUnit.MINUTES);
    seen.add(listed().size());
    assertTrue(Set.of(0, 3, 4, 7).containsAll(seen), "a report saw part of an import: " + seen);
    assertTrue(seen.contains(7), seen.toString());
    assertEquals(7, count("SELECT count(*) FROM orders"));
    assertEquals(3, count("SELECT count(*) FROM imports WHERE kind = 'orders'"));
    assertEquals(7, count("SELECT sum(inserted) FROM imports WHERE kind = 'orders'"));
  }

  @Test
  void twoListExportsAtOnceNeverContactOneCustomerTwiceWithinTheCoolDown() throws Exception {
    cli.expect(0, "import", "customers", LISTS + "customers.csv", "-q");
    cli.expect(0, "import", "orders", LISTS + "orders.csv", "-q");
    cli.expect(0, "import", "returns", LISTS + "returns.csv", "-q");
    List<Future<CliRunner.Result>> exports = new ArrayList<>();
    try (Connection other = pg.connection(db);
        var st = other.createStatement()) {
      // another export is choosing its list: both of these wait for it at the start
      st.execute("SELECT pg_advisory_lock(" + PgLocks.LISTS + ")");
      for (String out : List.of("one.csv", "two.csv")) {
        exports.add(
            start(
                "--now",
                NOW,
                "export",
                "promotion",
                "--out",
                dir.resolve(out).toString(),
                "--name",
                out));
      }
      awaitWaiters(2);
      assertEquals(0, count("SELECT count(*) FROM lists"));
      st.execute("SELECT pg_advisory_unlock(" + PgLocks.LISTS + ")");
    }
    List<String> errs = new ArrayList<>();
    for (Future<CliRunner.Result> f : exports) {
      String err = done(f, 0).err();
      assertTrue(
          err.startsWith(
              "waiting for another list export on postgresql://"
                  + pg.host()
                  + ":"
                  + pg.port()
                  + "/"
                  + db
                  + " (held by "
                  + TestPostgres.USER
                  + ") … up to"),
          err);
      errs.add(err);
    }
    // whichever went first took the six customers; the second found them all cooling down
    assertEquals(1, count("SELECT count(*) FROM lists"));
    assertEquals(6, count("SELECT count(*) FROM contacts"));
    assertEquals(6, count("SELECT count(DISTINCT customer_id) FROM contacts"));
    assertEquals(
        1, errs.stream().filter(e -> e.contains("recorded list 1")).count(), errs.toString());
    assertEquals(
        1, errs.stream().filter(e -> e.contains("cooling down 6")).count(), errs.toString());
  }

  /**
   * review18 T8: service lists ignore the marketing cool-down, but two delay lists at once take
   * turns and the second leaves out the customers the first reached today.
   */
  @Test
  void twoDelayListsAtOnceRecordDisjointCustomers() throws Exception {
    cli.expect(0, "import", "customers", LISTS + "customers.csv", "-q");
    Path late = dir.resolve("late.csv");
    Files.writeString(
        late,
        """
        order_id,customer_id,created_at,paid_at,status,amount,province
        L1,Y1,2026-11-19 08:00:00,2026-11-19 08:00:00,paid,10.00,浙江
        L2,AN,2026-11-19 12:00:00,2026-11-19 12:00:00,paid,10.00,江苏
        L4,C13,2026-11-19 10:59:00,2026-11-19 10:59:00,paid,10.00,浙江
        """,
        StandardCharsets.UTF_8);
    cli.expect(0, "import", "orders", late.toString(), "-q");
    List<Future<CliRunner.Result>> exports = new ArrayList<>();
    try (Connection other = pg.connection(db);
        var st = other.createStatement()) {
      st.execute("SELECT pg_advisory_lock(" + PgLocks.LISTS + ")");
      for (String out : List.of("xiaowang.csv", "liuyang.csv")) {
        exports.add(
            start(
                "--now",
                NOW,
                "export",
                "followup",
                "--kind",
                "delay",
                "--out",
                dir.resolve(out).toString(),
                "--name",
                out));
      }
      awaitWaiters(2);
      st.execute("SELECT pg_advisory_unlock(" + PgLocks.LISTS + ")");
    }
    List<String> errs = new ArrayList<>();
    for (Future<CliRunner.Result> f : exports) {
      errs.add(done(f, 0).err());
    }
    assertEquals(1, count("SELECT count(*) FROM lists"));
    assertEquals(3, count("SELECT count(*) FROM contacts"));
    assertEquals(3, count("SELECT count(DISTINCT customer_id) FROM contacts"));
    assertEquals(
        1,
        errs.stream()
            .filter(
                e ->
                    e.contains(
                        "chosen 0; excluded: not matching 0, no consent 0,"
                            + " open return/complaint 0, cooling down 3"))
            .count(),
        errs.toString());
  }
}
