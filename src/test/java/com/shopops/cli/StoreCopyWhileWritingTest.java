package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** review10 J11: `store copy` reads its source in a snapshot while an import writes to it. */
class StoreCopyWhileWritingTest {
  @TempDir Path dir;

  @Test
  void copiesTheCommittedStoreWhileAWriterHoldsIt() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init");
    cli.expect(0, "-q", "import", "customers", Path.of("examples/customers.csv").toString());
    String before =
        cli.sql("SELECT count(*), max(name) FROM customers WHERE customer_id = 'C00016'");
    Path copy = dir.resolve("copy.db");
    // a writer (an import) in the middle of its transaction: the write lock held, rows uncommitted
    try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = writer.createStatement()) {
      st.execute("BEGIN IMMEDIATE");
      st.execute("UPDATE customers SET name = 'uncommitted' WHERE customer_id = 'C00016'");
      long start = System.nanoTime();
      var r = cli.run("store", "copy", cli.db().toString(), copy.toString());
      assertEquals(0, r.exit(), r.toString());
      assertTrue(System.nanoTime() - start < 8_000_000_000L, "the copy waited for the writer");
      st.execute("ROLLBACK");
    }
    String q = "SELECT count(*), max(name) FROM customers WHERE customer_id = 'C00016'";
    assertEquals(before, CliRunner.sql(copy, q));
    assertEquals(
        cli.sql("SELECT count(*) FROM customers"),
        CliRunner.sql(copy, "SELECT count(*) FROM customers"));
  }
}
