package com.shopops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

/**
 * The refunds of one returns import added to the customer figures once, at the end of the file, in
 * a few set-based statements, instead of by V024's triggers once per row (an orders lookup and a
 * keyed figures update for every refunded return: most of the import's SQLite time). While the
 * import writes, its id is in {@code returns_figures_deferred} (V027, inside the import's own
 * transaction: no other connection sees it, a failed import leaves none) and the triggers skip the
 * rows it writes; every other write of returns (returns add/update, undo, store copy) keeps them.
 *
 * <p>Before a batch is written, the stored refund of every return it changes that had one, and was
 * not written by this import, is kept in a temporary table: the state before the file. At the end
 * each return the import wrote is compared with it, as the triggers compared each write: a refund
 * new, or on the same order no earlier than it was, adds its difference to its buyer's row and
 * keeps the later time (exact); any other change (a refund made earlier or cleared) marks the
 * buyers of the old and the new order, whose figures the commit then adds up again from the rows.
 * Either way the figures equal {@code check --rebuild}'s.
 */
final class ReturnFigureDeltas {
  private static final String BEFORE = "shopops_returns_before";

  private final Connection conn;
  private final Dialect dialect;
  private final long importId;

  private ReturnFigureDeltas(Connection conn, long importId) {
    this.conn = conn;
    this.dialect = Dialect.of(conn);
    this.importId = importId;
  }

  /** Defers the figures of the returns import {@code importId}, in its open transaction. */
  static ReturnFigureDeltas begin(Connection conn, long importId) throws SQLException {
    ReturnFigureDeltas d = new ReturnFigureDeltas(conn, importId);
    try (Statement st = conn.createStatement()) {
      st.execute(
          "CREATE TEMP TABLE IF NOT EXISTS "
              + BEFORE
              + " (return_id TEXT PRIMARY KEY, order_id TEXT NOT NULL, refunded_at BIGINT NOT NULL,"
              + " refund_amount BIGINT NOT NULL)"
              + (d.dialect == Dialect.POSTGRESQL ? " ON COMMIT DROP" : ""));
      st.executeUpdate("DELETE FROM " + d.dialect.temp(BEFORE));
    }
    try (PreparedStatement ps =
        conn.prepareStatement("INSERT INTO returns_figures_deferred (import_id) VALUES (?)")) {
      ps.setLong(1, importId);
      ps.executeUpdate();
    }
    return d;
  }

  /**
   * Keeps the stored refund of these returns (about to be written) as it was before this import:
   * only those with a refund and not written by this import yet (a second write keeps the first).
   */
  void keepBefore(Collection<String> returnIds) throws SQLException {
    if (returnIds.isEmpty()) {
      return;
    }
    String marks = "(" + "?,".repeat(returnIds.size() - 1) + "?)";
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO "
                + dialect.temp(BEFORE)
                + " (return_id, order_id, refunded_at, refund_amount)"
                + " SELECT return_id, order_id, refunded_at, refund_amount FROM returns"
                + " WHERE return_id IN "
                + marks
                + " AND refunded_at IS NOT NULL AND "
                + dialect.isNot("import_id", "?")
                + " ON CONFLICT (return_id) DO NOTHING")) {
      int i = 1;
      for (String id : returnIds) {
        ps.setString(i++, id);
      }
      ps.setLong(i, importId);
      ps.executeUpdate();
    }
  }

  /** Adds the import's refunds to the figures (or marks their buyers) and ends the deferral. */
  void apply() throws SQLException {
    String purchase = " AND " + Purchases.ofBuyer("o"); // as the triggers of V024 (V027)
    String exact =
        "r.refunded_at IS NOT NULL AND (b.return_id IS NULL OR (b.order_id = r.order_id"
            + " AND r.refunded_at >= b.refunded_at))";
    String before = dialect.temp(BEFORE);
    try (PreparedStatement add =
            conn.prepareStatement(
                "UPDATE customer_figures SET refunded = refunded + d.amount, last_refund = "
                    + dialect.greatest()
                    + "coalesce(last_refund, d.last), d.last)"
                    + " FROM (SELECT o.customer_id AS cid, coalesce(o.currency, '') AS cur,"
                    + " sum(r.refund_amount - coalesce(b.refund_amount, 0)) AS amount,"
                    + " max(r.refunded_at) AS last"
                    + " FROM returns r LEFT JOIN "
                    + before
                    + " b ON b.return_id = r.return_id"
                    + " JOIN orders o ON o.order_id = r.order_id"
                    + " WHERE r.import_id = ? AND "
                    + exact
                    + " AND (b.return_id IS NULL OR r.refunded_at <> b.refunded_at"
                    + " OR r.refund_amount <> b.refund_amount)"
                    + purchase
                    + " GROUP BY o.customer_id, coalesce(o.currency, '')) AS d"
                    + " WHERE customer_figures.customer_id = d.cid"
                    + " AND customer_figures.currency = d.cur");
        PreparedStatement mark =
            conn.prepareStatement(
                "INSERT INTO customer_figures_dirty (customer_id)"
                    + " SELECT o.customer_id FROM "
                    + before
                    + " b JOIN returns r ON r.return_id = b.return_id"
                    + " JOIN orders o ON o.order_id = b.order_id OR o.order_id = r.order_id"
                    + " WHERE NOT ("
                    + exact
                    + ")"
                    + purchase);
        PreparedStatement end =
            conn.prepareStatement("DELETE FROM returns_figures_deferred WHERE import_id = ?");
        Statement st = conn.createStatement()) {
      add.setLong(1, importId);
      add.executeUpdate();
      mark.executeUpdate();
      end.setLong(1, importId);
      end.executeUpdate();
      st.executeUpdate("DELETE FROM " + before);
    }
  }
}
