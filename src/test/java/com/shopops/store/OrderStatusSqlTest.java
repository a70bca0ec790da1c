package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.domain.order.OrderStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The status SQL is generated from OrderStatus, and says what OrderStatus says. */
class OrderStatusSqlTest {
  @Test
  void theRankCaseGivesEveryStatusItsRankAndAnythingElseMinusOne() throws SQLException {
    assertEquals(
        "CASE x WHEN 'pending' THEN 0 WHEN 'paid' THEN 1 WHEN 'shipped' THEN 2"
            + " WHEN 'delivered' THEN 3 WHEN 'completed' THEN 4 WHEN 'cancelled' THEN 5"
            + " WHEN 'refunded' THEN 5 ELSE -1 END",
        OrderStatusSql.rank("x"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
        PreparedStatement ps = c.prepareStatement("SELECT " + OrderStatusSql.rank("?"))) {
      for (OrderStatus s : OrderStatus.values()) {
        assertEquals(s.rank(), rank(ps, s.code()), s.code());
      }
      assertEquals(-1, rank(ps, "交易成功"));
      assertEquals(-1, rank(ps, null));
    }
  }

  @Test
  void theOrdinalCaseReadsBackAsTheCodeReadsAndAnythingElseAsNoStatus() throws SQLException {
    assertEquals(
        "CASE x WHEN 'pending' THEN 0 WHEN 'paid' THEN 1 WHEN 'shipped' THEN 2"
            + " WHEN 'delivered' THEN 3 WHEN 'completed' THEN 4 WHEN 'cancelled' THEN 5"
            + " WHEN 'refunded' THEN 6 END",
        OrderStatusSql.ordinal("x"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
        PreparedStatement ps = c.prepareStatement("SELECT " + OrderStatusSql.ordinal("?"))) {
      for (OrderStatus s : OrderStatus.values()) {
        assertEquals(s, ordinal(ps, s.code()), s.code());
      }
      // the kept SLA figures read an unknown or missing code as OrderStatus.ofCode does: none
      for (String other : new String[] {"交易成功", "Paid", "", null}) {
        assertEquals(OrderStatus.ofCode(other), ordinal(ps, other), other);
        assertEquals(null, ordinal(ps, other), other);
      }
    }
  }

  private static OrderStatus ordinal(PreparedStatement ps, String status) throws SQLException {
    ps.setString(1, status);
    try (ResultSet rs = ps.executeQuery()) {
      rs.next();
      int n = rs.getInt(1);
      return OrderStatusSql.ofOrdinal(n, rs.wasNull());
    }
  }

  private static int rank(PreparedStatement ps, String status) throws SQLException {
    ps.setString(1, status);
    try (ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void theStatusesBeforeShippingAreTheOnesTheUnshippedIndexNames() throws IOException {
    assertEquals("'pending', 'paid'", OrderStatusSql.codes(OrderStatus::isBeforeShipping));
    String where = unshippedIndexWhere();
    assertTrue(
        where.endsWith(
            "AND (status IS NULL OR status IN ("
                + OrderStatusSql.codes(OrderStatus::isBeforeShipping)
                + "))"),
        where);
    // the query repeats the index's WHERE word for word (columns of o), so SQLite can use it
    String asQueried = where.replaceAll("\\b(paid_at|shipped_at|delivered_at|status)\\b", "o.$1");
    assertTrue(oneLine(SlaQueries.UNSHIPPED).contains("WHERE " + asQueried), SlaQueries.UNSHIPPED);
  }

  /** The WHERE clause of {@code orders_unshipped} as V002 wrote it, on one line. */
  private static String unshippedIndexWhere() throws IOException {
    String sql;
    try (InputStream in =
        OrderStatusSqlTest.class.getResourceAsStream("/db/migration/V002__shipments.sql")) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher m =
        Pattern.compile(
                "CREATE INDEX orders_unshipped ON orders \\(paid_at\\)\\s+WHERE (.*?);",
                Pattern.DOTALL)
            .matcher(sql);
    assertTrue(m.find(), sql);
    return oneLine(m.group(1));
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
