package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A header line over 64K characters is read (it said "Mark invalid"); past 4M it is refused. */
class LongHeaderTest {
  @TempDir Path dir;

  @Test
  void aWideHeaderIsReadAndAnEndlessOneRefused() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init");
    StringBuilder h = new StringBuilder("order_id,customer_id,created_at,amount");
    StringBuilder row = new StringBuilder("O1,C1,2026-11-01 10:00:00,10.00");
    for (int i = 0; i < 12_000; i++) {
      h.append(",extra_column_").append(i);
      row.append(",x");
    }
    assertTrue(h.length() > 65_536);
    Path wide = dir.resolve("wide.csv");
    Files.writeString(wide, h + "\n" + row + "\n", StandardCharsets.UTF_8);
    var ok = cli.run("import", "orders", wide.toString());
    assertEquals(0, ok.exit(), ok.err().substring(0, Math.min(500, ok.err().length())));
    assertTrue(cli.expect(0, "orders", "list").out().contains("\nO1,"));

    Path huge = dir.resolve("huge.csv");
    Files.writeString(huge, "a".repeat(5 << 20) + "\n1\n", StandardCharsets.US_ASCII);
    var r = cli.run("import", "orders", huge.toString());
    assertEquals(1, r.exit(), r.toString());
    assertEquals(
        "shopops: "
            + huge
            + ":1: the header line is longer than 4194304 characters\n"
            + "  hint: this is not a CSV export shopops can read; export the data again as CSV\n",
        r.err());
    assertEquals(1, cli.expect(0, "orders", "list").out().lines().count() - 1);
  }
}
