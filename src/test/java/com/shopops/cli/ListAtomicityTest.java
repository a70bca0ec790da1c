package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list is chosen and recorded in one write transaction, so two exports started together never
 * choose the same customer; a list printed to a terminal is a preview unless --record.
 */
class ListAtomicityTest {
  static final String RES = ListsCliTest.RES;
  static final String NOW = ListsCliTest.NOW;
  @TempDir Path dir;

  private CliRunner store(Path where) throws Exception {
    Files.createDirectories(where);
    CliRunner cli = new CliRunner(where);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "customers", RES + "customers.csv", "-q");
    cli.expect(0, "import", "orders", RES + "orders.csv", "-q");
    cli.expect(0, "import", "returns", RES + "returns.csv", "-q");
    return cli;
  }

  private static Process start(Path db, Path out, Path err, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        Path.of("target/classes").toAbsolutePath()
            + File.pathSeparator
            + System.getProperty("java.class.path");
    List<String> cmd =
        new ArrayList<>(List.of(java, "-cp", cp, "com.shopops.Main", "--db", db.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    return pb.start();
  }

  private static Set<String> ids(Path csv) throws Exception {
    Set<String> out = new TreeSet<>();
    Files.readAllLines(csv).stream().skip(1).forEach(l -> out.add(l.substring(0, l.indexOf(','))));
    return out;
  }

  private static Set<String> contacts(Path db, String file) throws Exception {
    Set<String> out = new TreeSet<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT c.customer_id FROM contacts c JOIN lists l"
                    + " ON l.list_id = c.list_id WHERE l.file = '"
                    + file
                    + "'")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static int count(Path db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Two real processes, started together, twice on fresh stores. */
  @Test
  void twoExportsStartedTogetherNeverShareACustomer() throws Exception {
    for (int round = 0; round < 2; round++) {
      Path d = dir.resolve("r" + round);
      CliRunner cli = store(d);
      Path a = d.resolve("a.csv");
      Path b = d.resolve("b.csv");
      Process pa =
          start(
              cli.db(),
              d.resolve("a.out"),
              d.resolve("a.err"),
              "--now",
              NOW,
              "export",
              "promotion",
              "--out",
              a.toString());
      Process pb =
          start(
              cli.db(),
              d.resolve("b.out"),
              d.resolve("b.err"),
              "--now",
              NOW,
              "export",
              "promotion",
              "--out",
              b.toString());
      assertTrue(pa.waitFor(120, TimeUnit.SECONDS) && pb.waitFor(120, TimeUnit.SECONDS));
      assertEquals(0, pa.exitValue(), Files.readString(d.resolve("a.err")));
      assertEquals(0, pb.exitValue(), Files.readString(d.resolve("b.err")));
      Set<String> ia = ids(a);
      Set<String> ib = ids(b);
      Set<String> both = new HashSet<>(ia);
      both.retainAll(ib);
      assertEquals(Set.of(), both, "round " + round + ": " + ia + " and " + ib);
      Set<String> all = new TreeSet<>(ia);
      all.addAll(ib);
      assertEquals(Set.of("AN", "C14", "C13", "FE", "FX", "Y1"), all);
      // each file holds exactly the contacts its list recorded, one contact per customer
      if (!ia.isEmpty()) {
        assertEquals(ia, contacts(cli.db(), a.toString()));
      }
      if (!ib.isEmpty()) {
        assertEquals(ib, contacts(cli.db(), b.toString()));
      }
      assertEquals(all.size(), count(cli.db(), "SELECT count(*) FROM contacts"));
      assertEquals(all.size(), count(cli.db(), "SELECT count(DISTINCT customer_id) FROM contacts"));
    }
  }

  @Test
  void aListOnATerminalIsAPreviewUnlessRecorded() throws Exception {
    CliRunner cli = store(dir.resolve("s")).terminal(true);
    var preview = cli.expect(0, "--now", NOW, "export", "promotion");
    assertTrue(preview.out().contains("Y1"), preview.out());
    assertTrue(
        preview
            .err()
            .endsWith(
                "preview: no contacts recorded; to record this list pass"
                    + " --record, or send it to a file (--out FILE) or a pipe\n"),
        preview.err());
    assertEquals(0, count(cli.db(), "SELECT count(*) FROM contacts"));
    assertEquals(0, count(cli.db(), "SELECT count(*) FROM lists"));

    var recorded = cli.expect(0, "--now", NOW, "export", "promotion", "--record");
    assertTrue(
        recorded
            .err()
            .endsWith(
                "recorded list 1 \"promotion-20261120-1000\": 6 contacts (undo: shopops --db "
                    + cli.db().toAbsolutePath()
                    + " lists undo 1)\n"),
        recorded.err());
    assertEquals(6, count(cli.db(), "SELECT count(*) FROM contacts"));

    // a pipe records; nobody is left after the cool-down, so it records nothing more
    var piped = cli.terminal(false).expect(0, "--now", NOW, "export", "followup", "--kind", "vip");
    assertFalse(piped.err().contains("preview"), piped.err());
  }

  @Test
  void undoRecordsItsTimeFromNow() throws Exception {
    CliRunner cli = store(dir.resolve("u"));
    cli.expect(0, "--now", NOW, "export", "promotion", "--out", dir.resolve("p.csv").toString());
    cli.expect(0, "--now", "2026-11-21 09:30", "lists", "undo", "1");
    assertEquals(
        1,
        count(
            cli.db(),
            "SELECT count(*) FROM lists WHERE undone_at = "
                + java.time.ZonedDateTime.parse("2026-11-21T09:30:00+08:00").toEpochSecond()));
  }

  @Test
  void aRefusedFileRecordsNothingAndLeavesNoTempFile() throws Exception {
    CliRunner cli = store(dir.resolve("f"));
    Path out = dir.resolve("f").resolve("nodir").resolve("p.csv");
    var r = cli.run("--now", NOW, "export", "promotion", "--out", out.toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals(0, count(cli.db(), "SELECT count(*) FROM lists"));
    try (var files = Files.list(dir.resolve("f"))) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }
  }
}
