package com.shopops.store;

import com.shopops.domain.lists.Complaint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The complaints imported with {@code import complaints}, for the lists and the scorecard. */
public final class ComplaintStore {
  private final Connection conn;

  public ComplaintStore(Store store) {
    this.conn = store.connection();
  }

  /** Every complaint opened by {@code asOf}, its customer the file's or else the order's buyer. */
  public List<Complaint> openedBy(Instant asOf) throws SQLException {
    List<Complaint> out = new ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT c.complaint_id, c.order_id, coalesce(c.customer_id, o.customer_id),"
                + " c.opened_at, c.closed_at, c.type, c.outcome FROM complaints c"
                + " LEFT JOIN orders o ON o.order_id = c.order_id WHERE c.opened_at <= ?"
                + " ORDER BY c.opened_at, c.complaint_id")) {
      ps.setLong(1, asOf.getEpochSecond());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long closed = rs.getLong(5);
          boolean open = rs.wasNull();
          out.add(
              new Complaint(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  Instant.ofEpochSecond(rs.getLong(4)),
                  open ? null : Instant.ofEpochSecond(closed),
                  rs.getString(6),
                  rs.getString(7)));
        }
      }
    }
    return out;
  }

  /**
   * Complaints opened in [from, to), or null when the store holds no complaint at all (the
   * complaint rate is then missing, not zero).
   */
  public Long openedIn(Instant from, Instant to) throws SQLException {
    long[] c =
        DayCounts.counts(
            conn,
            "SELECT (SELECT count(*) FROM complaints),"
                + " (SELECT count(*) FROM complaints WHERE opened_at >= ? AND opened_at < ?)",
            2,
            from,
            to);
    return c[0] == 0 ? null : c[1];
  }
}
