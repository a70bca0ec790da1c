package com.shopops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The order lines' foreign key during a first load that does not hold the tables (PostgreSQL): its
 * check, a trigger run once per line (a lookup and a key-share lock of the order: 0.35 of the
 * server's 1.9 s CPU for 100,000 lines), is switched off for the load's COPY of the lines and done
 * once, set-wise, before the writing ends — one anti-join of the import's lines with orders, in the
 * same transaction.
 *
 * <p>Switching off a foreign key's trigger takes a SHARE ROW EXCLUSIVE lock of order_lines: readers
 * (and SELECT … FOR UPDATE) go on, writers of lines wait for the import's commit. It is taken
 * without waiting (a writer of lines at that moment: the usual per-line check) and only by a
 * superuser (PostgreSQL lets nobody else touch a constraint's trigger); a rolled-back import undoes
 * it. The orders the lines name are the import's own (the store had none): no other transaction can
 * see them, and orders are never deleted, so the key-share locks the trigger takes guard nothing
 * here.
 *
 * <p>An owner that is no superuser keeps the per-line check (measured on 100,000 lines, PostgreSQL
 * 15): what it could do instead locks more or checks as much. Dropping the key and adding it again
 * (NOT VALID, then VALIDATE) takes ACCESS EXCLUSIVE of orders as well as order_lines for the drop,
 * so readers of orders would wait for the import (the held load, {@link PgLocks#takeOrdersForLoad},
 * does just that, for large files only); lines copied into a staging table and moved with one
 * INSERT … SELECT still fire the key's trigger once per line, each taking FOR KEY SHARE of its
 * order; a deferred key runs the same per-line checks at commit.
 */
final class PgLineKeys {
  private final List<String> off;

  private PgLineKeys(List<String> off) {
    this.off = off;
  }

  /**
   * Switches off the check triggers of order_lines' foreign keys to orders, when this login may and
   * nobody writes lines; null when they stay on (the load checks line by line).
   */
  static PgLineKeys switchOff(Connection conn) throws SQLException {
    List<String> triggers = new ArrayList<>();
    try (Statement st = conn.createStatement()) {
      try (ResultSet rs =
          st.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
        if (!rs.next() || !rs.getBoolean(1)) {
          return null;
        }
      }
      try (ResultSet rs =
          st.executeQuery(
              "SELECT t.tgname FROM pg_trigger t JOIN pg_constraint c ON c.oid = t.tgconstraint"
                  + " WHERE t.tgrelid = 'order_lines'::regclass AND c.contype = 'f'"
                  + " AND c.conrelid = 'order_lines'::regclass"
                  + " AND c.confrelid = 'orders'::regclass AND t.tgenabled <> 'D'"
                  + " ORDER BY t.tgname")) {
        while (rs.next()) {
          triggers.add(rs.getString(1));
        }
      }
      if (triggers.isEmpty()) {
        return null;
      }
      st.execute("SAVEPOINT shopops_line_keys");
      try {
        st.execute("LOCK TABLE order_lines IN SHARE ROW EXCLUSIVE MODE NOWAIT");
      } catch (SQLException e) {
        if (!"55P03".equals(e.getSQLState())) { // lock_not_available: somebody writes lines
          throw e;
        }
        st.execute("ROLLBACK TO SAVEPOINT shopops_line_keys");
        st.execute("RELEASE SAVEPOINT shopops_line_keys");
        return null;
      }
      st.execute("RELEASE SAVEPOINT shopops_line_keys");
      for (String t : triggers) {
        st.execute("ALTER TABLE order_lines DISABLE TRIGGER " + quoted(t));
      }
    }
    return new PgLineKeys(triggers);
  }

  /**
   * Switches the triggers on again and checks the lines of import {@code importId} set-wise: a line
   * whose order is not stored fails as the trigger would have (SQLSTATE 23503).
   */
  void switchOnAndCheck(Connection conn, long importId) throws SQLException {
    try (Statement st = conn.createStatement()) {
      for (String t : off) {
        st.execute("ALTER TABLE order_lines ENABLE TRIGGER " + quoted(t));
      }
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT l.order_id FROM order_lines l WHERE l.import_id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM orders o WHERE o.order_id = l.order_id) LIMIT 1")) {
      ps.setLong(1, importId);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          throw new SQLException(
              "insert or update on table \"order_lines\" violates foreign key constraint"
                  + " \"order_lines_order_id_fkey\": Key (order_id)=("
                  + rs.getString(1)
                  + ") is not present in table \"orders\".",
              "23503");
        }
      }
    }
  }

  private static String quoted(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
