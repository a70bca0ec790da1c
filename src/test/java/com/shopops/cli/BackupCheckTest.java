package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCheckTest {
  @TempDir Path dir;

  private CliRunner storeWithOrders() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "orders", Path.of("examples/orders.csv").toAbsolutePath().toString());
    return cli;
  }

  private static long count(Path db, String table) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void aBackupIsACompletePrivateCopy() throws Exception {
    CliRunner cli = storeWithOrders();
    Path copy = dir.resolve("copy.db");
    var r = cli.expect(0, "backup", copy.toString());
    assertTrue(r.err().startsWith("Backed up " + cli.db() + " to " + copy + " ("), r.err());
    assertEquals(count(cli.db(), "orders"), count(copy, "orders"));
    assertTrue(count(copy, "orders") > 0);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)));
    // the copy is a store in its own right
    assertEquals(0, new CliRunner(dir).runBare("--db", copy.toString(), "check").exit());
  }

  @Test
  void aBackupDoesNotReplaceAFileWithoutForce() throws Exception {
    CliRunner cli = storeWithOrders();
    Path copy = Files.writeString(dir.resolve("copy.db"), "keep me");
    var r = cli.expect(2, "backup", copy.toString());
    assertEquals(
        "shopops: " + copy + " already exists\n  hint: pass --force to replace it\n", r.err());
    assertEquals("keep me", Files.readString(copy));
    cli.expect(0, "backup", copy.toString(), "--force");
    assertEquals(count(cli.db(), "orders"), count(copy, "orders"));
  }

  @Test
  void aBackupIntoAPathWithSpacesAndQuotes() throws Exception {
    CliRunner cli = storeWithOrders();
    // sqlite-jdbc's "backup to FILE" ended the name at its first space: exit 70 (review10 J4)
    for (String name : new String[] {"My Shop/b a.db", "店铺 备份/shop's.db", "x y/\"b\".db"}) {
      Path copy = dir.resolve(name);
      Files.createDirectories(copy.getParent());
      var r = cli.expect(0, "backup", copy.toString());
      assertTrue(r.err().startsWith("Backed up " + cli.db() + " to " + copy + " ("), r.err());
      assertEquals(count(cli.db(), "orders"), count(copy, "orders"));
      try (var left = Files.list(copy.getParent())) {
        assertEquals(List.of(copy), left.toList()); // no temporary file left beside it
      }
    }
  }

  @Test
  void checkOfASoundStore() {
    CliRunner cli = storeWithOrders();
    var r = cli.expect(0, "check", "--format", "csv");
    assertTrue(
        r.out().startsWith("check,result\nintegrity,ok\nforeign keys,ok\nschema version,"),
        r.out());
    assertTrue(r.out().contains("\nrejected rows,0\n"), r.out());
  }

  /**
   * review13 M10: on a damaged file `check` says what SQLite's integrity check found and exits 1,
   * whatever step the damage stops (SQLite's own check, the foreign keys, the counts): before, a
   * step that failed ended the check with exit 2 and the store's generic "damaged" message.
   */
  @Test
  void checkOfADamagedStoreSaysWhatItFoundAndExitsOne() throws Exception {
    CliRunner cli = storeWithOrders();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement()) {
      st.executeUpdate(
          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)"
              + " INSERT INTO orders (order_id, customer_id, amount, status)"
              + " SELECT 'X' || i, 'C' || (i % 500), 1000 + i, 'paid' FROM n");
      st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    byte[] sound = Files.readAllBytes(cli.db());
    byte[] junk = new byte[1024];
    for (int i = 0; i < junk.length; i += 4) {
      junk[i] = (byte) 0xde;
      junk[i + 1] = (byte) 0xad;
      junk[i + 2] = (byte) 0xbe;
      junk[i + 3] = (byte) 0xef;
    }
    for (int percent : new int[] {50, 70, 90}) {
      Path damaged = dir.resolve("damaged" + percent + ".db");
      byte[] bytes = sound.clone();
      System.arraycopy(junk, 0, bytes, bytes.length * percent / 100, junk.length);
      Files.write(damaged, bytes);
      var r = new CliRunner(dir).runBare("--db", damaged.toString(), "check", "--format", "csv");
      assertEquals(1, r.exit(), percent + "%: " + r.err());
      String integrity = r.out().lines().skip(1).findFirst().orElse("");
      assertTrue(integrity.startsWith("integrity,"), integrity);
      assertTrue(!integrity.equals("integrity,ok"), percent + "%");
      assertTrue(!r.out().contains("(database disk image is malformed)"), r.out());
      assertEquals("shopops: check: the store has problems (see above)\n", r.err());
    }
  }

  @Test
  void checkFindsARowPointingNowhere() throws Exception {
    CliRunner cli = storeWithOrders();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement()) {
      st.execute("PRAGMA foreign_keys = OFF");
      st.execute("INSERT INTO order_lines (order_id, line_no, sku) VALUES ('NO-SUCH', 1, 'X')");
    }
    var r = cli.expect(1, "check", "--format", "csv");
    assertTrue(r.out().contains("foreign keys,{order_lines → orders=1}"), r.out());
    assertTrue(r.err().contains("shopops: check: the store has problems"), r.err());
  }
}
