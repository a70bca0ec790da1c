package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** review10 J10: a named pipe is refused as what it is, not as a missing file. */
class ImportPipeTest {
  @TempDir Path dir;

  @Test
  void aNamedPipeIsNotANoSuchFile() throws Exception {
    Path fifo = dir.resolve("ff");
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (java.io.IOException e) {
      assumeTrue(false, "no mkfifo here");
      return;
    }
    assumeTrue(p.waitFor() == 0, "mkfifo failed");
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init");
    var r = cli.expect(1, "import", "customers", fifo.toString());
    assertEquals(
        "shopops: "
            + fifo
            + ": not a regular file (a pipe or a device)\n"
            + "  hint: give the data on standard input instead: `cat "
            + fifo
            + " | shopops import customers -`\n",
        r.err());
    assertEquals("0", cli.sql("SELECT count(*) FROM customers").strip());
  }
}
