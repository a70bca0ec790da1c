package com.shopops.store;

import com.shopops.domain.returns.OrderFacts;
import com.shopops.domain.returns.ReturnRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The two forms of the rule of what an order has been refunded (its returns' refunds, plus what the
 * refund its export states has beyond those it may contain), read off one store: the SQL one net
 * sales and customers' spent use ({@link ReturnFigures#refunded}) and the Java one the refund cap
 * of {@code returns add|update} uses ({@link OrderFacts#statedBeyond} on {@link
 * ReturnStore#orderFacts} and {@link ReturnStore#forOrder}), for tests that hold them equal.
 */
public final class RefundCapTwins {
  private RefundCapTwins() {}

  /** Order {@code orderId}'s refunded figure both ways, minor units. */
  public record Figures(String orderId, long sql, long java, long sqlBeyond, long javaBeyond) {
    /** The figures as one line, to compare both forms in one assertion. */
    public String line() {
      return orderId
          + " sql "
          + sql
          + " (beyond "
          + sqlBeyond
          + ") java "
          + java
          + " (beyond "
          + javaBeyond
          + ")";
    }
  }

  /** Order {@code orderId}'s refunded figure as the store's SQL and the domain's Java say it. */
  public static Figures of(Connection c, String orderId) throws SQLException {
    Dialect d = Dialect.of(c);
    long sql;
    long sqlReturns;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + ReturnFigures.refunded(d)
                + ", "
                + ReturnFigures.returnsRefunded()
                + " FROM orders o WHERE o.order_id = ?")) {
      ps.setString(1, orderId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("no order " + orderId);
        }
        sql = rs.getLong(1);
        sqlReturns = rs.getLong(2);
      }
    }
    ReturnStore returns = new ReturnStore(c);
    OrderFacts facts = returns.orderFacts(orderId).orElseThrow();
    List<ReturnRecord> records =
        returns.forOrder(orderId).stream().map(ReturnStore.Stored::record).toList();
    long javaReturns = 0;
    for (ReturnRecord r : records) {
      if (r.counts() && r.refundedAt() != null) {
        javaReturns += r.refundAmount();
      }
    }
    long beyond = facts.statedBeyond(records);
    return new Figures(orderId, sql, javaReturns + beyond, sql - sqlReturns, beyond);
  }
}
