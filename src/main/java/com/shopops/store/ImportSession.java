package com.shopops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * One file's import: a transaction holding its rows and its record in the imports table, so that
 * the data and the bookkeeping land together or not at all.
 */
public final class ImportSession implements AutoCloseable {
  private final Connection conn;
  private final long importId;
  private boolean open = true;
  private final java.util.List<AutoCloseable> workers = new java.util.ArrayList<>();

  ImportSession(Connection conn, long importId) {
    this.conn = conn;
    this.importId = importId;
  }

  /** Starts the transaction and records the import (counts are filled in by {@link #commit}). */
  public static ImportSession begin(
      Store store, String kind, String file, String sha256, String preset, String encoding,
      Instant startedAt) {
    Connection conn = store.connection();
    try {
      try (Statement st = conn.createStatement()) {
        // a large import keeps its pages in memory instead of spilling them mid-transaction
        st.execute("PRAGMA cache_size = -131072");
      }
      conn.setAutoCommit(false);
      try (PreparedStatement ps =
          conn.prepareStatement(
              "INSERT INTO imports (kind, file, sha256, preset, encoding, started_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?)",
              Statement.RETURN_GENERATED_KEYS)) {
        ps.setString(1, kind);
        ps.setString(2, file);
        ps.setString(3, sha256);
        ps.setString(4, preset);
        ps.setString(5, encoding);
        ps.setLong(6, startedAt.getEpochSecond());
        ps.executeUpdate();
        try (var keys = ps.getGeneratedKeys()) {
          keys.next();
          return new ImportSession(conn, keys.getLong(1));
        }
      }
    } catch (SQLException e) {
      rollbackQuietly(conn);
      throw new StoreException("cannot start import: " + e.getMessage(), e);
    }
  }

  /** A writer with a thread of its own, stopped before a rollback so nothing is written after it. */
  void onRollback(AutoCloseable worker) {
    workers.add(worker);
  }

  public long importId() {
    return importId;
  }

  Connection connection() {
    return conn;
  }

  public OrderWriter orders(String source) {
    return new OrderWriter(this, source);
  }

  public ShipmentWriter shipments() {
    return new ShipmentWriter(this);
  }

  public CustomerWriter customers() {
    return new CustomerWriter(this);
  }

  /** Returns and the order facts their checks need, read and written inside this import. */
  public ReturnStore returns() {
    return new ReturnStore(conn);
  }

  /** The configured rules stored in the store ({@code config set}), for rules applied on import. */
  public java.util.Map<String, String> config() {
    try {
      return ConfigStore.read(conn);
    } catch (SQLException e) {
      throw new StoreException("cannot read the configuration: " + e.getMessage(), e);
    }
  }

  public TrafficWriter traffic() {
    return TrafficWriter.traffic(this);
  }

  public TrafficWriter reviews() {
    return TrafficWriter.reviews(this);
  }

  public TrafficWriter products() {
    return TrafficWriter.products(this);
  }

  public EventWriter events() {
    return new EventWriter(this);
  }

  /** The file's SHA-256, when it was computed while the file was being imported. */
  public void recordSha256(String sha256) {
    try (PreparedStatement ps =
        conn.prepareStatement("UPDATE imports SET sha256 = ? WHERE import_id = ?")) {
      ps.setString(1, sha256);
      ps.setLong(2, importId);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot record the import: " + e.getMessage(), e);
    }
  }

  /** Records the counts and commits everything written in this session. */
  public void commit(long rows, long inserted, long updated, long unchanged, long rejected,
      Instant finishedAt) {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "UPDATE imports SET rows_read = ?, inserted = ?, updated = ?, unchanged = ?,"
                + " rejected = ?, finished_at = ? WHERE import_id = ?")) {
      ps.setLong(1, rows);
      ps.setLong(2, inserted);
      ps.setLong(3, updated);
      ps.setLong(4, unchanged);
      ps.setLong(5, rejected);
      ps.setLong(6, finishedAt.getEpochSecond());
      ps.setLong(7, importId);
      ps.executeUpdate();
      conn.commit();
      conn.setAutoCommit(true);
      open = false;
    } catch (SQLException e) {
      throw new StoreException("cannot commit import: " + e.getMessage(), e);
    }
  }

  /** Throws away everything written in this session, the import record included. */
  public void rollback() {
    for (AutoCloseable w : workers) {
      try {
        w.close();
      } catch (Exception ignored) {
        // stopping a writer that already failed: the first error is the one reported
      }
    }
    if (open) {
      rollbackQuietly(conn);
      open = false;
    }
  }

  private static void rollbackQuietly(Connection conn) {
    try {
      conn.rollback();
      conn.setAutoCommit(true);
    } catch (SQLException ignored) {
      // nothing more can be done; the transaction is gone with the connection
    }
  }

  @Override
  public void close() {
    rollback();
  }
}
