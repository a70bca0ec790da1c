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
