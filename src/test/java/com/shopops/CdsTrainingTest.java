package com.shopops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job the launcher runs to archive classes runs every command it lists, successfully, on the
 * committed examples/.
 */
class CdsTrainingTest {
  @TempDir Path dir;

  @Test
  void everyCommandOfTheTrainingRuns() throws Exception {
    List<String> failed = CdsTraining.train(Path.of("examples"), dir);
    assertEquals(List.of(), failed);
    try (var conn = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("training.db"));
        var st = conn.createStatement();
        var rs = st.executeQuery("SELECT count(DISTINCT kind) FROM imports")) {
      rs.next();
      assertEquals(6, rs.getInt(1), "orders, customers, shipments, returns, traffic, events");
    }
  }

  /**
   * The PostgreSQL side without a server: the driver's classes are loaded, and a command opening a
   * postgresql:// store reaches a socket that refuses the login as a server would (the connection
   * path and the error), and ends with the exit code of a store that cannot be opened.
   */
  @Test
  void thePostgresqlPartLoadsTheDriverAndMeetsARefusingServer() throws Exception {
    StringWriter err = new StringWriter();
    int[] r = CdsTraining.trainPostgres(new PrintWriter(err, true));
    assertTrue(r[0] > 300, "driver classes loaded: " + r[0]);
    assertEquals(2, r[1]);
    assertTrue(
        err.toString()
            .matches(
                "(?s)shopops: cannot open store postgresql://training@127\\.0\\.0\\.1:\\d+/training:"
                    + " the server refused the login of training@127\\.0\\.0\\.1:\\d+/training:"
                    + " training\\R.*"),
        err.toString());
  }
}
