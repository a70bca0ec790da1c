package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.Store;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.Parser.ParseContext;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell's TAB completion of order and customer ids. */
class ShellCompletionTest {
  static final Instant T = Instant.parse("2026-11-20T02:00:00Z");

  @TempDir Path dir;

  List<Candidate> complete(Path db, String typed) {
    AppContext ctx =
        new AppContext(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            new ByteArrayInputStream(new byte[0]),
            Map.of(),
            () -> T,
            true,
            true,
            120);
    List<Candidate> out = new ArrayList<>();
    new ShellCommand.IdCompleter(db.toString(), ctx)
        .complete(
            null, new DefaultParser().parse(typed, typed.length(), ParseContext.COMPLETE), out);
    return out;
  }

  @Test
  void manyIdsCompleteToNarrowingPrefixesWithoutASpaceThenToWholeIds() throws Exception {
    Path db = dir.resolve("s.db");
    Store.create(db, ZoneId.of("Asia/Shanghai"), T).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        PreparedStatement ps = c.prepareStatement("INSERT INTO orders (order_id) VALUES (?)")) {
      for (String month : List.of("05", "11")) {
        for (int i = 1; i <= 30; i++) {
          ps.setString(1, "SO2026" + month + String.format("%04d", i));
          ps.executeUpdate();
        }
      }
    }
    List<Candidate> prefixes = complete(db, "orders show SO");
    assertEquals(8, prefixes.size());
    assertEquals("SO202605000", prefixes.get(0).value());
    assertEquals("SO202611003", prefixes.get(7).value());
    for (Candidate c : prefixes) {
      assertFalse(c.complete(), c.value());
    }

    List<Candidate> ids = complete(db, "orders show SO202611002");
    assertEquals(10, ids.size());
    assertEquals("SO2026110020", ids.get(0).value());
    for (Candidate c : ids) {
      assertTrue(c.complete(), c.value());
    }

    assertEquals(30, complete(db, "returns add SO202605").size(), "returns add: order ids");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.createStatement()
          .execute(
              "INSERT INTO returns (return_id, order_id, quantity) VALUES"
                  + " ('RT20261120001', 'SO2026110001', 1), ('RT20261120002', 'SO2026110002', 1)");
    }
    assertEquals(
        List.of("RT20261120001", "RT20261120002"),
        complete(db, "returns update RT").stream().map(Candidate::value).toList());
    assertEquals(List.of(), complete(db, "customers show SO"));
    assertEquals(List.of(), complete(db, "orders list SO"));
  }
}
