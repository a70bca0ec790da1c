package com.shopops.store;

import com.shopops.domain.order.OrderLine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Writes the line items of imported orders, {@value OrderWriter#BATCH} per statement. */
final class LineWriter {
  private final Connection conn;
  private final long importId;
  private final BatchStatements statements;
  private long written;
  private PreparedStatement lastLine;

  /** When the file's export was made (epoch seconds, null: not known), stored with its lines. */
  private Long exportedAt;

  LineWriter(Connection conn, long importId) {
    this.conn = conn;
    this.importId = importId;
    this.statements = new BatchStatements(conn);
  }

  /** The file's export time ({@link OrderWriter#exportedAt}), before its first line is written. */
  void exportedAt(Long at) {
    this.exportedAt = at;
  }

  /** Inserts (or updates, by order and line number) lines as {@link OrderBatch} lays them out. */
  void insert(List<Object[]> rows) throws SQLException {
    for (int from = 0, n; from < rows.size(); from += n) {
      n = BatchStatements.chunk(rows.size() - from);
      Object[][] values = rows.subList(from, from + n).toArray(new Object[0][]);
      int bound =
          statements.widened(n, OrderBatch.boundColumns(values, OrderBatch.LINE_COLUMNS.length));
      PreparedStatement ps =
          statements.statement(
              values.length,
              bound,
              () -> OrderSql.lines(values.length, bound, importId, exportedAt));
      try {
        BatchStatements.bindAll(ps, values, bound);
        ps.executeUpdate();
        written += values.length;
      } finally {
        BatchStatements.release(ps, values.length);
      }
    }
  }

  /** Deletes the stored lines of these orders. */
  void delete(List<String> ids) throws SQLException {
    StringJoiner in = new StringJoiner(", ", "DELETE FROM order_lines WHERE order_id IN (", ")");
    for (int i = 0; i < ids.size(); i++) {
      in.add("?");
    }
    try (PreparedStatement ps = conn.prepareStatement(in.toString())) {
      for (int i = 0; i < ids.size(); i++) {
        ps.setString(i + 1, ids.get(i));
      }
      ps.executeUpdate();
    }
  }

  /**
   * Replaces the stored lines of these orders with these (the lines of the same snapshot merged,
   * {@link SnapshotTies}); not counted as the file's lines.
   */
  void rewrite(java.util.Map<String, List<OrderLine>> byOrder) throws SQLException {
    if (byOrder.isEmpty()) {
      return;
    }
    List<String> ids = new ArrayList<>(byOrder.keySet());
    java.util.Collections.sort(ids);
    delete(ids);
    List<Object[]> rows = new ArrayList<>();
    for (String id : ids) {
      OrderBatch.addLineValues(rows, id, byOrder.get(id));
    }
    long before = written;
    insert(rows);
    written = before;
  }

  /** Adds lines after the stored lines of an order, numbered on from the last. */
  void append(String orderId, List<OrderLine> lines) throws SQLException {
    if (lines.isEmpty()) {
      return;
    }
    if (lastLine == null) { // prepared once: an export of line items may append to many orders
      lastLine =
          conn.prepareStatement(
              "SELECT coalesce(max(line_no), 0) FROM order_lines WHERE order_id = ?");
    }
    int base;
    lastLine.setString(1, orderId);
    try (var rs = lastLine.executeQuery()) {
      base = rs.next() ? rs.getInt(1) : 0;
    }
    List<OrderLine> renumbered = new ArrayList<>(lines.size());
    for (OrderLine l : lines) {
      renumbered.add(
          new OrderLine(
              base + l.lineNo(),
              l.sku(),
              l.title(),
              l.quantity(),
              l.unitPrice(),
              l.amount(),
              l.itemId()));
    }
    List<Object[]> rows = new ArrayList<>();
    OrderBatch.addLineValues(rows, orderId, renumbered);
    insert(rows);
  }

  /** Lines written so far. */
  long written() {
    return written;
  }

  void closeStatements() {
    statements.closeAll();
    if (lastLine != null) {
      BatchStatements.closeQuietly(lastLine);
      lastLine = null;
    }
  }
}
