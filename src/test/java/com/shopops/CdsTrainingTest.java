package com.shopops;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
