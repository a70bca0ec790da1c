package com.shopops.store;

import com.shopops.domain.customers.FollowUpEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The follow-up log table. Append-only: there is an insert and there are reads; nothing here
 * updates or deletes an entry.
 */
public final class FollowUpStore {
  private static final String COLUMNS =
      "id, customer_id, order_id, channel, agent, outcome, note, next_at, created_at, corrects";

  private final Connection conn;

  public FollowUpStore(Store store) {
    this.conn = store.connection();
  }

  private FollowUpStore(Connection conn) {
    this.conn = conn;
  }

  /** Filters for {@code followup list}; null means any. {@code to} is exclusive. */
  public record Filter(String customerId, String agent, Instant from, Instant to) {}

  /** Appends an entry (its id is ignored) and returns the id the store gave it. */
  public long add(FollowUpEntry e) throws SQLException {
    return insert(conn, e, null);
  }

  private static long insert(Connection conn, FollowUpEntry e, Long importId) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO followups (customer_id, order_id, channel, agent, outcome, note, next_at,"
                + " created_at, corrects, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " RETURNING id")) {
      ps.setString(1, e.customerId());
      ps.setString(2, e.orderId());
      ps.setString(3, e.channel());
      ps.setString(4, e.agent());
      ps.setString(5, e.outcome());
      ps.setString(6, e.note());
      Binds.setInstant(ps, 7, e.nextAt());
      ps.setLong(8, e.createdAt().getEpochSecond());
      if (e.corrects() == null) {
        ps.setNull(9, Types.INTEGER);
      } else {
        ps.setLong(9, e.corrects());
      }
      if (importId == null) {
        ps.setNull(10, Types.INTEGER);
      } else {
        ps.setLong(10, importId);
      }
      try (ResultSet keys = ps.executeQuery()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  public Optional<FollowUpEntry> find(long id) throws SQLException {
    List<FollowUpEntry> l = query("WHERE id = ?", List.of(id));
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  /** Entries matching the filter, oldest first (by contact time, then id). */
  public List<FollowUpEntry> list(Filter f) throws SQLException {
    StringBuilder where = new StringBuilder("WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (f.customerId() != null) {
      where.append(" AND customer_id = ?");
      args.add(f.customerId());
    }
    if (f.agent() != null) {
      where.append(" AND agent = ?");
      args.add(f.agent());
    }
    if (f.from() != null) {
      where.append(" AND created_at >= ?");
      args.add(f.from().getEpochSecond());
    }
    if (f.to() != null) {
      where.append(" AND created_at < ?");
      args.add(f.to().getEpochSecond());
    }
    return query(where.toString(), args);
  }

  /** Every entry, oldest first. */
  public List<FollowUpEntry> all() throws SQLException {
    return query("", List.of());
  }

  private List<FollowUpEntry> query(String where, List<Object> args) throws SQLException {
    List<FollowUpEntry> out = new ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT " + COLUMNS + " FROM followups " + where + " ORDER BY created_at, id")) {
      for (int i = 0; i < args.size(); i++) {
        ps.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new FollowUpEntry(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  OrderQueries.instant(rs, "next_at"),
                  OrderQueries.instant(rs, "created_at"),
                  OrderQueries.getLong(rs, "corrects")));
        }
      }
    }
    return out;
  }

  /** Writes imported entries inside an import's transaction. */
  public static Writer writer(ImportSession session) {
    return new Writer(session);
  }

  /** Appends the rows of one imported file. */
  public static final class Writer {
    private final Connection conn;
    private final long importId;
    private long written;

    private Writer(ImportSession session) {
      this.conn = session.connection();
      this.importId = session.importId();
    }

    public long add(FollowUpEntry e) throws SQLException {
      written++;
      return insert(conn, e, importId);
    }

    /**
     * Whether the log has this entry already: same customer, order, channel, agent, outcome, note,
     * next contact and correction, and — when the row gave its contact time — the same time. A
     * follow-up sheet imported again is not logged again.
     */
    public boolean stored(FollowUpEntry e, boolean timeGiven) throws SQLException {
      try (PreparedStatement ps =
          conn.prepareStatement(
              "SELECT 1 FROM followups WHERE customer_id = ? AND order_id IS NOT DISTINCT FROM ?"
                  + " AND channel = ? AND agent = ? AND outcome IS NOT DISTINCT FROM ?"
                  + " AND note IS NOT DISTINCT FROM ? AND next_at IS NOT DISTINCT FROM ?"
                  + " AND corrects IS NOT DISTINCT FROM ?"
                  + (timeGiven ? " AND created_at = ?" : "")
                  + " LIMIT 1")) {
        ps.setString(1, e.customerId());
        ps.setString(2, e.orderId());
        ps.setString(3, e.channel());
        ps.setString(4, e.agent());
        ps.setString(5, e.outcome());
        ps.setString(6, e.note());
        Binds.setInstant(ps, 7, e.nextAt());
        if (e.corrects() == null) {
          ps.setNull(8, Types.INTEGER);
        } else {
          ps.setLong(8, e.corrects());
        }
        if (timeGiven) {
          ps.setLong(9, e.createdAt().getEpochSecond());
        }
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next();
        }
      }
    }

    /** Whether an entry with this id exists (for a {@code corrects} column). */
    public boolean exists(long id) throws SQLException {
      return new FollowUpStore(conn).find(id).isPresent();
    }

    /** When the import started (recorded with it): the contact time of rows that give none. */
    public Instant importedAt() throws SQLException {
      try (PreparedStatement ps =
          conn.prepareStatement("SELECT started_at FROM imports WHERE import_id = ?")) {
        ps.setLong(1, importId);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return Instant.ofEpochSecond(rs.getLong(1));
        }
      }
    }

    public long written() {
      return written;
    }
  }
}
