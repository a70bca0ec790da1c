package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link IdParts#each}: 1,201 ids run as 3 statements of 500, 500 and 201 marks, every id found
 * once, the parameter after the ids free for the caller; no ids, no statement. PgIdPartsTest runs
 * the same on PostgreSQL.
 */
class IdPartsTest {
  /** 1,201 ids in table {@code t} of {@code conn}, read back through {@link IdParts#each}. */
  static void eachIdOnceInPartsOf500(Connection conn) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE t (id VARCHAR(20) PRIMARY KEY, n INTEGER NOT NULL)");
    }
    try (PreparedStatement ins = conn.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
      for (int i = 0; i < 1201; i++) {
        ids.add("id" + i);
        ins.setString(1, "id" + i);
        ins.setInt(2, i);
        ins.executeUpdate();
      }
    }
    List<Integer> sizes = new ArrayList<>();
    List<String> found = new ArrayList<>();
    IdParts.each(
        conn,
        ids,
        marks -> "SELECT id FROM t WHERE id IN (" + marks + ") AND n < ?",
        (ps, next) -> {
          sizes.add(next - 1);
          ps.setInt(next, 1200); // the last id is left out by the caller's own parameter
          try (var rs = ps.executeQuery()) {
            while (rs.next()) {
              found.add(rs.getString(1));
            }
          }
        });
    assertEquals(List.of(500, 500, 201), sizes);
    found.sort(java.util.Comparator.comparingInt(s -> Integer.parseInt(s.substring(2))));
    assertEquals(ids.subList(0, 1200), found);

    sizes.clear();
    IdParts.each(
        conn,
        List.of(),
        marks -> "SELECT 1 WHERE 1 IN (" + marks + ")",
        (ps, next) -> sizes.add(0));
    assertEquals(List.of(), sizes);
  }

  @Test
  void eachIdOnceInPartsOf500() throws SQLException {
    try (Connection conn = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      eachIdOnceInPartsOf500(conn);
    }
  }
}
